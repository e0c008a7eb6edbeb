import { defineJob } from "../../platform/jobs.js";
import { registerSignalProvider } from "../screening/screening.signals.js";
import { BATCH_JOB, runBatchJob } from "./watchlists.batch.js";
import { watchlistSignals } from "./watchlists.hits.js";
import { IMPORT_JOB, runImportJob } from "./watchlists.service.js";

// Connects the watchlists domain to the rest, once per process: its background jobs (list imports,
// batch screenings) and the screening signal provider that puts watchlist hits into screenings.
// Loaded by watchlists.routes.ts, so whatever mounts the API has both.

let wired = false;

export function wireWatchlists(): void {
  if (wired) return;
  wired = true;
  defineJob<{ importId: string }>(IMPORT_JOB, (data, job) => runImportJob(job.database, data), { expireInSeconds: 60 * 60, retryLimit: 1 });
  defineJob<{ batchId: string }>(BATCH_JOB, (data, job) => runBatchJob(job.database, data), { expireInSeconds: 60 * 60, retryLimit: 2 });
  registerSignalProvider(watchlistSignals);
}

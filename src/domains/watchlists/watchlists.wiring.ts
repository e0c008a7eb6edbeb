import { defineJob, defineRecovery, longJobBudgetSeconds } from "../../platform/jobs.js";
import { registerSignalProvider } from "../screening/screening.signals.js";
import { BATCH_JOB, recoverBatches, runBatchJob } from "./watchlists.batch.js";
import { watchlistSignals } from "./watchlists.hits.js";
import { recoverImports } from "./watchlists.import.js";
import { IMPORT_JOB, runImportJob } from "./watchlists.service.js";

// Connects the watchlists domain to the rest, once per process: its background jobs (list imports,
// batch screenings) and the screening signal provider that puts watchlist hits into screenings.
// Loaded by watchlists.routes.ts, so whatever mounts the API has both.

let wired = false;

export function wireWatchlists(): void {
  if (wired) return;
  wired = true;
  const budgetSeconds = longJobBudgetSeconds;
  // An interrupted import is failed, not retried (recoverImports); a batch is queued again by recoverBatches,
  // so pg-boss's own retry of an expired run finds nothing to claim.
  defineJob<{ importId: string }>(IMPORT_JOB, (data, job) => runImportJob(job.database, data, job.signal), {
    budgetSeconds,
    retryLimit: 1,
  });
  defineJob<{ batchId: string }>(BATCH_JOB, (data, job) => runBatchJob(job.database, data, job.signal), { budgetSeconds, retryLimit: 2 });
  defineRecovery("watchlist-imports", recoverImports);
  defineRecovery("screening-batches", recoverBatches);
  registerSignalProvider(watchlistSignals);
}

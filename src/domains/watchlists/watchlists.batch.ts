import { setImmediate as tick } from "node:timers/promises";
import Papa from "papaparse";
import { DEFAULT_THRESHOLD } from "../../matching/compare.js";
import { inTransaction, type Ctx } from "../../platform/context.js";
import type { Database } from "../../platform/db.js";
import { enqueueJob, JobTimeout } from "../../platform/jobs.js";
import { errorText, storableText } from "../../shared/storable-text.js";
import { log } from "../../platform/logger.js";
import { maxUploadBytes } from "../../platform/storage.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { disallowedCharacter } from "../../shared/text-input.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { screenerFor } from "./watchlists.index-cache.js";
import {
  MAX_COUNTRY_LENGTH,
  MAX_NAME_LENGTH,
  MAX_ROW_ID_LENGTH,
  type BatchErrorCode,
  type BatchRowRejection,
  type Match,
} from "./watchlists.schema.js";
import { parseNameRows, shownMatches, toMatch, type NameRow } from "./watchlists.screen.js";
import * as repo from "./watchlists.batch.repo.js";

// Batch screening: a CSV of prospective partners (name, optional country and id) is stored row by row,
// then a background job screens the rows in chunks, recording progress, so the page can poll it.

export const BATCH_JOB = "screening-batch";
export const MAX_BATCH_ROWS = 100_000;
const CHUNK = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type BatchRowT = repo.BatchRow;

function summary(b: BatchRowT, names: Map<string, string>) {
  return {
    id: b.id,
    filename: b.filename,
    status: b.status,
    processed: b.processed,
    total: b.total,
    error: b.error,
    errorCode: b.errorCode,
    errorParams: b.errorParams,
    createdBy: b.createdBy ? { id: b.createdBy, name: names.get(b.createdBy) ?? "(former user)" } : null,
    createdAt: b.createdAt.toISOString(),
    finishedAt: b.finishedAt?.toISOString() ?? null,
  };
}

async function find(ctx: Ctx, id: string): Promise<BatchRowT> {
  if (!UUID.test(id)) throw notFound("Screening batch");
  const b = await repo.findBatch(ctx.db, ctx.orgId, id);
  if (!b) throw notFound("Screening batch");
  return b;
}

const cut = (v: string, max: number) => (v.length > max ? v.slice(0, max) + "…" : v);

/**
 * A row as stored: one too long to screen is kept (so the report still lists it) but marked rejected and cut
 * to the limit — scoring a megabyte-long "name" is work no answer is worth.
 */
function checkedRow(r: NameRow): { rowId: string; name: string; country: string | null; rejected: BatchRowRejection | null } {
  const rejected: BatchRowRejection | null =
    r.name.length > MAX_NAME_LENGTH
      ? "name_too_long"
      : (r.country?.length ?? 0) > MAX_COUNTRY_LENGTH
        ? "country_too_long"
        : r.id.length > MAX_ROW_ID_LENGTH
          ? "id_too_long"
          : null;
  return {
    rowId: cut(r.id, MAX_ROW_ID_LENGTH),
    name: cut(r.name, MAX_NAME_LENGTH),
    country: r.country ? cut(r.country, MAX_COUNTRY_LENGTH) : null,
    rejected,
  };
}

/** Stores the rows of an uploaded CSV and queues their screening. Members. */
export async function createBatch(ctx: Ctx, file: { filename: string; bytes: Uint8Array }) {
  requireRole(ctx, "member");
  if (file.bytes.byteLength > maxUploadBytes()) throw new AppError("payload_too_large", "The file is too large.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new AppError("validation", "The file is not UTF-8 text; save the CSV as UTF-8.", {
      errors: [{ path: "file", message: "Not UTF-8." }],
    });
  }
  const bad = disallowedCharacter(text);
  if (bad) {
    const row = text.slice(0, bad.position).split("\n").length;
    const message = `Line ${row} of the file holds a character that is not allowed (${bad.char}).`;
    throw new AppError("validation", message, {
      errors: [{ path: "file", message, code: "invalid_characters", params: { char: bad.char, line: row } }],
    });
  }
  const rows = parseNameRows(text);
  if (!rows.length)
    throw new AppError("validation", "The CSV has a header but no rows.", { errors: [{ path: "file", message: "No rows." }] });
  if (rows.length > MAX_BATCH_ROWS)
    throw new AppError("validation", `At most ${MAX_BATCH_ROWS} rows per batch; the file has ${rows.length}.`, {
      errors: [{ path: "file", message: "Too many rows." }],
    });
  const batch = await inTransaction(ctx, async (tx) => {
    const b = await repo.insertBatch(tx.db, ctx.orgId, { filename: file.filename, total: rows.length, createdBy: ctx.user.id });
    await repo.insertBatchRows(tx.db, b.id, rows.map(checkedRow));
    await audit(tx, {
      action: "create",
      entityType: "screening_batch",
      entityId: b.id,
      summary: `Batch screening of ${rows.length} names from ${file.filename}`,
    });
    return b;
  });
  try {
    await enqueueJob(ctx.database, BATCH_JOB, { batchId: batch.id });
  } catch (err) {
    await repo.setBatch(ctx.db, batch.id, {
      status: "failed",
      error: "The batch could not be queued.",
      errorCode: "not_queued",
      finishedAt: new Date(),
    });
    throw err;
  }
  return summary(batch, await userNames(ctx.db, [batch.createdBy]));
}

/** The organisation's batches, newest first. */
export async function listBatches(ctx: Ctx, page: { limit: number; offset: number }) {
  const { rows, total } = await repo.batchPage(ctx.db, ctx.orgId, page.limit, page.offset);
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.createdBy),
  );
  return { items: rows.map((r) => summary(r, names)), total, limit: page.limit, offset: page.offset };
}

type StoredRow = repo.StoredRow;
const rowOut = (r: StoredRow) => ({
  id: r.rowId,
  query: r.name,
  ...(r.country ? { country: r.country } : {}),
  matches: r.matches,
  rejected: r.rejected,
});

/** A batch with its progress and a page of its rows (screened rows carry their matches). */
export async function getBatch(ctx: Ctx, id: string, page: { limit: number; offset: number }) {
  const b = await find(ctx, id);
  const rows = await repo.batchRows(ctx.db, b.id, page.limit, page.offset);
  return {
    ...summary(b, await userNames(ctx.db, [b.createdBy])),
    threshold: DEFAULT_THRESHOLD,
    checked: b.checked ?? null,
    rows: rows.map(rowOut),
    rowsOffset: page.offset,
    rowsLimit: page.limit,
  };
}

function explain(m: Match): string {
  return m.explanations.map((e) => e.detail).join("; ");
}

/** The report as CSV: one line per input row with its best hit (UTF-8 with BOM, formulas escaped). */
export async function batchReportCsv(ctx: Ctx, id: string): Promise<{ filename: string; csv: string }> {
  const b = await find(ctx, id);
  const header = ["id", "name", "country", "status", "best_match", "score", "match", "list", "source_id", "explanation", "matches", "hits"];
  const lines: unknown[][] = [header];
  for (let offset = 0; ; offset += 5000) {
    const rows = await repo.batchRows(ctx.db, b.id, 5000, offset);
    for (const r of rows) {
      const best = r.matches?.[0];
      const status = r.rejected
        ? `rejected: ${r.rejected}`
        : r.matches === null
          ? "pending"
          : r.matches.some((m) => m.match)
            ? "hit"
            : "clear";
      lines.push([
        r.rowId,
        r.name,
        r.country ?? "",
        status,
        best?.name ?? "",
        best?.score ?? "",
        best ? String(best.match) : "",
        best?.list ?? "",
        best?.sourceId ?? "",
        best ? explain(best) : "",
        r.matches?.length ?? "",
        r.matches?.filter((m) => m.match).length ?? "",
      ]);
    }
    if (rows.length < 5000) break;
  }
  const csv = "\uFEFF" + Papa.unparse(lines as string[][], { escapeFormulae: true, newline: "\r\n" }) + "\r\n";
  return { filename: `screening-batch-${b.id.slice(0, 8)}.csv`, csv };
}

/** Runs a batch may start; one interrupted (the process stopped) this often is abandoned, not queued again. */
export const MAX_BATCH_ATTEMPTS = 3;
const STALE_AFTER_SECONDS = 5 * 60;

async function abandon(
  db: Database["db"],
  id: string,
  error: string,
  errorCode: BatchErrorCode,
  errorParams: Record<string, number> | null = null,
): Promise<void> {
  log.warn("screening batch abandoned", { batchId: id, error });
  await repo.setBatch(db, id, { status: "abandoned", error: storableText(error), errorCode, errorParams, finishedAt: new Date() });
}

/**
 * The background job: screens the rows not yet screened, chunk by chunk. Safe to run again after a restart:
 * only a queued batch is claimed (so two runs never screen one batch), and each claim counts an attempt.
 */
export async function runBatchJob(database: Database, data: { batchId: string }, signal?: AbortSignal): Promise<void> {
  const db = database.db;
  const b = await repo.claimQueuedBatch(db, data.batchId);
  if (!b) return;
  if (b.attempts > MAX_BATCH_ATTEMPTS) {
    await abandon(
      db,
      b.id,
      `Stopped after ${MAX_BATCH_ATTEMPTS} interrupted attempts; it is not retried. Split the file or remove the rows it stopped at, and upload it again.`,
      "interrupted",
      { attempts: MAX_BATCH_ATTEMPTS },
    );
    return;
  }
  try {
    const screener = await screenerFor(database, b.organizationId);
    // What the rows are screened with: shown beside the results (and "nothing was checked" when no list is loaded).
    await repo.setBatch(db, b.id, { checked: screener.checked() });
    let done = await repo.settledRowCount(db, b.id);
    for (;;) {
      const rows = await repo.rowsToScreen(db, b.id, CHUNK);
      if (!rows.length) break;
      if (signal?.aborted) {
        const timeout = signal.reason instanceof JobTimeout ? signal.reason : undefined;
        await abandon(
          db,
          b.id,
          `${errorText(signal.reason)} It is not retried; the rows screened so far are kept.`,
          timeout ? "out_of_time" : "stopped",
          timeout ? { minutes: Math.round(timeout.seconds / 60) } : null,
        );
        return;
      }
      const results = rows.map((r) => ({
        n: r.rowNo,
        m: shownMatches(screener, { name: r.name, country: r.country ?? undefined }).map(toMatch),
      }));
      done += rows.length;
      await repo.saveScreenedRows(db, b.id, results, done);
      // Let requests in between chunks: scoring is CPU work on the event loop the database shares.
      await tick();
    }
    await repo.setBatch(db, b.id, { status: "done", finishedAt: new Date() });
  } catch (err) {
    const error = errorText(err);
    log.warn("screening batch failed", { batchId: b.id, error });
    await repo.setBatch(db, b.id, { status: "failed", error, errorCode: "failed", finishedAt: new Date() });
  }
}

/** Batches left running by a process that stopped: queued again (a new attempt), or abandoned after the last. */
export async function recoverBatches(database: Database, startup: boolean): Promise<void> {
  const db = database.db;
  const interrupted = await repo.requeueStaleBatches(db, startup && database.kind === "pglite" ? null : STALE_AFTER_SECONDS);
  for (const b of interrupted) {
    if (b.attempts >= MAX_BATCH_ATTEMPTS) {
      await abandon(
        db,
        b.id,
        `Stopped after ${b.attempts} interrupted attempts (the server stopped while it ran); it is not retried. Split the file or remove the rows it stopped at, and upload it again.`,
        "interrupted",
        { attempts: b.attempts },
      );
      continue;
    }
    log.warn("screening batch interrupted: queued again", { batchId: b.id, attempts: b.attempts });
    await enqueueJob(database, BATCH_JOB, { batchId: b.id }).catch((err: unknown) =>
      log.warn("could not queue an interrupted batch again", { batchId: b.id, error: errorText(err) }),
    );
  }
}

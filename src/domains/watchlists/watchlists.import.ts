import type { Database, Db } from "../../platform/db.js";
import { JobTimeout } from "../../platform/jobs.js";
import { errorText, storableText } from "../../shared/storable-text.js";
import { log } from "../../platform/logger.js";
import { AppError } from "../../shared/app-error.js";
import type { ImportErrorCode, WatchlistFormat } from "./watchlists.schema.js";
import { contentHash, readListFile } from "./watchlists.sources.js";
import * as repo from "./watchlists.import.repo.js";

// Importing a list file. The file streams through the engine's readers into a staging table in batches
// of STAGE_BATCH rows (one multi-row INSERT each, so memory holds one batch, never the list); the staged
// rows are then diffed against the list's current entities by source id + content hash in ONE
// transaction: added rows inserted, changed rows updated, vanished rows marked removed, counts recorded.
// Staging runs outside that transaction on purpose: progress (`processed`) stays visible to pollers, and
// the embedded database (one connection) keeps answering other requests between batches. Until the diff
// commits nothing of the file is visible; a failure anywhere leaves the list exactly as it was.

export type ImportRow = repo.ImportRow;

const STAGE_BATCH = 2000;

export interface NewImport {
  orgId: string | null;
  name: string;
  format: WatchlistFormat;
  filename: string;
  by: string | null;
  upload?: Record<string, string> | null;
}

/** Records an import as running (before the file is read), so it can be polled from the start. */
export async function createImport(db: Db, req: NewImport): Promise<ImportRow> {
  return repo.insertImport(db, {
    organizationId: req.orgId,
    name: req.name,
    format: req.format,
    filename: req.filename,
    by: req.by,
    upload: req.upload ?? null,
    status: "running",
  });
}

/** Reads the file into the staging table; returns how many entities it read. Stops when `signal` aborts. */
async function stage(
  db: Db,
  imp: ImportRow,
  path: string,
  onProgress?: (processed: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  let processed = 0;
  let batch: repo.Staged[] = [];
  const flush = async () => {
    signal?.throwIfAborted();
    if (!batch.length) return;
    await repo.stageBatch(db, imp.id, batch);
    batch = [];
    await repo.setImportRow(db, imp.id, { processed, heartbeatAt: new Date() });
    onProgress?.(processed);
  };
  for await (const e of readListFile(imp.format, path, imp.name)) {
    processed++;
    batch.push({
      q: processed,
      s: e.sourceId,
      t: e.type,
      n: e.names,
      c: e.countries,
      b: e.birthDates ?? [],
      d: e.ids ?? [],
      h: contentHash(e),
    });
    if (batch.length >= STAGE_BATCH) await flush();
  }
  await flush();
  return processed;
}

/** The diff of the staged file against the list, applied in one transaction. */
async function applyDiff(db: Db, imp: ImportRow, processed: number): Promise<ImportRow> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const list = await repo.lockList(tx, imp.organizationId, imp.name, imp.format);
    if (list.format !== imp.format) {
      throw new AppError("conflict", `The list "${imp.name}" holds ${list.format} data; import ${imp.format} under another name.`);
    }
    const w = list.id;
    const v = list.currentVersion + 1;
    const { revived, changed, removed, inserted, entities } = await repo.applyStaged(tx, imp.id, w, v);
    const added = inserted + revived;
    // An identical file changes nothing, so the version (and the screening index) stays.
    const version = added + changed + removed > 0 ? v : list.currentVersion;
    await repo.setListVersion(tx, w, version, entities);
    const done = await repo.setImportRow(tx, imp.id, {
      status: "done",
      watchlistId: w,
      version,
      processed,
      added,
      changed,
      removed,
      finishedAt: new Date(),
      upload: null,
    });
    return done!;
  });
}

function messageOf(err: unknown): string {
  if (err instanceof AppError || err instanceof JobTimeout) return storableText(err.message);
  log.warn("watchlist import failed", { error: storableText(err instanceof Error ? (err.stack ?? err.message) : String(err), 10_000) });
  return `The import failed: ${errorText(err)}`;
}

/** Imports left running by a process that stopped are failed, and staging rows no running import owns removed. */
export async function recoverImports(database: Database, startup: boolean): Promise<void> {
  const db = database.db;
  // On PGlite one process owns the database: at start-up nothing can still be running. Elsewhere (several
  // servers on one PostgreSQL) a run is dead once it has given no sign of life for STALE_AFTER.
  const failed = await repo.failStaleImports(db, startup && database.kind === "pglite" ? null : STALE_AFTER_SECONDS, INTERRUPTED);
  for (const f of failed) log.warn("watchlist import interrupted: marked failed", { importId: f.id });
}

const STALE_AFTER_SECONDS = 5 * 60;
const HEARTBEAT_MS = 30_000;
export const INTERRUPTED = "The import was interrupted (the server stopped while it ran) and is not retried: start it again.";

/**
 * Runs a recorded import: stages the file, applies the diff, records the counts (or the error, leaving the
 * list untouched). Idempotent: a finished import is returned as it is; a running one starts over.
 */
export async function runImport(
  database: Database,
  importId: string,
  path: string,
  onProgress?: (processed: number) => void,
  signal?: AbortSignal,
): Promise<ImportRow> {
  const db = database.db;
  // Claiming the run counts the attempt and stamps the first sign of life.
  const imp = await repo.claimImportRun(db, importId);
  if (!imp) {
    const current = await repo.importRow(db, importId);
    if (!current) throw new Error(`watchlist import ${importId} not found`);
    return current;
  }
  await repo.clearStaging(db, importId);
  // A sign of life while the diff's one transaction runs (staging stamps its own with every batch).
  const heartbeat = setInterval(() => {
    repo.setImportRow(db, importId, { heartbeatAt: new Date() }, { running: true }).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const started = Date.now();
    const processed = await stage(db, imp, path, onProgress, signal);
    const staged = Date.now();
    signal?.throwIfAborted();
    const done = await applyDiff(db, imp, processed);
    log.debug(
      `watchlist import ${imp.name}: staged ${processed} entities in ${staged - started} ms, applied the diff in ${Date.now() - staged} ms`,
    );
    return done;
  } catch (err) {
    const timeout = err instanceof JobTimeout ? err : undefined;
    return await recordFailure(
      db,
      importId,
      messageOf(err),
      timeout ? "out_of_time" : "failed",
      timeout ? { minutes: Math.round(timeout.seconds / 60) } : null,
    );
  } finally {
    clearInterval(heartbeat);
    await repo.clearStaging(db, importId);
  }
}

/** Marks the import failed; if even that cannot be written, logs it (start-up recovery fails it later). */
async function recordFailure(
  db: Db,
  importId: string,
  error: string,
  errorCode: ImportErrorCode,
  errorParams: Record<string, number> | null,
): Promise<ImportRow> {
  try {
    const failed = await repo.setImportRow(db, importId, {
      status: "failed",
      error,
      errorCode,
      errorParams,
      finishedAt: new Date(),
      upload: null,
    });
    return failed!;
  } catch (err) {
    log.error("could not record a failed watchlist import", { importId, error: errorText(err) });
    const current = (await repo.importRow(db, importId))!;
    return { ...current, status: "failed", error, errorCode, errorParams };
  }
}

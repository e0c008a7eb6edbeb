import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Database, Db } from "../../platform/db.js";
import { JobTimeout } from "../../platform/jobs.js";
import { errorText, storableText } from "../../shared/storable-text.js";
import { log } from "../../platform/logger.js";
import { AppError } from "../../shared/app-error.js";
import type { ImportErrorCode, WatchlistFormat } from "./watchlists.schema.js";
import { contentHash, readListFile } from "./watchlists.sources.js";
import { watchlist, watchlistImport } from "./watchlists.table.js";

// Importing a list file. The file streams through the engine's readers into a staging table in batches
// of STAGE_BATCH rows (one multi-row INSERT each, so memory holds one batch, never the list); the staged
// rows are then diffed against the list's current entities by source id + content hash in ONE
// transaction: added rows inserted, changed rows updated, vanished rows marked removed, counts recorded.
// Staging runs outside that transaction on purpose: progress (`processed`) stays visible to pollers, and
// the embedded database (one connection) keeps answering other requests between batches. Until the diff
// commits nothing of the file is visible; a failure anywhere leaves the list exactly as it was.

export type ImportRow = typeof watchlistImport.$inferSelect;

const STAGE_BATCH = 2000;

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function count(db: Db, query: SQL): Promise<number> {
  const [r] = await rows<{ n: number | string }>(db, query);
  return Number(r?.n ?? 0);
}

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
  const [row] = await db
    .insert(watchlistImport)
    .values({
      organizationId: req.orgId,
      name: req.name,
      format: req.format,
      filename: req.filename,
      by: req.by,
      upload: req.upload ?? null,
      status: "running",
    })
    .returning();
  return row;
}

interface Staged {
  q: number;
  s: string;
  t: string;
  n: string[];
  c: string[];
  b: string[];
  d: string[];
  h: string;
}

async function stageBatch(db: Db, importId: string, batch: Staged[]): Promise<void> {
  await db.execute(sql`
    insert into watchlist_staging (import_id, seq, source_id, type, names, countries, birth_dates, identifiers, content_hash)
    select ${importId}::uuid, x.q, x.s, x.t, x.n, x.c, x.b, x.d, x.h
    from json_to_recordset(${JSON.stringify(batch)}::json) as x(q int, s text, t text, n text[], c text[], b text[], d text[], h text)`);
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
  let batch: Staged[] = [];
  const flush = async () => {
    signal?.throwIfAborted();
    if (!batch.length) return;
    await stageBatch(db, imp.id, batch);
    batch = [];
    await db.update(watchlistImport).set({ processed, heartbeatAt: new Date() }).where(eq(watchlistImport.id, imp.id));
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
    const scope = imp.organizationId ? eq(watchlist.organizationId, imp.organizationId) : isNull(watchlist.organizationId);
    let [list] = await tx
      .select()
      .from(watchlist)
      .where(and(scope, eq(watchlist.name, imp.name)))
      .for("update");
    if (!list)
      [list] = await tx.insert(watchlist).values({ organizationId: imp.organizationId, name: imp.name, format: imp.format }).returning();
    if (list.format !== imp.format) {
      throw new AppError("conflict", `The list "${imp.name}" holds ${list.format} data; import ${imp.format} under another name.`);
    }
    const w = list.id;
    const v = list.currentVersion + 1;
    const i = imp.id;
    // Fresh statistics let the planner hash-join the whole file against the list (not loop over it).
    await tx.execute(sql`analyze watchlist_staging`);
    await tx.execute(sql`analyze watchlist_entity`);
    // A source id repeated in the file: its last occurrence wins.
    await tx.execute(sql`delete from watchlist_staging a using watchlist_staging b
      where a.import_id = ${i} and b.import_id = ${i} and a.source_id = b.source_id and a.seq < b.seq`);
    const revived = await count(
      tx,
      sql`with u as (
        update watchlist_entity e set type = s.type, names = s.names, countries = s.countries, birth_dates = s.birth_dates, identifiers = s.identifiers,
          content_hash = s.content_hash,
          added_in_version = ${v}, changed_in_version = null, removed_in_version = null
        from watchlist_staging s
        where s.import_id = ${i} and e.watchlist_id = ${w} and e.source_id = s.source_id and e.removed_in_version is not null
        returning 1)
      select count(*) as n from u`,
    );
    const changed = await count(
      tx,
      sql`with u as (
        update watchlist_entity e set type = s.type, names = s.names, countries = s.countries, birth_dates = s.birth_dates, identifiers = s.identifiers,
          content_hash = s.content_hash, changed_in_version = ${v}
        from watchlist_staging s
        where s.import_id = ${i} and e.watchlist_id = ${w} and e.source_id = s.source_id and e.removed_in_version is null and e.content_hash <> s.content_hash
        returning 1)
      select count(*) as n from u`,
    );
    const removed = await count(
      tx,
      sql`with u as (
        update watchlist_entity e set removed_in_version = ${v}
        where e.watchlist_id = ${w} and e.removed_in_version is null
          and not exists (select 1 from watchlist_staging s where s.import_id = ${i} and s.source_id = e.source_id)
        returning 1)
      select count(*) as n from u`,
    );
    // New source ids: conflicts on the unique (list, source id) skip the rows handled above. (An anti-join
    // against watchlist_entity here would rescan the rows this same statement appends: quadratic.)
    const inserted = await count(
      tx,
      sql`with u as (
        insert into watchlist_entity (watchlist_id, source_id, type, names, countries, birth_dates, identifiers, content_hash, added_in_version)
        select ${w}::uuid, s.source_id, s.type, s.names, s.countries, s.birth_dates, s.identifiers, s.content_hash, ${v}::int
        from watchlist_staging s
        where s.import_id = ${i}
        on conflict (watchlist_id, source_id) do nothing
        returning 1)
      select count(*) as n from u`,
    );
    const added = inserted + revived;
    // An identical file changes nothing, so the version (and the screening index) stays.
    const version = added + changed + removed > 0 ? v : list.currentVersion;
    const entities = await count(
      tx,
      sql`select count(*) as n from watchlist_entity where watchlist_id = ${w} and removed_in_version is null`,
    );
    await tx.update(watchlist).set({ currentVersion: version, entityCount: entities, updatedAt: new Date() }).where(eq(watchlist.id, w));
    const [done] = await tx
      .update(watchlistImport)
      .set({ status: "done", watchlistId: w, version, processed, added, changed, removed, finishedAt: new Date(), upload: null })
      .where(eq(watchlistImport.id, i))
      .returning();
    return done;
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
  const stale =
    startup && database.kind === "pglite"
      ? sql`true`
      : sql`coalesce(heartbeat_at, started_at) < now() - ${`${STALE_AFTER_SECONDS} seconds`}::interval`;
  const failed = await rows<{ id: string }>(
    db,
    sql`update watchlist_import set status = 'failed', error = ${INTERRUPTED}, error_code = 'interrupted', finished_at = now(), upload = null
      where status = 'running' and ${stale} returning id`,
  );
  for (const f of failed) log.warn("watchlist import interrupted: marked failed", { importId: f.id });
  await db.execute(
    sql`delete from watchlist_staging s where not exists (select 1 from watchlist_import i where i.id = s.import_id and i.status = 'running')`,
  );
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
  const [imp] = await db
    .update(watchlistImport)
    .set({ attempts: sql`${watchlistImport.attempts} + 1`, heartbeatAt: new Date() })
    .where(and(eq(watchlistImport.id, importId), eq(watchlistImport.status, "running")))
    .returning();
  if (!imp) {
    const [current] = await db.select().from(watchlistImport).where(eq(watchlistImport.id, importId));
    if (!current) throw new Error(`watchlist import ${importId} not found`);
    return current;
  }
  await db.execute(sql`delete from watchlist_staging where import_id = ${importId}`);
  // A sign of life while the diff's one transaction runs (staging stamps its own with every batch).
  const heartbeat = setInterval(() => {
    db.update(watchlistImport)
      .set({ heartbeatAt: new Date() })
      .where(and(eq(watchlistImport.id, importId), eq(watchlistImport.status, "running")))
      .catch(() => undefined);
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
    await db.execute(sql`delete from watchlist_staging where import_id = ${importId}`);
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
    const [failed] = await db
      .update(watchlistImport)
      .set({ status: "failed", error, errorCode, errorParams, finishedAt: new Date(), upload: null })
      .where(eq(watchlistImport.id, importId))
      .returning();
    return failed;
  } catch (err) {
    log.error("could not record a failed watchlist import", { importId, error: errorText(err) });
    const [current] = await db.select().from(watchlistImport).where(eq(watchlistImport.id, importId));
    return { ...current, status: "failed", error, errorCode, errorParams };
  }
}

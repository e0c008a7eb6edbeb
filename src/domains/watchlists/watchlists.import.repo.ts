import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { watchlist, watchlistImport } from "./watchlists.table.js";

// Queries of a list file's import: the import's row, the staging table the file streams into and the diff that
// applies it to the list (watchlists.import.ts runs them in order; the diff's steps in one transaction).

export type ImportRow = typeof watchlistImport.$inferSelect;
export type ListRow = typeof watchlist.$inferSelect;
type ImportSet = Partial<Omit<typeof watchlistImport.$inferInsert, "id">>;

/** One staged entity, with short keys: the rows travel as one JSON document per batch. */
export interface Staged {
  q: number;
  s: string;
  t: string;
  n: string[];
  c: string[];
  b: string[];
  d: string[];
  h: string;
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function count(db: Db, query: SQL): Promise<number> {
  const [r] = await rows<{ n: number | string }>(db, query);
  return Number(r?.n ?? 0);
}

export async function insertImport(db: Db, values: Omit<typeof watchlistImport.$inferInsert, "id">): Promise<ImportRow> {
  const [row] = await db.insert(watchlistImport).values(values).returning();
  return row;
}

export async function importRow(db: Db, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(watchlistImport).where(eq(watchlistImport.id, id));
  return row;
}

/** Changes an import; with `running`, only while it still runs. Returns the row changed, if any. */
export async function setImportRow(db: Db, id: string, set: ImportSet, opts: { running?: boolean } = {}): Promise<ImportRow | undefined> {
  const [row] = await db
    .update(watchlistImport)
    .set(set)
    .where(and(eq(watchlistImport.id, id), opts.running ? eq(watchlistImport.status, "running") : undefined))
    .returning();
  return row;
}

/** Claims a running import for a run: counts the attempt and stamps the first sign of life. */
export async function claimImportRun(db: Db, id: string): Promise<ImportRow | undefined> {
  const [row] = await db
    .update(watchlistImport)
    .set({ attempts: sql`${watchlistImport.attempts} + 1`, heartbeatAt: new Date() })
    .where(and(eq(watchlistImport.id, id), eq(watchlistImport.status, "running")))
    .returning();
  return row;
}

export async function stageBatch(db: Db, importId: string, batch: Staged[]): Promise<void> {
  await db.execute(sql`
    insert into watchlist_staging (import_id, seq, source_id, type, names, countries, birth_dates, identifiers, content_hash)
    select ${importId}::uuid, x.q, x.s, x.t, x.n, x.c, x.b, x.d, x.h
    from json_to_recordset(${JSON.stringify(batch)}::json) as x(q int, s text, t text, n text[], c text[], b text[], d text[], h text)`);
}

export async function clearStaging(db: Db, importId: string): Promise<void> {
  await db.execute(sql`delete from watchlist_staging where import_id = ${importId}`);
}

/** The list an import goes into (its organisation's, or the instance's), locked for the diff; created when new. */
export async function lockList(db: Db, orgId: string | null, name: string, format: ListRow["format"]): Promise<ListRow> {
  const scope = orgId ? eq(watchlist.organizationId, orgId) : isNull(watchlist.organizationId);
  let [list] = await db
    .select()
    .from(watchlist)
    .where(and(scope, eq(watchlist.name, name)))
    .for("update");
  if (!list) [list] = await db.insert(watchlist).values({ organizationId: orgId, name, format }).returning();
  return list;
}

/**
 * Applies the staged file to the list as version `v`: revived, changed, removed and new entities. Returns the counts
 * and how many entities the list holds now.
 */
export async function applyStaged(db: Db, importId: string, listId: string, v: number) {
  const i = importId;
  const w = listId;
  // Fresh statistics let the planner hash-join the whole file against the list (not loop over it).
  await db.execute(sql`analyze watchlist_staging`);
  await db.execute(sql`analyze watchlist_entity`);
  // A source id repeated in the file: its last occurrence wins.
  await db.execute(sql`delete from watchlist_staging a using watchlist_staging b
    where a.import_id = ${i} and b.import_id = ${i} and a.source_id = b.source_id and a.seq < b.seq`);
  const revived = await count(
    db,
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
    db,
    sql`with u as (
      update watchlist_entity e set type = s.type, names = s.names, countries = s.countries, birth_dates = s.birth_dates, identifiers = s.identifiers,
        content_hash = s.content_hash, changed_in_version = ${v}
      from watchlist_staging s
      where s.import_id = ${i} and e.watchlist_id = ${w} and e.source_id = s.source_id and e.removed_in_version is null and e.content_hash <> s.content_hash
      returning 1)
    select count(*) as n from u`,
  );
  const removed = await count(
    db,
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
    db,
    sql`with u as (
      insert into watchlist_entity (watchlist_id, source_id, type, names, countries, birth_dates, identifiers, content_hash, added_in_version)
      select ${w}::uuid, s.source_id, s.type, s.names, s.countries, s.birth_dates, s.identifiers, s.content_hash, ${v}::int
      from watchlist_staging s
      where s.import_id = ${i}
      on conflict (watchlist_id, source_id) do nothing
      returning 1)
    select count(*) as n from u`,
  );
  const entities = await count(
    db,
    sql`select count(*) as n from watchlist_entity where watchlist_id = ${w} and removed_in_version is null`,
  );
  return { revived, changed, removed, inserted, entities };
}

export async function setListVersion(db: Db, listId: string, version: number, entityCount: number): Promise<void> {
  await db.update(watchlist).set({ currentVersion: version, entityCount, updatedAt: new Date() }).where(eq(watchlist.id, listId));
}

/**
 * Fails the imports of every organisation left running by a process that stopped — all of them (`staleAfterSeconds`
 * null) or those without a sign of life for that long — and removes staging rows no running import owns.
 */
export async function failStaleImports(db: Db, staleAfterSeconds: number | null, error: string): Promise<Array<{ id: string }>> {
  const stale =
    staleAfterSeconds === null ? sql`true` : sql`coalesce(heartbeat_at, started_at) < now() - ${`${staleAfterSeconds} seconds`}::interval`;
  const failed = await rows<{ id: string }>(
    db,
    sql`update watchlist_import set status = 'failed', error = ${error}, error_code = 'interrupted', finished_at = now(), upload = null
      where status = 'running' and ${stale} returning id`,
  );
  await db.execute(
    sql`delete from watchlist_staging s where not exists (select 1 from watchlist_import i where i.id = s.import_id and i.status = 'running')`,
  );
  return failed;
}

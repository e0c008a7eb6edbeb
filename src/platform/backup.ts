import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { migrateDatabase, migrationsFolder, type Database, type Db } from "./db.js";

// A portable dump of every application table, readable by PGlite and PostgreSQL alike.
//
// File: gzip'd JSON lines.
//   {"type":"header","format":"partnerwise-backup","version":1,"createdAt":…,"source":"pglite","migrations":[{tag,when}…]}
//   {"type":"table","name":"user","columns":["id",…],"rowCount":2}
//   {…one row as a JSON object…}                      (rowCount lines)
//   … next table …
//   {"type":"end","tables":18,"rows":1234}
// Rows come from `to_jsonb(row)` and go back through `jsonb_populate_recordset`, so values never pass
// through JavaScript numbers or dates (no precision loss) and each type is parsed by PostgreSQL itself.
// Tables are written parents first (foreign-key order); generated columns are left out (the database
// recomputes them); sequences are moved past the restored ids.

export const BACKUP_FORMAT = "partnerwise-backup";
export const BACKUP_VERSION = 1;

export interface BackupMigration {
  tag: string;
  /** drizzle's folderMillis: what drizzle records as created_at of an applied migration. */
  when: number;
}

export interface BackupHeader {
  type: "header";
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: Database["kind"];
  migrations: BackupMigration[];
}

export type BackupProgress = { phase: "table"; table: string; done: number; total: number } | { phase: "warning"; message: string };

export interface BackupSummary {
  tables: Array<{ name: string; rows: number }>;
  rows: number;
  migrations: BackupMigration[];
}

/** A refusal the user can act on (bad file, newer migrations); the CLI prints its message without a stack. */
export class BackupError extends Error {}

const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

/** Migrations this code ships, in order. */
export function codeMigrations(): BackupMigration[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: Array<{ tag: string; when: number }>;
  };
  return journal.entries.map((e) => ({ tag: e.tag, when: e.when }));
}

/** Migrations applied to the database (drizzle's bookkeeping), named by the code's journal where known. */
async function appliedMigrations(db: Db): Promise<BackupMigration[]> {
  const known = new Map(codeMigrations().map((m) => [m.when, m.tag]));
  const r = await db.execute(sql`select created_at from drizzle.__drizzle_migrations order by created_at`);
  return rowsOf<{ created_at: string | number }>(r).map((row) => {
    const when = Number(row.created_at);
    return { when, tag: known.get(when) ?? `unknown-${when}` };
  });
}

interface TableInfo {
  name: string;
  /** Insertable columns (generated ones left out), in table order. */
  columns: string[];
  /** Primary-key columns, for a stable row order. */
  key: string[];
}

/** The application tables (schema public) in foreign-key order: referenced tables before referencing ones. */
async function appTables(db: Db): Promise<TableInfo[]> {
  const cols = rowsOf<{ table_name: string; column_name: string }>(
    await db.execute(sql`
      select c.table_name, c.column_name
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
      order by c.table_name, c.ordinal_position`),
  );
  const keys = rowsOf<{ table_name: string; column_name: string }>(
    await db.execute(sql`
      select tc.table_name, k.column_name
      from information_schema.table_constraints tc
      join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name and k.table_schema = tc.table_schema and k.table_name = tc.table_name
      where tc.table_schema = 'public' and tc.constraint_type = 'PRIMARY KEY'
      order by tc.table_name, k.ordinal_position`),
  );
  const fks = rowsOf<{ child: string; parent: string }>(
    await db.execute(sql`
      select c.relname as child, p.relname as parent
      from pg_constraint f
      join pg_class c on c.oid = f.conrelid
      join pg_class p on p.oid = f.confrelid
      where f.contype = 'f' and f.connamespace = 'public'::regnamespace`),
  );
  const tables = new Map<string, TableInfo>();
  for (const c of cols) {
    const t = tables.get(c.table_name) ?? { name: c.table_name, columns: [], key: [] };
    t.columns.push(c.column_name);
    tables.set(c.table_name, t);
  }
  for (const k of keys) tables.get(k.table_name)?.key.push(k.column_name);

  // Topological order (Kahn), alphabetical among equals so dumps are deterministic.
  const parents = new Map<string, Set<string>>([...tables.keys()].map((n) => [n, new Set<string>()]));
  for (const fk of fks) if (fk.child !== fk.parent && tables.has(fk.parent)) parents.get(fk.child)?.add(fk.parent);
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  while (done.size < tables.size) {
    const ready = [...tables.keys()].filter((n) => !done.has(n) && [...parents.get(n)!].every((p) => done.has(p))).sort();
    if (!ready.length) {
      const rest = [...tables.keys()].filter((n) => !done.has(n));
      throw new BackupError(`Foreign keys form a cycle between ${rest.join(", ")}; this backup format cannot order them.`);
    }
    for (const n of ready) {
      ordered.push(tables.get(n)!);
      done.add(n);
    }
  }
  return ordered;
}

/**
 * Writes a backup of every application table to `file` (gzip'd JSON lines) from one consistent snapshot.
 * With the embedded database, nothing else may use it meanwhile (PGlite has one connection).
 */
export async function backupDatabase(
  database: Database,
  file: string,
  opts: { onProgress?: (p: BackupProgress) => void } = {},
): Promise<BackupSummary> {
  const gzip = createGzip();
  const out = createWriteStream(file);
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(line + "\n")) await once(gzip, "drain");
  };
  try {
    const summary = await database.db.transaction(
      async (tx) => {
        // Timestamps in UTC so dumps of the same data are identical wherever they were made.
        await tx.execute(sql`set local timezone = 'UTC'`);
        const migrations = await appliedMigrations(tx);
        const header: BackupHeader = {
          type: "header",
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          source: database.kind,
          migrations,
        };
        await write(JSON.stringify(header));
        const tables = await appTables(tx);
        const counts: Array<{ name: string; rows: number }> = [];
        for (const t of tables) {
          const [{ n }] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${sql.identifier(t.name)}`));
          const total = Number(n);
          await write(JSON.stringify({ type: "table", name: t.name, columns: t.columns, rowCount: total }));
          opts.onProgress?.({ phase: "table", table: t.name, done: 0, total });
          const select = sql.join(
            t.columns.map((c) => sql.identifier(c)),
            sql`, `,
          );
          const order = t.key.length
            ? sql` order by ${sql.join(
                t.key.map((c) => sql.identifier(c)),
                sql`, `,
              )}`
            : sql``;
          await tx.execute(
            sql`declare backup_rows no scroll cursor for select to_jsonb(r)::text as j from (select ${select} from ${sql.identifier(t.name)}${order}) r`,
          );
          let done = 0;
          for (;;) {
            const batch = rowsOf<{ j: string }>(await tx.execute(sql.raw(`fetch ${BATCH_ROWS} from backup_rows`)));
            if (!batch.length) break;
            for (const row of batch) await write(row.j);
            done += batch.length;
            opts.onProgress?.({ phase: "table", table: t.name, done, total });
          }
          await tx.execute(sql`close backup_rows`);
          if (done !== total) throw new Error(`table ${t.name}: counted ${total} rows but read ${done}`);
          counts.push({ name: t.name, rows: done });
        }
        const rows = counts.reduce((s, c) => s + c.rows, 0);
        await write(JSON.stringify({ type: "end", tables: counts.length, rows }));
        return { tables: counts, rows, migrations };
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    gzip.end();
    await finished(out);
    return summary;
  } catch (err) {
    gzip.destroy();
    out.destroy();
    throw err;
  }
}

/** Reads the header of a backup file (to show what it holds before restoring). */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  for await (const line of lines(file)) return parseHeader(line);
  throw new BackupError(`${file} is empty.`);
}

function parseHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line) as BackupHeader;
  } catch {
    throw new BackupError("This is not a Partnerwise backup (the first line is not JSON).");
  }
  if (header?.type !== "header" || header.format !== BACKUP_FORMAT) throw new BackupError("This is not a Partnerwise backup.");
  if (header.version > BACKUP_VERSION)
    throw new BackupError(
      `This backup uses format version ${header.version}; this Partnerwise reads up to ${BACKUP_VERSION}. Upgrade Partnerwise first.`,
    );
  return header;
}

/**
 * Replaces all data in `database` with the backup in `file`, in one transaction: migrates the database to
 * this code's schema, empties every application table (TRUNCATE … CASCADE, which the audit log's
 * append-only trigger allows), inserts the rows table by table and resets sequences. Refuses a backup
 * made by a newer schema. A backup from an older schema is loaded column by column into the current one.
 */
export async function restoreDatabase(
  database: Database,
  file: string,
  opts: { onProgress?: (p: BackupProgress) => void } = {},
): Promise<BackupSummary> {
  const input = lines(file);
  const first = await input.next();
  if (first.done) throw new BackupError(`${file} is empty.`);
  const header = parseHeader(first.value);
  const code = codeMigrations();
  const known = new Set(code.map((m) => m.when));
  const newer = header.migrations.filter((m) => !known.has(m.when));
  if (newer.length) {
    throw new BackupError(
      `This backup was made by a newer Partnerwise (migrations unknown here: ${newer.map((m) => m.tag).join(", ")}). Upgrade Partnerwise, then restore.`,
    );
  }
  await migrateDatabase(database);
  const warn = (message: string) => opts.onProgress?.({ phase: "warning", message });
  if (header.migrations.length < code.length)
    warn(`The backup is from an older schema (${header.migrations.at(-1)?.tag ?? "none"}); its data is loaded into the current schema.`);

  try {
    return await database.db.transaction(async (tx) => {
      const tables = await appTables(tx);
      const byName = new Map(tables.map((t) => [t.name, t]));
      if (tables.length)
        await tx.execute(
          sql`truncate ${sql.join(
            tables.map((t) => sql.identifier(t.name)),
            sql`, `,
          )} restart identity cascade`,
        );

      const counts: Array<{ name: string; rows: number }> = [];
      let ended = false;
      let tablesSeen = 0;
      let rowsSeen = 0;
      let current: { name: string; target?: TableInfo; columns: string[]; expected: number; seen: number } | undefined;
      let batch: string[] = [];
      let batchBytes = 0;

      const flush = async () => {
        if (!current?.target || !batch.length) {
          batch = [];
          batchBytes = 0;
          return;
        }
        const cols = sql.join(
          current.columns.map((c) => sql.identifier(c)),
          sql`, `,
        );
        const json = `[${batch.join(",")}]`;
        try {
          await tx.execute(
            sql`insert into ${sql.identifier(current.name)} (${cols}) overriding system value select ${cols} from jsonb_populate_recordset(null::${sql.identifier(current.name)}, ${json}::jsonb)`,
          );
        } catch (err) {
          // drizzle's message repeats the whole batch; the database's own reason is what helps.
          const reason = (err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message.split("\n")[0];
          throw new BackupError(
            `The backup is damaged or does not fit this database: table ${current.name} (rows up to ${current.seen}): ${reason}`,
          );
        }
        batch = [];
        batchBytes = 0;
        opts.onProgress?.({ phase: "table", table: current.name, done: current.seen, total: current.expected });
      };
      const closeTable = async () => {
        if (!current) return;
        await flush();
        if (current.seen !== current.expected)
          throw new BackupError(
            `The backup is damaged: table ${current.name} should have ${current.expected} rows but has ${current.seen}.`,
          );
        if (current.target) counts.push({ name: current.name, rows: current.seen });
        current = undefined;
      };

      for await (const line of input) {
        if (ended) {
          if (line.trim()) throw new BackupError("The backup is damaged: data after its end marker.");
          continue;
        }
        if (current && current.seen < current.expected) {
          current.seen++;
          rowsSeen++;
          if (current.target) {
            batch.push(line);
            batchBytes += line.length;
            if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await flush();
          }
          continue;
        }
        await closeTable();
        let rec: { type?: string; name?: string; columns?: string[]; rowCount?: number; tables?: number; rows?: number };
        try {
          rec = JSON.parse(line);
        } catch {
          throw new BackupError("The backup is damaged: a line is not JSON.");
        }
        if (rec.type === "table" && typeof rec.name === "string" && Array.isArray(rec.columns) && typeof rec.rowCount === "number") {
          const target = byName.get(rec.name);
          if (!target) warn(`Table ${rec.name} no longer exists; its ${rec.rowCount} rows are skipped.`);
          const insertable = new Set(target?.columns ?? []);
          const columns = rec.columns.filter((c) => insertable.has(c));
          const dropped = rec.columns.filter((c) => !insertable.has(c));
          if (target && dropped.length) warn(`Table ${rec.name}: columns ${dropped.join(", ")} no longer exist; their values are skipped.`);
          current = { name: rec.name, target, columns, expected: rec.rowCount, seen: 0 };
          tablesSeen++;
          opts.onProgress?.({ phase: "table", table: rec.name, done: 0, total: rec.rowCount });
        } else if (rec.type === "end") {
          if (rec.tables !== tablesSeen || rec.rows !== rowsSeen)
            throw new BackupError(
              `The backup is damaged: its end marker counts ${rec.tables} tables and ${rec.rows} rows, the file holds ${tablesSeen} and ${rowsSeen}.`,
            );
          ended = true;
        } else {
          throw new BackupError(`The backup is damaged: unexpected line of type ${String(rec.type)}.`);
        }
      }
      await closeTable();
      if (!ended) throw new BackupError("The backup is incomplete (no end marker): the file was cut short. Nothing was restored.");

      await resetSequences(tx);
      return { tables: counts, rows: counts.reduce((s, c) => s + c.rows, 0), migrations: header.migrations };
    });
  } finally {
    await input.return?.(undefined);
  }
}

/** Moves every sequence owned by an application column (serial, bigserial, identity) past the largest id. */
async function resetSequences(db: Db) {
  // Sequences that belong to a column (serial/bigserial: dependency 'a'; identity: 'i'), found through pg_depend.
  const seqs = rowsOf<{ table_name: string; column_name: string; seq: string }>(
    await db.execute(sql`
      select t.relname as table_name, a.attname as column_name, format('%I.%I', sn.nspname, s.relname) as seq
      from pg_class s
      join pg_namespace sn on sn.oid = s.relnamespace
      join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
      join pg_class t on t.oid = d.refobjid
      join pg_namespace tn on tn.oid = t.relnamespace
      join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
      where s.relkind = 'S' and tn.nspname = 'public'`),
  );
  for (const s of seqs) {
    await db.execute(
      sql`select setval(${s.seq}::regclass, coalesce((select max(${sql.identifier(s.column_name)}) from ${sql.identifier(s.table_name)}), 0) + 1, false)`,
    );
  }
}

async function* lines(file: string): AsyncGenerator<string, void, undefined> {
  const gunzip = createGunzip();
  const source = createReadStream(file);
  source.on("error", (err) => gunzip.destroy(err));
  const rl = createInterface({ input: source.pipe(gunzip), crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "ENOENT") throw new BackupError(`No such file: ${file}`);
    if (e.code === "Z_DATA_ERROR" || e.code === "Z_BUF_ERROR" || /incorrect header check|unexpected end of file/.test(e.message)) {
      throw new BackupError(`${file} is not a complete gzip'd Partnerwise backup (${e.message}).`);
    }
    throw err;
  } finally {
    rl.close();
    source.destroy();
  }
}

/** Rows of a drizzle `execute` result, whichever driver ran it (node-postgres and PGlite both return `{ rows }`). */
function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

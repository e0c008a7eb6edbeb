import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { DataLock } from "./data-lock.js";
/**
 * The drizzle database, whichever driver is underneath. Repositories are typed against this. It carries no schema
 * object: queries name their tables by import (no relational `db.query` API), so no module has to list every table.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs raw SQL (possibly several statements, no parameters) — used by backup/restore and pg-boss. */
  exec(sqlText: string): Promise<void>;
  /** Runs one parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(sqlText: string, params?: unknown[]): Promise<{ rows: T[]; rowCount: number }>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
  /** The data folder's lock, when this process opened the embedded database as its owner (platform/data-lock.ts). */
  lock?: DataLock;
}

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "../../drizzle");

export interface OpenOptions {
  /** A postgres:// URL; when absent the embedded database in dataDir is used. */
  url?: string;
  dataDir?: string;
  /** Pool size for PostgreSQL. */
  max?: number;
}

/** Opens the embedded PGlite database (default) or a PostgreSQL server when a URL is given. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10 });
    // Dates stay strings: a DATE column is a calendar day, not an instant.
    pool.on("error", () => undefined);
    const db = drizzlePg(pool, { casing: "snake_case" }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      pool,
      exec: async (text) => {
        await pool.query(text);
      },
      query: async (text, params) => {
        const r = await pool.query(text, params as unknown[]);
        return { rows: r.rows, rowCount: r.rowCount ?? 0 };
      },
      close: () => pool.end(),
    };
  }
  const dir = resolve(opts.dataDir ?? "./data");
  mkdirSync(dirname(dir), { recursive: true });
  const pglite = await PGlite.create({ dataDir: dir, extensions: { pg_trgm } });
  const db = drizzlePglite(pglite, { casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    pglite,
    exec: async (text) => {
      await pglite.exec(text);
    },
    query: async (text, params) => {
      const r = await pglite.query(text, params as unknown[]);
      return { rows: r.rows as never[], rowCount: r.affectedRows ?? r.rows.length };
    },
    close: () => pglite.close(),
  };
}

/** Applies every migration in drizzle/ that has not run yet. Safe to call at every start. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as never, { migrationsFolder });
  } else {
    await migratePg(database.db as never, { migrationsFolder });
  }
}

/** The embedded database's folder for a data dir. */
export function pgliteDir(dataDir: string): string {
  return join(resolve(dataDir), "pglite");
}

import { openDatabase, migrateDatabase, pgliteDir, type Database } from "../platform/db.js";
import { acquireDataLock } from "../platform/data-lock.js";
import type { Env } from "../platform/env.js";
import { setLogLevel } from "../platform/logger.js";
import { configureStorage } from "../platform/storage.js";

// Opening the configured database, apart from the app: a command that only needs the database (screening, imports,
// backups) loads this module and not the whole web application (its routes, auth, PDF and mail modules).

/** Hands the parsed settings to the process-wide plumbing that needs them (log level, file storage). */
export function applySettings(env: Env): void {
  setLogLevel(env.PARTNERWISE_LOG_LEVEL);
  configureStorage(env);
}

/** Who opens the database: the server, or a command (named in the lock file and in refusals). */
export type Opener = { role: "server" | "command"; command: string };

/**
 * Opens the configured database (PGlite in the data dir, or DATABASE_URL) and applies migrations. The
 * embedded database is opened only under the data folder's lock (throws DataDirBusyError when another
 * process holds it); closing the database releases the lock.
 */
export async function openConfiguredDatabase(
  env: Env,
  opener: Opener = { role: "command", command: process.argv.slice(2, 4).join(" ") },
  opts: { migrate?: boolean; max?: number } = {},
): Promise<Database> {
  applySettings(env);
  if (env.DATABASE_URL) {
    const database = await openDatabase({ url: env.DATABASE_URL, max: opts.max });
    if (opts.migrate !== false) await migrateDatabase(database);
    return database;
  }
  const lock = await acquireDataLock(env.PARTNERWISE_DATA_DIR, opener);
  let database: Database | undefined;
  try {
    database = await openDatabase({ dataDir: pgliteDir(env.PARTNERWISE_DATA_DIR) });
    const close = database.close;
    Object.assign(database, {
      lock,
      close: async () => {
        try {
          await close();
        } finally {
          lock.release();
        }
      },
    });
    if (opts.migrate !== false) await migrateDatabase(database);
    return database;
  } catch (err) {
    await database?.close().catch(() => undefined);
    lock.release();
    throw err;
  }
}

import { openDatabase, migrateDatabase, pgliteDir, type Database } from "../platform/db.js";
import { acquireDataLock } from "../platform/data-lock.js";
import type { Env } from "../platform/env.js";
import { createMailer } from "../platform/mailer.js";
import { setLogLevel } from "../platform/logger.js";
import { instanceSecret } from "../platform/secret.js";
import { configureStorage } from "../platform/storage.js";
import { createApp } from "./app.js";

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

/** Everything the server needs, ready to listen. */
export async function bootApp(env: Env, opts: { database?: Database; rateLimit?: boolean; opener?: Opener; cliSecret?: string } = {}) {
  applySettings(env);
  const database = opts.database ?? (await openConfiguredDatabase(env, opts.opener));
  const mailer = createMailer(env.SMTP_URL, env.SMTP_FROM);
  const secret = await instanceSecret(database, env.PARTNERWISE_SECRET);
  const built = createApp({ database, env, mailer, secret, rateLimit: opts.rateLimit, cliSecret: opts.cliSecret });
  return { ...built, database, mailer };
}

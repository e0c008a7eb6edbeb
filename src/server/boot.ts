import { openDatabase, migrateDatabase, pgliteDir, type Database } from "../platform/db.js";
import type { Env } from "../platform/env.js";
import { createMailer } from "../platform/mailer.js";
import { instanceSecret } from "../platform/secret.js";
import { createApp } from "./app.js";

/** Opens the configured database (PGlite in the data dir, or DATABASE_URL) and applies migrations. */
export async function openConfiguredDatabase(env: Env): Promise<Database> {
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: pgliteDir(env.PARTNERWISE_DATA_DIR) });
  await migrateDatabase(database);
  return database;
}

/** Everything the server needs, ready to listen. */
export async function bootApp(env: Env, opts: { database?: Database; rateLimit?: boolean } = {}) {
  const database = opts.database ?? (await openConfiguredDatabase(env));
  const mailer = createMailer(env.SMTP_URL, env.SMTP_FROM);
  const secret = await instanceSecret(database, env.PARTNERWISE_SECRET);
  const built = createApp({ database, env, mailer, secret, rateLimit: opts.rateLimit });
  return { ...built, database, mailer };
}

import type { Database } from "../platform/db.js";
import type { Env } from "../platform/env.js";
import { createMailer } from "../platform/mailer.js";
import { instanceSecret } from "../platform/secret.js";
import { createApp } from "./app.js";
import { applySettings, openConfiguredDatabase, type Opener } from "./open-database.js";

export { applySettings, openConfiguredDatabase, type Opener };

/** Everything the server needs, ready to listen. */
export async function bootApp(env: Env, opts: { database?: Database; rateLimit?: boolean; opener?: Opener; cliSecret?: string } = {}) {
  applySettings(env);
  const database = opts.database ?? (await openConfiguredDatabase(env, opts.opener));
  const mailer = createMailer(env.SMTP_URL, env.SMTP_FROM);
  const secret = await instanceSecret(database, env.PARTNERWISE_SECRET);
  const built = createApp({ database, env, mailer, secret, rateLimit: opts.rateLimit, cliSecret: opts.cliSecret });
  return { ...built, database, mailer };
}

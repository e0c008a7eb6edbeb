import type { Database } from "../platform/db.js";
import type { Env } from "../platform/env.js";
import type { Mailer } from "../platform/mailer.js";

// What the HTTP application is built from. Its own file so the routers that need it (networks, /me, iCal, the
// network catalogue) do not import server/app.ts, which imports them.

export interface AppDeps {
  database: Database;
  env: Env;
  mailer: Mailer;
  secret: string;
  /** Off in tests that sign in many users quickly. */
  rateLimit?: boolean;
  /** The secret of the command-line endpoint (/internal/cli/:op); set by `serve` when it owns the embedded database. */
  cliSecret?: string;
}

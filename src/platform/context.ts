import type { Role } from "../domains/auth/roles.js";
import type { Database, Db } from "./db.js";

/** Who is asking, for which organisation: the first argument of every service function. */
export interface Ctx {
  db: Db;
  database: Database;
  user: { id: string; name: string; email: string };
  orgId: string;
  role: Role;
  /** Set when the request authenticated with an API key: the key acts for `user`, with `role`. */
  apiKey?: { id: string; name: string };
  /** Set for a write whose If-Match matched: the `updatedAt` of the version it names (src/platform/precondition.ts). */
  expectedUpdatedAt?: string;
  /**
   * When the work is recorded as done, for its audit entries. A request never sets it (the database's clock dates
   * the entry); the demo sets it to the day in the demo's past on which it does each thing through the services.
   */
  at?: Date;
}

/** Runs `fn` in one transaction with a context whose `db` is that transaction. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => fn({ ...ctx, db: tx as unknown as Db }));
}

import type { Auth } from "../auth/auth.js";
import type { Database } from "../../platform/db.js";

export interface DemoLogin {
  email: string;
  otherEmail: string;
  password: string;
}

/** Seeds the demo network when the database has no users yet; returns the demo login, or null. */
export async function seedDemoIfEmpty(database: Database, auth: Auth): Promise<DemoLogin | null> {
  void database;
  void auth;
  return null;
}

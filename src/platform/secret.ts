import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "./db.js";
import { appSetting } from "./settings.table.js";

/** The signing secret: PARTNERWISE_SECRET if set, else one generated once and kept in the database. */
export async function instanceSecret(database: Database, configured?: string): Promise<string> {
  if (configured) return configured;
  const db = database.db;
  const [row] = await db.select().from(appSetting).where(eq(appSetting.key, "auth_secret"));
  if (row) return row.value;
  const value = randomBytes(32).toString("base64url");
  await db.insert(appSetting).values({ key: "auth_secret", value }).onConflictDoNothing();
  const [again] = await db.select().from(appSetting).where(eq(appSetting.key, "auth_secret"));
  return again!.value;
}

import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { engagementMode } from "./engagements.table.js";

// Queries of the organisation's engagement modes (its own list of ways to partner).

export type ModeRow = typeof engagementMode.$inferSelect;
type ModeValues = Pick<typeof engagementMode.$inferInsert, "key" | "label" | "position">;
type ModeSet = Partial<Pick<typeof engagementMode.$inferInsert, "label" | "archived" | "position">>;

/** How many modes the organisation has, and the highest position among them (0 when none). */
export async function modeCount(db: Db, orgId: string): Promise<{ n: number; max: number }> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, max: sql<number>`coalesce(max(${engagementMode.position}), 0)::int` })
    .from(engagementMode)
    .where(eq(engagementMode.organizationId, orgId));
  return row;
}

/** Adds modes to the organisation's list; a key it has already is skipped (and not returned). */
export async function insertModes(db: Db, orgId: string, modes: ModeValues[]): Promise<ModeRow[]> {
  return db
    .insert(engagementMode)
    .values(modes.map((m) => ({ ...m, organizationId: orgId })))
    .onConflictDoNothing()
    .returning();
}

/** The organisation's modes in their order (archived ones included). */
export async function modesOf(db: Db, orgId: string): Promise<ModeRow[]> {
  return db
    .select()
    .from(engagementMode)
    .where(eq(engagementMode.organizationId, orgId))
    .orderBy(asc(engagementMode.position), asc(engagementMode.key));
}

/** The organisation's modes among the keys. */
export async function modesByKey(db: Db, orgId: string, keys: string[]): Promise<ModeRow[]> {
  return db
    .select()
    .from(engagementMode)
    .where(and(eq(engagementMode.organizationId, orgId), inArray(engagementMode.key, keys)));
}

/** Changes one of the organisation's modes by key; undefined when it has no such mode. */
export async function updateMode(db: Db, orgId: string, key: string, set: ModeSet): Promise<ModeRow | undefined> {
  const [row] = await db
    .update(engagementMode)
    .set(set)
    .where(and(eq(engagementMode.organizationId, orgId), eq(engagementMode.key, key)))
    .returning();
  return row;
}

import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { member, user } from "../auth/auth.table.js";
import { story, storyAccess, storySettings } from "./stories.table.js";

// Queries of the stories permission and the organisation's story settings.

export async function storySettingsOf(db: Db, orgId: string) {
  const [row] = await db.select().from(storySettings).where(eq(storySettings.organizationId, orgId));
  return row;
}

/** Creates the organisation's story settings; undefined when they exist already. */
export async function createStorySettings(db: Db, orgId: string) {
  const [created] = await db.insert(storySettings).values({ organizationId: orgId }).onConflictDoNothing().returning();
  return created;
}

export async function ownerIds(db: Db, orgId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: member.userId })
    .from(member)
    .where(and(eq(member.organizationId, orgId), eq(member.role, "owner")));
  return rows.map((r) => r.userId);
}

/** The members among these user ids. */
export async function memberIdsAmong(db: Db, orgId: string, userIds: string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const rows = await db
    .select({ userId: member.userId })
    .from(member)
    .where(and(eq(member.organizationId, orgId), inArray(member.userId, userIds)));
  return rows.map((r) => r.userId);
}

/** Grants the stories permission (a user holding it already is skipped when `skipHeld`). */
export async function grantAccess(db: Db, orgId: string, userIds: string[], grantedBy?: string, skipHeld = false): Promise<void> {
  const insert = db
    .insert(storyAccess)
    .values(userIds.map((userId) => ({ organizationId: orgId, userId, ...(grantedBy ? { grantedBy } : {}) })));
  await (skipHeld ? insert.onConflictDoNothing() : insert);
}

export async function revokeAccess(db: Db, orgId: string, userIds: string[]): Promise<void> {
  await db.delete(storyAccess).where(and(eq(storyAccess.organizationId, orgId), inArray(storyAccess.userId, userIds)));
}

export async function holdsAccess(db: Db, orgId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: storyAccess.userId })
    .from(storyAccess)
    .where(and(eq(storyAccess.organizationId, orgId), eq(storyAccess.userId, userId)));
  return !!row;
}

export async function accessHolderIds(db: Db, orgId: string): Promise<string[]> {
  const rows = await db.select({ userId: storyAccess.userId }).from(storyAccess).where(eq(storyAccess.organizationId, orgId));
  return rows.map((r) => r.userId);
}

/** The members holding the stories permission, by name. */
export async function accessHolders(db: Db, orgId: string) {
  return db
    .select({
      userId: storyAccess.userId,
      name: user.name,
      email: user.email,
      role: member.role,
      grantedBy: storyAccess.grantedBy,
      grantedAt: storyAccess.grantedAt,
    })
    .from(storyAccess)
    .innerJoin(user, eq(user.id, storyAccess.userId))
    .innerJoin(member, and(eq(member.organizationId, storyAccess.organizationId), eq(member.userId, storyAccess.userId)))
    .where(eq(storyAccess.organizationId, orgId))
    .orderBy(asc(user.name));
}

export async function setStoreNames(db: Db, orgId: string, storeNames: boolean, userId: string): Promise<void> {
  await db
    .update(storySettings)
    .set({ storeNames, updatedBy: userId, updatedAt: new Date() })
    .where(eq(storySettings.organizationId, orgId));
}

/** Erases every stored person's name of the organisation's stories; returns how many were erased. */
export async function erasePersonNames(db: Db, orgId: string): Promise<number> {
  const rows = await db
    .update(story)
    .set({ personName: null })
    .where(and(eq(story.organizationId, orgId), isNotNull(story.personName)))
    .returning({ id: story.id });
  return rows.length;
}

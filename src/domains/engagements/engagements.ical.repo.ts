import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { member, organization, user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { engagement, engagementTask, icalToken } from "./engagements.table.js";

// Queries of the personal calendar feed. A feed belongs to a user and spans the organisations they are a member of.

/** Stores the hash of the user's feed token, replacing an older one. */
export async function saveTokenHash(db: Db, userId: string, tokenHash: string, createdAt: Date): Promise<void> {
  await db
    .insert(icalToken)
    .values({ userId, tokenHash, createdAt })
    .onConflictDoUpdate({ target: icalToken.userId, set: { tokenHash, createdAt } });
}

/** When the user's feed token was made, if they have one. */
export async function tokenCreatedAt(db: Db, userId: string): Promise<Date | undefined> {
  const [row] = await db.select({ createdAt: icalToken.createdAt }).from(icalToken).where(eq(icalToken.userId, userId));
  return row?.createdAt;
}

export async function deleteToken(db: Db, userId: string): Promise<void> {
  await db.delete(icalToken).where(eq(icalToken.userId, userId));
}

/** The user a feed token's hash belongs to. */
export async function tokenOwner(db: Db, tokenHash: string): Promise<{ id: string; name: string } | undefined> {
  const [owner] = await db
    .select({ id: user.id, name: user.name })
    .from(icalToken)
    .innerJoin(user, eq(user.id, icalToken.userId))
    .where(eq(icalToken.tokenHash, tokenHash));
  return owner;
}

/** The user's open, dated tasks in every organisation they are still a member of, by due date. */
export async function openDatedTasksOf(db: Db, userId: string) {
  return db
    .select({
      id: engagementTask.id,
      title: engagementTask.title,
      dueOn: engagementTask.dueOn,
      updatedAt: engagementTask.updatedAt,
      engagementId: engagement.id,
      engagementTitle: engagement.title,
      companyName: company.name,
      organizationName: organization.name,
    })
    .from(engagementTask)
    .innerJoin(engagement, eq(engagement.id, engagementTask.engagementId))
    .innerJoin(company, eq(company.id, engagement.companyId))
    .innerJoin(organization, eq(organization.id, engagementTask.organizationId))
    .innerJoin(member, and(eq(member.organizationId, engagementTask.organizationId), eq(member.userId, userId)))
    .where(and(eq(engagementTask.assigneeId, userId), eq(engagementTask.done, false), isNotNull(engagementTask.dueOn)))
    .orderBy(asc(engagementTask.dueOn));
}

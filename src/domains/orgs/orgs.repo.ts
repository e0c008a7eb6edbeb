import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { member, organization, user } from "../auth/auth.table.js";
import { orgProfile } from "./orgs.table.js";

// Queries of organisations, their NGO profile and members; an organisation's rows by its id, a person's by theirs.

/** The organisation with its NGO profile (null profile until first saved). */
export async function profileOf(db: Db, orgId: string) {
  const [row] = await db
    .select({ o: organization, p: orgProfile })
    .from(organization)
    .leftJoin(orgProfile, eq(orgProfile.organizationId, organization.id))
    .where(eq(organization.id, orgId));
  return row;
}

export async function renameOrg(db: Db, orgId: string, name: string): Promise<void> {
  await db.update(organization).set({ name }).where(eq(organization.id, orgId));
}

/** Writes the given profile fields, creating the profile row on first save. */
export async function saveProfile(db: Db, orgId: string, values: Partial<typeof orgProfile.$inferInsert>): Promise<void> {
  await db
    .insert(orgProfile)
    .values({ organizationId: orgId, ...values, updatedAt: new Date() })
    .onConflictDoUpdate({ target: orgProfile.organizationId, set: { ...values, updatedAt: new Date() } });
}

/** Members of the organisation with their user row, by name. */
export async function membersOf(db: Db, orgId: string) {
  return db
    .select({ m: member, u: user })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, orgId)))
    .orderBy(asc(user.name));
}

/** One person's user row. */
export async function userById(db: Db, userId: string) {
  const [row] = await db.select().from(user).where(eq(user.id, userId));
  return row;
}

/** The organisations a person belongs to, with their role and the organisation's two-factor rule, by name. */
export async function membershipsOf(db: Db, userId: string) {
  return db
    .select({
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      role: member.role,
      requireTwoFactor: orgProfile.requireTwoFactor,
    })
    .from(member)
    .innerJoin(organization, eq(organization.id, member.organizationId))
    .leftJoin(orgProfile, eq(orgProfile.organizationId, organization.id))
    .where(eq(member.userId, userId))
    .orderBy(organization.name);
}

/** Changes a person's own preferences. */
export async function updateUser(db: Db, userId: string, patch: { locale?: string; name?: string }): Promise<void> {
  await db
    .update(user)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(user.id, userId));
}

/** Which of the given users are members of the organisation. */
export async function membersAmong(db: Db, orgId: string, userIds: string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows = await db
    .select({ userId: member.userId })
    .from(member)
    .where(and(eq(member.organizationId, orgId), inArray(member.userId, userIds)));
  return new Set(rows.map((r) => r.userId));
}

/** An organisation by its slug (instance-wide: the command line names it). */
export async function organizationBySlug(db: Db, slug: string) {
  const [org] = await db
    .select({ id: organization.id, slug: organization.slug, name: organization.name })
    .from(organization)
    .where(eq(organization.slug, slug));
  return org;
}

/** The first organisations of the instance by slug (the command line lists them when it must ask which). */
export async function organizationsBySlug(db: Db, limit: number) {
  return db
    .select({ id: organization.id, slug: organization.slug, name: organization.name })
    .from(organization)
    .orderBy(asc(organization.slug))
    .limit(limit);
}

/** A member of the organisation with their role: by e-mail (any case), or else its first owner. */
export async function memberActor(db: Db, orgId: string, email?: string) {
  const people = db
    .select({ id: user.id, name: user.name, email: user.email, role: member.role })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId));
  const [actor] = email
    ? await people.where(and(eq(member.organizationId, orgId), sql`lower(${user.email}) = ${email.trim().toLowerCase()}`))
    : await people
        .where(and(eq(member.organizationId, orgId), eq(member.role, "owner")))
        .orderBy(asc(member.createdAt))
        .limit(1);
  return actor;
}

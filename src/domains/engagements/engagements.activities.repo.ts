import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { claimVersion } from "../../platform/precondition.js";
import { company } from "../companies/companies.table.js";
import { contact } from "../contacts/contacts.table.js";
import { isUuid } from "./engagements.repo.js";
import { activityContact, engagement, engagementActivity } from "./engagements.table.js";

// Queries of the timeline: activities on engagements and companies, and the contacts involved in them.

export type ActivityRow = typeof engagementActivity.$inferSelect;
type ActivityValues = Omit<typeof engagementActivity.$inferInsert, "organizationId" | "id">;

const newestFirst = [desc(engagementActivity.occurredOn), desc(engagementActivity.createdAt), desc(engagementActivity.id)];

/** The contacts involved in the activities, by name. */
export async function activityPeople(db: Db, orgId: string, activityIds: string[]) {
  if (!activityIds.length) return [];
  return db
    .select({ activityId: activityContact.activityId, id: contact.id, name: contact.name })
    .from(activityContact)
    .innerJoin(contact, eq(contact.id, activityContact.contactId))
    .where(and(eq(activityContact.organizationId, orgId), inArray(activityContact.activityId, activityIds)))
    .orderBy(asc(contact.name));
}

/** The titles of the organisation's engagements among the ids. */
export async function engagementTitles(db: Db, orgId: string, ids: string[]): Promise<Array<{ id: string; title: string }>> {
  if (!ids.length) return [];
  return db
    .select({ id: engagement.id, title: engagement.title })
    .from(engagement)
    .where(and(eq(engagement.organizationId, orgId), inArray(engagement.id, ids)));
}

/** The ids among these that are contacts of the organisation. */
export async function orgContactIds(db: Db, orgId: string, ids: string[]): Promise<Array<{ id: string }>> {
  return db
    .select({ id: contact.id })
    .from(contact)
    .where(and(eq(contact.organizationId, orgId), inArray(contact.id, ids)));
}

/** Replaces the contacts involved in an activity. */
export async function replaceActivityContacts(db: Db, orgId: string, activityId: string, contactIds: string[]): Promise<void> {
  await db.delete(activityContact).where(and(eq(activityContact.organizationId, orgId), eq(activityContact.activityId, activityId)));
  if (contactIds.length)
    await db.insert(activityContact).values(contactIds.map((contactId) => ({ organizationId: orgId, activityId, contactId })));
}

export async function insertActivityRow(db: Db, orgId: string, values: ActivityValues): Promise<ActivityRow> {
  const [row] = await db
    .insert(engagementActivity)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** A company of the organisation, by id: its name. */
export async function companyRefOf(db: Db, orgId: string, companyId: string): Promise<{ id: string; name: string } | undefined> {
  if (!isUuid(companyId)) return undefined;
  const [co] = await db
    .select({ id: company.id, name: company.name })
    .from(company)
    .where(and(eq(company.organizationId, orgId), eq(company.id, companyId)));
  return co;
}

/** An engagement's timeline, newest first. */
export async function activitiesOfEngagement(db: Db, orgId: string, engagementId: string): Promise<ActivityRow[]> {
  return db
    .select()
    .from(engagementActivity)
    .where(and(eq(engagementActivity.organizationId, orgId), eq(engagementActivity.engagementId, engagementId)))
    .orderBy(...newestFirst);
}

/** A company's timeline (its own activities and its engagements'), newest first. */
export async function activitiesOfCompany(db: Db, orgId: string, companyId: string): Promise<ActivityRow[]> {
  return db
    .select()
    .from(engagementActivity)
    .where(and(eq(engagementActivity.organizationId, orgId), eq(engagementActivity.companyId, companyId)))
    .orderBy(...newestFirst);
}

export async function findActivity(db: Db, orgId: string, id: string): Promise<ActivityRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(engagementActivity)
    .where(and(eq(engagementActivity.organizationId, orgId), eq(engagementActivity.id, id)));
  return row;
}

export async function updateActivity(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<ActivityValues> & { updatedAt: Date },
): Promise<ActivityRow> {
  const [row] = await db
    .update(engagementActivity)
    .set(set)
    .where(and(eq(engagementActivity.organizationId, orgId), eq(engagementActivity.id, id)))
    .returning();
  return row;
}

export async function deleteActivity(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(engagementActivity).where(and(eq(engagementActivity.organizationId, orgId), eq(engagementActivity.id, id)));
}

/** Claims the version of one of the organisation's activities that If-Match named, in the write's transaction (platform/precondition.ts). */
export const claimActivityVersion = (ctx: Ctx, id: string) => claimVersion(ctx, engagementActivity, engagementActivity.id, id);

import { and, eq, inArray, like } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { appSetting } from "../../platform/settings.table.js";
import { auditLog } from "../audit/audit.table.js";
import { member, session, user } from "../auth/auth.table.js";
import { acknowledgement } from "../acknowledgements/acknowledgements.table.js";
import { agreement, agreementIndicator, checkIn, checkInValue, commitment } from "../agreements/agreements.table.js";
import { company } from "../companies/companies.table.js";
import { contact, employment } from "../contacts/contacts.table.js";
import { engagement, engagementActivity, engagementContact, engagementStageChange } from "../engagements/engagements.table.js";
import { network, networkCoordinator, networkMember } from "../networks/networks.table.js";
import { orgProfile } from "../orgs/orgs.table.js";
import { engagementRisk, riskMitigation } from "../risks/risks.table.js";
import { listEntry, listShare } from "../screening/lists.table.js";
import { screeningAnswer } from "../screening/screening.table.js";
import { story, storyConsent, storyUse } from "../stories/stories.table.js";

// The demo seed's writes: rows of every domain, in bulk, for one demo organisation at a time (its id first), and the
// dates moved back into the demo's past after the services wrote them.

/** The organisation's engagements: id and title (the seed finds its own by title). */
export async function engagementTitlesOf(db: Db, orgId: string): Promise<Array<{ id: string; title: string }>> {
  return db.select({ id: engagement.id, title: engagement.title }).from(engagement).where(eq(engagement.organizationId, orgId));
}

/** The organisation's engagements with these titles, with their company and agreement. */
export async function engagementsByTitle(db: Db, orgId: string, titles: string[]) {
  return db
    .select({ id: engagement.id, title: engagement.title, companyId: engagement.companyId, agreementId: agreement.id })
    .from(engagement)
    .leftJoin(agreement, eq(agreement.engagementId, engagement.id))
    .where(and(eq(engagement.organizationId, orgId), inArray(engagement.title, titles)));
}

/** Moves a screening's answers to a time in the demo's past. */
export async function backdateAnswers(db: Db, orgId: string, screeningId: string, updatedAt: Date): Promise<void> {
  await db
    .update(screeningAnswer)
    .set({ updatedAt })
    .where(and(eq(screeningAnswer.organizationId, orgId), eq(screeningAnswer.screeningId, screeningId)));
}

/** Moves a story, its consent and a use into the demo's past. */
export async function backdateStory(db: Db, orgId: string, storyId: string, at: Date): Promise<void> {
  await db
    .update(story)
    .set({ createdAt: at, updatedAt: at })
    .where(and(eq(story.organizationId, orgId), eq(story.id, storyId)));
}

export async function backdateConsent(db: Db, orgId: string, consentId: string, at: Date): Promise<void> {
  await db
    .update(storyConsent)
    .set({ createdAt: at })
    .where(and(eq(storyConsent.organizationId, orgId), eq(storyConsent.id, consentId)));
}

export async function backdateUse(db: Db, orgId: string, useId: string, at: Date): Promise<void> {
  await db
    .update(storyUse)
    .set({ createdAt: at })
    .where(and(eq(storyUse.organizationId, orgId), eq(storyUse.id, useId)));
}

/** The demo network's id, by its name. */
export async function networkIdByName(db: Db, name: string): Promise<string | undefined> {
  const [net] = await db.select({ id: network.id }).from(network).where(eq(network.name, name));
  return net?.id;
}

/** A company of the organisation whose name starts with `prefix`. */
export async function companyNamed(db: Db, orgId: string, prefix: string): Promise<{ id: string; createdAt: Date } | undefined> {
  const [row] = await db
    .select({ id: company.id, createdAt: company.createdAt })
    .from(company)
    .where(and(eq(company.organizationId, orgId), like(company.name, `${prefix}%`)));
  return row;
}

/** Adds a list entry to the organisation's black or white list; returns its id. */
export async function insertListEntry(
  db: Db,
  orgId: string,
  values: Omit<typeof listEntry.$inferInsert, "organizationId" | "id">,
): Promise<string> {
  const [row] = await db
    .insert(listEntry)
    .values({ ...values, organizationId: orgId })
    .returning({ id: listEntry.id });
  return row.id;
}

export async function insertListShare(db: Db, orgId: string, values: Omit<typeof listShare.$inferInsert, "organizationId">): Promise<void> {
  await db.insert(listShare).values({ ...values, organizationId: orgId });
}

export async function insertActivity(db: Db, orgId: string, values: Omit<typeof engagementActivity.$inferInsert, "organizationId" | "id">) {
  await db.insert(engagementActivity).values({ ...values, organizationId: orgId });
}

export async function insertAcknowledgement(
  db: Db,
  orgId: string,
  values: Omit<typeof acknowledgement.$inferInsert, "organizationId" | "id">,
) {
  await db.insert(acknowledgement).values({ ...values, organizationId: orgId });
}

/** Adds indicators to an agreement and one check-in recording a value for each (in the indicators' order). */
export async function insertIndicatorsWithCheckIn(
  db: Db,
  orgId: string,
  indicators: Array<Omit<typeof agreementIndicator.$inferInsert, "organizationId" | "id">>,
  checkInValues: Omit<typeof checkIn.$inferInsert, "organizationId" | "id">,
  values: number[],
): Promise<void> {
  const rows = await db
    .insert(agreementIndicator)
    .values(indicators.map((x) => ({ ...x, organizationId: orgId })))
    .returning({ id: agreementIndicator.id });
  const [ci] = await db
    .insert(checkIn)
    .values({ ...checkInValues, organizationId: orgId })
    .returning();
  await db
    .insert(checkInValue)
    .values(rows.map((x, i) => ({ checkInId: ci.id, indicatorId: x.id, organizationId: orgId, value: values[i] })));
}

/** A demo NGO's pipeline, written parents before children (each row carries its organisation). */
export interface PipelineRows {
  engagements: Array<typeof engagement.$inferInsert>;
  stages: Array<typeof engagementStageChange.$inferInsert>;
  contacts: Array<typeof engagementContact.$inferInsert>;
  agreements: Array<typeof agreement.$inferInsert>;
  commitments: Array<typeof commitment.$inferInsert>;
  risks: Array<typeof engagementRisk.$inferInsert>;
  mitigations: Array<typeof riskMitigation.$inferInsert>;
  activities: Array<typeof engagementActivity.$inferInsert>;
  acknowledgements: Array<typeof acknowledgement.$inferInsert>;
}

export async function insertPipeline(db: Db, rows: PipelineRows): Promise<void> {
  await db.insert(engagement).values(rows.engagements);
  await db.insert(engagementStageChange).values(rows.stages);
  if (rows.contacts.length) await db.insert(engagementContact).values(rows.contacts);
  if (rows.agreements.length) await db.insert(agreement).values(rows.agreements);
  if (rows.commitments.length) await db.insert(commitment).values(rows.commitments);
  if (rows.risks.length) await db.insert(engagementRisk).values(rows.risks);
  if (rows.mitigations.length) await db.insert(riskMitigation).values(rows.mitigations);
  await db.insert(engagementActivity).values(rows.activities);
  if (rows.acknowledgements.length) await db.insert(acknowledgement).values(rows.acknowledgements);
}

/** Claims the instance's "demo seeded" marker; false when it is set already. */
export async function claimMarker(db: Db, key: string, value: string): Promise<boolean> {
  const [claimed] = await db.insert(appSetting).values({ key, value }).onConflictDoNothing().returning();
  return !!claimed;
}

export async function hasMarker(db: Db, key: string): Promise<boolean> {
  const [marker] = await db.select({ key: appSetting.key }).from(appSetting).where(eq(appSetting.key, key));
  return !!marker;
}

/** Every user's e-mail address on the instance (the demo seeds only an instance with nobody else). */
export async function allUserEmails(db: Db): Promise<string[]> {
  return (await db.select({ email: user.email }).from(user)).map((u) => u.email);
}

export async function userIdByEmail(db: Db, email: string): Promise<string | undefined> {
  return (await db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0]?.id;
}

/** Gives a demo organisation its NGO profile, unless it has one. */
export async function addProfile(db: Db, orgId: string, profile: Omit<typeof orgProfile.$inferInsert, "organizationId">): Promise<void> {
  await db
    .insert(orgProfile)
    .values({ organizationId: orgId, ...profile })
    .onConflictDoNothing();
}

export async function memberIds(db: Db, orgId: string): Promise<string[]> {
  return (await db.select({ userId: member.userId }).from(member).where(eq(member.organizationId, orgId))).map((m) => m.userId);
}

export async function insertMembers(db: Db, rows: Array<typeof member.$inferInsert>): Promise<void> {
  await db.insert(member).values(rows);
}

/** Creates the demo network with its coordinator and member organisations; returns its id. */
export async function insertNetwork(
  db: Db,
  values: typeof network.$inferInsert,
  coordinatorId: string,
  members: Array<Omit<typeof networkMember.$inferInsert, "networkId">>,
): Promise<string> {
  const [net] = await db.insert(network).values(values).returning({ id: network.id });
  await db.insert(networkCoordinator).values({ networkId: net.id, userId: coordinatorId });
  await db.insert(networkMember).values(members.map((m) => ({ ...m, networkId: net.id })));
  return net.id;
}

/** Ends the users' sessions. */
export async function deleteSessionsOf(db: Db, userIds: string[]): Promise<void> {
  await db.delete(session).where(inArray(session.userId, userIds));
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

/** A demo NGO's register and its audit trail, 500 rows per statement (each row carries its organisation). */
export async function insertRegister(
  db: Db,
  rows: {
    companies: Array<typeof company.$inferInsert>;
    contacts: Array<typeof contact.$inferInsert>;
    employments: Array<typeof employment.$inferInsert>;
    audit: Array<typeof auditLog.$inferInsert>;
  },
): Promise<void> {
  await insertChunked(rows.companies, (chunk) => db.insert(company).values(chunk));
  await insertChunked(rows.contacts, (chunk) => db.insert(contact).values(chunk));
  await insertChunked(rows.employments, (chunk) => db.insert(employment).values(chunk));
  await insertChunked(rows.audit, (chunk) => db.insert(auditLog).values(chunk));
}

import { and, asc, desc, eq, ilike, inArray, sql, type SQL } from "drizzle-orm";
import { claimVersion } from "../../platform/precondition.js";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { containsPattern, isUuid } from "../engagements/engagements.repo.js";
import { coverage, type ConsentTerms, type UncoveredReason } from "./stories.consent.js";
import { company } from "../companies/companies.table.js";
import { story, storyConsent, storyUse } from "./stories.table.js";

export type StoryRow = typeof story.$inferSelect;
export type ConsentRow = typeof storyConsent.$inferSelect;
export type UseRow = typeof storyUse.$inferSelect;

/** One story of the organisation, or undefined (never another tenant's). */
export async function findStory(db: Db, orgId: string, id: string): Promise<StoryRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(story)
    .where(and(eq(story.organizationId, orgId), eq(story.id, id)));
  return row;
}

/** The consents of stories, oldest first. */
export async function consentsOf(db: Db, orgId: string, storyIds: string[]): Promise<ConsentRow[]> {
  if (!storyIds.length) return [];
  return db
    .select()
    .from(storyConsent)
    .where(and(eq(storyConsent.organizationId, orgId), inArray(storyConsent.storyId, storyIds)))
    .orderBy(asc(storyConsent.createdAt), asc(storyConsent.id));
}

/** The uses of stories, oldest first. */
export async function usesOf(db: Db, orgId: string, storyIds: string[]): Promise<UseRow[]> {
  if (!storyIds.length) return [];
  return db
    .select()
    .from(storyUse)
    .where(and(eq(storyUse.organizationId, orgId), inArray(storyUse.storyId, storyIds)))
    .orderBy(asc(storyUse.usedOn), asc(storyUse.createdAt), asc(storyUse.id));
}

export const termsOf = (c: ConsentRow): ConsentTerms => ({
  id: c.id,
  channels: c.channels,
  engagementId: c.engagementId,
  companyId: c.companyId,
  validFrom: c.validFrom,
  validUntil: c.validUntil,
  withdrawn: c.withdrawnAt !== null,
});

/** Whether a use is flagged (no consent of its story covers it today), and why. */
export function flagOf(u: UseRow, consents: ConsentRow[], today: string): { flagged: boolean; flagReason: UncoveredReason | null } {
  const own = consents.filter((c) => c.storyId === u.storyId).map(termsOf);
  const r = coverage(own, { channel: u.channel, usedOn: u.usedOn, engagementId: u.engagementId, companyId: u.companyId }, today);
  return "consentId" in r ? { flagged: false, flagReason: null } : { flagged: true, flagReason: r.reason };
}

/** A consent's status today. */
export function consentStatus(c: ConsentRow, today: string): "active" | "not_yet_valid" | "expired" | "withdrawn" {
  if (c.withdrawnAt) return "withdrawn";
  if (c.validUntil && c.validUntil < today) return "expired";
  if (c.validFrom > today) return "not_yet_valid";
  return "active";
}

/** Records a story of the organisation. */
export async function insertStory(
  db: Db,
  orgId: string,
  values: Omit<typeof story.$inferInsert, "organizationId" | "id" | "createdAt" | "updatedAt">,
): Promise<StoryRow> {
  const [row] = await db
    .insert(story)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

export interface StoryFilter {
  kind?: StoryRow["kind"];
  updatedSince?: string;
  q?: string;
}

/** A page of the organisation's stories, most recently changed first, with the total of the filter. */
export async function storyPage(db: Db, orgId: string, f: StoryFilter, limit: number, offset: number) {
  const where: SQL[] = [eq(story.organizationId, orgId)];
  if (f.kind) where.push(eq(story.kind, f.kind));
  if (f.updatedSince) where.push(sql`${story.updatedAt} >= ${f.updatedSince}::timestamptz`);
  if (f.q) where.push(ilike(story.title, containsPattern(f.q)));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(story)
      .where(and(...where))
      .orderBy(desc(story.updatedAt), desc(story.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(story)
      .where(and(...where)),
  ]);
  return { rows, total };
}

/** Changes a story of the organisation; the changed row. */
export async function updateStory(db: Db, orgId: string, id: string, set: Partial<typeof story.$inferInsert>): Promise<StoryRow> {
  const [row] = await db
    .update(story)
    .set(set)
    .where(and(eq(story.organizationId, orgId), eq(story.id, id)))
    .returning();
  return row;
}

/** Deletes a story of the organisation (its consents and uses go with it). */
export async function deleteStory(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(story).where(and(eq(story.organizationId, orgId), eq(story.id, id)));
}

/** Claims the version of one of the organisation's stories that If-Match named, in the write's transaction (platform/precondition.ts). */
export const claimStoryVersion = (ctx: Ctx, id: string) => claimVersion(ctx, story, story.id, id);

/** One consent of the organisation, or undefined. */
export async function findConsent(db: Db, orgId: string, id: string): Promise<ConsentRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(storyConsent)
    .where(and(eq(storyConsent.organizationId, orgId), eq(storyConsent.id, id)));
  return row;
}

export async function insertConsent(
  db: Db,
  orgId: string,
  values: Omit<typeof storyConsent.$inferInsert, "organizationId" | "id">,
): Promise<ConsentRow> {
  const [row] = await db
    .insert(storyConsent)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** Marks one of the organisation's consents withdrawn (now, by the user, with the note). */
export async function withdrawConsentRow(db: Db, orgId: string, id: string, userId: string, note: string | null): Promise<ConsentRow> {
  const [row] = await db
    .update(storyConsent)
    .set({ withdrawnAt: new Date(), withdrawnBy: userId, withdrawalNote: note })
    .where(and(eq(storyConsent.organizationId, orgId), eq(storyConsent.id, id)))
    .returning();
  return row;
}

export async function insertUse(
  db: Db,
  orgId: string,
  values: Omit<typeof storyUse.$inferInsert, "organizationId" | "id">,
): Promise<UseRow> {
  const [row] = await db
    .insert(storyUse)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** Whether the company is the organisation's. */
export async function hasCompany(db: Db, orgId: string, companyId: string): Promise<boolean> {
  const [co] = await db
    .select({ id: company.id })
    .from(company)
    .where(and(eq(company.organizationId, orgId), eq(company.id, companyId)));
  return !!co;
}

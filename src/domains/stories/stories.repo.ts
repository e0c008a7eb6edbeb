import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { coverage, type ConsentTerms, type UncoveredReason } from "./stories.consent.js";
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

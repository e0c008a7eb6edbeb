// Consent coverage: pure and browser-safe, the one definition the server uses to refuse a use and to
// flag uses afterwards.

export const STORY_KINDS = ["testimony", "image", "case"] as const;
/** `knowledge_sharing`: a case study shared with the other organisations of a network (the knowledge hub). */
export const STORY_CHANNELS = ["annual_report", "website", "social_media", "press", "partner_materials", "knowledge_sharing"] as const;
export type StoryChannel = (typeof STORY_CHANNELS)[number];

export interface ConsentTerms {
  id: string;
  channels: readonly string[];
  engagementId: string | null;
  companyId: string | null;
  validFrom: string;
  validUntil: string | null;
  withdrawn: boolean;
}

export interface UseTerms {
  channel: string;
  /** The day of the use (YYYY-MM-DD). */
  usedOn: string;
  engagementId: string | null;
  companyId: string | null;
}

/** Why no consent covers a use, most specific first. */
export type UncoveredReason =
  | "no_consent"
  | "consent_withdrawn"
  | "channel_not_covered"
  | "partner_not_covered"
  | "consent_not_yet_valid"
  | "consent_expired";

/**
 * Whether a consent covers a use: not withdrawn, the channel is granted, the partner matches when the
 * consent is partner-scoped, the use day is inside the validity, and the consent has not expired by `today`
 * (a published story stays published, so an expired consent no longer covers even past uses).
 */
export function covers(c: ConsentTerms, u: UseTerms, today: string): boolean {
  return reasonNotCovered(c, u, today) === null;
}

function reasonNotCovered(c: ConsentTerms, u: UseTerms, today: string): UncoveredReason | null {
  if (c.withdrawn) return "consent_withdrawn";
  if (!c.channels.includes(u.channel)) return "channel_not_covered";
  if (c.engagementId && c.engagementId !== u.engagementId) return "partner_not_covered";
  if (c.companyId && c.companyId !== u.companyId) return "partner_not_covered";
  if (u.usedOn < c.validFrom) return "consent_not_yet_valid";
  if (c.validUntil && (u.usedOn > c.validUntil || today > c.validUntil)) return "consent_expired";
  return null;
}

const SPECIFICITY: UncoveredReason[] = [
  "consent_expired",
  "consent_not_yet_valid",
  "partner_not_covered",
  "consent_withdrawn",
  "channel_not_covered",
];

/** The consent covering a use, or the reason none does (the reason of the consent that came closest). */
export function coverage(
  consents: readonly ConsentTerms[],
  u: UseTerms,
  today: string,
): { consentId: string } | { reason: UncoveredReason } {
  if (!consents.length) return { reason: "no_consent" };
  const reasons = new Set<UncoveredReason>();
  for (const c of consents) {
    const r = reasonNotCovered(c, u, today);
    if (r === null) return { consentId: c.id };
    reasons.add(r);
  }
  return { reason: SPECIFICITY.find((r) => reasons.has(r)) ?? "no_consent" };
}

import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { userNames } from "../companies/companies.repo.js";
import { engagementTitles } from "../engagements/engagements.activities.repo.js";
import { findEngagement } from "../engagements/engagements.repo.js";
import { requireStoryAccess } from "./stories.access.js";
import { coverage, type StoryChannel } from "./stories.consent.js";
import {
  consentStatus,
  consentsOf,
  findConsent,
  flagOf,
  hasCompany,
  insertConsent,
  insertUse,
  termsOf,
  usesOf,
  withdrawConsentRow,
  type ConsentRow,
  type UseRow,
} from "./stories.repo.js";
import type { Consent, ConsentInput, StoryUse, UseInput } from "./stories.schema.js";
import { isoToday, loadStory } from "./stories.service.js";

// Consent is what makes a use of a story lawful and safe: a use is recorded only while a consent covers
// its channel, day and partner, and withdrawing a consent flags at once every use it no longer covers
// (flags are derived when read, so they can never go stale).

async function toConsents(ctx: Ctx, rows: ConsentRow[]): Promise<Consent[]> {
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [r.recordedBy, r.withdrawnBy]),
  );
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  const today = isoToday();
  return rows.map((r) => ({
    id: r.id,
    storyId: r.storyId,
    reference: r.reference,
    channels: r.channels as StoryChannel[],
    engagementId: r.engagementId,
    companyId: r.companyId,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    status: consentStatus(r, today),
    recordedBy: ref(r.recordedBy),
    createdAt: r.createdAt.toISOString(),
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: ref(r.withdrawnBy),
    withdrawalNote: r.withdrawalNote,
  }));
}

async function toUses(ctx: Ctx, rows: UseRow[], consents: ConsentRow[]): Promise<StoryUse[]> {
  const engagementIds = [...new Set(rows.map((r) => r.engagementId).filter((x): x is string => !!x))];
  const [names, titles] = await Promise.all([
    userNames(
      ctx.db,
      rows.map((r) => r.recordedBy),
    ),
    engagementTitles(ctx.db, ctx.orgId, engagementIds),
  ]);
  const title = new Map(titles.map((t) => [t.id, t.title]));
  const today = isoToday();
  return rows.map((r) => ({
    id: r.id,
    storyId: r.storyId,
    engagementId: r.engagementId,
    engagement: r.engagementId && title.has(r.engagementId) ? { id: r.engagementId, title: title.get(r.engagementId)! } : null,
    companyId: r.companyId,
    channel: r.channel,
    usedOn: r.usedOn,
    note: r.note,
    consentId: r.consentId,
    ...flagOf(r, consents, today),
    recordedBy: r.recordedBy ? { id: r.recordedBy, name: names.get(r.recordedBy) ?? "(former user)" } : null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Records a consent for a story (optionally scoped to one partner). */
export async function addConsent(ctx: Ctx, storyId: string, input: ConsentInput): Promise<Consent> {
  const s = await loadStory(ctx, storyId, true);
  return inTransaction(ctx, async (tx) => {
    let companyId = input.companyId;
    if (input.engagementId) {
      const e = await findEngagement(tx.db, ctx.orgId, input.engagementId);
      if (!e)
        throw new AppError("validation", "The engagement was not found in your organisation.", {
          errors: [{ path: "engagementId", message: "No such engagement in your organisation." }],
        });
      if (companyId && companyId !== e.companyId)
        throw new AppError("validation", "The engagement is with another company.", {
          errors: [{ path: "companyId", message: "Not the engagement's company." }],
        });
      companyId = e.companyId;
    } else if (companyId) {
      if (!(await hasCompany(tx.db, ctx.orgId, companyId)))
        throw new AppError("validation", "The company was not found in your organisation.", {
          errors: [{ path: "companyId", message: "No such company in your organisation." }],
        });
    }
    const row = await insertConsent(tx.db, ctx.orgId, {
      ...input,
      channels: [...new Set(input.channels)],
      companyId,
      storyId: s.id,
      recordedBy: ctx.user.id,
    });
    await audit(tx, {
      action: "create",
      entityType: "story_consent",
      entityId: row.id,
      summary: "Recorded a consent for a story",
      details: {
        storyId: s.id,
        channels: row.channels,
        validFrom: row.validFrom,
        validUntil: row.validUntil,
        engagementId: row.engagementId,
        companyId: row.companyId,
      },
    });
    return (await toConsents(tx, [row]))[0];
  });
}

/** A story's consents, oldest first. */
export async function listConsents(ctx: Ctx, storyId: string): Promise<{ items: Consent[] }> {
  const s = await loadStory(ctx, storyId);
  return { items: await toConsents(ctx, await consentsOf(ctx.db, ctx.orgId, [s.id])) };
}

/** Withdraws a consent: from now on it covers nothing, and the uses it alone covered show as flagged. */
export async function withdrawConsent(ctx: Ctx, consentId: string, note: string | null): Promise<Consent & { flaggedUses: number }> {
  return inTransaction(ctx, async (tx) => {
    const current = await findConsent(tx.db, ctx.orgId, consentId);
    if (!current) throw notFound("Consent");
    await requireStoryAccess(tx, true);
    if (current.withdrawnAt) throw new AppError("rule_violation", "This consent was withdrawn already.", { rule: "consent_withdrawn" });
    const row = await withdrawConsentRow(tx.db, ctx.orgId, consentId, ctx.user.id, note);
    const consents = await consentsOf(tx.db, ctx.orgId, [row.storyId]);
    const today = isoToday();
    const flaggedUses = (await usesOf(tx.db, ctx.orgId, [row.storyId])).filter((u) => flagOf(u, consents, today).flagged).length;
    await audit(tx, {
      action: "update",
      entityType: "story_consent",
      entityId: row.id,
      summary: `Consent withdrawn; ${flaggedUses} use(s) of the story flagged`,
      details: { storyId: row.storyId, flaggedUses },
    });
    return { ...(await toConsents(tx, [row]))[0], flaggedUses };
  });
}

/**
 * Records a use of a story in an engagement on a channel: refused (409, rule "consent_required", with the
 * reason) unless a consent covers that channel, day and partner.
 */
export async function addUse(ctx: Ctx, storyId: string, input: UseInput): Promise<StoryUse> {
  const s = await loadStory(ctx, storyId, true);
  return inTransaction(ctx, async (tx) => {
    const e = await findEngagement(tx.db, ctx.orgId, input.engagementId);
    if (!e)
      throw new AppError("validation", "The engagement was not found in your organisation.", {
        errors: [{ path: "engagementId", message: "No such engagement in your organisation." }],
      });
    const today = isoToday();
    const usedOn = input.usedOn ?? today;
    const consents = await consentsOf(tx.db, ctx.orgId, [s.id]);
    const cover = coverage(consents.map(termsOf), { channel: input.channel, usedOn, engagementId: e.id, companyId: e.companyId }, today);
    if (!("consentId" in cover)) {
      throw new AppError(
        "rule_violation",
        `No valid consent covers using this story on ${input.channel} on ${usedOn} with this partner (${cover.reason.replace(/_/g, " ")}).`,
        {
          rule: "consent_required",
          reason: cover.reason,
        },
      );
    }
    const row = await insertUse(tx.db, ctx.orgId, {
      storyId: s.id,
      engagementId: e.id,
      companyId: e.companyId,
      channel: input.channel,
      usedOn,
      note: input.note,
      consentId: cover.consentId,
      recordedBy: ctx.user.id,
    });
    await audit(tx, {
      action: "create",
      entityType: "story_use",
      entityId: row.id,
      summary: `Recorded a use of a story on ${input.channel} in engagement ${e.title}`,
      details: { storyId: s.id, engagementId: e.id, channel: input.channel, usedOn, consentId: cover.consentId },
    });
    return (await toUses(tx, [row], consents))[0];
  });
}

/** Every use of a story, with `flagged` derived from its consents today. */
export async function listUses(ctx: Ctx, storyId: string): Promise<{ items: StoryUse[] }> {
  const s = await loadStory(ctx, storyId);
  const [uses, consents] = await Promise.all([usesOf(ctx.db, ctx.orgId, [s.id]), consentsOf(ctx.db, ctx.orgId, [s.id])]);
  return { items: await toUses(ctx, uses, consents) };
}

import type { Ctx } from "../../platform/context.js";
import { AppError } from "../../shared/app-error.js";
import { keptStats } from "../agreements/agreements.commitments.js";
import { progressOf } from "../agreements/agreements.service.js";
import { contactsOf, type EngagementRow } from "../engagements/engagements.repo.js";
import { load as loadEngagement } from "../engagements/engagements.service.js";
import { isoDay } from "../engagements/engagements.tasks.js";
import { openHighRisks } from "../risks/risks.service.js";
import {
  agreementTerms,
  commitmentTotals,
  engagementsInStages,
  indicatorsWithLatest,
  lastAcknowledged,
  lastContactDays,
} from "./health.repo.js";
import { HEALTH_STAGES, isHealthStage, OUTLOOK_THRESHOLDS, scoreHealth, type Health as Scored, type HealthInput } from "./health.rules.js";
import type { Health, HealthItem, HealthListQuery } from "./health.schema.js";
import { pageByKey, type KeyPart, type KeysetPage } from "../../platform/keyset.js";

// Gathers what the health rules need for many engagements at once (one query per kind of data, never
// one per engagement), always inside the caller's organisation.

/** Timeline entries that count as contact with the company (a note is not). */
const CONTACT_KINDS = ["meeting", "call", "email"] as const;

async function lastContacts(ctx: Ctx, rows: EngagementRow[]): Promise<Map<string, string>> {
  const companyIds = [...new Set(rows.map((r) => r.companyId))];
  const ids = rows.map((r) => r.id);
  const { activities, checkIns } = await lastContactDays(ctx.db, ctx.orgId, ids, companyIds, [...CONTACT_KINDS]);
  const latest = (m: Map<string, string>, key: string, day: string) => {
    if (!m.has(key) || m.get(key)! < day) m.set(key, day);
  };
  const byEngagement = new Map<string, string>();
  const byCompany = new Map<string, string>(); // contact logged on the company, outside any engagement
  for (const a of activities) {
    if (a.engagementId) latest(byEngagement, a.engagementId, a.last);
    else latest(byCompany, a.companyId, a.last);
  }
  for (const c of checkIns) latest(byEngagement, c.engagementId, c.last);
  const out = new Map<string, string>();
  for (const r of rows) {
    const own = byEngagement.get(r.id);
    if (own) latest(out, r.id, own);
    const company = byCompany.get(r.companyId);
    if (company) latest(out, r.id, company);
  }
  return out;
}

/** Per engagement: its indicators' progress (latest value against baseline and target). */
async function indicatorProgress(ctx: Ctx, ids: string[]): Promise<Map<string, Array<{ progress: number | null }>>> {
  const { indicators, latest } = await indicatorsWithLatest(ctx.db, ctx.orgId, ids);
  const values = new Map(latest.map((l) => [l.indicatorId, l.value]));
  const out = new Map<string, Array<{ progress: number | null }>>();
  for (const i of indicators)
    out.set(i.engagementId, [...(out.get(i.engagementId) ?? []), { progress: progressOf(i.baseline, i.target, values.get(i.id) ?? null) }]);
  return out;
}

/** Scores engagements of the caller's organisation (rows already loaded and tenant-checked). */
export async function scoreEngagements(ctx: Ctx, rows: EngagementRow[], today = isoDay(new Date())): Promise<Map<string, Scored>> {
  if (!rows.length) return new Map();
  const ids = rows.map((r) => r.id);
  const companyIds = [...new Set(rows.map((r) => r.companyId))];
  const [contacts, kept, totals, indicators, agreements, acks, risks, last] = await Promise.all([
    contactsOf(ctx.db, ctx.orgId, ids),
    keptStats(ctx, ids, today),
    commitmentTotals(ctx.db, ctx.orgId, ids),
    indicatorProgress(ctx, ids),
    agreementTerms(ctx.db, ctx.orgId, ids),
    lastAcknowledged(ctx.db, ctx.orgId, companyIds),
    openHighRisks(ctx, ids),
    lastContacts(ctx, rows),
  ]);
  const totalOf = new Map(totals.map((t) => [t.engagementId, t.n]));
  const agreementOf = new Map(agreements.map((a) => [a.engagementId, { startsOn: a.startsOn, endsOn: a.endsOn }]));
  const ackOf = new Map(acks.map((a) => [a.companyId, a.last]));
  const activeContacts = new Map<string, number>();
  for (const c of contacts) if (c.active) activeContacts.set(c.engagementId, (activeContacts.get(c.engagementId) ?? 0) + 1);
  const out = new Map<string, Scored>();
  for (const r of rows) {
    const k = kept.get(r.id) ?? { due: 0, kept: 0, overdue: 0 };
    const input: HealthInput = {
      today,
      stage: r.stage,
      cadenceDays: r.contactCadenceDays,
      lastContactOn: last.get(r.id) ?? null,
      createdOn: isoDay(r.createdAt),
      commitments: { total: totalOf.get(r.id) ?? 0, ...k },
      indicators: indicators.get(r.id) ?? [],
      agreement: agreementOf.get(r.id) ?? null,
      activeCompanyContacts: activeContacts.get(r.id) ?? 0,
      lastAcknowledgedOn: ackOf.get(r.companyId) ?? null,
      openHighRisks: risks.get(r.id) ?? 0,
    };
    out.set(r.id, scoreHealth(input));
  }
  return out;
}

/** One engagement's health; 404 when it is not the caller's, 409 when it is not a running partnership. */
export async function engagementHealth(ctx: Ctx, engagementId: string): Promise<Health> {
  const e = await loadEngagement(ctx, engagementId);
  if (!isHealthStage(e.stage)) {
    throw new AppError(
      "rule_violation",
      `Health is scored for agreed, active, reviewing or renewed engagements; this one is '${e.stage}'.`,
      { rule: "health_not_applicable", stage: e.stage },
    );
  }
  const h = (await scoreEngagements(ctx, [e])).get(e.id)!;
  return { engagementId: e.id, stage: e.stage, ...h, computedAt: new Date().toISOString() };
}

const WORST_FIRST: KeyPart<HealthItem>[] = [
  { value: (i) => i.score },
  { value: (i) => i.title, text: true },
  { value: (i) => i.engagementId },
];

/** The portfolio's running engagements with score and outlook, worst first (optionally only some outlooks). */
export async function portfolioHealth(
  ctx: Ctx,
  q: HealthListQuery,
): Promise<KeysetPage<HealthItem> & { thresholds: { likely: number; atRisk: number }; computedAt: string }> {
  const joined = await engagementsInStages(ctx.db, ctx.orgId, [...HEALTH_STAGES], q.ownerId);
  const scores = await scoreEngagements(
    ctx,
    joined.map((j) => j.e),
  );
  const all = joined
    .map(({ e, companyName }) => {
      const h = scores.get(e.id)!;
      return {
        engagementId: e.id,
        title: e.title,
        companyId: e.companyId,
        companyName,
        stage: e.stage,
        ownerId: e.ownerId,
        score: h.score,
        outlook: h.outlook,
        topReasons: h.reasons.slice(0, 3),
        topExplanations: h.explanations.slice(0, 3),
        renewal: h.renewal,
      };
    })
    .filter((i) => !q.outlook.length || q.outlook.includes(i.outlook));
  const page = pageByKey(all, WORST_FIRST, q);
  return { ...page, thresholds: { ...OUTLOOK_THRESHOLDS }, computedAt: new Date().toISOString() };
}

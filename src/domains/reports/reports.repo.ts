import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { progressOf } from "../agreements/agreements.service.js";
import { agreement, agreementIndicator, checkIn, checkInValue } from "../agreements/agreements.table.js";
import { acknowledgement } from "../acknowledgements/acknowledgements.table.js";
import { organization } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { engagement, engagementActivity, engagementStageChange } from "../engagements/engagements.table.js";
import { achieved } from "./reports.rules.js";
import type { ReportIndicator } from "./reports.schema.js";

// Queries the reports need beyond the other domains' services; every one filters by organisation.

/** The organisation's name. */
export async function orgName(ctx: Ctx): Promise<string> {
  const [row] = await ctx.db.select({ name: organization.name }).from(organization).where(eq(organization.id, ctx.orgId));
  return row?.name ?? "";
}

/**
 * Indicators of the engagements with the last value recorded on or before `asOf`, in the agreement's order.
 * (The agreements service knows the latest value only; a report looks back from the end of its period.)
 */
export async function indicatorsAsOf(
  ctx: Ctx,
  engagementIds: string[],
  asOf: string,
): Promise<Map<string, Array<ReportIndicator & { id: string }>>> {
  const out = new Map<string, Array<ReportIndicator & { id: string }>>();
  if (!engagementIds.length) return out;
  const rows = await ctx.db
    .select()
    .from(agreementIndicator)
    .where(and(eq(agreementIndicator.organizationId, ctx.orgId), inArray(agreementIndicator.engagementId, engagementIds)))
    .orderBy(asc(agreementIndicator.position), asc(agreementIndicator.createdAt));
  const latest = new Map<string, { value: number; on: string }>();
  if (rows.length) {
    const values = await ctx.db
      .selectDistinctOn([checkInValue.indicatorId], {
        indicatorId: checkInValue.indicatorId,
        value: checkInValue.value,
        on: checkIn.occurredOn,
      })
      .from(checkInValue)
      .innerJoin(checkIn, eq(checkIn.id, checkInValue.checkInId))
      .where(
        and(
          eq(checkInValue.organizationId, ctx.orgId),
          inArray(
            checkInValue.indicatorId,
            rows.map((r) => r.id),
          ),
          lte(checkIn.occurredOn, asOf),
        ),
      )
      .orderBy(checkInValue.indicatorId, desc(checkIn.occurredOn), desc(checkIn.createdAt));
    for (const v of values) latest.set(v.indicatorId, { value: v.value, on: v.on });
  }
  for (const r of rows) {
    const l = latest.get(r.id) ?? null;
    const progress = progressOf(r.baseline, r.target, l?.value ?? null);
    const list = out.get(r.engagementId) ?? [];
    list.push({
      id: r.id,
      name: r.name,
      unit: r.unit,
      baseline: r.baseline,
      target: r.target,
      latest: l?.value ?? null,
      latestOn: l?.on ?? null,
      progress,
      achieved: achieved(progress),
    });
    out.set(r.engagementId, list);
  }
  return out;
}

export interface StageStep {
  engagementId: string;
  toStage: string;
  on: string;
}

/** Stage moves of the engagements, oldest first (dates only: reasons and overrides stay internal). */
export async function stageSteps(ctx: Ctx, engagementIds: string[]): Promise<StageStep[]> {
  if (!engagementIds.length) return [];
  const rows = await ctx.db
    .select({
      engagementId: engagementStageChange.engagementId,
      toStage: engagementStageChange.toStage,
      at: engagementStageChange.changedAt,
    })
    .from(engagementStageChange)
    .where(and(eq(engagementStageChange.organizationId, ctx.orgId), inArray(engagementStageChange.engagementId, engagementIds)))
    .orderBy(asc(engagementStageChange.changedAt));
  return rows.map((r) => ({ engagementId: r.engagementId, toStage: r.toStage, on: r.at.toISOString().slice(0, 10) }));
}

const AGREED_OR_LATER = new Set(["agreed", "active", "reviewing", "renewed"]);

/** The day an engagement first reached agreement, and the day it last ended (if it is ended now). */
export function agreedAndEnded(steps: StageStep[], stage: string): { agreedOn: string | null; endedOn: string | null } {
  const agreedOn = steps.find((s) => AGREED_OR_LATER.has(s.toStage))?.on ?? null;
  const endedOn = stage === "ended" ? (steps.filter((s) => s.toStage === "ended").at(-1)?.on ?? null) : null;
  return { agreedOn, endedOn };
}

/** The name of a company of the organisation ("" when there is none). */
export async function companyName(ctx: Ctx, companyId: string): Promise<string> {
  const [co] = await ctx.db
    .select({ name: company.name })
    .from(company)
    .where(and(eq(company.organizationId, ctx.orgId), eq(company.id, companyId)));
  return co?.name ?? "";
}

/** How many activities of each kind an engagement logged within a period. */
export async function activityCounts(ctx: Ctx, engagementId: string, period: { from: string; to: string }) {
  return ctx.db
    .select({ kind: engagementActivity.kind, n: sql<number>`count(*)::int` })
    .from(engagementActivity)
    .where(
      and(
        eq(engagementActivity.organizationId, ctx.orgId),
        eq(engagementActivity.engagementId, engagementId),
        gte(engagementActivity.occurredOn, period.from),
        lte(engagementActivity.occurredOn, period.to),
      ),
    )
    .groupBy(engagementActivity.kind);
}

/** The company's acknowledgements within a period: those of the engagement and those of no engagement, oldest first. */
export async function acknowledgementsInPeriod(ctx: Ctx, companyId: string, engagementId: string, period: { from: string; to: string }) {
  return ctx.db
    .select({ channel: acknowledgement.channel, on: acknowledgement.occurredOn, title: acknowledgement.title, url: acknowledgement.url })
    .from(acknowledgement)
    .where(
      and(
        eq(acknowledgement.organizationId, ctx.orgId),
        eq(acknowledgement.companyId, companyId),
        or(eq(acknowledgement.engagementId, engagementId), isNull(acknowledgement.engagementId)),
        gte(acknowledgement.occurredOn, period.from),
        lte(acknowledgement.occurredOn, period.to),
      ),
    )
    .orderBy(asc(acknowledgement.occurredOn));
}

/** Every engagement of the organisation with its company's name and sector and its agreement's publication flags. */
export async function engagementsWithAgreements(db: Db, orgId: string) {
  return db
    .select({
      e: engagement,
      companyName: company.name,
      nace: company.naceCode,
      a: { confidential: agreement.confidential, clearedForPublication: agreement.clearedForPublication, startsOn: agreement.startsOn },
    })
    .from(engagement)
    .innerJoin(company, eq(company.id, engagement.companyId))
    .leftJoin(agreement, and(eq(agreement.engagementId, engagement.id), eq(agreement.organizationId, orgId)))
    .where(eq(engagement.organizationId, orgId))
    .orderBy(asc(company.name), asc(engagement.title));
}

/** The organisation's acknowledgements in a calendar year, by date, with the company's name. */
export async function acknowledgementsOfYear(db: Db, orgId: string, year: number) {
  return db
    .select({
      companyId: acknowledgement.companyId,
      engagementId: acknowledgement.engagementId,
      channel: acknowledgement.channel,
      occurredOn: acknowledgement.occurredOn,
      title: acknowledgement.title,
      url: acknowledgement.url,
      companyName: company.name,
    })
    .from(acknowledgement)
    .innerJoin(company, eq(company.id, acknowledgement.companyId))
    .where(
      and(
        eq(acknowledgement.organizationId, orgId),
        gte(acknowledgement.occurredOn, `${year}-01-01`),
        lte(acknowledgement.occurredOn, `${year}-12-31`),
      ),
    )
    .orderBy(asc(acknowledgement.occurredOn));
}

import type { Ctx } from "../../platform/context.js";
import { AppError } from "../../shared/app-error.js";
import { foldText } from "../../shared/text-fold.js";
import { audit } from "../audit/audit.service.js";
import { keptStats, ofEngagement as commitmentsOf } from "../agreements/agreements.commitments.js";
import { getMonitoring, listCheckIns } from "../agreements/agreements.monitoring.js";
import { findAgreement } from "../agreements/agreements.service.js";
import { listModes } from "../engagements/engagements.modes.js";
import { load as loadEngagement } from "../engagements/engagements.service.js";
import { isoDay } from "../engagements/engagements.tasks.js";
import { modeLabel } from "./reports.labels.js";
import { renderPartnerPdf } from "./reports.partner-pdf.js";
import {
  acknowledgementsInPeriod,
  activityCounts as activityCountsOf,
  companyName,
  indicatorsAsOf,
  orgName,
  stageSteps,
} from "./reports.repo.js";
import { partnerReportPeriod } from "./reports.rules.js";
import type { PartnerReport, PartnerReportQuery } from "./reports.schema.js";

// The partner impact report: what the NGO hands to the company. It is built from what both sides know
// already (the agreement's terms, indicators, check-in dates and values, commitments, acknowledgements)
// and leaves out everything internal: activity summaries and check-in notes (free text written for the
// team), tasks, the risk register, screening, contact names and survivors' stories (never read here).

const MILESTONE_STAGES = new Set(["agreed", "active", "reviewing", "renewed", "ended"]);
const within = (d: string | null, p: { from: string; to: string }) => !!d && d >= p.from && d <= p.to;

/** Everything the partner report shows, for one engagement of the caller's organisation (404 otherwise). */
export async function partnerReport(ctx: Ctx, engagementId: string, q: PartnerReportQuery): Promise<PartnerReport> {
  const e = await loadEngagement(ctx, engagementId);
  const today = isoDay(new Date());
  const a = await findAgreement(ctx, e.id);
  const period = partnerReportPeriod(q, a ?? null, isoDay(e.createdAt), today);
  if (period.from > period.to)
    throw new AppError("validation", "The period ends before it starts.", {
      errors: [{ path: "from", message: "After the end of the period." }],
    });

  const [org, co, modes, activityCounts, steps, indicators, checkIns, commitments, kept, acks, monitoring] = await Promise.all([
    orgName(ctx),
    companyName(ctx, e.companyId),
    listModes(ctx).then((m) => m.items),
    activityCountsOf(ctx, e.id, period),
    stageSteps(ctx, [e.id]),
    indicatorsAsOf(ctx, [e.id], period.to),
    listCheckIns(ctx, e.id),
    commitmentsOf(ctx, e.id),
    // Kept on time as of the period's end, like the indicator values: a report for last quarter tells last quarter.
    keptStats(ctx, [e.id], period.to),
    acknowledgementsInPeriod(ctx, e.companyId, e.id, period),
    getMonitoring(ctx, e.id),
  ]);

  const count = (kind: string) => activityCounts.find((r) => r.kind === kind)?.n ?? 0;
  const own = new Map(modes.map((m) => [m.key, m.label]));
  const inPeriodCheckIns = checkIns.items.filter((c) => within(c.occurredOn, period)).reverse();
  const milestones = [
    ...steps.filter((s) => MILESTONE_STAGES.has(s.toStage) && within(s.on, period)).map((s) => ({ on: s.on, kind: s.toStage })),
    ...(a?.ngoSignedOn && within(a.ngoSignedOn, period) ? [{ on: a.ngoSignedOn, kind: "signedNgo" }] : []),
    ...(a?.companySignedOn && within(a.companySignedOn, period) ? [{ on: a.companySignedOn, kind: "signedCompany" }] : []),
  ].sort((x, y) => x.on.localeCompare(y.on));

  const inds = indicators.get(e.id) ?? [];
  const series = inds
    .filter((i) => i.target !== null)
    .map((i) => ({
      name: i.name,
      points: inPeriodCheckIns.flatMap((c) => {
        const v = c.values.find((x) => x.indicatorId === i.id);
        const base = i.baseline ?? 0;
        return v && i.target !== base ? [{ on: c.occurredOn, progress: (v.value - base) / (i.target! - base) }] : [];
      }),
    }))
    .filter((s) => s.points.length > 0);

  const live = commitments.items.filter((c) => c.status !== "cancelled");
  const byParty = (party: "ngo" | "company") => ({
    done: live.filter((c) => c.party === party && c.status === "done").length,
    open: live.filter((c) => c.party === party && c.status === "open").length,
    missed: live.filter((c) => c.party === party && c.status === "missed").length,
  });
  const k = kept.get(e.id) ?? { due: 0, kept: 0 };

  return {
    lang: q.lang,
    org,
    company: co,
    title: e.title,
    period,
    generatedOn: today,
    modes: e.modes.map((m) => modeLabel(q.lang, m, own)),
    agreement: a
      ? {
          kind: a.kind,
          goals: a.goals,
          activities: a.activities,
          ngoResponsibilities: a.ngoResponsibilities,
          companyResponsibilities: a.companyResponsibilities,
          startsOn: a.startsOn,
          endsOn: a.endsOn,
        }
      : null,
    goals: a?.goals ?? e.goals,
    exchanges: { meetings: count("meeting"), calls: count("call"), emails: count("email") },
    milestones,
    indicators: inds.map(({ id: _id, ...i }) => i),
    series,
    checkIns: inPeriodCheckIns.map((c) => ({
      on: c.occurredOn,
      values: c.values.map((v) => ({ name: v.indicator, unit: v.unit, value: v.value })),
    })),
    commitments: {
      byParty: { ngo: byParty("ngo"), company: byParty("company") },
      kept: { due: k.due, kept: k.kept },
      done: live
        .filter((c) => c.status === "done" && (!c.doneAt || within(c.doneAt.slice(0, 10), period)))
        .map((c) => ({ party: c.party, what: c.description, on: c.doneAt?.slice(0, 10) ?? null })),
    },
    acknowledgements: acks.map((x) => ({ channel: x.channel, on: x.on, title: x.title, url: x.url })),
    nextSteps: {
      nextCheckIn: e.stage === "ended" ? null : monitoring.nextDue,
      agreementEnds: a?.endsOn && a.endsOn >= today && e.stage !== "ended" ? a.endsOn : null,
      open:
        e.stage === "ended"
          ? []
          : live.filter((c) => c.status === "open").map((c) => ({ party: c.party, what: c.description, due: c.dueOn })),
    },
  };
}

/** The partner report as a PDF file (recorded in the audit log: it is a document that leaves the organisation). */
export async function partnerReportPdf(
  ctx: Ctx,
  engagementId: string,
  q: PartnerReportQuery,
): Promise<{ bytes: Buffer; filename: string }> {
  const r = await partnerReport(ctx, engagementId, q);
  const bytes = await renderPartnerPdf(r);
  await audit(ctx, {
    action: "export",
    entityType: "engagement",
    entityId: engagementId,
    summary: `Generated the partner report for ${r.company}`,
    details: { engagementId, from: r.period.from, to: r.period.to, lang: r.lang },
  });
  return { bytes, filename: `impact-report-${foldText(r.company).replace(/ /g, "-").slice(0, 60) || "partner"}-${r.period.to}.pdf` };
}

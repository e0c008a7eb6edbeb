import type { Ctx } from "../../platform/context.js";
import { listModes } from "../engagements/engagements.modes.js";
import { ENGAGEMENT_STAGES, type EngagementStage } from "../engagements/engagements.rules.js";
import { isoDay } from "../engagements/engagements.tasks.js";
import { portfolioHealth } from "../health/health.service.js";
import { band, HIGH_RISK_THRESHOLD } from "../risks/risks.rules.js";
import type { Dashboard, DashboardQuery } from "./dashboard.schema.js";
import * as repo from "./dashboard.repo.js";

/** How many rows each list on the dashboard shows (the count says how many there are in all). */
export const LIST_LIMIT = 10;

/** The funnel: the pipeline up to review; renewed and ended are outcomes, shown beside it. */
const FUNNEL: EngagementStage[] = ENGAGEMENT_STAGES.filter((s) => s !== "renewed" && s !== "ended");
const OUTCOMES: EngagementStage[] = ["renewed", "ended"];
const SIZES = ["local", "sme", "large", null] as const;

/**
 * The organisation's dashboard: pipeline funnel, engagements by mode and by company size, the running
 * partnerships' value by mode, overdue commitments, high risks and their matrix, and partnerships whose
 * health says they are at risk. Every member (viewers too) may read it; `owner` and `mode` narrow it.
 */
export async function dashboard(ctx: Ctx, q: DashboardQuery): Promise<Dashboard> {
  const scope = repo.engagementScope(ctx.orgId, q);
  const today = isoDay(new Date());
  const narrowed = !!(q.mode || q.owner === "none");
  // One connection in a transaction runs these one after another anyway; Promise.all keeps the code flat.
  const [modes, stages, modeCounts, sizeCounts, modeValues, totals, overdue, high, cells, health] = await Promise.all([
    listModes(ctx),
    repo.stageCounts(ctx.db, scope),
    repo.modeCounts(ctx.db, scope),
    repo.sizeCounts(ctx.db, scope),
    repo.modeValues(ctx.db, scope),
    repo.valueTotals(ctx.db, scope),
    repo.overdueCommitments(ctx.db, scope, today, LIST_LIMIT),
    repo.highRisks(ctx.db, scope, HIGH_RISK_THRESHOLD, LIST_LIMIT),
    repo.matrixCells(ctx.db, scope),
    // Health scores every running partnership anyway; a filter it cannot apply itself (mode, no owner) needs all of
    // them back, or the count stops at the page size. Unfiltered, the first page and the total are enough.
    portfolioHealth(ctx, {
      outlook: ["at_risk", "unlikely"],
      ownerId: q.owner && q.owner !== "none" ? q.owner : undefined,
      limit: narrowed ? Number.MAX_SAFE_INTEGER : LIST_LIMIT,
    }),
  ]);

  const byStage = new Map(stages.map((s) => [s.stage, s.count]));
  const stageCount = (stage: EngagementStage) => ({ stage, count: byStage.get(stage) ?? 0 });
  const labels = new Map(modes.items.map((m) => [m.key, m.label]));
  const label = (key: string) => labels.get(key) ?? key;
  // The organisation's modes in its order (archived ones only while engagements still have them), then unknown keys.
  const order = new Map(modes.items.map((m, i) => [m.key, i]));
  const rank = (key: string) => order.get(key) ?? Number.MAX_SAFE_INTEGER;
  const counted = new Map(modeCounts.map((m) => [m.mode, m.count]));
  const modeKeys = [...new Set([...modes.items.filter((m) => !m.archived).map((m) => m.key), ...counted.keys()])].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );

  const matrix = new Map(cells.map((c) => [`${c.likelihood}:${c.impact}`, c]));
  const matrixCells: Dashboard["riskMatrix"]["cells"] = [];
  for (let likelihood = 1; likelihood <= 5; likelihood++) {
    for (let impact = 1; impact <= 5; impact++) {
      const c = matrix.get(`${likelihood}:${impact}`);
      matrixCells.push({
        likelihood,
        impact,
        score: likelihood * impact,
        band: band(likelihood * impact),
        count: c?.count ?? 0,
        risks: c?.risks ?? [],
      });
    }
  }

  // Health has no mode or "no owner" filter: narrow its list to the dashboard's engagements here.
  const keep = narrowed
    ? await repo.inScope(
        ctx.db,
        scope,
        health.items.map((h) => h.engagementId),
      )
    : null;
  const atRisk = keep ? health.items.filter((h) => keep.has(h.engagementId)) : health.items;

  return {
    filters: { owner: q.owner ?? null, mode: q.mode ?? null },
    totals: {
      open: stages.filter((s) => s.stage !== "ended").reduce((n, s) => n + s.count, 0),
      running: repo.RUNNING_STAGES.reduce((n, s) => n + (byStage.get(s) ?? 0), 0),
      ended: byStage.get("ended") ?? 0,
    },
    funnel: FUNNEL.map(stageCount),
    outcomes: OUTCOMES.map(stageCount),
    byMode: modeKeys.map((mode) => ({ mode, label: label(mode), count: counted.get(mode) ?? 0 })),
    bySize: SIZES.map((sizeClass) => ({ sizeClass, count: sizeCounts.find((s) => s.sizeClass === sizeClass)?.count ?? 0 })),
    valueByMode: modeValues
      .map((v) => ({ mode: v.mode, label: label(v.mode), money: v.money, inKind: v.inKind, currency: v.currency }))
      .sort((a, b) => rank(a.mode) - rank(b.mode) || a.mode.localeCompare(b.mode) || (a.currency ?? "").localeCompare(b.currency ?? "")),
    valueTotals: totals,
    overdueCommitments: {
      count: overdue.count,
      items: overdue.items.map(({ party, name, ...c }) => ({ ...c, who: { party, name } })),
    },
    risksAboveThreshold: { threshold: HIGH_RISK_THRESHOLD, ...high },
    riskMatrix: {
      total: cells.reduce((n, c) => n + c.count, 0),
      high: cells.filter((c) => c.likelihood * c.impact >= HIGH_RISK_THRESHOLD).reduce((n, c) => n + c.count, 0),
      threshold: HIGH_RISK_THRESHOLD,
      cells: matrixCells,
    },
    atRisk: {
      source: "health",
      count: keep ? atRisk.length : health.total,
      items: atRisk.slice(0, LIST_LIMIT).map((h) => ({
        engagementId: h.engagementId,
        title: h.title,
        companyId: h.companyId,
        companyName: h.companyName,
        stage: h.stage,
        score: h.score,
        outlook: h.outlook,
        topReasons: h.topReasons,
        topFactors: h.topExplanations.map((x) => x.factor).filter((f) => f !== "outlook_cap"),
      })),
    },
    generatedAt: new Date().toISOString(),
  };
}

import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { assertMembers, load as loadEngagement } from "../engagements/engagements.service.js";
import { isoDay } from "../engagements/engagements.tasks.js";
import { ensureCatalogue } from "./risks.catalogue.js";
import { band, HIGH_RISK_THRESHOLD, matrix, scores } from "./risks.rules.js";
import type { MatrixQuery, Risk, RiskInput, RiskListQuery, RiskMatrix, RiskPatch } from "./risks.schema.js";
import {
  countOpenAtLeast,
  deleteRisk,
  findRisk,
  insertRisk,
  mitigationsOf,
  replaceMitigations,
  riskAssessments,
  riskPage,
  risksOfEngagement,
  updateRisk,
  claimRiskVersion,
  findCatalogueItem,
  type JoinedRisk,
} from "./risks.repo.js";

async function toRisks(ctx: Ctx, rows: JoinedRisk[]): Promise<Risk[]> {
  const ids = rows.map((x) => x.r.id);
  const mitigations = await mitigationsOf(ctx.db, ctx.orgId, ids);
  const names = await userNames(ctx.db, [...rows.map((x) => x.r.createdBy), ...mitigations.map((m) => m.ownerId)]);
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  const today = isoDay(new Date());
  return rows.map(({ r, engagementTitle, companyId, companyName, catalogueKey }) => {
    const s = scores(r);
    return {
      id: r.id,
      engagementId: r.engagementId,
      engagement: { id: r.engagementId, title: engagementTitle },
      company: { id: companyId, name: companyName },
      catalogueItemId: r.catalogueItemId,
      catalogueKey,
      title: r.title,
      description: r.description,
      likelihood: r.likelihood,
      impact: r.impact,
      score: s.score,
      residualLikelihood: r.residualLikelihood,
      residualImpact: r.residualImpact,
      residualScore: s.residualScore,
      currentScore: s.currentScore,
      band: band(s.currentScore),
      status: r.status,
      closedAt: r.closedAt?.toISOString() ?? null,
      mitigations: mitigations
        .filter((m) => m.riskId === r.id)
        .map((m) => ({
          id: m.id,
          action: m.action,
          ownerId: m.ownerId,
          owner: ref(m.ownerId),
          reviewOn: m.reviewOn,
          reviewDue: !!m.reviewOn && m.reviewOn <= today,
        })),
      createdBy: ref(r.createdBy),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

async function one(ctx: Ctx, id: string): Promise<Risk> {
  const row = await findRisk(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Risk");
  return (await toRisks(ctx, [row]))[0];
}

async function setMitigations(ctx: Ctx, riskId: string, items: RiskInput["mitigations"]): Promise<void> {
  await assertMembers(
    ctx,
    items.map((m) => m.ownerId),
    "mitigations.ownerId",
  );
  await replaceMitigations(ctx.db, ctx.orgId, riskId, items);
}

/** Refuses a residual assessment given by halves (both or neither). */
function assertResidual(r: { residualLikelihood: number | null; residualImpact: number | null }): void {
  if ((r.residualLikelihood === null) !== (r.residualImpact === null)) {
    const path = r.residualLikelihood === null ? "residualLikelihood" : "residualImpact";
    throw new AppError("validation", "Give residual likelihood and residual impact together.", {
      errors: [{ path, message: "Needed with the other residual value." }],
    });
  }
}

/** Adds a risk to an engagement's register, from the catalogue (defaults from the item) or custom. */
export async function create(ctx: Ctx, engagementId: string, input: RiskInput): Promise<Risk> {
  const e = await loadEngagement(ctx, engagementId);
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    await ensureCatalogue(tx.db, ctx.orgId);
    const item = input.catalogueItemId ? await findCatalogueItem(tx.db, ctx.orgId, input.catalogueItemId) : undefined;
    if (input.catalogueItemId && !item)
      throw new AppError("validation", "No such item in your risk catalogue.", {
        errors: [{ path: "catalogueItemId", message: "Not in your catalogue." }],
      });
    const title = input.title ?? item?.title;
    const likelihood = input.likelihood ?? item?.defaultLikelihood ?? null;
    const impact = input.impact ?? item?.defaultImpact ?? null;
    const missing = [!title && "title", !likelihood && "likelihood", !impact && "impact"].filter((x): x is string => !!x);
    if (missing.length)
      throw new AppError("validation", "A custom risk needs a title, likelihood and impact.", {
        errors: missing.map((path) => ({ path, message: "Required." })),
      });
    assertResidual(input);
    const row = await insertRisk(tx.db, ctx.orgId, {
      engagementId: e.id,
      catalogueItemId: item?.id ?? null,
      title: title!,
      description: input.description ?? item?.description ?? null,
      likelihood: likelihood!,
      impact: impact!,
      residualLikelihood: input.residualLikelihood,
      residualImpact: input.residualImpact,
      status: input.status,
      closedAt: input.status === "closed" ? new Date() : null,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await setMitigations(tx, row.id, input.mitigations);
    await audit(tx, {
      action: "create",
      entityType: "risk",
      entityId: row.id,
      summary: `Added risk ${row.title} to engagement ${e.title}`,
      details: { engagementId: e.id, likelihood: row.likelihood, impact: row.impact },
    });
    return one(tx, row.id);
  });
}

/** An engagement's risk register, highest current score first. */
export async function ofEngagement(ctx: Ctx, engagementId: string): Promise<{ items: Risk[] }> {
  const e = await loadEngagement(ctx, engagementId);
  const rows = await risksOfEngagement(ctx.db, ctx.orgId, e.id);
  return { items: await toRisks(ctx, rows) };
}

/** One risk. */
export const get = one;

/** Changes a risk (mitigations, when given, replace the current ones). */
export async function update(ctx: Ctx, id: string, patch: RiskPatch): Promise<Risk> {
  const before = await one(ctx, id);
  requireRole(ctx, "member");
  const { mitigations, ...given } = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as RiskPatch;
  assertResidual({
    residualLikelihood: given.residualLikelihood !== undefined ? given.residualLikelihood : before.residualLikelihood,
    residualImpact: given.residualImpact !== undefined ? given.residualImpact : before.residualImpact,
  });
  return inTransaction(ctx, async (tx) => {
    await claimRiskVersion(tx, id);
    const statusChange = given.status && given.status !== before.status;
    await updateRisk(tx.db, ctx.orgId, id, {
      ...given,
      ...(statusChange ? { closedAt: given.status === "closed" ? new Date() : null } : {}),
      updatedBy: ctx.user.id,
      updatedAt: new Date(),
    });
    if (mitigations) await setMitigations(tx, id, mitigations);
    const fields = [...Object.keys(given), ...(mitigations ? ["mitigations"] : [])];
    await audit(tx, {
      action: "update",
      entityType: "risk",
      entityId: id,
      summary: statusChange && given.status === "closed" ? `Closed risk ${before.title}` : `Changed risk ${before.title}`,
      details: { fields },
    });
    return one(tx, id);
  });
}

/** Removes a risk from its register. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  const before = await one(ctx, id);
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    await claimRiskVersion(tx, id);
    await deleteRisk(tx.db, ctx.orgId, id);
    await audit(tx, {
      action: "delete",
      entityType: "risk",
      entityId: id,
      summary: `Deleted risk ${before.title}`,
      details: { engagementId: before.engagementId },
    });
  });
}

/** Risks across the portfolio, highest current score first (the dashboard asks for minScore=15). */
export async function list(ctx: Ctx, q: RiskListQuery) {
  const { rows, total } = await riskPage(ctx.db, ctx.orgId, q, q.limit, q.offset);
  return { items: await toRisks(ctx, rows), total, limit: q.limit, offset: q.offset, threshold: HIGH_RISK_THRESHOLD };
}

async function matrixOf(ctx: Ctx, engagementId: string | undefined, q: MatrixQuery): Promise<RiskMatrix> {
  const rows = await riskAssessments(ctx.db, ctx.orgId, q.status, engagementId);
  const cells = matrix(rows, q.basis);
  return {
    basis: q.basis,
    status: q.status,
    threshold: HIGH_RISK_THRESHOLD,
    total: cells.reduce((n, c) => n + c.count, 0),
    high: cells.filter((c) => c.score >= HIGH_RISK_THRESHOLD).reduce((n, c) => n + c.count, 0),
    cells,
  };
}

/** The 5 × 5 risk matrix of one engagement. */
export async function engagementMatrix(
  ctx: Ctx,
  engagementId: string,
  q: MatrixQuery,
): Promise<RiskMatrix & { engagement: { id: string; title: string } }> {
  const e = await loadEngagement(ctx, engagementId);
  return { ...(await matrixOf(ctx, e.id, q)), engagement: { id: e.id, title: e.title } };
}

/** The 5 × 5 risk matrix of the whole portfolio. */
export async function portfolioMatrix(ctx: Ctx, q: MatrixQuery): Promise<RiskMatrix> {
  return matrixOf(ctx, undefined, q);
}

/** Per engagement: the number of open risks at or above the threshold (for health scores). */
export async function openHighRisks(ctx: Ctx, engagementIds: string[], threshold = HIGH_RISK_THRESHOLD): Promise<Map<string, number>> {
  const ids = engagementIds.filter(isUuid);
  if (!ids.length) return new Map();
  const rows = await countOpenAtLeast(ctx.db, ctx.orgId, ids, threshold);
  return new Map(rows.map((r) => [r.engagementId, r.n]));
}

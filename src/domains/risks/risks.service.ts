import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { company } from "../companies/companies.table.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { assertMembers, load as loadEngagement } from "../engagements/engagements.service.js";
import { isoDay } from "../engagements/engagements.tasks.js";
import { engagement } from "../engagements/engagements.table.js";
import { ensureCatalogue, findItem } from "./risks.catalogue.js";
import { band, HIGH_RISK_THRESHOLD, matrix, scores } from "./risks.rules.js";
import type { MatrixQuery, Risk, RiskInput, RiskListQuery, RiskMatrix, RiskPatch } from "./risks.schema.js";
import { engagementRisk, riskCatalogueItem, riskMitigation } from "./risks.table.js";

type RiskRow = typeof engagementRisk.$inferSelect;
type Joined = { r: RiskRow; engagementTitle: string; companyId: string; companyName: string; catalogueKey: string | null };

function select(ctx: Ctx) {
  return ctx.db
    .select({
      r: engagementRisk,
      engagementTitle: engagement.title,
      companyId: company.id,
      companyName: company.name,
      catalogueKey: riskCatalogueItem.key,
    })
    .from(engagementRisk)
    .innerJoin(engagement, eq(engagement.id, engagementRisk.engagementId))
    .innerJoin(company, eq(company.id, engagement.companyId))
    .leftJoin(riskCatalogueItem, eq(riskCatalogueItem.id, engagementRisk.catalogueItemId));
}

/** The current score as SQL: residual when both residual values are set, else inherent. */
const currentScoreSql = sql<number>`coalesce(${engagementRisk.residualLikelihood} * ${engagementRisk.residualImpact}, ${engagementRisk.likelihood} * ${engagementRisk.impact})`;

async function toRisks(ctx: Ctx, rows: Joined[]): Promise<Risk[]> {
  const ids = rows.map((x) => x.r.id);
  const mitigations = ids.length
    ? await ctx.db
        .select()
        .from(riskMitigation)
        .where(and(eq(riskMitigation.organizationId, ctx.orgId), inArray(riskMitigation.riskId, ids)))
        .orderBy(asc(riskMitigation.position))
    : [];
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
  const rows = isUuid(id) ? await select(ctx).where(and(eq(engagementRisk.organizationId, ctx.orgId), eq(engagementRisk.id, id))) : [];
  if (!rows.length) throw notFound("Risk");
  return (await toRisks(ctx, rows))[0];
}

async function setMitigations(ctx: Ctx, riskId: string, items: RiskInput["mitigations"]): Promise<void> {
  await assertMembers(
    ctx,
    items.map((m) => m.ownerId),
    "mitigations.ownerId",
  );
  await ctx.db.delete(riskMitigation).where(and(eq(riskMitigation.organizationId, ctx.orgId), eq(riskMitigation.riskId, riskId)));
  if (items.length) {
    await ctx.db.insert(riskMitigation).values(
      items.map((m, i) => ({
        organizationId: ctx.orgId,
        riskId,
        action: m.action,
        ownerId: m.ownerId,
        reviewOn: m.reviewOn,
        position: i,
      })),
    );
  }
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
    const item = input.catalogueItemId ? await findItem(tx.db, ctx.orgId, input.catalogueItemId) : undefined;
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
    const [row] = await tx.db
      .insert(engagementRisk)
      .values({
        organizationId: ctx.orgId,
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
      })
      .returning();
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
  const rows = await select(ctx)
    .where(and(eq(engagementRisk.organizationId, ctx.orgId), eq(engagementRisk.engagementId, e.id)))
    .orderBy(sql`${engagementRisk.status} = 'open' desc`, desc(currentScoreSql), asc(engagementRisk.createdAt));
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
    const statusChange = given.status && given.status !== before.status;
    await tx.db
      .update(engagementRisk)
      .set({
        ...given,
        ...(statusChange ? { closedAt: given.status === "closed" ? new Date() : null } : {}),
        updatedBy: ctx.user.id,
        updatedAt: new Date(),
      })
      .where(and(eq(engagementRisk.organizationId, ctx.orgId), eq(engagementRisk.id, id)));
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
    await tx.db.delete(engagementRisk).where(and(eq(engagementRisk.organizationId, ctx.orgId), eq(engagementRisk.id, id)));
    await audit(tx, {
      action: "delete",
      entityType: "risk",
      entityId: id,
      summary: `Deleted risk ${before.title}`,
      details: { engagementId: before.engagementId },
    });
  });
}

function statusWhere(status: "open" | "closed" | "all"): SQL[] {
  return status === "all" ? [] : [eq(engagementRisk.status, status)];
}

/** Risks across the portfolio, highest current score first (the dashboard asks for minScore=15). */
export async function list(ctx: Ctx, q: RiskListQuery) {
  const where: SQL[] = [eq(engagementRisk.organizationId, ctx.orgId), ...statusWhere(q.status)];
  if (q.minScore) where.push(sql`${currentScoreSql} >= ${q.minScore}`);
  if (q.engagementId !== undefined) where.push(isUuid(q.engagementId) ? eq(engagementRisk.engagementId, q.engagementId) : sql`false`);
  if (q.updatedSince) where.push(sql`${engagementRisk.updatedAt} >= ${q.updatedSince}::timestamptz`);
  const cond = and(...where)!;
  const [rows, [{ total }]] = await Promise.all([
    select(ctx)
      .where(cond)
      .orderBy(desc(currentScoreSql), desc(engagementRisk.updatedAt), asc(engagementRisk.id))
      .limit(q.limit)
      .offset(q.offset),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(engagementRisk).where(cond),
  ]);
  return { items: await toRisks(ctx, rows), total, limit: q.limit, offset: q.offset, threshold: HIGH_RISK_THRESHOLD };
}

async function matrixOf(ctx: Ctx, where: SQL[], q: MatrixQuery): Promise<RiskMatrix> {
  const rows = await ctx.db
    .select({
      id: engagementRisk.id,
      likelihood: engagementRisk.likelihood,
      impact: engagementRisk.impact,
      residualLikelihood: engagementRisk.residualLikelihood,
      residualImpact: engagementRisk.residualImpact,
    })
    .from(engagementRisk)
    .where(and(eq(engagementRisk.organizationId, ctx.orgId), ...statusWhere(q.status), ...where));
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
  return { ...(await matrixOf(ctx, [eq(engagementRisk.engagementId, e.id)], q)), engagement: { id: e.id, title: e.title } };
}

/** The 5 × 5 risk matrix of the whole portfolio. */
export async function portfolioMatrix(ctx: Ctx, q: MatrixQuery): Promise<RiskMatrix> {
  return matrixOf(ctx, [], q);
}

/** Per engagement: the number of open risks at or above the threshold (for health scores). */
export async function openHighRisks(ctx: Ctx, engagementIds: string[], threshold = HIGH_RISK_THRESHOLD): Promise<Map<string, number>> {
  const ids = engagementIds.filter(isUuid);
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({ engagementId: engagementRisk.engagementId, n: sql<number>`count(*)::int` })
    .from(engagementRisk)
    .where(
      and(
        eq(engagementRisk.organizationId, ctx.orgId),
        inArray(engagementRisk.engagementId, ids),
        eq(engagementRisk.status, "open"),
        sql`${currentScoreSql} >= ${threshold}`,
      ),
    )
    .groupBy(engagementRisk.engagementId);
  return new Map(rows.map((r) => [r.engagementId, r.n]));
}

import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { claimVersion } from "../../platform/precondition.js";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { company } from "../companies/companies.table.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { engagement } from "../engagements/engagements.table.js";
import { engagementRisk, riskCatalogueItem, riskMitigation } from "./risks.table.js";

export type RiskRow = typeof engagementRisk.$inferSelect;
export type JoinedRisk = { r: RiskRow; engagementTitle: string; companyId: string; companyName: string; catalogueKey: string | null };
type RiskValues = Omit<typeof engagementRisk.$inferInsert, "organizationId" | "id" | "createdAt" | "updatedAt">;

function select(db: Db) {
  return db
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

function statusWhere(status: "open" | "closed" | "all"): SQL[] {
  return status === "all" ? [] : [eq(engagementRisk.status, status)];
}

/** One risk of the organisation with its engagement, company and catalogue key, or undefined. */
export async function findRisk(db: Db, orgId: string, id: string): Promise<JoinedRisk | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await select(db).where(and(eq(engagementRisk.organizationId, orgId), eq(engagementRisk.id, id)));
  return row;
}

/** The mitigations of risks of the organisation, in their order. */
export async function mitigationsOf(db: Db, orgId: string, riskIds: string[]) {
  if (!riskIds.length) return [];
  return db
    .select()
    .from(riskMitigation)
    .where(and(eq(riskMitigation.organizationId, orgId), inArray(riskMitigation.riskId, riskIds)))
    .orderBy(asc(riskMitigation.position));
}

/** Replaces the mitigations of a risk of the organisation. */
export async function replaceMitigations(
  db: Db,
  orgId: string,
  riskId: string,
  items: Array<{ action: string; ownerId: string | null; reviewOn: string | null }>,
): Promise<void> {
  await db.delete(riskMitigation).where(and(eq(riskMitigation.organizationId, orgId), eq(riskMitigation.riskId, riskId)));
  if (items.length) {
    await db.insert(riskMitigation).values(
      items.map((m, i) => ({
        organizationId: orgId,
        riskId,
        action: m.action,
        ownerId: m.ownerId,
        reviewOn: m.reviewOn,
        position: i,
      })),
    );
  }
}

/** Adds a risk to the organisation's register. */
export async function insertRisk(db: Db, orgId: string, values: RiskValues): Promise<RiskRow> {
  const [row] = await db
    .insert(engagementRisk)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** Changes a risk of the organisation. */
export async function updateRisk(db: Db, orgId: string, id: string, set: Partial<RiskValues> & { updatedAt: Date }): Promise<void> {
  await db
    .update(engagementRisk)
    .set(set)
    .where(and(eq(engagementRisk.organizationId, orgId), eq(engagementRisk.id, id)));
}

/** Deletes a risk of the organisation. */
export async function deleteRisk(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(engagementRisk).where(and(eq(engagementRisk.organizationId, orgId), eq(engagementRisk.id, id)));
}

/** An engagement's risks: open first, then by current score, then oldest. */
export async function risksOfEngagement(db: Db, orgId: string, engagementId: string): Promise<JoinedRisk[]> {
  return select(db)
    .where(and(eq(engagementRisk.organizationId, orgId), eq(engagementRisk.engagementId, engagementId)))
    .orderBy(sql`${engagementRisk.status} = 'open' desc`, desc(currentScoreSql), asc(engagementRisk.createdAt));
}

export interface RiskFilter {
  status: "open" | "closed" | "all";
  minScore?: number;
  engagementId?: string;
  updatedSince?: string;
}

/** A page of the organisation's risks, highest current score first, with the total of the filter. */
export async function riskPage(db: Db, orgId: string, q: RiskFilter, limit: number, offset: number) {
  const where: SQL[] = [eq(engagementRisk.organizationId, orgId), ...statusWhere(q.status)];
  if (q.minScore) where.push(sql`${currentScoreSql} >= ${q.minScore}`);
  if (q.engagementId !== undefined) where.push(isUuid(q.engagementId) ? eq(engagementRisk.engagementId, q.engagementId) : sql`false`);
  if (q.updatedSince) where.push(sql`${engagementRisk.updatedAt} >= ${q.updatedSince}::timestamptz`);
  const cond = and(...where)!;
  const [rows, [{ total }]] = await Promise.all([
    select(db)
      .where(cond)
      .orderBy(desc(currentScoreSql), desc(engagementRisk.updatedAt), asc(engagementRisk.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(engagementRisk).where(cond),
  ]);
  return { rows, total };
}

/** Likelihood and impact of the organisation's risks in a status (optionally of one engagement). */
export async function riskAssessments(db: Db, orgId: string, status: "open" | "closed" | "all", engagementId?: string) {
  return db
    .select({
      id: engagementRisk.id,
      likelihood: engagementRisk.likelihood,
      impact: engagementRisk.impact,
      residualLikelihood: engagementRisk.residualLikelihood,
      residualImpact: engagementRisk.residualImpact,
    })
    .from(engagementRisk)
    .where(
      and(
        eq(engagementRisk.organizationId, orgId),
        ...statusWhere(status),
        ...(engagementId !== undefined ? [eq(engagementRisk.engagementId, engagementId)] : []),
      ),
    );
}

/** Per engagement of the organisation: the number of open risks at or above the threshold. */
export async function countOpenAtLeast(db: Db, orgId: string, engagementIds: string[], threshold: number) {
  return db
    .select({ engagementId: engagementRisk.engagementId, n: sql<number>`count(*)::int` })
    .from(engagementRisk)
    .where(
      and(
        eq(engagementRisk.organizationId, orgId),
        inArray(engagementRisk.engagementId, engagementIds),
        eq(engagementRisk.status, "open"),
        sql`${currentScoreSql} >= ${threshold}`,
      ),
    )
    .groupBy(engagementRisk.engagementId);
}

/** Claims the version of one of the organisation's risks that If-Match named, in the write's transaction (platform/precondition.ts). */
export const claimRiskVersion = (ctx: Ctx, id: string) => claimVersion(ctx, engagementRisk, engagementRisk.id, id);

export type CatalogueItemRow = typeof riskCatalogueItem.$inferSelect;
type CatalogueItemValues = Omit<typeof riskCatalogueItem.$inferInsert, "organizationId" | "id">;

/** How many items the organisation's risk catalogue holds, and the highest position among them (0 when empty). */
export async function catalogueSize(db: Db, orgId: string): Promise<{ n: number; max: number }> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, max: sql<number>`coalesce(max(${riskCatalogueItem.position}), 0)::int` })
    .from(riskCatalogueItem)
    .where(eq(riskCatalogueItem.organizationId, orgId));
  return row;
}

/** Adds the built-in items to the organisation's catalogue; an item whose key it holds already is skipped. */
export async function seedCatalogueItems(db: Db, orgId: string, items: CatalogueItemValues[]): Promise<void> {
  await db
    .insert(riskCatalogueItem)
    .values(items.map((i) => ({ ...i, organizationId: orgId })))
    .onConflictDoNothing();
}

export async function insertCatalogueItem(db: Db, orgId: string, values: CatalogueItemValues): Promise<CatalogueItemRow> {
  const [row] = await db
    .insert(riskCatalogueItem)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** The organisation's risk catalogue in its order (archived items included). */
export async function catalogueItems(db: Db, orgId: string): Promise<CatalogueItemRow[]> {
  return db
    .select()
    .from(riskCatalogueItem)
    .where(eq(riskCatalogueItem.organizationId, orgId))
    .orderBy(asc(riskCatalogueItem.position), asc(riskCatalogueItem.createdAt));
}

/** One catalogue item of the organisation, or undefined. */
export async function findCatalogueItem(db: Db, orgId: string, id: string): Promise<CatalogueItemRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(riskCatalogueItem)
    .where(and(eq(riskCatalogueItem.organizationId, orgId), eq(riskCatalogueItem.id, id)));
  return row;
}

export async function updateCatalogueItem(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<CatalogueItemValues> & { updatedAt: Date },
): Promise<CatalogueItemRow> {
  const [row] = await db
    .update(riskCatalogueItem)
    .set(set)
    .where(and(eq(riskCatalogueItem.organizationId, orgId), eq(riskCatalogueItem.id, id)))
    .returning();
  return row;
}

export async function deleteCatalogueItem(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(riskCatalogueItem).where(and(eq(riskCatalogueItem.organizationId, orgId), eq(riskCatalogueItem.id, id)));
}

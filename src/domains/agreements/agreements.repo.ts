import { and, asc, desc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import { claimVersion } from "../../platform/precondition.js";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { afterKeySql, cursorKey, keyColumns, nextKeyCursor, orderSql, type SqlKey } from "../../platform/keyset.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { member, organization } from "../auth/auth.table.js";
import { orgProfile } from "../orgs/orgs.table.js";
import { company } from "../companies/companies.table.js";
import { engagement } from "../engagements/engagements.table.js";
import { agreement, agreementIndicator, agreementTemplate, checkIn, checkInValue, commitment } from "./agreements.table.js";

export type AgreementRow = typeof agreement.$inferSelect;
export type IndicatorRow = typeof agreementIndicator.$inferSelect;
type AgreementValues = Omit<typeof agreement.$inferInsert, "organizationId" | "id" | "createdAt" | "updatedAt">;
type IndicatorValues = Omit<typeof agreementIndicator.$inferInsert, "organizationId" | "id" | "createdAt" | "updatedAt">;

/** The agreement of an engagement of the organisation, or undefined. */
export async function agreementOf(db: Db, orgId: string, engagementId: string): Promise<AgreementRow | undefined> {
  const [row] = await db
    .select()
    .from(agreement)
    .where(and(eq(agreement.organizationId, orgId), eq(agreement.engagementId, engagementId)));
  return row;
}

const BY_CHANGE: SqlKey[] = [
  { col: sql`${agreement.updatedAt}`, dir: "asc", type: "timestamptz" },
  { col: sql`${agreement.id}`, dir: "asc", type: "uuid" },
];

/** A page of the organisation's agreements changed at or after `updatedSince`, oldest change first, with the total and the next cursor. */
export async function changedAgreements(db: Db, orgId: string, q: { updatedSince?: string; cursor?: string; limit: number }) {
  const after = cursorKey(q.cursor, BY_CHANGE.length);
  const where = and(
    eq(agreement.organizationId, orgId),
    q.updatedSince ? sql`${agreement.updatedAt} >= ${q.updatedSince}::timestamptz` : undefined,
  )!;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ a: agreement, ...keyColumns(BY_CHANGE) })
      .from(agreement)
      .where(after ? and(where, afterKeySql(BY_CHANGE, after)) : where)
      .orderBy(...orderSql(BY_CHANGE))
      .limit(q.limit),
    db.select({ total: sql<number>`count(*)::int` }).from(agreement).where(where),
  ]);
  return { rows: rows.map((r) => r.a), total: Number(total), nextCursor: nextKeyCursor(rows, BY_CHANGE, q.limit) };
}

/** The latest recorded value per indicator of the organisation (by check-in day). */
export async function latestIndicatorValues(db: Db, orgId: string, indicatorIds: string[]) {
  return db
    .selectDistinctOn([checkInValue.indicatorId], {
      indicatorId: checkInValue.indicatorId,
      value: checkInValue.value,
      on: checkIn.occurredOn,
    })
    .from(checkInValue)
    .innerJoin(checkIn, eq(checkIn.id, checkInValue.checkInId))
    .where(and(eq(checkInValue.organizationId, orgId), inArray(checkInValue.indicatorId, indicatorIds)))
    .orderBy(checkInValue.indicatorId, desc(checkIn.occurredOn), desc(checkIn.createdAt));
}

/** An engagement's indicators, in order. */
export async function indicatorRows(db: Db, orgId: string, engagementId: string): Promise<IndicatorRow[]> {
  return db
    .select()
    .from(agreementIndicator)
    .where(and(eq(agreementIndicator.organizationId, orgId), eq(agreementIndicator.engagementId, engagementId)))
    .orderBy(asc(agreementIndicator.position), asc(agreementIndicator.createdAt));
}

/** Records an engagement's agreement; undefined when one was recorded at the same moment. */
export async function insertAgreement(db: Db, orgId: string, values: AgreementValues): Promise<AgreementRow | undefined> {
  const [row] = await db
    .insert(agreement)
    .values({ ...values, organizationId: orgId })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** Changes an agreement of the organisation; the changed row. */
export async function updateAgreement(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<AgreementValues> & { updatedAt: Date },
): Promise<AgreementRow> {
  const [row] = await db
    .update(agreement)
    .set(set)
    .where(and(eq(agreement.organizationId, orgId), eq(agreement.id, id)))
    .returning();
  return row;
}

/** Deletes an agreement of the organisation (its indicators and their values go with it). */
export async function deleteAgreement(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(agreement).where(and(eq(agreement.organizationId, orgId), eq(agreement.id, id)));
}

/** One indicator of an engagement of the organisation, or undefined. */
export async function findIndicator(db: Db, orgId: string, engagementId: string, id: string): Promise<IndicatorRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(agreementIndicator)
    .where(
      and(eq(agreementIndicator.organizationId, orgId), eq(agreementIndicator.engagementId, engagementId), eq(agreementIndicator.id, id)),
    );
  return row;
}

/** The highest position among an engagement's indicators (-10 without any). */
export async function maxIndicatorPosition(db: Db, orgId: string, engagementId: string): Promise<number> {
  const [{ max }] = await db
    .select({ max: sql<number>`coalesce(max(${agreementIndicator.position}), -10)::int` })
    .from(agreementIndicator)
    .where(and(eq(agreementIndicator.organizationId, orgId), eq(agreementIndicator.engagementId, engagementId)));
  return max;
}

/** Adds an indicator of the organisation. */
export async function insertIndicator(db: Db, orgId: string, values: IndicatorValues): Promise<IndicatorRow> {
  const [row] = await db
    .insert(agreementIndicator)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** Changes an indicator of the organisation; the changed row. */
export async function updateIndicatorRow(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<IndicatorValues> & { updatedAt: Date },
): Promise<IndicatorRow> {
  const [row] = await db
    .update(agreementIndicator)
    .set(set)
    .where(and(eq(agreementIndicator.organizationId, orgId), eq(agreementIndicator.id, id)))
    .returning();
  return row;
}

/** Deletes an indicator of the organisation (its recorded values go with it). */
export async function deleteIndicator(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(agreementIndicator).where(and(eq(agreementIndicator.organizationId, orgId), eq(agreementIndicator.id, id)));
}

/** Claims the version of one of the organisation's agreements that If-Match named, in the write's transaction (platform/precondition.ts). */
export const claimAgreementVersion = (ctx: Ctx, id: string) => claimVersion(ctx, agreement, agreement.id, id);

/**
 * The open, dated commitments a user answers for (the NGO's promises they made) or follows up (the company's promises
 * on engagements they own), in every organisation they are a member of — their calendar feed spans organisations.
 */
export async function openDatedCommitmentsOf(db: Db, userId: string) {
  return db
    .select({
      id: commitment.id,
      party: commitment.party,
      description: commitment.description,
      dueOn: commitment.dueOn,
      updatedAt: commitment.updatedAt,
      engagementId: engagement.id,
      engagementTitle: engagement.title,
      companyName: company.name,
      organizationName: organization.name,
    })
    .from(commitment)
    .innerJoin(engagement, eq(engagement.id, commitment.engagementId))
    .innerJoin(company, eq(company.id, engagement.companyId))
    .innerJoin(organization, eq(organization.id, commitment.organizationId))
    .innerJoin(member, and(eq(member.organizationId, commitment.organizationId), eq(member.userId, userId)))
    .where(
      and(
        eq(commitment.status, "open"),
        isNotNull(commitment.dueOn),
        or(
          and(eq(commitment.party, "ngo"), eq(commitment.userId, userId)),
          and(eq(commitment.party, "company"), eq(engagement.ownerId, userId)),
        ),
      ),
    )
    .orderBy(asc(commitment.dueOn));
}

/** The start and end dates of the engagements' agreements. */
export async function agreementDatesOf(db: Db, orgId: string, engagementIds: string[]) {
  return db
    .select({ engagementId: agreement.engagementId, startsOn: agreement.startsOn, endsOn: agreement.endsOn })
    .from(agreement)
    .where(and(eq(agreement.organizationId, orgId), inArray(agreement.engagementId, engagementIds)));
}

/** The organisation's own draft-agreement template, if it saved one. */
export async function templateOf(db: Db, orgId: string) {
  const [row] = await db.select().from(agreementTemplate).where(eq(agreementTemplate.organizationId, orgId));
  return row;
}

export async function saveTemplate(db: Db, orgId: string, body: string, userId: string, at: Date): Promise<void> {
  await db
    .insert(agreementTemplate)
    .values({ organizationId: orgId, body, updatedBy: userId, updatedAt: at })
    .onConflictDoUpdate({ target: agreementTemplate.organizationId, set: { body, updatedBy: userId, updatedAt: at } });
}

export async function deleteTemplate(db: Db, orgId: string): Promise<void> {
  await db.delete(agreementTemplate).where(eq(agreementTemplate.organizationId, orgId));
}

/** The organisation's name and (from its NGO profile) country. */
export async function orgNameAndCountry(db: Db, orgId: string): Promise<{ name: string; country: string | null } | undefined> {
  const [row] = await db
    .select({ name: organization.name, country: orgProfile.country })
    .from(organization)
    .leftJoin(orgProfile, eq(orgProfile.organizationId, organization.id))
    .where(eq(organization.id, orgId));
  return row;
}

/** One company of the organisation, every column. */
export async function companyRow(db: Db, orgId: string, companyId: string) {
  const [row] = await db
    .select()
    .from(company)
    .where(and(eq(company.organizationId, orgId), eq(company.id, companyId)));
  return row;
}

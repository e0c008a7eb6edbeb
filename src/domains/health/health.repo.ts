import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { acknowledgement } from "../acknowledgements/acknowledgements.table.js";
import { agreement, agreementIndicator, checkIn, checkInValue, commitment } from "../agreements/agreements.table.js";
import { company } from "../companies/companies.table.js";
import { engagement, engagementActivity } from "../engagements/engagements.table.js";

// What the health rules read, for many engagements at once (one query per kind of data), inside one organisation.

/**
 * The latest day of contact-kind activity per engagement (and per company, outside any engagement),
 * and the latest check-in per engagement.
 */
export async function lastContactDays(db: Db, orgId: string, ids: string[], companyIds: string[], kinds: string[]) {
  const [activities, checkIns] = await Promise.all([
    db
      .select({
        companyId: engagementActivity.companyId,
        engagementId: engagementActivity.engagementId,
        last: sql<string>`max(${engagementActivity.occurredOn})::text`,
      })
      .from(engagementActivity)
      .where(
        and(
          eq(engagementActivity.organizationId, orgId),
          inArray(engagementActivity.kind, kinds as Array<(typeof engagementActivity.$inferSelect)["kind"]>),
          or(
            inArray(engagementActivity.engagementId, ids),
            and(isNull(engagementActivity.engagementId), inArray(engagementActivity.companyId, companyIds)),
          ),
        ),
      )
      .groupBy(engagementActivity.companyId, engagementActivity.engagementId),
    db
      .select({ engagementId: checkIn.engagementId, last: sql<string>`max(${checkIn.occurredOn})::text` })
      .from(checkIn)
      .where(and(eq(checkIn.organizationId, orgId), inArray(checkIn.engagementId, ids)))
      .groupBy(checkIn.engagementId),
  ]);
  return { activities, checkIns };
}

/** The engagements' indicators, and the latest recorded value of each. */
export async function indicatorsWithLatest(db: Db, orgId: string, ids: string[]) {
  const indicators = await db
    .select({
      id: agreementIndicator.id,
      engagementId: agreementIndicator.engagementId,
      baseline: agreementIndicator.baseline,
      target: agreementIndicator.target,
    })
    .from(agreementIndicator)
    .where(and(eq(agreementIndicator.organizationId, orgId), inArray(agreementIndicator.engagementId, ids)));
  const latest = indicators.length
    ? await db
        .selectDistinctOn([checkInValue.indicatorId], { indicatorId: checkInValue.indicatorId, value: checkInValue.value })
        .from(checkInValue)
        .innerJoin(checkIn, eq(checkIn.id, checkInValue.checkInId))
        .where(
          and(
            eq(checkInValue.organizationId, orgId),
            inArray(
              checkInValue.indicatorId,
              indicators.map((i) => i.id),
            ),
          ),
        )
        .orderBy(checkInValue.indicatorId, desc(checkIn.occurredOn), desc(checkIn.createdAt))
    : [];
  return { indicators, latest };
}

/** Per engagement: how many commitments that are not cancelled. */
export async function commitmentTotals(db: Db, orgId: string, ids: string[]) {
  return db
    .select({ engagementId: commitment.engagementId, n: sql<number>`count(*)::int` })
    .from(commitment)
    .where(and(eq(commitment.organizationId, orgId), inArray(commitment.engagementId, ids), ne(commitment.status, "cancelled")))
    .groupBy(commitment.engagementId);
}

/** The engagements' agreement terms. */
export async function agreementTerms(db: Db, orgId: string, ids: string[]) {
  return db
    .select({ engagementId: agreement.engagementId, startsOn: agreement.startsOn, endsOn: agreement.endsOn })
    .from(agreement)
    .where(and(eq(agreement.organizationId, orgId), inArray(agreement.engagementId, ids)));
}

/** Per company: the day it was last acknowledged. */
export async function lastAcknowledged(db: Db, orgId: string, companyIds: string[]) {
  return db
    .select({ companyId: acknowledgement.companyId, last: sql<string>`max(${acknowledgement.occurredOn})::text` })
    .from(acknowledgement)
    .where(and(eq(acknowledgement.organizationId, orgId), inArray(acknowledgement.companyId, companyIds)))
    .groupBy(acknowledgement.companyId);
}

/** The organisation's engagements in the given stages (optionally of one owner) with their company's name, by title. */
export async function engagementsInStages(db: Db, orgId: string, stages: string[], ownerId?: string) {
  const where = [
    eq(engagement.organizationId, orgId),
    inArray(engagement.stage, stages as Array<(typeof engagement.$inferSelect)["stage"]>),
  ];
  if (ownerId) where.push(eq(engagement.ownerId, ownerId));
  return db
    .select({ e: engagement, companyName: company.name })
    .from(engagement)
    .innerJoin(company, eq(company.id, engagement.companyId))
    .where(and(...where))
    .orderBy(asc(engagement.title), asc(engagement.id));
}

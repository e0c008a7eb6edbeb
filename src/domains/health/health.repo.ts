import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { acknowledgement } from "../acknowledgements/acknowledgements.table.js";
import { agreement, agreementIndicator, checkIn, checkInValue, commitment } from "../agreements/agreements.table.js";
import { member, organization, user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { engagement, engagementActivity, engagementTask } from "../engagements/engagements.table.js";
import { renewalReminder } from "./health.table.js";

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

export type EngagementRow = typeof engagement.$inferSelect;
type RenewalMark = Omit<typeof renewalReminder.$inferInsert, "organizationId" | "id">;
type TaskValues = Omit<typeof engagementTask.$inferInsert, "organizationId" | "id">;

/**
 * The renewal reminders' work list, across organisations (the job runs for the instance): engagements in the given
 * stages whose agreement ends on or before `until`, with company and organisation names, by organisation and end date.
 */
export async function renewalsDue(db: Db, stages: string[], until: string) {
  return db
    .select({ e: engagement, endsOn: agreement.endsOn, companyName: company.name, organizationName: organization.name })
    .from(engagement)
    .innerJoin(agreement, eq(agreement.engagementId, engagement.id))
    .innerJoin(company, eq(company.id, engagement.companyId))
    .innerJoin(organization, eq(organization.id, engagement.organizationId))
    .where(
      and(
        inArray(engagement.stage, stages as Array<(typeof engagement.$inferSelect)["stage"]>),
        isNotNull(agreement.endsOn),
        lte(agreement.endsOn, until),
      ),
    )
    .orderBy(asc(engagement.organizationId), asc(agreement.endsOn));
}

/** A user to mail about the organisation's work, if still a member of it. */
export async function memberToMail(db: Db, orgId: string, userId: string) {
  const [row] = await db
    .select({ id: user.id, email: user.email, name: user.name, locale: user.locale })
    .from(user)
    .innerJoin(member, and(eq(member.userId, user.id), eq(member.organizationId, orgId)))
    .where(eq(user.id, userId));
  return row;
}

/** Records a renewal reminder (mail milestone, or the task's mark); undefined when that one exists already. */
export async function insertRenewalMark(db: Db, orgId: string, values: RenewalMark) {
  const [row] = await db
    .insert(renewalReminder)
    .values({ ...values, organizationId: orgId })
    .onConflictDoNothing()
    .returning();
  return row as typeof row | undefined;
}

export async function setRenewalMarkTask(db: Db, orgId: string, markId: string, taskId: string): Promise<void> {
  await db
    .update(renewalReminder)
    .set({ taskId })
    .where(and(eq(renewalReminder.organizationId, orgId), eq(renewalReminder.id, markId)));
}

export async function insertRenewalTask(db: Db, orgId: string, values: TaskValues) {
  const [row] = await db
    .insert(engagementTask)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** How many renewal mails went out for the engagement on a day (the task's mark is not a mail). */
export async function mailsSentOn(db: Db, orgId: string, engagementId: string, day: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(renewalReminder)
    .where(
      and(
        eq(renewalReminder.organizationId, orgId),
        eq(renewalReminder.engagementId, engagementId),
        eq(renewalReminder.sentOn, day),
        gte(renewalReminder.milestone, 0),
      ),
    );
  return row.n;
}

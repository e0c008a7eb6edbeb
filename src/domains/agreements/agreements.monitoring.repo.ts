import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { engagementStageChange } from "../engagements/engagements.table.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { agreementIndicator, checkIn, checkInValue, monitoringSchedule } from "./agreements.table.js";

// Queries of monitoring: check-ins with their indicator values, and an engagement's check-in schedule.

export type CheckInRow = typeof checkIn.$inferSelect;
type ScheduleValues = Omit<typeof monitoringSchedule.$inferInsert, "organizationId" | "engagementId">;

/** The indicator values recorded with the check-ins, in the indicators' order. */
export async function checkInValues(db: Db, orgId: string, checkInIds: string[]) {
  if (!checkInIds.length) return [];
  return db
    .select({
      checkInId: checkInValue.checkInId,
      indicatorId: checkInValue.indicatorId,
      value: checkInValue.value,
      name: agreementIndicator.name,
      unit: agreementIndicator.unit,
      position: agreementIndicator.position,
    })
    .from(checkInValue)
    .innerJoin(agreementIndicator, eq(agreementIndicator.id, checkInValue.indicatorId))
    .where(and(eq(checkInValue.organizationId, orgId), inArray(checkInValue.checkInId, checkInIds)))
    .orderBy(asc(agreementIndicator.position), asc(agreementIndicator.name));
}

/** An engagement's check-ins, newest first. */
export async function checkInsOf(db: Db, orgId: string, engagementId: string): Promise<CheckInRow[]> {
  return db
    .select()
    .from(checkIn)
    .where(and(eq(checkIn.organizationId, orgId), eq(checkIn.engagementId, engagementId)))
    .orderBy(desc(checkIn.occurredOn), desc(checkIn.createdAt));
}

/** The days of an engagement's check-ins (unordered). */
export async function checkInDays(db: Db, orgId: string, engagementId: string): Promise<Array<{ on: string }>> {
  return db
    .select({ on: checkIn.occurredOn })
    .from(checkIn)
    .where(and(eq(checkIn.organizationId, orgId), eq(checkIn.engagementId, engagementId)));
}

/** Which of these ids are indicators of the engagement. */
export async function indicatorIdsOf(db: Db, orgId: string, engagementId: string, ids: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: agreementIndicator.id })
    .from(agreementIndicator)
    .where(
      and(
        eq(agreementIndicator.organizationId, orgId),
        eq(agreementIndicator.engagementId, engagementId),
        inArray(agreementIndicator.id, ids),
      ),
    );
  return rows.map((r) => r.id);
}

/** Records a check-in and its indicator values. */
export async function insertCheckIn(
  db: Db,
  orgId: string,
  values: { engagementId: string; occurredOn: string; notes: string | null; createdBy: string },
  indicatorValues: Array<{ indicatorId: string; value: number }>,
): Promise<CheckInRow> {
  const [row] = await db
    .insert(checkIn)
    .values({ ...values, organizationId: orgId })
    .returning();
  if (indicatorValues.length)
    await db
      .insert(checkInValue)
      .values(indicatorValues.map((v) => ({ checkInId: row.id, indicatorId: v.indicatorId, organizationId: orgId, value: v.value })));
  return row;
}

export async function findCheckIn(db: Db, orgId: string, engagementId: string, id: string): Promise<CheckInRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select()
    .from(checkIn)
    .where(and(eq(checkIn.organizationId, orgId), eq(checkIn.engagementId, engagementId), eq(checkIn.id, id)));
  return row;
}

export async function deleteCheckIn(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(checkIn).where(and(eq(checkIn.organizationId, orgId), eq(checkIn.id, id)));
}

/** When the engagement last moved to "ended". */
export async function lastEndedAt(db: Db, orgId: string, engagementId: string): Promise<Date | undefined> {
  const [row] = await db
    .select({ at: engagementStageChange.changedAt })
    .from(engagementStageChange)
    .where(
      and(
        eq(engagementStageChange.organizationId, orgId),
        eq(engagementStageChange.engagementId, engagementId),
        eq(engagementStageChange.toStage, "ended"),
      ),
    )
    .orderBy(desc(engagementStageChange.changedAt))
    .limit(1);
  return row?.at;
}

/** The engagement's own check-in schedule, if it was given one. */
export async function scheduleOf(db: Db, orgId: string, engagementId: string) {
  const [row] = await db
    .select()
    .from(monitoringSchedule)
    .where(and(eq(monitoringSchedule.organizationId, orgId), eq(monitoringSchedule.engagementId, engagementId)));
  return row;
}

export async function saveSchedule(db: Db, orgId: string, engagementId: string, values: ScheduleValues): Promise<void> {
  await db
    .insert(monitoringSchedule)
    .values({ ...values, engagementId, organizationId: orgId })
    .onConflictDoUpdate({ target: monitoringSchedule.engagementId, set: values });
}

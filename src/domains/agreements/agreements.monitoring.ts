import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import type { EngagementRow } from "../engagements/engagements.repo.js";
import { load as loadEngagement } from "../engagements/engagements.service.js";
import { isoDay } from "../engagements/engagements.tasks.js";
import {
  addDays,
  CODE_OF_CONDUCT_MODE,
  DEFAULT_CHECK_IN_INTERVAL_DAYS,
  DEFAULT_CHECK_IN_TOLERANCE_DAYS,
  expectedCheckIns,
} from "./agreements.rules.js";
import type { CheckIn, CheckInInput, Monitoring, ScheduleInput } from "./agreements.schema.js";
import { findAgreement } from "./agreements.service.js";
import * as repo from "./agreements.monitoring.repo.js";

// Monitoring: check-ins record what was observed (notes, indicator values). A code-of-conduct engagement
// (mode business_practice) is expected to check in every 90 days unless its schedule says otherwise;
// any engagement can be given a schedule. Missed check-ins are expected dates whose window closed empty.

type CheckInRow = repo.CheckInRow;

async function toCheckIns(ctx: Ctx, rows: CheckInRow[]): Promise<CheckIn[]> {
  const ids = rows.map((r) => r.id);
  const values = await repo.checkInValues(ctx.db, ctx.orgId, ids);
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.createdBy),
  );
  return rows.map((r) => ({
    id: r.id,
    engagementId: r.engagementId,
    occurredOn: r.occurredOn,
    notes: r.notes,
    values: values
      .filter((v) => v.checkInId === r.id)
      .map((v) => ({ indicatorId: v.indicatorId, indicator: v.name, unit: v.unit, value: v.value })),
    createdBy: r.createdBy ? { id: r.createdBy, name: names.get(r.createdBy) ?? "(former user)" } : null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** An engagement's check-ins, newest first. */
export async function listCheckIns(ctx: Ctx, engagementId: string): Promise<{ items: CheckIn[] }> {
  const e = await loadEngagement(ctx, engagementId);
  const rows = await repo.checkInsOf(ctx.db, ctx.orgId, e.id);
  return { items: await toCheckIns(ctx, rows) };
}

/** Records a check-in with indicator values (indicators of this engagement only). */
export async function addCheckIn(ctx: Ctx, engagementId: string, input: CheckInInput): Promise<CheckIn> {
  const e = await loadEngagement(ctx, engagementId);
  requireRole(ctx, "member");
  // One day of slack: "today" where the user is may be tomorrow in UTC.
  if (input.occurredOn > addDays(isoDay(new Date()), 1))
    throw new AppError("validation", "A check-in records what happened: its date cannot be in the future.", {
      errors: [{ path: "occurredOn", message: "In the future." }],
    });
  return inTransaction(ctx, async (tx) => {
    const ids = input.values.map((v) => v.indicatorId);
    if (ids.length) {
      const found = new Set(await repo.indicatorIdsOf(tx.db, ctx.orgId, e.id, ids));
      const bad = input.values.map((v, i) => ({ v, i })).filter(({ v }) => !found.has(v.indicatorId));
      if (bad.length)
        throw new AppError("validation", "Values can only be recorded for this engagement's indicators.", {
          errors: bad.map(({ i }) => ({ path: `values.${i}.indicatorId`, message: "Not an indicator of this engagement." })),
        });
    }
    const row = await repo.insertCheckIn(
      tx.db,
      ctx.orgId,
      { engagementId: e.id, occurredOn: input.occurredOn, notes: input.notes, createdBy: ctx.user.id },
      input.values,
    );
    await audit(tx, {
      action: "create",
      entityType: "check_in",
      entityId: row.id,
      summary: `Recorded a check-in of ${row.occurredOn} on engagement ${e.title}`,
      details: { engagementId: e.id, values: input.values.length },
    });
    return (await toCheckIns(tx, [row]))[0];
  });
}

/** Deletes a check-in (e.g. recorded on the wrong engagement). */
export async function removeCheckIn(ctx: Ctx, engagementId: string, id: string): Promise<void> {
  const e = await loadEngagement(ctx, engagementId);
  const row = await repo.findCheckIn(ctx.db, ctx.orgId, e.id, id);
  if (!row) throw notFound("Check-in");
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    await repo.deleteCheckIn(tx.db, ctx.orgId, row.id);
    await audit(tx, {
      action: "delete",
      entityType: "check_in",
      entityId: row.id,
      summary: `Deleted the check-in of ${row.occurredOn} on engagement ${e.title}`,
      details: { engagementId: e.id },
    });
  });
}

/** The day an ended engagement ended (its schedule stops then). */
async function endedOn(ctx: Ctx, e: EngagementRow): Promise<string | null> {
  if (e.stage !== "ended") return null;
  return isoDay((await repo.lastEndedAt(ctx.db, ctx.orgId, e.id)) ?? e.stageChangedAt);
}

/** The engagement's schedule, expected check-ins, missed ones and the next due date. */
async function monitoringOf(ctx: Ctx, e: EngagementRow): Promise<Monitoring> {
  const [custom, a, checkIns, ended] = await Promise.all([
    repo.scheduleOf(ctx.db, ctx.orgId, e.id),
    findAgreement(ctx, e.id),
    repo.checkInDays(ctx.db, ctx.orgId, e.id),
    endedOn(ctx, e),
  ]);
  const enabled = custom ? custom.enabled : e.modes.includes(CODE_OF_CONDUCT_MODE);
  const intervalDays = custom?.intervalDays ?? DEFAULT_CHECK_IN_INTERVAL_DAYS;
  const toleranceDays = custom?.toleranceDays ?? DEFAULT_CHECK_IN_TOLERANCE_DAYS;
  const startsOn = custom?.startsOn ?? a?.startsOn ?? null;
  const ends = [a?.endsOn ?? null, ended].filter((d): d is string => !!d).sort()[0] ?? null;
  const days = checkIns.map((c) => c.on);
  const lastCheckIn = days.length ? [...days].sort().at(-1)! : null;
  const schedule = {
    enabled,
    source: custom ? ("custom" as const) : ("default" as const),
    intervalDays,
    toleranceDays,
    startsOn,
    endsOn: ends,
  };
  const base = { engagementId: e.id, schedule, lastCheckIn };
  if (!enabled)
    return {
      ...base,
      reason: "No monitoring schedule: only code-of-conduct engagements get one by default; set one with PUT …/monitoring.",
      expected: [],
      missed: [],
      nextDue: null,
    };
  if (!startsOn)
    return {
      ...base,
      reason: "The schedule has no start: set the agreement's start date or the schedule's startsOn.",
      expected: [],
      missed: [],
      nextDue: null,
    };
  const expected = expectedCheckIns({ startsOn, endsOn: ends, intervalDays, toleranceDays, checkIns: days, today: isoDay(new Date()) });
  return {
    ...base,
    reason: null,
    expected,
    missed: expected.filter((x) => x.status === "missed").map((x) => x.due),
    nextDue: expected.find((x) => x.status === "due" || x.status === "upcoming")?.due ?? null,
  };
}

/** The engagement's monitoring schedule and missed check-ins. */
export async function getMonitoring(ctx: Ctx, engagementId: string): Promise<Monitoring> {
  return monitoringOf(ctx, await loadEngagement(ctx, engagementId));
}

/** Sets the engagement's schedule (interval, tolerance, start; or switches it off). */
export async function putSchedule(ctx: Ctx, engagementId: string, input: ScheduleInput): Promise<Monitoring> {
  const e = await loadEngagement(ctx, engagementId);
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const values = {
      enabled: input.enabled,
      intervalDays: input.intervalDays,
      toleranceDays: input.toleranceDays,
      startsOn: input.startsOn,
      updatedBy: ctx.user.id,
      updatedAt: new Date(),
    };
    await repo.saveSchedule(tx.db, ctx.orgId, e.id, values);
    await audit(tx, {
      action: "update",
      entityType: "engagement",
      entityId: e.id,
      summary: input.enabled
        ? `Set a check-in every ${input.intervalDays} days on engagement ${e.title}`
        : `Turned monitoring off on engagement ${e.title}`,
      details: { intervalDays: input.intervalDays, toleranceDays: input.toleranceDays, startsOn: input.startsOn },
    });
    return monitoringOf(tx, e);
  });
}

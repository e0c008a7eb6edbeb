import type { Ctx } from "../../platform/context.js";
import { assertExpectedVersion, assertUpdated } from "../../platform/precondition.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { currentDecision, currentDecisions } from "../screening/screening.status.js";
import { assertModes } from "./engagements.modes.js";
import {
  activeContactsAt,
  boardRows,
  companyNames,
  contactsOf,
  deleteEngagement,
  endedFromOf,
  findEngagement,
  insertEngagement,
  insertStageChange,
  listEngagements,
  openFlagsOf,
  replaceContacts,
  taskStatsOf,
  updateEngagement,
  type EngagementRow,
} from "./engagements.repo.js";
import { allowedMoves, ENGAGEMENT_STAGES, needsScreening } from "./engagements.rules.js";
import type { Engagement, EngagementFilters, EngagementInput, EngagementListQuery, EngagementPatch } from "./engagements.schema.js";
import type { ENGAGEMENT_WARNINGS } from "./engagements.schema.js";
import { findCompanyRef } from "../contacts/contacts.repo.js";
import { membersAmong } from "../orgs/orgs.repo.js";

type Warning = (typeof ENGAGEMENT_WARNINGS)[number];

function warningsFor(stage: EngagementRow["stage"], activeContacts: number, screeningOverdue: boolean): Warning[] {
  const out: Warning[] = [];
  if (stage === "ended") return out;
  if (activeContacts === 1) out.push("single_company_contact");
  if (activeContacts === 0 && needsScreening(stage)) out.push("no_company_contact");
  if (screeningOverdue) out.push("screening_overdue");
  return out;
}

/** Serialises engagement rows with company, people, screening status, open flags and warnings. */
export async function toEngagements(ctx: Ctx, rows: EngagementRow[]): Promise<Engagement[]> {
  const ids = rows.map((r) => r.id);
  const [companies, names, contacts, flags, screenings, endedFrom] = await Promise.all([
    companyNames(
      ctx.db,
      ctx.orgId,
      rows.map((r) => r.companyId),
    ),
    userNames(
      ctx.db,
      rows.flatMap((r) => [r.ownerId, r.createdBy, r.updatedBy, ...r.team]),
    ),
    contactsOf(ctx.db, ctx.orgId, ids),
    openFlagsOf(ctx.db, ctx.orgId, ids),
    currentDecisions(ctx.db, ctx.orgId, [...new Set(rows.map((r) => r.companyId))]),
    endedFromOf(
      ctx.db,
      ctx.orgId,
      rows.filter((r) => r.stage === "ended").map((r) => r.id),
    ),
  ]);
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  return rows.map((r) => {
    const people = contacts.filter((c) => c.engagementId === r.id).map((c) => ({ id: c.id, name: c.name, active: !!c.active }));
    const screening = screenings.get(r.companyId) ?? null;
    return {
      id: r.id,
      companyId: r.companyId,
      company: { id: r.companyId, name: companies.get(r.companyId) ?? "" },
      title: r.title,
      modes: r.modes,
      initiatedBy: r.initiatedBy,
      goals: r.goals,
      expectedValue: {
        moneyAmount: r.moneyAmount,
        currency: r.currency,
        inKindDescription: r.inKindDescription,
        inKindValue: r.inKindValue,
        nonMonetaryValue: r.nonMonetaryValue,
      },
      ownerId: r.ownerId,
      owner: ref(r.ownerId),
      team: r.team.map((id) => ref(id)!),
      contactIds: people.map((p) => p.id),
      contacts: people,
      screeningId: r.screeningId,
      screening,
      stage: r.stage,
      stageChangedAt: r.stageChangedAt.toISOString(),
      endedReason: r.endedReason,
      contactCadenceDays: r.contactCadenceDays,
      publication: r.publication,
      allowedMoves: allowedMoves(r.stage, endedFrom.get(r.id)),
      flags: flags
        .filter((f) => f.engagementId === r.id)
        .map((f) => ({
          id: f.id,
          kind: f.kind,
          contactId: f.contactId,
          taskId: f.taskId,
          message: f.message,
          createdAt: f.createdAt.toISOString(),
        })),
      warnings: warningsFor(r.stage, people.filter((p) => p.active).length, !!screening?.overdue),
      createdBy: ref(r.createdBy),
      updatedBy: ref(r.updatedBy),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

/** One engagement row of the caller's organisation, or 404. */
export async function load(ctx: Ctx, id: string): Promise<EngagementRow> {
  const row = await findEngagement(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Engagement");
  return row;
}

/** One engagement; 404 if it is not the caller's organisation's. */
export async function get(ctx: Ctx, id: string): Promise<Engagement> {
  return (await toEngagements(ctx, [await load(ctx, id)]))[0];
}

/** A page of engagements matching the filters. */
export async function list(ctx: Ctx, q: EngagementListQuery) {
  const { rows, total, nextCursor } = await listEngagements(ctx.db, ctx.orgId, q);
  const items = await toEngagements(ctx, rows);
  return nextCursor === undefined
    ? { items, total, limit: q.limit, offset: q.offset }
    : { items, total, limit: q.limit, offset: 0, nextCursor };
}

const BOARD_COLUMN_LIMIT = 200;

/** Engagements grouped by stage for the kanban board. */
export async function board(ctx: Ctx, f: EngagementFilters) {
  const { rows, totals } = await boardRows(ctx.db, ctx.orgId, f, BOARD_COLUMN_LIMIT);
  const [full, tasks] = await Promise.all([
    toEngagements(ctx, rows),
    taskStatsOf(
      ctx.db,
      ctx.orgId,
      rows.map((r) => r.id),
    ),
  ]);
  const cards = full.map((e) => ({
    id: e.id,
    title: e.title,
    company: e.company,
    modes: e.modes,
    stage: e.stage,
    owner: e.owner,
    screening: e.screening,
    nextTaskDue: tasks.get(e.id)?.nextDue ?? null,
    openTasks: tasks.get(e.id)?.open ?? 0,
    allowedMoves: e.allowedMoves,
    warnings: e.warnings,
    flagCount: e.flags.length,
    updatedAt: e.updatedAt,
  }));
  const stages = f.stage.length ? ENGAGEMENT_STAGES.filter((s) => f.stage.includes(s)) : ENGAGEMENT_STAGES;
  return { columns: stages.map((stage) => ({ stage, total: totals.get(stage) ?? 0, items: cards.filter((c) => c.stage === stage) })) };
}

/** Refuses (422 on `path`) user ids that are not members of the organisation. */
export async function assertMembers(ctx: Ctx, ids: Array<string | null | undefined>, path: string): Promise<void> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return;
  const found = await membersAmong(ctx.db, ctx.orgId, wanted);
  if (wanted.some((id) => !found.has(id)))
    throw new AppError("validation", "Only members of your organisation can be named here.", {
      errors: [{ path, message: "Not a member of this organisation." }],
    });
}

/** Refuses contacts that do not work at the company now, unless the engagement lists them already. */
async function assertContacts(ctx: Ctx, companyId: string, ids: string[], already: string[] = []): Promise<string[]> {
  const unique = [...new Set(ids)];
  const fresh = unique.filter((id) => !already.includes(id));
  const active = await activeContactsAt(ctx.db, ctx.orgId, companyId, fresh);
  if (fresh.some((id) => !active.has(id))) {
    throw new AppError("validation", "Company contacts must work at the engagement's company now.", {
      errors: [{ path: "contactIds", message: "Not an active contact of this company." }],
    });
  }
  return unique;
}

async function setContacts(ctx: Ctx, engagementId: string, ids: string[]) {
  await replaceContacts(ctx.db, ctx.orgId, engagementId, ids);
}

/** Creates an engagement in the first stage ("identified"). */
export async function create(ctx: Ctx, input: EngagementInput): Promise<Engagement> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const co = await findCompanyRef(tx.db, ctx.orgId, input.companyId);
    if (!co)
      throw new AppError("validation", "The company was not found in your organisation.", {
        errors: [{ path: "companyId", message: "No such company in your organisation." }],
      });
    const modes = await assertModes(tx, input.modes);
    await assertMembers(tx, [input.ownerId], "ownerId");
    await assertMembers(tx, input.team, "team");
    const contactIds = await assertContacts(tx, co.id, input.contactIds);
    const screening = await currentDecision(tx.db, ctx.orgId, co.id);
    const { contactIds: _c, companyId: _co, ...fields } = input;
    const now = new Date();
    const row = await insertEngagement(tx.db, ctx.orgId, {
      ...fields,
      modes,
      team: [...new Set(input.team)],
      companyId: co.id,
      screeningId: screening?.screeningId ?? null,
      stage: "identified",
      stageChangedAt: now,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await setContacts(tx, row.id, contactIds);
    await insertStageChange(tx.db, ctx.orgId, {
      engagementId: row.id,
      fromStage: null,
      toStage: "identified",
      changedBy: ctx.user.id,
      changedAt: now,
      screeningDecision: screening?.decision ?? null,
    });
    await audit(tx, {
      action: "create",
      entityType: "engagement",
      entityId: row.id,
      summary: `Created engagement ${row.title} with ${co.name}`,
    });
    return get(tx, row.id);
  });
}

/** Changes fields of an engagement (not its stage: see moveStage). */
export async function update(ctx: Ctx, id: string, patch: EngagementPatch): Promise<Engagement> {
  return inTransaction(ctx, async (tx) => {
    const current = await load(tx, id);
    requireRole(ctx, "member");
    assertExpectedVersion(ctx, current.updatedAt);
    const { contactIds, ...given } = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as EngagementPatch;
    if (given.modes) given.modes = await assertModes(tx, given.modes, current.modes);
    if (given.ownerId !== undefined) await assertMembers(tx, [given.ownerId], "ownerId");
    if (given.team) {
      await assertMembers(
        tx,
        given.team.filter((u) => !current.team.includes(u)),
        "team",
      );
      given.team = [...new Set(given.team)];
    }
    const changed = Object.keys(given).filter(
      (k) => JSON.stringify((current as Record<string, unknown>)[k]) !== JSON.stringify((given as Record<string, unknown>)[k]),
    );
    if (contactIds) {
      const before = (await contactsOf(tx.db, ctx.orgId, [id])).map((c) => c.id);
      const next = await assertContacts(tx, current.companyId, contactIds, before);
      if (JSON.stringify([...before].sort()) !== JSON.stringify([...next].sort())) {
        await setContacts(tx, id, next);
        changed.push("contactIds");
      }
    }
    if (!changed.length) return get(tx, id);
    const updated = await updateEngagement(
      tx.db,
      ctx.orgId,
      id,
      { ...given, updatedBy: ctx.user.id, updatedAt: new Date() },
      ctx.expectedUpdatedAt,
    );
    assertUpdated(ctx, updated);
    await audit(tx, {
      action: "update",
      entityType: "engagement",
      entityId: id,
      summary: `Changed ${changed.join(", ")} of engagement ${current.title}`,
      details: { fields: changed },
    });
    return get(tx, id);
  });
}

/** Deletes an engagement with its activities, tasks and history; story uses keep a record without it. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await load(tx, id);
    requireRole(ctx, "member");
    await deleteEngagement(tx.db, ctx.orgId, id);
    await audit(tx, {
      action: "delete",
      entityType: "engagement",
      entityId: id,
      summary: `Deleted engagement ${current.title}`,
      details: { companyId: current.companyId, stage: current.stage },
    });
  });
}

import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import type { EngagementRow } from "./engagements.repo.js";
import type { Task, TaskInput, TaskPatch } from "./engagements.schema.js";
import { assertMembers, load } from "./engagements.service.js";
import {
  claimTaskVersion,
  deleteTask,
  findTask,
  insertTaskRow,
  openTasksOf,
  resolveFlagsOfTask,
  tasksOfEngagement,
  updateTask,
  type JoinedTask as Joined,
} from "./engagements.tasks.repo.js";

/** Today (UTC) as YYYY-MM-DD. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

async function toTasks(ctx: Ctx, rows: Joined[]): Promise<Task[]> {
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [r.t.assigneeId, r.t.createdBy]),
  );
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  const today = isoDay(new Date());
  return rows.map(({ t, engagementTitle, companyId, companyName }) => ({
    id: t.id,
    engagementId: t.engagementId,
    engagement: { id: t.engagementId, title: engagementTitle },
    company: { id: companyId, name: companyName },
    title: t.title,
    kind: t.kind,
    dueOn: t.dueOn,
    overdue: !t.done && !!t.dueOn && t.dueOn < today,
    assigneeId: t.assigneeId,
    assignee: ref(t.assigneeId),
    done: t.done,
    doneAt: t.doneAt?.toISOString() ?? null,
    createdBy: ref(t.createdBy),
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  }));
}

/** One task of the organisation; 404 otherwise. */
export async function one(ctx: Ctx, id: string): Promise<Task> {
  const row = await findTask(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Task");
  return (await toTasks(ctx, [row]))[0];
}

/** Inserts a task without checks (for the service's own callers, e.g. handover tasks). */
export async function insertTask(
  ctx: Ctx,
  e: EngagementRow,
  fields: { title: string; dueOn: string | null; assigneeId: string | null; kind?: "manual" | "handover" },
) {
  return insertTaskRow(ctx.db, ctx.orgId, {
    engagementId: e.id,
    title: fields.title,
    dueOn: fields.dueOn,
    assigneeId: fields.assigneeId,
    kind: fields.kind ?? "manual",
    createdBy: ctx.user.id,
    updatedBy: ctx.user.id,
  });
}

/** Adds a next step to an engagement. */
export async function create(ctx: Ctx, engagementId: string, input: TaskInput): Promise<Task> {
  const e = await load(ctx, engagementId);
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    await assertMembers(tx, [input.assigneeId], "assigneeId");
    const row = await insertTask(tx, e, input);
    await audit(tx, {
      action: "create",
      entityType: "task",
      entityId: row.id,
      summary: `Added task ${row.title} to engagement ${e.title}`,
    });
    return one(tx, row.id);
  });
}

/** An engagement's tasks: open ones first (by due date), then done ones. */
export async function ofEngagement(ctx: Ctx, engagementId: string): Promise<{ items: Task[] }> {
  await load(ctx, engagementId);
  const rows = await tasksOfEngagement(ctx.db, ctx.orgId, engagementId);
  return { items: await toTasks(ctx, rows) };
}

/** The caller's open tasks across the organisation's engagements: overdue first, then by due date, undated last. */
export async function mine(ctx: Ctx): Promise<{ items: Task[]; total: number }> {
  const rows = await openTasksOf(ctx.db, ctx.orgId, ctx.user.id);
  const items = await toTasks(ctx, rows);
  return { items, total: items.length };
}

/** Changes a task; marking a handover task done resolves the turnover flag that created it. */
export async function update(ctx: Ctx, id: string, patch: TaskPatch): Promise<Task> {
  const before = await one(ctx, id);
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    await claimTaskVersion(tx, id);
    if (patch.assigneeId) await assertMembers(tx, [patch.assigneeId], "assigneeId");
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as TaskPatch;
    const now = new Date();
    const doneChange = given.done !== undefined && given.done !== before.done;
    await updateTask(tx.db, ctx.orgId, id, {
      ...given,
      ...(doneChange ? { doneAt: given.done ? now : null, doneBy: given.done ? ctx.user.id : null } : {}),
      ...(given.dueOn !== undefined ? { remindedOn: null } : {}),
      updatedBy: ctx.user.id,
      updatedAt: now,
    });
    if (doneChange && given.done && before.kind === "handover") await resolveFlagsOfTask(tx.db, ctx.orgId, id, ctx.user.id, now);
    await audit(tx, {
      action: "update",
      entityType: "task",
      entityId: id,
      summary: doneChange && given.done ? `Completed task ${before.title}` : `Changed task ${before.title}`,
      details: { fields: Object.keys(given) },
    });
    return one(tx, id);
  });
}

/** Deletes a task. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  const before = await one(ctx, id);
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    await claimTaskVersion(tx, id);
    await deleteTask(tx.db, ctx.orgId, id);
    await audit(tx, {
      action: "delete",
      entityType: "task",
      entityId: id,
      summary: `Deleted task ${before.title}`,
      details: { engagementId: before.engagementId },
    });
  });
}

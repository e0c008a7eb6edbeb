import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import type { Activity, ActivityInput, ActivityPatch } from "./engagements.schema.js";
import { load } from "./engagements.service.js";
import * as repo from "./engagements.activities.repo.js";

// The timeline: meetings, calls, e-mails and notes. The summary may mention people, so audit entries
// name the activity's kind and engagement, never its content.

type ActivityRow = repo.ActivityRow;

async function toActivities(ctx: Ctx, rows: ActivityRow[]): Promise<Activity[]> {
  const ids = rows.map((r) => r.id);
  const engagementIds = [...new Set(rows.map((r) => r.engagementId).filter((x): x is string => !!x))];
  const [people, titles, names] = await Promise.all([
    repo.activityPeople(ctx.db, ctx.orgId, ids),
    repo.engagementTitles(ctx.db, ctx.orgId, engagementIds),
    userNames(
      ctx.db,
      rows.map((r) => r.createdBy),
    ),
  ]);
  const title = new Map(titles.map((t) => [t.id, t.title]));
  return rows.map((r) => ({
    id: r.id,
    companyId: r.companyId,
    engagementId: r.engagementId,
    engagementTitle: r.engagementId ? (title.get(r.engagementId) ?? null) : null,
    kind: r.kind,
    occurredOn: r.occurredOn,
    summary: r.summary,
    contacts: people.filter((p) => p.activityId === r.id).map((p) => ({ id: p.id, name: p.name })),
    createdBy: r.createdBy ? { id: r.createdBy, name: names.get(r.createdBy) ?? "(former user)" } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

async function assertOrgContacts(ctx: Ctx, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await repo.orgContactIds(ctx.db, ctx.orgId, unique);
  if (rows.length !== unique.length)
    throw new AppError("validation", "Contacts involved must be contacts of your organisation.", {
      errors: [{ path: "contactIds", message: "No such contact in your organisation." }],
    });
  return unique;
}

async function setActivityContacts(ctx: Ctx, activityId: string, ids: string[]) {
  await repo.replaceActivityContacts(ctx.db, ctx.orgId, activityId, ids);
}

async function insertActivity(
  ctx: Ctx,
  companyId: string,
  engagementId: string | null,
  input: ActivityInput,
  label: string,
): Promise<Activity> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const contactIds = await assertOrgContacts(tx, input.contactIds);
    const row = await repo.insertActivityRow(tx.db, ctx.orgId, {
      companyId,
      engagementId,
      kind: input.kind,
      occurredOn: input.occurredOn,
      summary: input.summary,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await setActivityContacts(tx, row.id, contactIds);
    await audit(tx, {
      action: "create",
      entityType: "activity",
      entityId: row.id,
      summary: `Recorded a ${input.kind} on ${label}`,
      details: { engagementId, companyId },
    });
    return (await toActivities(tx, [row]))[0];
  });
}

/** Records a meeting, call, e-mail or note on an engagement. */
export async function addToEngagement(ctx: Ctx, engagementId: string, input: ActivityInput): Promise<Activity> {
  const e = await load(ctx, engagementId);
  return insertActivity(ctx, e.companyId, e.id, input, `engagement ${e.title}`);
}

async function companyRef(ctx: Ctx, companyId: string) {
  const co = await repo.companyRefOf(ctx.db, ctx.orgId, companyId);
  if (!co) throw notFound("Company");
  return co;
}

/** Records an activity with a company outside any engagement. */
export async function addToCompany(ctx: Ctx, companyId: string, input: ActivityInput): Promise<Activity> {
  const co = await companyRef(ctx, companyId);
  return insertActivity(ctx, co.id, null, input, `company ${co.name}`);
}

/** An engagement's timeline, newest first. */
export async function ofEngagement(ctx: Ctx, engagementId: string): Promise<{ items: Activity[] }> {
  await load(ctx, engagementId);
  const rows = await repo.activitiesOfEngagement(ctx.db, ctx.orgId, engagementId);
  return { items: await toActivities(ctx, rows) };
}

/** A company's timeline: its own activities and those of all its engagements, newest first. */
export async function ofCompany(ctx: Ctx, companyId: string): Promise<{ items: Activity[] }> {
  const co = await companyRef(ctx, companyId);
  const rows = await repo.activitiesOfCompany(ctx.db, ctx.orgId, co.id);
  return { items: await toActivities(ctx, rows) };
}

async function loadActivity(ctx: Ctx, id: string): Promise<ActivityRow> {
  const row = await repo.findActivity(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Activity");
  return row;
}

/** One activity of the organisation; 404 otherwise. */
export async function get(ctx: Ctx, id: string): Promise<Activity> {
  return (await toActivities(ctx, [await loadActivity(ctx, id)]))[0];
}

/** Changes an activity. */
export async function update(ctx: Ctx, id: string, patch: ActivityPatch): Promise<Activity> {
  return inTransaction(ctx, async (tx) => {
    await loadActivity(tx, id);
    requireRole(ctx, "member");
    await repo.claimActivityVersion(tx, id);
    const { contactIds, ...fields } = patch;
    const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (contactIds) await setActivityContacts(tx, id, await assertOrgContacts(tx, contactIds));
    const row = await repo.updateActivity(tx.db, ctx.orgId, id, { ...given, updatedBy: ctx.user.id, updatedAt: new Date() });
    await audit(tx, {
      action: "update",
      entityType: "activity",
      entityId: id,
      summary: `Changed a ${row.kind}`,
      details: { fields: [...Object.keys(given), ...(contactIds ? ["contactIds"] : [])] },
    });
    return (await toActivities(tx, [row]))[0];
  });
}

/** Deletes an activity. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await loadActivity(tx, id);
    requireRole(ctx, "member");
    await repo.claimActivityVersion(tx, id);
    await repo.deleteActivity(tx.db, ctx.orgId, id);
    await audit(tx, {
      action: "delete",
      entityType: "activity",
      entityId: id,
      summary: `Deleted a ${row.kind}`,
      details: { engagementId: row.engagementId, companyId: row.companyId },
    });
  });
}

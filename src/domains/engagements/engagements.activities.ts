import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { claimVersion } from "../../platform/precondition.js";
import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { company } from "../companies/companies.table.js";
import { contact } from "../contacts/contacts.table.js";
import { isUuid } from "./engagements.repo.js";
import type { Activity, ActivityInput, ActivityPatch } from "./engagements.schema.js";
import { load } from "./engagements.service.js";
import { activityContact, engagement, engagementActivity } from "./engagements.table.js";

// The timeline: meetings, calls, e-mails and notes. The summary may mention people, so audit entries
// name the activity's kind and engagement, never its content.

type ActivityRow = typeof engagementActivity.$inferSelect;

async function toActivities(ctx: Ctx, rows: ActivityRow[]): Promise<Activity[]> {
  const ids = rows.map((r) => r.id);
  const engagementIds = [...new Set(rows.map((r) => r.engagementId).filter((x): x is string => !!x))];
  const [people, titles, names] = await Promise.all([
    ids.length
      ? ctx.db
          .select({ activityId: activityContact.activityId, id: contact.id, name: contact.name })
          .from(activityContact)
          .innerJoin(contact, eq(contact.id, activityContact.contactId))
          .where(and(eq(activityContact.organizationId, ctx.orgId), inArray(activityContact.activityId, ids)))
          .orderBy(asc(contact.name))
      : [],
    engagementIds.length
      ? ctx.db
          .select({ id: engagement.id, title: engagement.title })
          .from(engagement)
          .where(and(eq(engagement.organizationId, ctx.orgId), inArray(engagement.id, engagementIds)))
      : [],
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
  const rows = await ctx.db
    .select({ id: contact.id })
    .from(contact)
    .where(and(eq(contact.organizationId, ctx.orgId), inArray(contact.id, unique)));
  if (rows.length !== unique.length)
    throw new AppError("validation", "Contacts involved must be contacts of your organisation.", {
      errors: [{ path: "contactIds", message: "No such contact in your organisation." }],
    });
  return unique;
}

async function setActivityContacts(ctx: Ctx, activityId: string, ids: string[]) {
  await ctx.db
    .delete(activityContact)
    .where(and(eq(activityContact.organizationId, ctx.orgId), eq(activityContact.activityId, activityId)));
  if (ids.length)
    await ctx.db.insert(activityContact).values(ids.map((contactId) => ({ organizationId: ctx.orgId, activityId, contactId })));
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
    const [row] = await tx.db
      .insert(engagementActivity)
      .values({
        organizationId: ctx.orgId,
        companyId,
        engagementId,
        kind: input.kind,
        occurredOn: input.occurredOn,
        summary: input.summary,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      })
      .returning();
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
  const [co] = isUuid(companyId)
    ? await ctx.db
        .select({ id: company.id, name: company.name })
        .from(company)
        .where(and(eq(company.organizationId, ctx.orgId), eq(company.id, companyId)))
    : [];
  if (!co) throw notFound("Company");
  return co;
}

/** Records an activity with a company outside any engagement. */
export async function addToCompany(ctx: Ctx, companyId: string, input: ActivityInput): Promise<Activity> {
  const co = await companyRef(ctx, companyId);
  return insertActivity(ctx, co.id, null, input, `company ${co.name}`);
}

const newestFirst = [desc(engagementActivity.occurredOn), desc(engagementActivity.createdAt), desc(engagementActivity.id)];

/** An engagement's timeline, newest first. */
export async function ofEngagement(ctx: Ctx, engagementId: string): Promise<{ items: Activity[] }> {
  await load(ctx, engagementId);
  const rows = await ctx.db
    .select()
    .from(engagementActivity)
    .where(and(eq(engagementActivity.organizationId, ctx.orgId), eq(engagementActivity.engagementId, engagementId)))
    .orderBy(...newestFirst);
  return { items: await toActivities(ctx, rows) };
}

/** A company's timeline: its own activities and those of all its engagements, newest first. */
export async function ofCompany(ctx: Ctx, companyId: string): Promise<{ items: Activity[] }> {
  const co = await companyRef(ctx, companyId);
  const rows = await ctx.db
    .select()
    .from(engagementActivity)
    .where(and(eq(engagementActivity.organizationId, ctx.orgId), eq(engagementActivity.companyId, co.id)))
    .orderBy(...newestFirst);
  return { items: await toActivities(ctx, rows) };
}

async function loadActivity(ctx: Ctx, id: string): Promise<ActivityRow> {
  const [row] = isUuid(id)
    ? await ctx.db
        .select()
        .from(engagementActivity)
        .where(and(eq(engagementActivity.organizationId, ctx.orgId), eq(engagementActivity.id, id)))
    : [];
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
    await claimVersion(tx, engagementActivity, engagementActivity.id, id);
    const { contactIds, ...fields } = patch;
    const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (contactIds) await setActivityContacts(tx, id, await assertOrgContacts(tx, contactIds));
    const [row] = await tx.db
      .update(engagementActivity)
      .set({ ...given, updatedBy: ctx.user.id, updatedAt: new Date() })
      .where(and(eq(engagementActivity.organizationId, ctx.orgId), eq(engagementActivity.id, id)))
      .returning();
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
    await claimVersion(tx, engagementActivity, engagementActivity.id, id);
    await tx.db.delete(engagementActivity).where(and(eq(engagementActivity.organizationId, ctx.orgId), eq(engagementActivity.id, id)));
    await audit(tx, {
      action: "delete",
      entityType: "activity",
      entityId: id,
      summary: `Deleted a ${row.kind}`,
      details: { engagementId: row.engagementId, companyId: row.companyId },
    });
  });
}

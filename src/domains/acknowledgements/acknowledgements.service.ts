import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { findCompany, userNames } from "../companies/companies.repo.js";
import { findEngagement, isUuid } from "../engagements/engagements.repo.js";
import {
  acknowledgementRows,
  acknowledgementSummary,
  countAcknowledgementRows,
  deleteAcknowledgement,
  findAcknowledgement,
  insertAcknowledgement,
  updateAcknowledgement,
  type AcknowledgementRow,
} from "./acknowledgements.repo.js";
import type {
  Acknowledgement,
  AcknowledgementCreate,
  AcknowledgementFilters,
  AcknowledgementInput,
  AcknowledgementListQuery,
  AcknowledgementPatch,
} from "./acknowledgements.schema.js";

async function toAcknowledgements(ctx: Ctx, rows: AcknowledgementRow[]): Promise<Acknowledgement[]> {
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.a.createdBy),
  );
  return rows.map(({ a, companyName, engagementTitle }) => ({
    id: a.id,
    companyId: a.companyId,
    company: { id: a.companyId, name: companyName },
    engagementId: a.engagementId,
    engagement: a.engagementId ? { id: a.engagementId, title: engagementTitle ?? "" } : null,
    channel: a.channel,
    occurredOn: a.occurredOn,
    title: a.title,
    url: a.url,
    notes: a.notes,
    createdBy: a.createdBy ? { id: a.createdBy, name: names.get(a.createdBy) ?? "(former user)" } : null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  }));
}

async function one(ctx: Ctx, id: string): Promise<Acknowledgement> {
  const row = await findAcknowledgement(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Acknowledgement");
  return (await toAcknowledgements(ctx, [row]))[0];
}

async function loadCompany(ctx: Ctx, id: string) {
  const row = await findCompany(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Company");
  return row.c;
}

/** Refuses (422) an engagement that is not the organisation's or belongs to another company. */
async function assertEngagement(ctx: Ctx, companyId: string, engagementId: string | null | undefined): Promise<void> {
  if (!engagementId) return;
  const e = await findEngagement(ctx.db, ctx.orgId, engagementId);
  if (!e || e.companyId !== companyId) {
    throw new AppError("validation", "The engagement must be one of your organisation's engagements with this company.", {
      errors: [{ path: "engagementId", message: "No such engagement with this company." }],
    });
  }
}

/** Records that the NGO acknowledged a partner company publicly. */
export async function create(ctx: Ctx, companyId: string, input: AcknowledgementInput): Promise<Acknowledgement> {
  const co = await loadCompany(ctx, companyId);
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    await assertEngagement(tx, co.id, input.engagementId);
    const row = await insertAcknowledgement(tx.db, ctx.orgId, {
      ...input,
      companyId: co.id,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await audit(tx, {
      action: "create",
      entityType: "acknowledgement",
      entityId: row.id,
      summary: `Recorded acknowledgement of ${co.name}: ${row.title}`,
      details: { companyId: co.id, channel: row.channel },
    });
    return one(tx, row.id);
  });
}

/** POST /acknowledgements: the company is named in the body (an unknown one is a validation error). */
export async function createFor(ctx: Ctx, input: AcknowledgementCreate): Promise<Acknowledgement> {
  requireRole(ctx, "member");
  const { companyId, ...rest } = input;
  if (!(await findCompany(ctx.db, ctx.orgId, companyId))) {
    throw new AppError("validation", "The company was not found in your organisation.", {
      errors: [{ path: "companyId", message: "No such company in your organisation." }],
    });
  }
  return create(ctx, companyId, rest);
}

/** Acknowledgements, newest first, filtered; always the caller's organisation's only. */
export async function list(ctx: Ctx, q: AcknowledgementListQuery) {
  const [items, total] = await Promise.all([acknowledgementPage(ctx, q, q.limit, q.offset), countAcknowledgements(ctx, q)]);
  return { items, total, limit: q.limit, offset: q.offset };
}

/** How many acknowledgements match the filters. */
export async function countAcknowledgements(ctx: Ctx, q: AcknowledgementFilters): Promise<number> {
  return countAcknowledgementRows(ctx.db, ctx.orgId, q);
}

/** One page of acknowledgements matching the filters, newest first (the list and the export). */
export async function acknowledgementPage(ctx: Ctx, q: AcknowledgementFilters, limit: number, offset: number): Promise<Acknowledgement[]> {
  return toAcknowledgements(ctx, await acknowledgementRows(ctx.db, ctx.orgId, q, limit, offset));
}

/** A company's acknowledgements (404 for another organisation's company). */
export async function ofCompany(ctx: Ctx, companyId: string, q: AcknowledgementListQuery) {
  const co = await loadCompany(ctx, companyId);
  return list(ctx, { ...q, companyId: co.id });
}

/** One acknowledgement. */
export const get = one;

/** Changes an acknowledgement. */
export async function update(ctx: Ctx, id: string, patch: AcknowledgementPatch): Promise<Acknowledgement> {
  const before = await one(ctx, id);
  requireRole(ctx, "member");
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as AcknowledgementPatch;
  return inTransaction(ctx, async (tx) => {
    if (given.engagementId) await assertEngagement(tx, before.companyId, given.engagementId);
    await updateAcknowledgement(tx.db, ctx.orgId, id, { ...given, updatedBy: ctx.user.id, updatedAt: new Date() });
    await audit(tx, {
      action: "update",
      entityType: "acknowledgement",
      entityId: id,
      summary: `Changed acknowledgement ${before.title}`,
      details: { fields: Object.keys(given) },
    });
    return one(tx, id);
  });
}

/** Deletes an acknowledgement. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  const before = await one(ctx, id);
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    await deleteAcknowledgement(tx.db, ctx.orgId, id);
    await audit(tx, {
      action: "delete",
      entityType: "acknowledgement",
      entityId: id,
      summary: `Deleted acknowledgement ${before.title}`,
      details: { companyId: before.companyId },
    });
  });
}

/** Per company: how many acknowledgements and the latest date (for health scores and reports). */
export async function summaryByCompany(ctx: Ctx, companyIds: string[]): Promise<Map<string, { count: number; lastOn: string | null }>> {
  const ids = companyIds.filter(isUuid);
  if (!ids.length) return new Map();
  const rows = await acknowledgementSummary(ctx.db, ctx.orgId, ids);
  return new Map(rows.map((r) => [r.companyId, { count: r.count, lastOn: r.lastOn }]));
}

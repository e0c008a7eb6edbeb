import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { onContactLeft, type ContactLeft } from "../contacts/contacts.hooks.js";
import { isUuid, type EngagementRow } from "../engagements/engagements.repo.js";
import { assertMembers, load as loadEngagement } from "../engagements/engagements.service.js";
import { isoDay } from "../engagements/engagements.tasks.js";
import { isOverdue, type Party } from "./agreements.rules.js";
import type { Commitment, CommitmentFilters, CommitmentInput, CommitmentListQuery, CommitmentPatch } from "./agreements.schema.js";
import * as repo from "./agreements.commitments.repo.js";

// Commitments: who (a member of the NGO or a contact at the company) promised what by when. Overdue =
// open and due before today (UTC); the dashboard lists them.

type Joined = repo.JoinedCommitment;

async function toCommitments(ctx: Ctx, rows: Joined[]): Promise<Commitment[]> {
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [r.c.userId, r.c.createdBy]),
  );
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  const today = isoDay(new Date());
  return rows.map(({ c, engagementTitle, companyId, companyName, contactName }) => ({
    id: c.id,
    engagementId: c.engagementId,
    engagement: { id: c.engagementId, title: engagementTitle },
    company: { id: companyId, name: companyName },
    party: c.party,
    userId: c.userId,
    user: ref(c.userId),
    contactId: c.contactId,
    contact: c.contactId ? { id: c.contactId, name: contactName ?? "" } : null,
    description: c.description,
    dueOn: c.dueOn,
    status: c.status,
    overdue: isOverdue(c, today),
    doneAt: c.doneAt?.toISOString() ?? null,
    contactLeftOn: c.contactLeftOn,
    createdBy: ref(c.createdBy),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  }));
}

async function one(ctx: Ctx, id: string): Promise<Commitment> {
  const row = await repo.findCommitment(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Commitment");
  return (await toCommitments(ctx, [row]))[0];
}

/** Checks who promised: a member for the NGO, a contact of the engagement's company for the company. */
async function assertPromisor(
  ctx: Ctx,
  e: EngagementRow,
  party: Party,
  userId: string | null,
  contactId: string | null,
  knownContact?: string | null,
): Promise<void> {
  if (party === "ngo" && contactId)
    throw new AppError("validation", "A promise of the NGO names a member (userId), not a contact.", {
      errors: [{ path: "contactId", message: "Only for the company's promises." }],
    });
  if (party === "company" && userId)
    throw new AppError("validation", "A promise of the company names a contact (contactId), not a member.", {
      errors: [{ path: "userId", message: "Only for the NGO's promises." }],
    });
  if (userId) await assertMembers(ctx, [userId], "userId");
  if (contactId && contactId !== knownContact) {
    if (!(await repo.employedAt(ctx.db, ctx.orgId, e.companyId, contactId)))
      throw new AppError("validation", "The contact must work (or have worked) at the engagement's company.", {
        errors: [{ path: "contactId", message: "Not a contact of this company." }],
      });
  }
}

/** Records a commitment on an engagement. */
export async function create(ctx: Ctx, engagementId: string, input: CommitmentInput): Promise<Commitment> {
  const e = await loadEngagement(ctx, engagementId);
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    await assertPromisor(tx, e, input.party, input.userId, input.contactId);
    const row = await repo.insertCommitment(tx.db, ctx.orgId, {
      ...input,
      engagementId: e.id,
      doneAt: input.status === "done" ? new Date() : null,
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    await audit(tx, {
      action: "create",
      entityType: "commitment",
      entityId: row.id,
      summary: `Recorded a commitment of the ${row.party === "ngo" ? "NGO" : "company"} on engagement ${e.title}`,
      details: { engagementId: e.id, dueOn: row.dueOn },
    });
    return one(tx, row.id);
  });
}

/** An engagement's commitments: open ones first by due date, then the rest. */
export async function ofEngagement(ctx: Ctx, engagementId: string): Promise<{ items: Commitment[] }> {
  const e = await loadEngagement(ctx, engagementId);
  const rows = await repo.commitmentsOfEngagement(ctx.db, ctx.orgId, e.id);
  return { items: await toCommitments(ctx, rows) };
}

/** How many commitments match the filters. */
export async function countCommitments(ctx: Ctx, q: CommitmentFilters): Promise<number> {
  return repo.countCommitmentRows(ctx.db, ctx.orgId, q, isoDay(new Date()));
}

/** One page of commitments matching the filters, by due date (the list and the export). */
export async function commitmentPage(ctx: Ctx, q: CommitmentFilters, limit: number, offset: number): Promise<Commitment[]> {
  const rows = await repo.commitmentRowPage(ctx.db, ctx.orgId, q, isoDay(new Date()), limit, offset);
  return toCommitments(ctx, rows);
}

/** Commitments across the organisation (dashboard: ?overdue=true), by due date. */
export async function list(ctx: Ctx, q: CommitmentListQuery) {
  const [items, total] = await Promise.all([commitmentPage(ctx, q, q.limit, q.offset), countCommitments(ctx, q)]);
  return { items, total, limit: q.limit, offset: q.offset };
}

/** One commitment. */
export const get = one;

/** Changes a commitment; marking it done records when. */
export async function update(ctx: Ctx, id: string, patch: CommitmentPatch): Promise<Commitment> {
  const before = await one(ctx, id);
  requireRole(ctx, "member");
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as CommitmentPatch;
  return inTransaction(ctx, async (tx) => {
    await repo.claimCommitmentVersion(tx, id);
    const e = await loadEngagement(tx, before.engagementId);
    const party = given.party ?? before.party;
    // Changing the party drops the other side's person unless a new one is given.
    const userId = given.userId !== undefined ? given.userId : party === "ngo" ? before.userId : null;
    const contactId = given.contactId !== undefined ? given.contactId : party === "company" ? before.contactId : null;
    await assertPromisor(tx, e, party, userId, contactId, before.contactId);
    const statusChange = given.status && given.status !== before.status;
    await repo.updateCommitment(tx.db, ctx.orgId, id, {
      ...given,
      userId,
      contactId,
      ...(statusChange ? { doneAt: given.status === "done" ? new Date() : null } : {}),
      ...(contactId !== before.contactId ? { contactLeftOn: null } : {}),
      updatedBy: ctx.user.id,
      updatedAt: new Date(),
    });
    const summary = statusChange ? `Marked a commitment on ${e.title} ${given.status}` : `Changed a commitment on ${e.title}`;
    await audit(tx, {
      action: "update",
      entityType: "commitment",
      entityId: id,
      summary,
      details: { engagementId: e.id, fields: Object.keys(given) },
    });
    return one(tx, id);
  });
}

/** Deletes a commitment. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  const before = await one(ctx, id);
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    await repo.claimCommitmentVersion(tx, id);
    await repo.deleteCommitment(tx.db, ctx.orgId, id);
    await audit(tx, {
      action: "delete",
      entityType: "commitment",
      entityId: id,
      summary: `Deleted a commitment on ${before.engagement.title}`,
      details: { engagementId: before.engagementId },
    });
  });
}

/** Per engagement: commitments due, kept on time and overdue as of `today` (health scores it as of the day it runs for). */
export async function keptStats(
  ctx: Ctx,
  engagementIds: string[],
  today = isoDay(new Date()),
): Promise<Map<string, { due: number; kept: number; overdue: number }>> {
  const ids = engagementIds.filter(isUuid);
  if (!ids.length) return new Map();
  const rows = await repo.keptCounts(ctx.db, ctx.orgId, ids, today);
  return new Map(rows.map((r) => [r.engagementId, { due: r.due, kept: r.kept, overdue: r.overdue }]));
}

/** Contact turnover: open promises made by a contact who left their company are marked for handover. */
export async function flagCommitmentsOfLeaver(ctx: Ctx, event: ContactLeft): Promise<void> {
  const rows = await repo.markLeaverCommitments(ctx.db, ctx.orgId, event.companyId, event.contactId, event.leftOn);
  for (const r of rows) {
    await audit(ctx, {
      action: "update",
      entityType: "commitment",
      entityId: r.id,
      summary: `Flagged a commitment: the company contact who made it left ${event.companyName}`,
      details: { engagementId: r.engagementId, contactId: event.contactId },
    });
  }
}

onContactLeft(flagCommitmentsOfLeaver);

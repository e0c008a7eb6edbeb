import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { onContactLeft, type ContactLeft } from "../contacts/contacts.hooks.js";
import type { Engagement } from "./engagements.schema.js";
import { get, load } from "./engagements.service.js";
import { insertFlag, resolveOpenFlag, runningEngagementsListing } from "./engagements.tasks.repo.js";
import { insertTask, isoDay } from "./engagements.tasks.js";

// Contact turnover breaks promises and continuity (the brief's obstacles): when a company contact
// leaves, every engagement that lists them is flagged and gets a handover task for its owner.

const HANDOVER_DAYS = 7;

/** Flags the engagements (not ended) that list the contact at the company they left, with a handover task. */
export async function flagContactLeft(ctx: Ctx, event: ContactLeft): Promise<void> {
  const affected = await runningEngagementsListing(ctx.db, ctx.orgId, event.companyId, event.contactId);
  const due = isoDay(new Date(Date.now() + HANDOVER_DAYS * 86_400_000));
  for (const { e } of affected) {
    const task = await insertTask(ctx, e, {
      title: `Find a new contact at ${event.companyName}`,
      dueOn: due,
      assigneeId: e.ownerId,
      kind: "handover",
    });
    await insertFlag(ctx.db, ctx.orgId, {
      engagementId: e.id,
      kind: "contact_left",
      contactId: event.contactId,
      taskId: task.id,
      message: `A company contact left ${event.companyName} on ${event.leftOn}.`,
    });
    await audit(ctx, {
      action: "update",
      entityType: "engagement",
      entityId: e.id,
      summary: `Flagged engagement ${e.title}: a company contact left`,
      details: { contactId: event.contactId, taskId: task.id },
    });
  }
}

onContactLeft(flagContactLeft);

/** Resolves an open flag of an engagement (e.g. once a new contact is found). */
export async function resolveFlag(ctx: Ctx, engagementId: string, flagId: string): Promise<Engagement> {
  await load(ctx, engagementId);
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const flag = await resolveOpenFlag(tx.db, ctx.orgId, engagementId, flagId, ctx.user.id);
    if (!flag) throw notFound("Open flag");
    await audit(tx, {
      action: "update",
      entityType: "engagement",
      entityId: engagementId,
      summary: "Resolved a flag",
      details: { flagId, kind: flag.kind },
    });
    return get(tx, engagementId);
  });
}

import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { entriesAbout } from "../audit/audit.repo.js";
import { requireRole } from "../auth/guard.js";
import { companiesWithPrimary, findContact } from "./contacts.repo.js";
import type { ContactExport } from "./contacts.schema.js";
import { deleteEverywhere, toContacts } from "./contacts.service.js";
import { redact } from "./redact.js";

// The data subject's rights over a contact: access/portability (export) and erasure. Both are for
// admins: the export includes audit entries, which only admins may read.

/** Everything held about one person: fields, employment history, primary-contact roles, audit entries. */
export async function exportContact(ctx: Ctx, id: string): Promise<ContactExport> {
  requireRole(ctx, "admin");
  return inTransaction(ctx, async (tx) => {
    const row = await findContact(tx.db, ctx.orgId, id);
    if (!row) throw notFound("Contact");
    const [c] = await toContacts(tx, [row]);
    const { employments, currentCompanies: _current, ...fields } = c;
    const entries = await entriesAbout(tx.db, ctx.orgId, id);
    const result: ContactExport = {
      exportedAt: new Date().toISOString(),
      organizationId: ctx.orgId,
      contact: fields,
      employments,
      primaryContactOf: await companiesWithPrimary(tx.db, ctx.orgId, id),
      auditEntries: entries.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        actorName: e.actorName,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        summary: e.summary,
        details: e.details,
      })),
    };
    await audit(tx, { action: "export", entityType: "contact", entityId: id, summary: "Exported a contact's personal data" });
    return result;
  });
}

/**
 * Erases a person on request: the contact, its employment history and every reference to it go; the
 * audit entry keeps only the id and the reason, with the person's name, e-mail and phone cut out of it.
 */
export async function eraseContact(ctx: Ctx, id: string, reason: string): Promise<void> {
  requireRole(ctx, "admin");
  await inTransaction(ctx, async (tx) => {
    const row = await findContact(tx.db, ctx.orgId, id);
    if (!row) throw notFound("Contact");
    await deleteEverywhere(tx, id);
    await audit(tx, {
      action: "erase",
      entityType: "contact",
      entityId: id,
      summary: "Erased a contact on request",
      details: { reason: redact(reason, row) },
    });
  });
}

import type { Ctx } from "../../platform/context.js";
import { assertExpectedVersion, assertUpdated } from "../../platform/precondition.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { searchKey } from "../../shared/text-fold.js";
import { audit, changedFields } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { contactLeft } from "./contacts.hooks.js";
import {
  activeContactCount,
  clearPrimary,
  contactIdsAt,
  contactsByIds,
  deleteContact,
  employmentsOf,
  endEmployment,
  findCompanyRef,
  findContact,
  insertContact,
  insertEmployment,
  listContacts,
  updateContact,
  type ContactRow,
  type EmploymentRow,
} from "./contacts.repo.js";
import type {
  Contact,
  ContactInput,
  ContactListQuery,
  ContactPatch,
  Employment,
  EmploymentInput,
  LeaveInput,
  LeaveResult,
} from "./contacts.schema.js";

// Contacts are personal data: audit entries name the fields that changed, never their values, so that
// erasing a person (GDPR Art. 17) leaves nothing about them behind in the append-only audit log.

/**
 * Columns of other tables that point at a contact (table, column), cleared when a contact is deleted or
 * erased. Each domain that refers to contacts without a foreign key adds itself here.
 */
export const contactReferences: Array<{ table: string; column: string }> = [{ table: "company", column: "primary_contact_id" }];

const PERSONAL_FIELDS = ["name", "roleTitle", "email", "phone", "preferredLanguage", "notes"] as const;

function toEmployment(e: EmploymentRow): Employment {
  return {
    id: e.id,
    companyId: e.companyId,
    companyName: e.companyName,
    title: e.title,
    startedOn: e.startedOn,
    endedOn: e.endedOn,
    active: e.endedOn === null,
  };
}

/** Serialises contact rows with their employment history and the names of the users they reference. */
export async function toContacts(ctx: Ctx, rows: ContactRow[]): Promise<Contact[]> {
  const jobs = await employmentsOf(
    ctx.db,
    ctx.orgId,
    rows.map((r) => r.id),
  );
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [r.createdBy, r.updatedBy]),
  );
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  return rows.map((r) => {
    const employments = jobs.filter((e) => e.contactId === r.id).map(toEmployment);
    const current = new Map(employments.filter((e) => e.active).map((e) => [e.companyId, { id: e.companyId, name: e.companyName }]));
    return {
      id: r.id,
      name: r.name,
      roleTitle: r.roleTitle,
      email: r.email,
      phone: r.phone,
      preferredLanguage: r.preferredLanguage,
      notes: r.notes,
      employments,
      currentCompanies: [...current.values()],
      createdBy: ref(r.createdBy),
      updatedBy: ref(r.updatedBy),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

async function one(ctx: Ctx, id: string): Promise<Contact> {
  const row = await findContact(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Contact");
  return (await toContacts(ctx, [row]))[0];
}

/** A company of the caller's organisation named in a request body, or a 422 on that field. */
async function companyField(ctx: Ctx, companyId: string, path: string) {
  const co = await findCompanyRef(ctx.db, ctx.orgId, companyId);
  if (!co)
    throw new AppError("validation", "The company was not found in your organisation.", {
      errors: [{ path, message: "No such company in your organisation." }],
    });
  return co;
}

function fieldError(path: string, message: string, code: "validation" | "conflict" | "rule_violation" = "validation") {
  return new AppError(code, message, { errors: [{ path, message }] });
}

/** Today's date (UTC) as YYYY-MM-DD. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function dayAfter(date: string): string {
  return today(new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000));
}

/** A page of contacts matching search and filters. */
export async function list(ctx: Ctx, q: ContactListQuery) {
  const { rows, total, nextCursor } = await listContacts(ctx.db, ctx.orgId, q);
  const items = await toContacts(ctx, rows);
  return nextCursor === undefined
    ? { items, total, limit: q.limit, offset: q.offset }
    : { items, total, limit: q.limit, offset: 0, nextCursor };
}

/** One contact; 404 if it is not the caller's organisation's. */
export async function get(ctx: Ctx, id: string): Promise<Contact> {
  return one(ctx, id);
}

/** The people who work (first) or worked at a company; 404 for another organisation's company. */
export async function atCompany(ctx: Ctx, companyId: string): Promise<{ items: Contact[] }> {
  const co = await findCompanyRef(ctx.db, ctx.orgId, companyId);
  if (!co) throw notFound("Company");
  const ids = await contactIdsAt(ctx.db, ctx.orgId, companyId);
  if (!ids.length) return { items: [] };
  const rows = await contactsByIds(ctx.db, ctx.orgId, ids);
  const items = await toContacts(ctx, rows);
  const activeHere = (c: Contact) => c.employments.some((e) => e.companyId === companyId && e.active);
  items.sort((a, b) => Number(activeHere(b)) - Number(activeHere(a)) || a.name.localeCompare(b.name));
  return { items };
}

/** Creates a contact, and their current employment when a company is given. */
export async function create(ctx: Ctx, input: ContactInput): Promise<Contact> {
  requireRole(ctx, "member");
  if (input.startedOn && !input.companyId) throw fieldError("startedOn", "A start date needs the company they started at (companyId).");
  return inTransaction(ctx, async (tx) => {
    const co = input.companyId ? await companyField(tx, input.companyId, "companyId") : null;
    const { companyId: _c, startedOn, ...fields } = input;
    const row = await insertContact(tx.db, ctx.orgId, {
      ...fields,
      searchName: searchKey([fields.name]),
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    });
    if (co) await insertEmployment(tx.db, ctx.orgId, { contactId: row.id, companyId: co.id, title: fields.roleTitle, startedOn });
    const filled = PERSONAL_FIELDS.filter((k) => fields[k] !== null);
    await audit(tx, {
      action: "create",
      entityType: "contact",
      entityId: row.id,
      summary: co ? `Created a contact at ${co.name}` : "Created a contact",
      details: { fields: filled, companyId: co?.id ?? null },
    });
    return one(tx, row.id);
  });
}

/** Changes some fields of a contact (employment changes go through join and leave). */
export async function update(ctx: Ctx, id: string, patch: ContactPatch): Promise<Contact> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const current = await findContact(tx.db, ctx.orgId, id);
    if (!current) throw notFound("Contact");
    assertExpectedVersion(ctx, current.updatedAt);
    const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<ContactRow>;
    const fields = changedFields(current, given);
    if (!fields.length) return one(tx, id);
    const changes = Object.fromEntries(fields.map((k) => [k, given[k as keyof ContactRow]]));
    const updated = await updateContact(
      tx.db,
      ctx.orgId,
      id,
      {
        ...changes,
        ...(fields.includes("name") ? { searchName: searchKey([given.name]) } : {}),
        updatedBy: ctx.user.id,
        updatedAt: new Date(),
      },
      ctx.expectedUpdatedAt,
    );
    assertUpdated(ctx, updated);
    await audit(tx, {
      action: "update",
      entityType: "contact",
      entityId: id,
      summary: `Changed ${fields.join(", ")} of a contact`,
      details: { fields },
    });
    return one(tx, id);
  });
}

async function touch(ctx: Ctx, id: string, extra: { roleTitle?: string | null } = {}) {
  await updateContact(ctx.db, ctx.orgId, id, { ...extra, updatedBy: ctx.user.id, updatedAt: new Date() });
}

/** Records that a contact (also) works at another company; earlier employment stays in the history. */
export async function join(ctx: Ctx, id: string, input: EmploymentInput): Promise<Contact> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const current = await findContact(tx.db, ctx.orgId, id);
    if (!current) throw notFound("Contact");
    const co = await companyField(tx, input.companyId, "companyId");
    const jobs = await employmentsOf(tx.db, ctx.orgId, [id]);
    if (jobs.some((e) => e.companyId === co.id && e.endedOn === null))
      throw fieldError("companyId", "They already work at this company.", "conflict");
    const e = await insertEmployment(tx.db, ctx.orgId, { contactId: id, companyId: co.id, title: input.title, startedOn: input.startedOn });
    await touch(tx, id);
    await audit(tx, {
      action: "update",
      entityType: "contact",
      entityId: id,
      summary: `A contact joined ${co.name}`,
      details: { employmentId: e.id, companyId: co.id },
    });
    return one(tx, id);
  });
}

/**
 * Records that a contact left a company (ending the employment, never deleting it), optionally joining
 * another; clears them as that company's primary contact and reports companies left without anyone.
 */
export async function leave(ctx: Ctx, id: string, input: LeaveInput): Promise<LeaveResult> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const current = await findContact(tx.db, ctx.orgId, id);
    if (!current) throw notFound("Contact");
    const active = (await employmentsOf(tx.db, ctx.orgId, [id])).filter((e) => e.endedOn === null);
    if (!active.length) throw new AppError("rule_violation", "This person does not work at any company now.");
    let left: EmploymentRow | undefined;
    if (input.companyId) {
      left = active.find((e) => e.companyId === input.companyId);
      if (!left) throw fieldError("companyId", "They do not work at this company now.");
    } else if (active.length > 1) {
      throw fieldError("companyId", "They work at several companies: say which one they left.");
    } else left = active[0];
    const leftOn = input.leftOn ?? today();
    if (left.startedOn && leftOn < left.startedOn)
      throw fieldError("leftOn", `The leaving date is before they started (${left.startedOn}).`);
    // One day of slack: "today" in the user's time zone can be tomorrow in UTC.
    if (leftOn > dayAfter(today())) throw fieldError("leftOn", "The leaving date cannot be in the future.");
    const joined = input.joinCompanyId ? await companyField(tx, input.joinCompanyId, "joinCompanyId") : null;
    if (joined && joined.id === left.companyId) throw fieldError("joinCompanyId", "That is the company they are leaving.");
    if (joined && active.some((e) => e.companyId === joined.id))
      throw fieldError("joinCompanyId", "They already work at this company.", "conflict");

    await endEmployment(tx.db, ctx.orgId, left.id, leftOn);
    let joinedEmploymentId: string | null = null;
    if (joined) {
      const e = await insertEmployment(tx.db, ctx.orgId, {
        contactId: id,
        companyId: joined.id,
        title: input.joinTitle,
        startedOn: leftOn,
      });
      joinedEmploymentId = e.id;
    }
    const primaryContactLost = await clearPrimary(tx.db, ctx.orgId, id, left.companyId);
    await contactLeft(tx, { contactId: id, companyId: left.companyId, companyName: left.companyName, leftOn });
    const orphanedCompanies =
      (await activeContactCount(tx.db, ctx.orgId, left.companyId)) === 0 ? [{ id: left.companyId, name: left.companyName }] : [];
    await touch(tx, id, joined && input.joinTitle ? { roleTitle: input.joinTitle } : {});
    await audit(tx, {
      action: "leave",
      entityType: "contact",
      entityId: id,
      summary: joined ? `A contact left ${left.companyName} and joined ${joined.name}` : `A contact left ${left.companyName}`,
      details: {
        employmentId: left.id,
        companyId: left.companyId,
        leftOn,
        joinedCompanyId: joined?.id ?? null,
        joinedEmploymentId,
        primaryContactCleared: primaryContactLost.length > 0,
        companyHasNoActiveContact: orphanedCompanies.length > 0,
      },
    });
    return { contact: await one(tx, id), orphanedCompanies, primaryContactLost };
  });
}

/** Deletes the contact, its employment history and every reference to it (inside the caller's transaction). */
export async function deleteEverywhere(ctx: Ctx, id: string): Promise<void> {
  await deleteContact(ctx.db, ctx.orgId, id, contactReferences);
}

/** Deletes a contact (a plain delete; the audit entry holds no personal data). */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    const current = await findContact(tx.db, ctx.orgId, id);
    if (!current) throw notFound("Contact");
    await deleteEverywhere(tx, id);
    await audit(tx, { action: "delete", entityType: "contact", entityId: id, summary: "Deleted a contact" });
  });
}

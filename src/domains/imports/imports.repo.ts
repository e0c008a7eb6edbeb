import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { auditLog } from "../audit/audit.table.js";
import { company, importBatch } from "../companies/companies.table.js";
import { contactFilters } from "../contacts/contacts.repo.js";
import type { ContactListQuery } from "../contacts/contacts.schema.js";
import { contact, employment } from "../contacts/contacts.table.js";

// Queries of the import domain; every one is scoped to the organisation.

export type BatchRow = typeof importBatch.$inferSelect;
export type CompanyRow = typeof company.$inferSelect;

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/** Trigram similarity (pg_trgm) of each pair of folded names, in order. */
export async function similarities(db: Db, pairs: Array<[string, string]>): Promise<number[]> {
  if (!pairs.length) return [];
  const out = await rows<{ s: number }>(
    db,
    sql`select similarity(a, b)::float8 as s from unnest(${sql.param(pairs.map((p) => p[0]))}::text[], ${sql.param(pairs.map((p) => p[1]))}::text[]) with ordinality as t(a, b, n) order by n`,
  );
  return out.map((r) => Number(r.s));
}

export interface CompanyCandidate {
  id: string;
  name: string;
  other_names: string[];
  country: string;
  registration_id: string | null;
}

/** The organisation's companies (in the given countries, or all), page by page in id order: the names duplicates are sought among. */
export async function* companyNamePages(
  db: Db,
  orgId: string,
  countries: string[] | null,
  pageSize = 5000,
): AsyncGenerator<CompanyCandidate[]> {
  let after: string | null = null;
  for (;;) {
    const page: CompanyCandidate[] = await rows<CompanyCandidate>(
      db,
      sql`select id, name, other_names, country, registration_id from company
        where organization_id = ${orgId} ${countries ? sql`and country = any(${sql.param(countries)}::text[])` : sql``} ${after ? sql`and id > ${after}::uuid` : sql``}
        order by id limit ${pageSize}`,
    );
    if (!page.length) return;
    yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].id;
  }
}

/** Companies whose registration number, without spaces and punctuation, is one of `keys`. */
export async function companiesByRegistration(db: Db, orgId: string, keys: string[]): Promise<Array<CompanyCandidate & { rk: string }>> {
  if (!keys.length) return [];
  return rows(
    db,
    sql`select c.id, c.name, c.other_names, c.country, c.registration_id, upper(regexp_replace(c.registration_id, '[^A-Za-z0-9]', '', 'g')) as rk
      from company c
      where c.organization_id = ${orgId} and c.registration_id is not null
        and upper(regexp_replace(c.registration_id, '[^A-Za-z0-9]', '', 'g')) = any(${sql.param(keys)}::text[])`,
  );
}

export async function companiesByIds(db: Db, orgId: string, ids: string[]): Promise<CompanyRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(company)
    .where(and(eq(company.organizationId, orgId), inArray(company.id, ids)));
}

/** Contacts of the organisation who currently work at one of the companies. */
export async function contactsAtCompanies(
  db: Db,
  orgId: string,
  companyIds: string[],
): Promise<Array<{ company_id: string; id: string; name: string; email: string | null }>> {
  if (!companyIds.length) return [];
  return rows(
    db,
    sql`select e.company_id, ct.id, ct.name, ct.email from employment e join contact ct on ct.id = e.contact_id and ct.organization_id = ${orgId}
      where e.organization_id = ${orgId} and e.ended_on is null and e.company_id = any(${sql.param(companyIds)}::uuid[])`,
  );
}

/** Contacts whose email address (case-insensitive) is one of `emails`. */
export async function contactsByEmail(
  db: Db,
  orgId: string,
  emails: string[],
): Promise<Array<{ id: string; name: string; email: string | null }>> {
  if (!emails.length) return [];
  return rows(
    db,
    sql`select id, name, email from contact where organization_id = ${orgId} and lower(email) = any(${sql.param(emails)}::text[])`,
  );
}

export type ContactRow = typeof contact.$inferSelect;

export async function contactsByIds(db: Db, orgId: string, ids: string[]): Promise<ContactRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(contact)
    .where(and(eq(contact.organizationId, orgId), inArray(contact.id, ids)));
}

/** (contact, company) pairs among `contactIds` with a current employment. */
export async function activeEmployments(
  db: Db,
  orgId: string,
  contactIds: string[],
): Promise<Array<{ contactId: string; companyId: string }>> {
  if (!contactIds.length) return [];
  return db
    .select({ contactId: employment.contactId, companyId: employment.companyId })
    .from(employment)
    .where(and(eq(employment.organizationId, orgId), inArray(employment.contactId, contactIds), sql`${employment.endedOn} is null`));
}

export async function findBatch(db: Db, orgId: string, id: string): Promise<BatchRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(importBatch)
    .where(and(eq(importBatch.organizationId, orgId), eq(importBatch.id, id)));
  return row;
}

export async function listBatches(db: Db, orgId: string, limit: number, offset: number) {
  const where = eq(importBatch.organizationId, orgId);
  const [items, [{ total }]] = await Promise.all([
    db.select().from(importBatch).where(where).orderBy(desc(importBatch.createdAt), desc(importBatch.id)).limit(limit).offset(offset),
    db.select({ total: sql<number>`count(*)::int` }).from(importBatch).where(where),
  ]);
  return { items, total: Number(total) };
}

/** Marks a batch undone unless it already is; undefined when it was (or does not exist). */
export async function markUndone(db: Db, orgId: string, id: string, userId: string): Promise<BatchRow | undefined> {
  const [row] = await db
    .update(importBatch)
    .set({ undoneAt: new Date(), undoneBy: userId })
    .where(and(eq(importBatch.organizationId, orgId), eq(importBatch.id, id), sql`${importBatch.undoneAt} is null`))
    .returning();
  return row;
}

/** The details of the audit entry written when the batch was imported. */
export async function importAuditDetails(db: Db, orgId: string, batchId: string): Promise<Record<string, unknown> | null> {
  const [row] = await db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organizationId, orgId),
        eq(auditLog.entityType, "import_batch"),
        eq(auditLog.entityId, batchId),
        eq(auditLog.action, "import"),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return (row?.details as Record<string, unknown> | null) ?? null;
}

/** Deletes what a batch created: contacts (their employment goes with them) and companies. */
export async function deleteBatchRows(db: Db, orgId: string, batchId: string): Promise<{ companies: number; contacts: number }> {
  const contacts = await db
    .delete(contact)
    .where(and(eq(contact.organizationId, orgId), eq(contact.importBatchId, batchId)))
    .returning({ id: contact.id });
  if (contacts.length) {
    // A company's primary contact has no foreign key: clear references to the removed contacts.
    const ids = contacts.map((c) => c.id);
    await db
      .update(company)
      .set({ primaryContactId: null })
      .where(and(eq(company.organizationId, orgId), inArray(company.primaryContactId, ids)));
  }
  const companies = await db
    .delete(company)
    .where(and(eq(company.organizationId, orgId), eq(company.importBatchId, batchId)))
    .returning({ id: company.id });
  return { companies: companies.length, contacts: contacts.length };
}

export interface ContactExportRow {
  contact: ContactRow;
  company: { name: string; registrationId: string | null; country: string } | null;
}

type ContactExportFilters = Omit<ContactListQuery, "limit" | "offset">;

/** How many contacts an export with these filters holds (the list's filters, from the contacts domain). */
export async function countContacts(db: Db, orgId: string, q: ContactExportFilters): Promise<number> {
  const { where } = contactFilters(orgId, q);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(contact).where(where);
  return Number(n);
}

const CONTACT_SORTS: Record<string, SQL[]> = {
  name: [asc(contact.name), asc(contact.id)],
  "-name": [desc(contact.name), desc(contact.id)],
  updatedAt: [asc(contact.updatedAt), asc(contact.id)],
  "-updatedAt": [desc(contact.updatedAt), desc(contact.id)],
};

/**
 * Streams the contacts matching the list filters, page by page, each with the company it works at now
 * (the most recent current employment; at the filtered company when one is given).
 */
export async function* iterateContacts(
  db: Db,
  orgId: string,
  q: ContactExportFilters,
  pageSize = 1000,
): AsyncGenerator<ContactExportRow[]> {
  const { where, rank } = contactFilters(orgId, q);
  const order = q.sort ? CONTACT_SORTS[q.sort] : rank ? [desc(rank), asc(contact.name), asc(contact.id)] : CONTACT_SORTS.name;
  for (let offset = 0; ; offset += pageSize) {
    const page = await db
      .select()
      .from(contact)
      .where(where)
      .orderBy(...order)
      .limit(pageSize)
      .offset(offset);
    if (!page.length) return;
    const jobs = await rows<{ contact_id: string; name: string; registration_id: string | null; country: string }>(
      db,
      sql`select distinct on (e.contact_id) e.contact_id, c.name, c.registration_id, c.country
        from employment e join company c on c.id = e.company_id and c.organization_id = ${orgId}
        where e.organization_id = ${orgId} and e.ended_on is null and e.contact_id = any(${sql.param(page.map((p) => p.id))}::uuid[])
          ${q.companyId ? sql`and e.company_id = ${q.companyId}` : sql``}
        order by e.contact_id, e.started_on desc nulls last, e.created_at desc`,
    );
    const byContact = new Map(jobs.map((j) => [j.contact_id, { name: j.name, registrationId: j.registration_id, country: j.country }]));
    yield page.map((c) => ({ contact: c, company: byContact.get(c.id) ?? null }));
    if (page.length < pageSize) return;
  }
}

/** Opens an import batch of the organisation. */
export async function insertBatch(
  db: Db,
  orgId: string,
  values: { id: string; kind: BatchRow["kind"]; filename: string | null; createdBy: string },
): Promise<void> {
  await db.insert(importBatch).values({ ...values, organizationId: orgId });
}

/** Records what an import batch of the organisation created, merged and skipped. */
export async function setBatchCounts(
  db: Db,
  orgId: string,
  id: string,
  counts: { createdCount: number; mergedCount: number; skippedCount: number },
): Promise<void> {
  await db
    .update(importBatch)
    .set(counts)
    .where(and(eq(importBatch.organizationId, orgId), eq(importBatch.id, id)));
}

export type NewCompanyRow = typeof company.$inferInsert;

/** Inserts companies an import creates (each row carries its organisation, the caller's). */
export async function insertCompanyRows(db: Db, rows: NewCompanyRow[]): Promise<void> {
  await db.insert(company).values(rows);
}

/** Sets fields of one of the organisation's companies (an import's merge, or its undo). */
export async function setCompanyFields(
  db: Db,
  orgId: string,
  id: string,
  set: Record<string, unknown> & { updatedAt: Date },
): Promise<void> {
  await db
    .update(company)
    .set(set)
    .where(and(eq(company.organizationId, orgId), eq(company.id, id)));
}

export type NewContactRow = typeof contact.$inferInsert;

/** Inserts contacts an import creates (each row carries its organisation, the caller's). */
export async function insertContactRows(db: Db, rows: NewContactRow[]): Promise<void> {
  await db.insert(contact).values(rows);
}

/** Inserts employment records an import creates (each carries its organisation, the caller's). */
export async function insertEmployments(db: Db, rows: Array<typeof employment.$inferInsert>): Promise<void> {
  await db.insert(employment).values(rows);
}

/** Adds one employment record to one of the organisation's contacts; returns its id. */
export async function insertEmployment(
  db: Db,
  orgId: string,
  values: { contactId: string; companyId: string; title: string | null | undefined },
): Promise<string> {
  const [e] = await db
    .insert(employment)
    .values({ ...values, organizationId: orgId })
    .returning({ id: employment.id });
  return e.id;
}

export async function deleteEmployments(db: Db, orgId: string, ids: string[]): Promise<void> {
  await db.delete(employment).where(and(eq(employment.organizationId, orgId), inArray(employment.id, ids)));
}

/** Sets fields of one of the organisation's contacts (an import's merge, or its undo). */
export async function setContactFields(
  db: Db,
  orgId: string,
  id: string,
  set: Record<string, unknown> & { updatedAt: Date },
): Promise<void> {
  await db
    .update(contact)
    .set(set)
    .where(and(eq(contact.organizationId, orgId), eq(contact.id, id)));
}

import { atVersion } from "../../platform/precondition.js";
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { foldText } from "../../shared/text-fold.js";
import { company } from "../companies/companies.table.js";
import { contact, employment } from "./contacts.table.js";
import type { ContactListQuery } from "./contacts.schema.js";
import { afterKeySql, cursorKey, keyColumns, nextKeyCursor, orderSql, type SqlKey } from "../../platform/keyset.js";

export type ContactRow = typeof contact.$inferSelect;
export type EmploymentRow = typeof employment.$inferSelect & { companyName: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filters of a list query as SQL, always including the tenant. */
export function contactFilters(
  orgId: string,
  q: Pick<ContactListQuery, "q" | "companyId" | "status" | "updatedSince">,
): { where: SQL; rank?: SQL } {
  const where: SQL[] = [eq(contact.organizationId, orgId)];
  if (q.updatedSince) where.push(sql`${contact.updatedAt} >= ${q.updatedSince}::timestamptz`);
  const atCompany = q.companyId ? sql`and e.company_id = ${q.companyId}` : sql``;
  const hasActive = sql`exists (select 1 from ${employment} e where e.contact_id = ${contact.id} and e.organization_id = ${orgId} and e.ended_on is null ${atCompany})`;
  const hasAny = sql`exists (select 1 from ${employment} e where e.contact_id = ${contact.id} and e.organization_id = ${orgId} ${atCompany})`;
  if (q.status === "active") where.push(hasActive);
  else if (q.status === "left") where.push(sql`(${hasAny} and not ${hasActive})`);
  else if (q.companyId) where.push(hasAny);
  let rank: SQL | undefined;
  const folded = q.q ? foldText(q.q) : "";
  const raw = q.q?.trim().toLowerCase() ?? "";
  if (folded || raw) {
    const conds: SQL[] = [];
    if (folded) {
      conds.push(
        sql`${contact.searchName} like ${"%" + folded + "%"}`,
        sql`${folded} <% ${contact.searchName}`,
        sql`${contact.searchName} % ${folded}`,
      );
    }
    if (raw.length >= 3) conds.push(sql`lower(${contact.email}) like ${"%" + escapeLike(raw) + "%"} escape '\\'`);
    if (conds.length) where.push(or(...conds)!);
    rank = folded
      ? sql`(case when ${contact.searchName} like ${folded + "%"} then 2 when ${contact.searchName} like ${"%" + folded + "%"} then 1 else 0 end
        + greatest(word_similarity(${folded}, ${contact.searchName}), similarity(${contact.searchName}, ${folded})))`
      : undefined;
  }
  return { where: and(...where)!, rank };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

const SORTS: Record<string, SQL[]> = {
  name: [asc(contact.name), asc(contact.id)],
  "-name": [desc(contact.name), desc(contact.id)],
  updatedAt: [asc(contact.updatedAt), asc(contact.id)],
  "-updatedAt": [desc(contact.updatedAt), desc(contact.id)],
};

// Keyset paging (ADR 0010): the key columns of each sort, ending in the id; values travel as text.
const KEYSET: Record<string, SqlKey[]> = (() => {
  const name = { col: sql`${contact.name}`, type: "text" };
  const updated = { col: sql`${contact.updatedAt}`, type: "timestamptz" };
  const id = { col: sql`${contact.id}`, type: "uuid" };
  const a = (c: { col: SQL; type: string }) => ({ ...c, dir: "asc" as const });
  const d = (c: { col: SQL; type: string }) => ({ ...c, dir: "desc" as const });
  return {
    name: [a(name), a(id)],
    "-name": [d(name), d(id)],
    updatedAt: [a(updated), a(id)],
    "-updatedAt": [d(updated), d(id)],
  };
})();

/**
 * One page of the organisation's contacts with the total count. Without a search the list pages by keyset
 * (`nextCursor` set; a `cursor` continues strictly after its row); a search pages by rank with offset cursors.
 */
export async function listContacts(
  db: Db,
  orgId: string,
  q: ContactListQuery,
): Promise<{ rows: ContactRow[]; total: number; nextCursor?: string | null }> {
  const { where, rank } = contactFilters(orgId, q);
  if (!rank && (q.cursor !== undefined || q.offset === 0)) {
    const keys = KEYSET[q.sort ?? "name"];
    const after = cursorKey(q.cursor, keys.length);
    const [rows, [{ total }]] = await Promise.all([
      db
        .select({ c: contact, ...keyColumns(keys) })
        .from(contact)
        .where(after ? and(where, afterKeySql(keys, after)) : where)
        .orderBy(...orderSql(keys))
        .limit(q.limit),
      db.select({ total: sql<number>`count(*)::int` }).from(contact).where(where),
    ]);
    return { rows: rows.map((r) => r.c), total: Number(total), nextCursor: nextKeyCursor(rows, keys, q.limit) };
  }
  const order = q.sort ? SORTS[q.sort] : rank ? [desc(rank), asc(contact.name), asc(contact.id)] : SORTS.name;
  const rows = await db
    .select()
    .from(contact)
    .where(where)
    .orderBy(...order)
    .limit(q.limit)
    .offset(q.offset);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(contact).where(where);
  return { rows, total: Number(total) };
}

/** One contact of the organisation, or undefined (never another tenant's). */
export async function findContact(db: Db, orgId: string, id: string): Promise<ContactRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(contact)
    .where(and(eq(contact.organizationId, orgId), eq(contact.id, id)));
  return row;
}

/** One company of the organisation (id and name), or undefined. */
export async function findCompanyRef(
  db: Db,
  orgId: string,
  id: string,
): Promise<{ id: string; name: string; primaryContactId: string | null } | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db
    .select({ id: company.id, name: company.name, primaryContactId: company.primaryContactId })
    .from(company)
    .where(and(eq(company.organizationId, orgId), eq(company.id, id)));
  return row;
}

/** Employment records of the given contacts with company names: active first, then newest first. */
export async function employmentsOf(db: Db, orgId: string, contactIds: string[]): Promise<EmploymentRow[]> {
  if (!contactIds.length) return [];
  const rows = await db
    .select({ e: employment, companyName: company.name })
    .from(employment)
    .innerJoin(company, and(eq(company.id, employment.companyId), eq(company.organizationId, orgId)))
    .where(and(eq(employment.organizationId, orgId), inArray(employment.contactId, contactIds)))
    .orderBy(
      sql`${employment.endedOn} is not null`,
      sql`${employment.endedOn} desc nulls last`,
      sql`${employment.startedOn} desc nulls last`,
      desc(employment.createdAt),
    );
  return rows.map((r) => ({ ...r.e, companyName: r.companyName }));
}

/** Ids of the contacts who work or worked at a company. */
export async function contactIdsAt(db: Db, orgId: string, companyId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: employment.contactId })
    .from(employment)
    .where(and(eq(employment.organizationId, orgId), eq(employment.companyId, companyId)));
  return rows.map((r) => r.id);
}

/** Active employment records of a contact. */
export async function activeEmployments(db: Db, orgId: string, contactId: string): Promise<EmploymentRow[]> {
  return (await employmentsOf(db, orgId, [contactId])).filter((e) => e.endedOn === null);
}

/** How many people currently work at a company. */
export async function activeContactCount(db: Db, orgId: string, companyId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(employment)
    .where(and(eq(employment.organizationId, orgId), eq(employment.companyId, companyId), isNull(employment.endedOn)));
  return Number(n);
}

/** Companies of the organisation where this person is the primary contact. */
export async function companiesWithPrimary(db: Db, orgId: string, contactId: string) {
  return db
    .select({ id: company.id, name: company.name })
    .from(company)
    .where(and(eq(company.organizationId, orgId), eq(company.primaryContactId, contactId)))
    .orderBy(asc(company.name));
}

/** Clears a company's primary contact if it is this person. */
export async function clearPrimary(db: Db, orgId: string, contactId: string, companyId?: string) {
  const where = [eq(company.organizationId, orgId), eq(company.primaryContactId, contactId)];
  if (companyId) where.push(eq(company.id, companyId));
  return db
    .update(company)
    .set({ primaryContactId: null })
    .where(and(...where))
    .returning({ id: company.id, name: company.name });
}

type ContactValues = Omit<typeof contact.$inferInsert, "organizationId" | "id" | "createdAt" | "updatedAt">;

/** Contacts of the organisation by id. */
export async function contactsByIds(db: Db, orgId: string, ids: string[]): Promise<ContactRow[]> {
  return db
    .select()
    .from(contact)
    .where(and(eq(contact.organizationId, orgId), inArray(contact.id, ids)));
}

/** Creates a contact of the organisation. */
export async function insertContact(db: Db, orgId: string, values: ContactValues): Promise<ContactRow> {
  const [row] = await db
    .insert(contact)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** Changes a contact of the organisation. */
export async function updateContact(
  db: Db,
  orgId: string,
  id: string,
  set: Partial<ContactValues> & { updatedAt: Date },
  expectedUpdatedAt?: string,
): Promise<Array<{ id: string }>> {
  return db
    .update(contact)
    .set(set)
    .where(and(eq(contact.organizationId, orgId), eq(contact.id, id), atVersion(contact.updatedAt, expectedUpdatedAt)))
    .returning({ id: contact.id });
}

/** Records that a contact of the organisation works at a company (from a day, when known). */
export async function insertEmployment(
  db: Db,
  orgId: string,
  values: { contactId: string; companyId: string; title?: string | null; startedOn?: string | null },
) {
  const [row] = await db
    .insert(employment)
    .values({ ...values, organizationId: orgId })
    .returning();
  return row;
}

/** Ends an employment of the organisation on a day. */
export async function endEmployment(db: Db, orgId: string, id: string, endedOn: string): Promise<void> {
  await db
    .update(employment)
    .set({ endedOn })
    .where(and(eq(employment.organizationId, orgId), eq(employment.id, id)));
}

/** Deletes a contact of the organisation with its employment history, after clearing the given references to it. */
export async function deleteContact(db: Db, orgId: string, id: string, refs: Array<{ table: string; column: string }>): Promise<void> {
  for (const ref of refs) {
    await db.execute(
      sql`update ${sql.identifier(ref.table)} set ${sql.identifier(ref.column)} = null where ${sql.identifier(ref.column)} = ${id} and organization_id = ${orgId}`,
    );
  }
  await db.delete(employment).where(and(eq(employment.organizationId, orgId), eq(employment.contactId, id)));
  await db.delete(contact).where(and(eq(contact.organizationId, orgId), eq(contact.id, id)));
}

import type { Ctx } from "../../platform/context.js";
import { countCompanies, iterateCompanies } from "../companies/companies.repo.js";
import { toCompanies } from "../companies/companies.service.js";
import type { Company } from "../companies/companies.schema.js";
import { countContacts, iterateContacts, type ContactExportRow } from "./imports.repo.js";
import type { CompanyExportQuery, ContactExportQuery } from "./imports.schema.js";
import { definedOnly, exportTable, type Cell, type Column, type ExportFile } from "./exports.writer.js";

// Export of the register and of contacts as CSV or XLSX (through the one export machinery, exports.writer.ts).
// Column names are the ones the import recognises, so an exported file can be imported again (English only).

export type { ExportFile };
const columns = <T>(list: Array<[string, (r: T) => Cell]>): Array<Column<T>> => list.map(([header, get]) => ({ header, get }));

const COMPANY_COLUMNS: Array<[string, (c: Company) => Cell]> = [
  ["Name", (c) => c.name],
  ["Other names", (c) => c.otherNames.join("; ")],
  ["Legal form", (c) => c.legalForm],
  ["Country", (c) => c.country],
  ["Registration number", (c) => c.registrationId],
  ["Website", (c) => c.website],
  ["NACE code", (c) => c.naceCode],
  ["NACE label", (c) => c.naceLabel],
  ["Size class", (c) => c.sizeClass],
  ["Description", (c) => c.description],
  ["Tags", (c) => c.tags.join("; ")],
  ["CSR policy URL", (c) => c.csrPolicyUrl],
  ["Owner", (c) => c.owner?.name ?? null],
  ["Active contacts", (c) => c.activeContactCount],
  ["Created", (c) => new Date(c.createdAt)],
  ["Updated", (c) => new Date(c.updatedAt)],
  ["ID", (c) => c.id],
];

const CONTACT_COLUMNS: Array<[string, (r: ContactExportRow) => Cell]> = [
  ["Name", (r) => r.contact.name],
  ["Role", (r) => r.contact.roleTitle],
  ["Email", (r) => r.contact.email],
  ["Phone", (r) => r.contact.phone],
  ["Preferred language", (r) => r.contact.preferredLanguage],
  ["Notes", (r) => r.contact.notes],
  ["Company", (r) => r.company?.name ?? null],
  ["Company registration number", (r) => r.company?.registrationId ?? null],
  ["Company country", (r) => r.company?.country ?? null],
  ["ID", (r) => r.contact.id],
];

/** The companies matching the list filters, as a file; audited with the filter and row count. */
export async function exportCompanies(ctx: Ctx, q: CompanyExportQuery): Promise<ExportFile> {
  const { format, ...filters } = q;
  return exportTable(ctx, {
    name: "companies",
    entityType: "company",
    sheet: "Companies",
    format,
    columns: columns(COMPANY_COLUMNS),
    rowCount: await countCompanies(ctx.db, ctx.orgId, filters),
    filter: filters,
    pages: async function* () {
      for await (const page of iterateCompanies(ctx.db, ctx.orgId, filters)) yield await toCompanies(ctx, page);
    },
  });
}

/** The contacts matching the list filters as a file; audited without personal data. */
export async function exportContacts(ctx: Ctx, q: ContactExportQuery): Promise<ExportFile> {
  const { format, ...filters } = q;
  // Personal data: the search text may be a person's name, so the audit entry says a search was used, not what.
  const { q: text, ...rest } = definedOnly(filters);
  return exportTable(ctx, {
    name: "contacts",
    entityType: "contact",
    sheet: "Contacts",
    format,
    columns: columns(CONTACT_COLUMNS),
    rowCount: await countContacts(ctx.db, ctx.orgId, filters),
    filter: text === undefined ? rest : { ...rest, q: "(search text)" },
    pages: () => iterateContacts(ctx.db, ctx.orgId, filters),
  });
}

import { PassThrough, Readable } from "node:stream";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Ctx } from "../../platform/context.js";
import { audit } from "../audit/audit.service.js";
import { company } from "../companies/companies.table.js";
import { companyFilters, iterateCompanies } from "../companies/companies.repo.js";
import { toCompanies } from "../companies/companies.service.js";
import type { Company } from "../companies/companies.schema.js";
import { countContacts, iterateContacts, type ContactExportRow } from "./imports.repo.js";
import type { CompanyExportQuery, ContactExportQuery } from "./imports.schema.js";

// Export of the register and of contacts as CSV or XLSX, page by page so a large register never sits in
// memory. Column names are the ones the import recognises, so an exported file can be imported again.

type Cell = string | number | Date | null;
type Format = "csv" | "xlsx";

export interface ExportFile {
  filename: string;
  contentType: string;
  rowCount: number;
  stream: ReadableStream<Uint8Array>;
}

const CONTENT_TYPES: Record<Format, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

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

const today = () => new Date().toISOString().slice(0, 10);

/** The companies matching the list filters, as a file; audited with the filter and row count. */
export async function exportCompanies(ctx: Ctx, q: CompanyExportQuery): Promise<ExportFile> {
  const { format, ...filters } = q;
  const { where } = companyFilters(ctx.orgId, filters);
  const [{ n }] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(company).where(where);
  const rowCount = Number(n);
  await audit(ctx, { action: "export", entityType: "company", summary: `Exported ${rowCount} companies as ${format.toUpperCase()}`, details: { format, filter: definedOnly(filters), rows: rowCount } });
  async function* pages() {
    for await (const page of iterateCompanies(ctx.db, ctx.orgId, filters)) {
      const companies = await toCompanies(ctx, page);
      yield companies.map((c) => COMPANY_COLUMNS.map(([, get]) => get(c)));
    }
  }
  return { filename: `partnerwise-companies-${today()}.${format}`, contentType: CONTENT_TYPES[format], rowCount, stream: tableStream(format, "Companies", COMPANY_COLUMNS.map(([h]) => h), pages()) };
}

/** The contacts matching the list filters as a file; audited without personal data. */
export async function exportContacts(ctx: Ctx, q: ContactExportQuery): Promise<ExportFile> {
  const { format, ...filters } = q;
  const rowCount = await countContacts(ctx.db, ctx.orgId, filters);
  // Personal data: the search text may be a person's name, so the audit entry says a search was used, not what.
  const { q: text, ...rest } = definedOnly(filters);
  const filter = text === undefined ? rest : { ...rest, q: "(search text)" };
  await audit(ctx, { action: "export", entityType: "contact", summary: `Exported ${rowCount} contacts as ${format.toUpperCase()}`, details: { format, filter, rows: rowCount } });
  async function* pages() {
    for await (const page of iterateContacts(ctx.db, ctx.orgId, filters)) yield page.map((r) => CONTACT_COLUMNS.map(([, get]) => get(r)));
  }
  return { filename: `partnerwise-contacts-${today()}.${format}`, contentType: CONTENT_TYPES[format], rowCount, stream: tableStream(format, "Contacts", CONTACT_COLUMNS.map(([h]) => h), pages()) };
}

function definedOnly(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0)));
}

/** A header and pages of rows as a byte stream: CSV (UTF-8 with BOM for Excel, formulas escaped) or XLSX. */
export function tableStream(format: Format, sheet: string, header: string[], pages: AsyncGenerator<Cell[][]>): ReadableStream<Uint8Array> {
  return format === "csv" ? csvStream(header, pages) : xlsxStream(sheet, header, pages);
}

function csvStream(header: string[], pages: AsyncGenerator<Cell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // escapeFormulae: a cell starting with = + - @ is prefixed with ' so a spreadsheet shows it as text, not a formula.
  const line = (rows: Cell[][]) => Papa.unparse(rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : (v ?? "")))), { escapeFormulae: true, newline: "\r\n" }) + "\r\n";
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode("\uFEFF" + line([header])));
        return;
      }
      const next = await pages.next();
      if (next.done) controller.close();
      else if (next.value.length) controller.enqueue(encoder.encode(line(next.value)));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

function xlsxStream(sheet: string, header: string[], pages: AsyncGenerator<Cell[][]>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const ws = workbook.addWorksheet(sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = header.map((h) => ({ header: h, key: h, width: Math.max(12, h.length + 2) }));
  ws.getRow(1).font = { bold: true };
  void (async () => {
    try {
      for await (const page of pages) {
        for (const r of page) ws.addRow(r.map((v) => v ?? null)).commit();
      }
      ws.commit();
      await workbook.commit();
    } catch (err) {
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  })();
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}

import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Ctx } from "../../platform/context.js";
import { audit } from "../audit/audit.service.js";
import type { ExportFormat, ExportLanguage } from "./exports.schema.js";

// The one export machinery: every CSV/XLSX download (companies, contacts, engagements, commitments,
// screenings, acknowledgements) goes through exportTable — counted, audited, then streamed page by page
// so a large result never sits in memory, with formulas neutralised in CSV (XLSX cells are written as values).

export type Cell = string | number | Date | null;
export type { ExportFormat, ExportLanguage };

export interface ExportFile {
  filename: string;
  contentType: string;
  rowCount: number;
  stream: ReadableStream<Uint8Array>;
}

/** A column: its header (one string, or one per language) and how a row gives its cell. */
export interface Column<T> {
  header: string | Record<ExportLanguage, string>;
  get: (row: T) => Cell;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const today = () => new Date().toISOString().slice(0, 10);

export interface ExportSpec<T> {
  /** File name part and audit entity type, e.g. "engagements" / "engagement". */
  name: string;
  entityType: string;
  sheet: string;
  format: ExportFormat;
  lang?: ExportLanguage;
  columns: Array<Column<T>>;
  rowCount: number;
  /** What the audit entry records as the filter (no personal data). */
  filter: Record<string, unknown>;
  pages: () => AsyncGenerator<T[]>;
}

/** Audits the export (format, filter, row count) and returns the file as a stream of pages. */
export async function exportTable<T>(ctx: Ctx, spec: ExportSpec<T>): Promise<ExportFile> {
  const { format, rowCount, columns } = spec;
  const lang = spec.lang ?? "en";
  await audit(ctx, {
    action: "export",
    entityType: spec.entityType,
    summary: `Exported ${rowCount} ${spec.name} as ${format.toUpperCase()}`,
    details: { format, filter: definedOnly(spec.filter), rows: rowCount },
  });
  const header = columns.map((c) => (typeof c.header === "string" ? c.header : c.header[lang]));
  async function* rows() {
    for await (const page of spec.pages()) yield page.map((r) => columns.map((c) => c.get(r)));
  }
  return {
    filename: `partnerwise-${spec.name}-${today()}.${format}`,
    contentType: CONTENT_TYPES[format],
    rowCount,
    stream: tableStream(format, spec.sheet, header, rows()),
  };
}

/** Pages of a paged query (limit/offset with a stable order), until a short page. */
export async function* pagesOf<T>(fetch: (limit: number, offset: number) => Promise<T[]>, pageSize = 500): AsyncGenerator<T[]> {
  for (let offset = 0; ; offset += pageSize) {
    const page = await fetch(pageSize, offset);
    if (page.length) yield page;
    if (page.length < pageSize) return;
  }
}

/** The given filters only (undefined, false and empty lists left out), for the audit entry. */
export function definedOnly(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0)));
}

/** A header and pages of rows as a byte stream: CSV (UTF-8 with BOM for Excel, formulas escaped) or XLSX. */
export function tableStream(
  format: ExportFormat,
  sheet: string,
  header: string[],
  pages: AsyncGenerator<Cell[][]>,
): ReadableStream<Uint8Array> {
  return format === "csv" ? csvStream(header, pages) : xlsxStream(sheet, header, pages);
}

function csvStream(header: string[], pages: AsyncGenerator<Cell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  // escapeFormulae: a cell starting with = + - @ is prefixed with ' so a spreadsheet shows it as text, not a formula.
  const line = (rows: Cell[][]) =>
    Papa.unparse(
      rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : (v ?? "")))),
      { escapeFormulae: true, newline: "\r\n" },
    ) + "\r\n";
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
        // Strings are written as string cells (never formulas), so "=1+1" stays text in Excel.
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

/** The OpenAPI 200 response of a download. */
export const fileResponse = {
  description: "The file (X-Row-Count: rows in it)",
  content: {
    "text/csv": { schema: { type: "string" as const } },
    [CONTENT_TYPES.xlsx.split(";")[0]]: { schema: { type: "string" as const, format: "binary" } },
  },
};

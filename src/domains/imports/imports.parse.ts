import { createRequire } from "node:module";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { storableText } from "../../shared/storable-text.js";
import { AppError } from "../../shared/app-error.js";

// Spreadsheet files → a header and rows of text cells. CSV: delimiter , ; or tab found automatically;
// UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 (old Excel exports) as a fallback.
// XLSX: the first sheet, read with exceljs' streaming reader.

export interface SheetRow {
  /** Row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: string[];
}

export interface ParsedTable {
  filename: string;
  format: "csv" | "xlsx";
  delimiter: string | null;
  encoding: string | null;
  columns: string[];
  rows: SheetRow[];
  warnings: Array<{ row: number | null; message: string }>;
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * What a sheet may hold. Reading stops at the first cell past a limit and the file is refused (422 naming the
 * limit): a workbook is never expanded to find out how big it is. 200 columns is far more than any mapping
 * uses; 32,767 characters is Excel's own limit for a cell; the uncompressed workbook may be 10× the upload.
 */
export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  maxUnzippedBytes: number;
}
export const SHEET_LIMITS: SheetLimits = { maxRows: 100_000, maxColumns: 200, maxCellChars: 32_767, maxUnzippedBytes: 200 * 1024 * 1024 };

/** Reads a CSV or XLSX file (by content, falling back to the file name). */
export async function parseSpreadsheet(
  bytes: Uint8Array,
  filename: string,
  opts: { maxBytes?: number; limits?: Partial<SheetLimits> } = {},
): Promise<ParsedTable> {
  const max = opts.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.byteLength > max) throw new AppError("payload_too_large", `The file is larger than ${Math.round(max / 1024 / 1024)} MB.`);
  return { filename, ...(await parseBytes(bytes, filename, { ...SHEET_LIMITS, ...opts.limits })) };
}

function tooBig(message: string, limit: string, maximum: number): AppError {
  return new AppError("validation", message, { errors: [{ path: "file", message, code: limit, params: { maximum } }] });
}

/** Column letters of a 1-based column number (28 → AB). */
function columnName(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Refuses a row past the limits: too many rows, a cell beyond the last column, an over-long cell. */
function checkRow(row: number, width: number, cells: string[], limits: SheetLimits, rowsSoFar: number): void {
  if (rowsSoFar > limits.maxRows)
    throw tooBig(`The sheet has more than ${limits.maxRows} rows; import it in parts.`, "too_many_rows", limits.maxRows);
  if (width > limits.maxColumns) {
    throw tooBig(
      `The sheet is wider than ${limits.maxColumns} columns (row ${row} has a cell in column ${columnName(width)}); delete the columns the import does not need.`,
      "too_many_columns",
      limits.maxColumns,
    );
  }
  const long = cells.findIndex((c) => c.length > limits.maxCellChars);
  if (long >= 0)
    throw tooBig(
      `Cell ${columnName(long + 1)}${row} holds more than ${limits.maxCellChars} characters.`,
      "cell_too_long",
      limits.maxCellChars,
    );
}

async function parseBytes(bytes: Uint8Array, filename: string, limits: SheetLimits): Promise<Omit<ParsedTable, "filename">> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const lower = filename.toLowerCase();
  if (isZip || lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
    if (!isZip) throw new AppError("validation", "This file is not a valid .xlsx workbook.");
    await checkUnzippedSize(bytes, limits.maxUnzippedBytes);
    return parseXlsx(bytes, limits);
  }
  if (lower.endsWith(".xls") || (bytes[0] === 0xd0 && bytes[1] === 0xcf)) {
    throw new AppError("validation", "Old Excel files (.xls) cannot be read: save the sheet as .xlsx or CSV.");
  }
  if (lower.endsWith(".ods")) throw new AppError("validation", "OpenDocument sheets cannot be read: save the sheet as .xlsx or CSV.");
  return parseCsv(bytes, limits);
}

function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  try {
    // TextDecoder drops a UTF-8 BOM.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** Undoes the formula escaping of our CSV export ('=… → =…). */
const unescapeFormula = (s: string) => (s.length > 1 && s[0] === "'" && "=+-@\t\r".includes(s[1]) ? s.slice(1) : s);

function parseCsv(bytes: Uint8Array, limits: SheetLimits): Omit<ParsedTable, "filename"> {
  const { text, encoding } = decode(bytes);
  const raw: SheetRow[] = [];
  const warnings: ParsedTable["warnings"] = [];
  let n = 0;
  // The delimiter is guessed on the first lines without blank ones (papaparse counts a blank line as a
  // one-field row, which spoils its guess on short files); the file is then read with blank rows kept,
  // so row numbers stay those of the spreadsheet.
  const delimiter = Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: true, delimitersToGuess: [",", ";", "\t"] }).meta.delimiter;
  let refused: AppError | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      n += 1;
      for (const e of result.errors) if (warnings.length < 50) warnings.push({ row: n, message: e.message });
      const cells = result.data.map((c) => unescapeFormula(String(c ?? "")));
      try {
        checkRow(n, cells.length, cells, limits, n);
      } catch (err) {
        refused = err as AppError;
        parser.abort();
        return;
      }
      raw.push({ row: n, cells });
    },
  });
  if (refused) throw refused;
  return finish({ format: "csv", delimiter, encoding, raw, warnings });
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15)));
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text?: string }>).map((t) => t.text ?? "").join("");
    if ("text" in o) return cellText(o.text);
    if ("result" in o) return cellText(o.result);
    if ("error" in o) return "";
  }
  return String(v);
}

/**
 * Refuses a workbook whose parts unzip to more than `max` bytes, counting what inflating really gives (the
 * sizes a zip declares can lie) and stopping at the limit — the 0.4 MB file holding a 400 MB string never
 * reaches the sheet reader.
 */
async function checkUnzippedSize(bytes: Uint8Array, max: number): Promise<void> {
  let total = 0;
  let entries: UnzipEntry[];
  try {
    entries = (await unzipper.Open.buffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).files;
  } catch {
    throw new AppError("validation", "This workbook cannot be read (not a complete .xlsx file). Save it again as .xlsx or CSV.");
  }
  const refuse = () =>
    tooBig(
      `The workbook unpacks to more than ${Math.round(max / 1024 / 1024)} MB; save the sheet alone, or as CSV.`,
      "workbook_too_large",
      max,
    );
  for (const e of entries) {
    if (total + (e.uncompressedSize ?? 0) > max) throw refuse();
    await new Promise<void>((resolve, reject) => {
      const stream = e.stream();
      stream.on("data", (chunk: Buffer) => {
        total += chunk.length;
        if (total > max) {
          stream.destroy();
          reject(refuse());
        }
      });
      stream.on("end", resolve);
      stream.on("error", () =>
        reject(new AppError("validation", "This workbook cannot be read (a damaged part). Save it again as .xlsx or CSV.")),
      );
    });
  }
}

interface UnzipEntry {
  uncompressedSize?: number;
  stream: () => NodeJS.ReadableStream & { destroy: () => void };
}
// exceljs reads workbooks with unzipper; the size check uses the same library (it ships no types).
const unzipper = createRequire(import.meta.url)("unzipper") as { Open: { buffer: (b: Buffer) => Promise<{ files: UnzipEntry[] }> } };

async function parseXlsx(bytes: Uint8Array, limits: SheetLimits): Promise<Omit<ParsedTable, "filename">> {
  const raw: SheetRow[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "cache",
      worksheets: "emit",
      entries: "emit",
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as unknown[]) ?? [];
        // A row's values run up to its last cell: one cell in XFD makes it 16,384 wide. Checked before expanding.
        if (values.length - 1 > limits.maxColumns) checkRow(row.number, values.length - 1, [], limits, raw.length + 1);
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        checkRow(row.number, cells.length, cells, limits, raw.length + 1);
        raw.push({ row: row.number, cells });
      }
      break; // only the first sheet
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError(
      "validation",
      `This workbook cannot be read (${storableText(err instanceof Error ? err.message : String(err), 300)}). Save it again as .xlsx or CSV.`,
    );
  }
  return finish({ format: "xlsx", delimiter: null, encoding: null, raw, warnings: [] });
}

/**
 * Takes the first non-empty row as the header; names blank columns ("Column 3") and repeated ones
 * ("Name (2)"); drops unnamed columns that hold nothing; keeps only rows with some content.
 */
function finish(t: {
  format: "csv" | "xlsx";
  delimiter: string | null;
  encoding: string | null;
  raw: SheetRow[];
  warnings: ParsedTable["warnings"];
}): Omit<ParsedTable, "filename"> {
  const nonEmpty = (r: SheetRow) => r.cells.some((c) => c.trim() !== "");
  const headerAt = t.raw.findIndex(nonEmpty);
  if (headerAt < 0) throw new AppError("validation", "The file is empty: it needs a header row and at least one data row.");
  const header = t.raw[headerAt].cells.map((c) => c.trim());
  const data = t.raw.slice(headerAt + 1).filter(nonEmpty);
  let width = header.length;
  for (const r of data) width = Math.max(width, r.cells.length);
  const keep: number[] = [];
  for (let i = 0; i < width; i++) {
    if (header[i] || data.some((r) => (r.cells[i] ?? "").trim() !== "")) keep.push(i);
  }
  const seen = new Map<string, number>();
  const columns = keep.map((i) => {
    const base = header[i] || `Column ${i + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count > 1 ? `${base} (${count})` : base;
  });
  const rows = data.map((r) => ({ row: r.row, cells: keep.map((i) => r.cells[i] ?? "") }));
  return { format: t.format, delimiter: t.delimiter, encoding: t.encoding, columns, rows, warnings: t.warnings };
}

import { randomUUID } from "node:crypto";
import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { getProfile } from "../orgs/orgs.service.js";
import { applyCompanies, planCompanies, restoreCompanies, type CompanySnapshot, type Progress } from "./imports.companies.js";
import { applyContacts, planContacts, restoreContacts, type ContactMerge } from "./imports.contacts.js";
import { fieldDefs, suggestMapping, type ImportField, type ImportKind, type Mapping } from "./imports.fields.js";
import { parseSpreadsheet, type ParsedTable } from "./imports.parse.js";
import {
  deleteBatchRows,
  findBatch,
  importAuditDetails,
  insertBatch,
  listBatches,
  markUndone,
  setBatchCounts,
  type BatchRow,
} from "./imports.repo.js";
import { isBlank, valuesOf, type RowValues } from "./imports.rows.js";
import type { CommitResult, Decisions, DryRunResult, DuplicateRow, ImportBatch, ImportPreview, InvalidRow } from "./imports.schema.js";

// Spreadsheet import: preview (columns and a suggested mapping), dry run (what would happen, row by
// row), commit (all or nothing, one batch), and undo of a batch. Members and above only.

export interface ImportFile {
  filename: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  kind: ImportKind;
  mapping?: Mapping;
  decisions?: Decisions;
  allowInvalid?: boolean;
  onProgress?: Progress;
}

async function table(file: ImportFile | ParsedTable): Promise<ParsedTable> {
  return "columns" in file ? file : parseSpreadsheet(file.bytes, file.filename);
}

/** The file's columns, the mapping we suggest, and its first rows. */
export async function preview(ctx: Ctx, file: ImportFile | ParsedTable, kind: ImportKind): Promise<ImportPreview> {
  requireRole(ctx, "member");
  const t = await table(file);
  return {
    kind,
    format: t.format,
    delimiter: t.delimiter,
    columns: t.columns,
    fields: fieldDefs(kind).map((d) => ({ field: d.field, label: d.label, required: !!d.required, hint: d.hint ?? null })),
    suggestedMapping: suggestMapping(kind, t.columns),
    rowCount: t.rows.length,
    sample: t.rows.slice(0, 10).map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r.cells[i] ?? ""]))),
    warnings: t.warnings,
  };
}

/** Checks a mapping against the file's columns and the kind's fields; returns the row values it selects. */
function mapRows(t: ParsedTable, kind: ImportKind, given: Mapping | undefined) {
  const mapping = given ?? suggestMapping(kind, t.columns);
  const defs = fieldDefs(kind);
  const errors: Array<{ path: string; message: string }> = [];
  const columnIndex: Array<[ImportField, number]> = [];
  for (const [field, column] of Object.entries(mapping) as Array<[ImportField, string]>) {
    if (!column) continue;
    if (!defs.some((d) => d.field === field)) errors.push({ path: `mapping.${field}`, message: `"${field}" is not a field of ${kind}.` });
    else if (!t.columns.includes(column))
      errors.push({ path: `mapping.${field}`, message: `The file has no column "${column}". Its columns: ${t.columns.join(", ")}.` });
    else columnIndex.push([field, t.columns.indexOf(column)]);
  }
  const has = (f: ImportField) => columnIndex.some(([x]) => x === f);
  if (kind === "companies") {
    for (const f of ["name", "country"] as const)
      if (!has(f))
        errors.push({ path: `mapping.${f}`, message: `Choose the column that holds the ${f === "name" ? "company name" : "country"}.` });
  } else if (!has("name") && !has("firstName") && !has("lastName")) {
    errors.push({ path: "mapping.name", message: "Choose the column that holds the contact's name (or first and last name)." });
  }
  if (errors.length)
    throw new AppError(
      "validation",
      given ? "The column mapping does not fit the file." : "We could not guess which columns to use: send a mapping.",
      { errors },
    );
  const used = Object.fromEntries(columnIndex.map(([f, i]) => [f, t.columns[i]])) as Mapping;
  const rows: Array<{ row: number; values: RowValues }> = [];
  for (const r of t.rows) {
    const values = valuesOf(r.cells, columnIndex);
    if (!isBlank(values)) rows.push({ row: r.row, values });
  }
  return { mapping: used, rows };
}

async function plan(ctx: Ctx, t: ParsedTable, opts: ImportOptions) {
  const { mapping, rows } = mapRows(t, opts.kind, opts.mapping);
  if (opts.kind === "companies") {
    return { kind: "companies" as const, mapping, rowCount: rows.length, plan: await planCompanies(ctx, rows, mapping, opts.onProgress) };
  }
  // Companies a contacts file names but the register lacks are created in the organisation's country
  // unless the file has a company country column.
  const country = (await getProfile(ctx)).country;
  return {
    kind: "contacts" as const,
    mapping,
    rowCount: rows.length,
    plan: await planContacts(ctx, rows, mapping, country, opts.onProgress),
  };
}

/** What an import would do: valid rows, every invalid row with its reasons, and duplicates. Writes nothing. */
export async function dryRun(ctx: Ctx, file: ImportFile | ParsedTable, opts: ImportOptions): Promise<DryRunResult> {
  requireRole(ctx, "member");
  const t = await table(file);
  const p = await plan(ctx, t, opts);
  const items: Array<{ row: number; input: { name: string }; dup: Omit<DuplicateRow, "row" | "name"> | null }> = p.plan.items;
  return {
    kind: opts.kind,
    mapping: p.mapping,
    rowCount: p.rowCount,
    valid: items.length,
    invalid: p.plan.invalid,
    duplicates: items.filter((it) => it.dup).map((it) => ({ row: it.row, name: it.input.name, ...it.dup! })),
    newCompanies: p.kind === "contacts" ? p.plan.newCompanies.map((c) => ({ name: c.name, country: c.country, rows: c.rows })) : [],
    warnings: t.warnings,
  };
}

/** Imports the file in one transaction as one batch; refuses (422, nothing written) when rows are invalid unless allowInvalid. */
export async function commit(ctx: Ctx, file: ImportFile | ParsedTable, opts: ImportOptions): Promise<CommitResult> {
  requireRole(ctx, "member");
  const t = await table(file);
  const filename = t.filename;
  return inTransaction(ctx, async (tx) => {
    const p = await plan(tx, t, opts);
    const invalid = p.plan.invalid;
    if (invalid.length && !opts.allowInvalid) throw invalidRows(invalid);
    if (!p.plan.items.length) throw new AppError("validation", "There is no valid row to import.", { invalid, errors: [] });
    const batchId = randomUUID();
    await insertBatch(tx.db, ctx.orgId, { id: batchId, kind: opts.kind, filename, createdBy: ctx.user.id });
    const decisions = opts.decisions ?? {};
    let result: Omit<CommitResult, "batchId" | "invalid">;
    let details: Record<string, unknown>;
    if (p.kind === "companies") {
      const r = await applyCompanies(tx, batchId, p.plan, decisions, opts.onProgress);
      result = { created: r.created, merged: r.merged, skipped: r.skipped + invalid.length, companiesCreated: 0 };
      details = { snapshots: r.snapshots };
    } else {
      const r = await applyContacts(tx, batchId, p.plan, decisions, opts.onProgress);
      result = { created: r.created, merged: r.merged, skipped: r.skipped + invalid.length, companiesCreated: r.companiesCreated };
      details = { contactMerges: r.merges };
    }
    await setBatchCounts(tx.db, ctx.orgId, batchId, {
      createdCount: result.created,
      mergedCount: result.merged,
      skippedCount: result.skipped,
    });
    const what =
      opts.kind === "companies" ? "companies" : `contacts${result.companiesCreated ? ` and ${result.companiesCreated} companies` : ""}`;
    await audit(tx, {
      action: "import",
      entityType: "import_batch",
      entityId: batchId,
      summary: `Imported ${result.created} ${what} from ${filename ?? "a file"} (${result.merged} merged, ${result.skipped} skipped)`,
      details: { kind: opts.kind, filename, mapping: p.mapping, counts: result, invalidRows: invalid.map((r) => r.row), ...details },
    });
    return { batchId, ...result, invalid: invalid.length };
  });
}

/** The 422 for a file with invalid rows: every row with its reasons. */
function invalidRows(invalid: InvalidRow[]) {
  return new AppError(
    "validation",
    `${invalid.length} row${invalid.length === 1 ? " is" : "s are"} not valid; nothing was imported. Fix them, or import only the valid rows (allowInvalid).`,
    {
      invalid,
      errors: invalid.flatMap((r) => r.errors.map((e) => ({ path: `rows.${r.row}.${e.field}`, message: e.message }))),
    },
  );
}

async function toBatches(ctx: Ctx, rows: BatchRow[]): Promise<ImportBatch[]> {
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [r.createdBy, r.undoneBy]),
  );
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    filename: r.filename,
    createdCount: r.createdCount,
    mergedCount: r.mergedCount,
    skippedCount: r.skippedCount,
    createdBy: ref(r.createdBy),
    createdAt: r.createdAt.toISOString(),
    undoneAt: r.undoneAt?.toISOString() ?? null,
    undoneBy: ref(r.undoneBy),
  }));
}

/** The organisation's import batches, newest first. */
export async function list(ctx: Ctx, page: { limit: number; offset: number }) {
  requireRole(ctx, "member");
  const { items, total } = await listBatches(ctx.db, ctx.orgId, page.limit, page.offset);
  return { items: await toBatches(ctx, items), total, limit: page.limit, offset: page.offset };
}

/** Removes every row a batch created and restores what it merged; a batch is undone once (409 after). */
export async function undo(ctx: Ctx, id: string) {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const batch = await findBatch(tx.db, ctx.orgId, id);
    if (!batch) throw notFound("Import");
    const marked = await markUndone(tx.db, ctx.orgId, id, ctx.user.id);
    if (!marked) throw new AppError("conflict", "This import has already been undone.");
    const details = (await importAuditDetails(tx.db, ctx.orgId, id)) ?? {};
    const companies = await restoreCompanies(tx, (details.snapshots as CompanySnapshot[] | undefined) ?? []);
    const contacts = await restoreContacts(tx, (details.contactMerges as ContactMerge[] | undefined) ?? []);
    const removed = await deleteBatchRows(tx.db, ctx.orgId, id);
    const restored = companies.restored + contacts.restored;
    const keptChanges = [...companies.keptChanges, ...contacts.keptChanges];
    await audit(tx, {
      action: "undo_import",
      entityType: "import_batch",
      entityId: id,
      summary: `Undid the import of ${batch.filename ?? "a file"}: removed ${removed.companies} companies and ${removed.contacts} contacts, restored ${restored} merged records`,
      details: { removed, restored, keptChanges },
    });
    return { batch: (await toBatches(tx, [marked]))[0], removed, restored, keptChanges };
  });
}

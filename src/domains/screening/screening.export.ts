import type { Ctx } from "../../platform/context.js";
import { exportTable, pagesOf, type Column, type ExportFile } from "../imports/exports.writer.js";
import type { ScreeningExportQuery, ScreeningSummary } from "./screening.schema.js";
import type { ScreeningExportFilters } from "./screening.repo.js";
import { toSummaries } from "./screening.service.js";
import { companyNamesOf, conditionsOfScreenings, countForExport, screeningsForExport } from "./screening.repo.js";

// The organisation's screenings as CSV/XLSX: the decision and its reasons in summary. Answers, notes,
// evidence files and signals are never part of it (they stay in the tool, behind its permissions).

type Row = ScreeningSummary & { company: string; rationale: string | null; conditions: string };

const COLUMNS: Array<Column<Row>> = [
  { header: { en: "Company", de: "Unternehmen" }, get: (s) => s.company },
  { header: { en: "Date", de: "Datum" }, get: (s) => (s.decidedAt ?? s.createdAt).slice(0, 10) },
  { header: { en: "Status", de: "Status" }, get: (s) => s.status },
  { header: { en: "Catalogue version", de: "Katalogversion" }, get: (s) => s.catalogueVersion },
  { header: { en: "Decision", de: "Entscheidung" }, get: (s) => s.decision },
  { header: { en: "Decided by", de: "Entschieden von" }, get: (s) => s.decidedBy?.name ?? null },
  { header: { en: "Reasons", de: "Begründung" }, get: (s) => s.rationale },
  { header: { en: "Conditions", de: "Auflagen" }, get: (s) => s.conditions || null },
  { header: { en: "Re-screen on", de: "Erneute Prüfung am" }, get: (s) => s.rescreenOn },
  { header: { en: "Risk level", de: "Risikostufe" }, get: (s) => s.riskLevel },
  { header: { en: "Risk score", de: "Risikowert" }, get: (s) => s.riskScore },
  { header: "ID", get: (s) => s.id },
];

async function screeningPage(ctx: Ctx, f: ScreeningExportFilters, limit: number, offset: number): Promise<Row[]> {
  const rows = await screeningsForExport(ctx.db, ctx.orgId, f, limit, offset);
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [summaries, names, conditions] = await Promise.all([
    toSummaries(ctx, rows),
    companyNamesOf(ctx.db, ctx.orgId, [...new Set(rows.map((r) => r.companyId))]),
    conditionsOfScreenings(ctx.db, ctx.orgId, ids),
  ]);
  const companyName = new Map(names.map((c) => [c.id, c.name]));
  return summaries.map((s, i) => ({
    ...s,
    company: companyName.get(s.companyId) ?? "",
    rationale: rows[i].rationale,
    conditions: conditions
      .filter((c) => c.screeningId === s.id)
      .map((c) => `${c.text} (${c.dueOn}, ${c.status})`)
      .join("; "),
  }));
}

/** The organisation's screenings matching the filters, as a file; audited with the filter and row count. */
export async function exportScreenings(ctx: Ctx, q: ScreeningExportQuery): Promise<ExportFile> {
  const { format, lang, ...filters } = q;
  const n = await countForExport(ctx.db, ctx.orgId, filters);
  return exportTable(ctx, {
    name: "screenings",
    entityType: "screening",
    sheet: lang === "de" ? "Prüfungen" : "Screenings",
    format,
    lang,
    columns: COLUMNS,
    rowCount: Number(n),
    filter: filters,
    pages: () => pagesOf((limit, offset) => screeningPage(ctx, filters, limit, offset)),
  });
}

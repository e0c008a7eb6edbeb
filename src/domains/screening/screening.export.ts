import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { company } from "../companies/companies.table.js";
import { exportTable, pagesOf, type Column, type ExportFile } from "../imports/exports.writer.js";
import type { ScreeningExportQuery, ScreeningSummary } from "./screening.schema.js";
import { toSummaries } from "./screening.service.js";
import { screening, screeningCondition } from "./screening.table.js";

// The organisation's screenings as CSV/XLSX: the decision and its reasons in summary. Answers, notes,
// evidence files and signals are never part of it (they stay in the tool, behind its permissions).

type Row = ScreeningSummary & { company: string; rationale: string | null; conditions: string };
type Filters = Omit<ScreeningExportQuery, "format" | "lang">;

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

// The day a screening is dated by: when it was decided, or (a draft) when it was started.
const dated = sql`coalesce(${screening.decidedAt}, ${screening.createdAt})`;

function screeningWhere(ctx: Ctx, f: Filters): SQL {
  const where: SQL[] = [eq(screening.organizationId, ctx.orgId)];
  if (f.companyId !== undefined) where.push(isUuid(f.companyId) ? eq(screening.companyId, f.companyId) : sql`false`);
  if (f.status) where.push(eq(screening.status, f.status));
  if (f.decision.length) where.push(inArray(screening.decision, f.decision));
  if (f.from) where.push(gte(dated, sql`${f.from}::date`));
  if (f.to) where.push(lt(dated, sql`${f.to}::date + 1`));
  return and(...where)!;
}

async function screeningPage(ctx: Ctx, f: Filters, limit: number, offset: number): Promise<Row[]> {
  const rows = await ctx.db
    .select()
    .from(screening)
    .where(screeningWhere(ctx, f))
    .orderBy(desc(dated), desc(screening.id))
    .limit(limit)
    .offset(offset);
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [summaries, names, conditions] = await Promise.all([
    toSummaries(ctx, rows),
    ctx.db
      .select({ id: company.id, name: company.name })
      .from(company)
      .where(and(eq(company.organizationId, ctx.orgId), inArray(company.id, [...new Set(rows.map((r) => r.companyId))]))),
    ctx.db
      .select({
        screeningId: screeningCondition.screeningId,
        text: screeningCondition.text,
        dueOn: screeningCondition.dueOn,
        status: screeningCondition.status,
      })
      .from(screeningCondition)
      .where(and(eq(screeningCondition.organizationId, ctx.orgId), inArray(screeningCondition.screeningId, ids)))
      .orderBy(asc(screeningCondition.position)),
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
  const [{ n }] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(screening).where(screeningWhere(ctx, filters));
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

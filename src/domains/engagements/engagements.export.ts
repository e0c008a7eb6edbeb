import type { Ctx } from "../../platform/context.js";
import { agreementDatesOf } from "../agreements/agreements.repo.js";
import { scoreEngagements } from "../health/health.service.js";
import { isHealthStage } from "../health/health.rules.js";
import { exportTable, pagesOf, type Column, type ExportFile } from "../imports/exports.writer.js";
import { countEngagements, engagementPage } from "./engagements.repo.js";
import type { Engagement, EngagementExportQuery } from "./engagements.schema.js";
import { toEngagements } from "./engagements.service.js";

// The partnerships table as CSV/XLSX: the table's filters and order, with health for running partnerships
// and the agreement's dates. Codes (stage, modes, decision, outlook) stay codes so the file can be analysed.

type Row = Engagement & { health: { score: number; outlook: string } | null; startsOn: string | null; endsOn: string | null };

const COLUMNS: Array<Column<Row>> = [
  { header: { en: "Title", de: "Titel" }, get: (e) => e.title },
  { header: { en: "Company", de: "Unternehmen" }, get: (e) => e.company.name },
  { header: { en: "Stage", de: "Phase" }, get: (e) => e.stage },
  { header: { en: "Modes", de: "Formen" }, get: (e) => e.modes.join("; ") },
  { header: { en: "Initiated by", de: "Initiiert von" }, get: (e) => e.initiatedBy },
  { header: { en: "Owner", de: "Verantwortlich" }, get: (e) => e.owner?.name ?? null },
  { header: { en: "Expected money", de: "Erwarteter Geldbetrag" }, get: (e) => e.expectedValue.moneyAmount },
  { header: { en: "Currency", de: "Währung" }, get: (e) => e.expectedValue.currency },
  { header: { en: "In-kind", de: "Sachleistung" }, get: (e) => e.expectedValue.inKindDescription },
  { header: { en: "In-kind value", de: "Wert der Sachleistung" }, get: (e) => e.expectedValue.inKindValue },
  { header: { en: "Health score", de: "Gesundheitswert" }, get: (e) => e.health?.score ?? null },
  { header: { en: "Outlook", de: "Aussicht" }, get: (e) => e.health?.outlook ?? null },
  { header: { en: "Screening decision", de: "Prüfentscheidung" }, get: (e) => e.screening?.decision ?? null },
  { header: { en: "Re-screening due", de: "Erneute Prüfung fällig" }, get: (e) => e.screening?.rescreenOn ?? null },
  { header: { en: "Start", de: "Beginn" }, get: (e) => e.startsOn },
  { header: { en: "End", de: "Ende" }, get: (e) => e.endsOn },
  { header: { en: "Publication", de: "Veröffentlichung" }, get: (e) => e.publication },
  { header: { en: "Created", de: "Erstellt" }, get: (e) => new Date(e.createdAt) },
  { header: { en: "Updated", de: "Geändert" }, get: (e) => new Date(e.updatedAt) },
  { header: "ID", get: (e) => e.id },
];

/** The engagements matching the table's filters, as a file; audited with the filter and row count. */
export async function exportEngagements(ctx: Ctx, q: EngagementExportQuery): Promise<ExportFile> {
  const { format, lang, ...filters } = q;
  return exportTable(ctx, {
    name: "engagements",
    entityType: "engagement",
    sheet: lang === "de" ? "Engagements" : "Partnerships",
    format,
    lang,
    columns: COLUMNS,
    rowCount: await countEngagements(ctx.db, ctx.orgId, filters),
    // The search text is a title or company name, not personal data.
    filter: filters,
    pages: async function* () {
      for await (const rows of pagesOf((limit, offset) => engagementPage(ctx.db, ctx.orgId, filters, limit, offset))) {
        const ids = rows.map((r) => r.id);
        const [full, health, agreements] = await Promise.all([
          toEngagements(ctx, rows),
          scoreEngagements(
            ctx,
            rows.filter((r) => isHealthStage(r.stage)),
          ),
          agreementDatesOf(ctx.db, ctx.orgId, ids),
        ]);
        const dates = new Map(agreements.map((a) => [a.engagementId, a]));
        yield full.map((e) => {
          const h = health.get(e.id);
          return {
            ...e,
            health: h ? { score: h.score, outlook: h.outlook } : null,
            startsOn: dates.get(e.id)?.startsOn ?? null,
            endsOn: dates.get(e.id)?.endsOn ?? null,
          };
        });
      }
    },
  });
}

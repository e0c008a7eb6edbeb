import type { Ctx } from "../../platform/context.js";
import { exportTable, pagesOf, type Column, type ExportFile } from "../imports/exports.writer.js";
import { commitmentPage, countCommitments } from "./agreements.commitments.js";
import type { Commitment, CommitmentExportQuery } from "./agreements.schema.js";

// Commitments as CSV/XLSX with the list's filters: who promised what by when, and whether it is overdue.

const COLUMNS: Array<Column<Commitment>> = [
  { header: { en: "Engagement", de: "Engagement" }, get: (c) => c.engagement.title },
  { header: { en: "Company", de: "Unternehmen" }, get: (c) => c.company.name },
  { header: { en: "Party", de: "Seite" }, get: (c) => c.party },
  { header: { en: "Person", de: "Person" }, get: (c) => c.user?.name ?? c.contact?.name ?? null },
  { header: { en: "What", de: "Was" }, get: (c) => c.description },
  { header: { en: "Due", de: "Fällig" }, get: (c) => c.dueOn },
  { header: { en: "Status", de: "Status" }, get: (c) => c.status },
  { header: { en: "Done at", de: "Erledigt am" }, get: (c) => (c.doneAt ? new Date(c.doneAt) : null) },
  { header: { en: "Overdue", de: "Überfällig" }, get: (c) => (c.overdue ? "yes" : "no") },
  { header: "ID", get: (c) => c.id },
];

/** The commitments matching the list's filters, as a file; audited with the filter and row count. */
export async function exportCommitments(ctx: Ctx, q: CommitmentExportQuery): Promise<ExportFile> {
  const { format, lang, ...filters } = q;
  return exportTable(ctx, {
    name: "commitments",
    entityType: "commitment",
    sheet: lang === "de" ? "Zusagen" : "Commitments",
    format,
    lang,
    columns: COLUMNS,
    rowCount: await countCommitments(ctx, filters),
    filter: filters,
    pages: () => pagesOf((limit, offset) => commitmentPage(ctx, filters, limit, offset)),
  });
}

import type { Ctx } from "../../platform/context.js";
import { exportTable, pagesOf, type Column, type ExportFile } from "../imports/exports.writer.js";
import type { Acknowledgement, AcknowledgementExportQuery } from "./acknowledgements.schema.js";
import { acknowledgementPage, countAcknowledgements } from "./acknowledgements.service.js";

// The acknowledgement log as CSV/XLSX with the list's filters (where and when a partner was publicly thanked).

const COLUMNS: Array<Column<Acknowledgement>> = [
  { header: { en: "Date", de: "Datum" }, get: (a) => a.occurredOn },
  { header: { en: "Company", de: "Unternehmen" }, get: (a) => a.company.name },
  { header: { en: "Engagement", de: "Engagement" }, get: (a) => a.engagement?.title ?? null },
  { header: { en: "Channel", de: "Kanal" }, get: (a) => a.channel },
  { header: { en: "Title", de: "Titel" }, get: (a) => a.title },
  { header: { en: "Link", de: "Link" }, get: (a) => a.url },
  { header: { en: "Notes", de: "Notizen" }, get: (a) => a.notes },
  { header: { en: "Recorded by", de: "Erfasst von" }, get: (a) => a.createdBy?.name ?? null },
  { header: { en: "Created", de: "Erstellt" }, get: (a) => new Date(a.createdAt) },
  { header: { en: "Updated", de: "Geändert" }, get: (a) => new Date(a.updatedAt) },
  { header: "ID", get: (a) => a.id },
];

/** The acknowledgements matching the list's filters, as a file; audited with the filter and row count. */
export async function exportAcknowledgements(ctx: Ctx, q: AcknowledgementExportQuery): Promise<ExportFile> {
  const { format, lang, ...filters } = q;
  return exportTable(ctx, {
    name: "acknowledgements",
    entityType: "acknowledgement",
    sheet: lang === "de" ? "Würdigungen" : "Acknowledgements",
    format,
    lang,
    columns: COLUMNS,
    rowCount: await countAcknowledgements(ctx, filters),
    filter: filters,
    pages: () => pagesOf((limit, offset) => acknowledgementPage(ctx, filters, limit, offset)),
  });
}

import { z } from "zod";

// Browser-safe query fields shared by every CSV/XLSX export (kept apart so a schema file can use them
// without pulling in the import's dependencies).

export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_LANGUAGES = ["en", "de"] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export const ExportFormatField = z.enum(EXPORT_FORMATS).default("csv").meta({ description: "File format" });

/** Query fields of the partnership exports (engagements, commitments, screenings, acknowledgements). */
export const ExportOptions = {
  format: ExportFormatField,
  lang: z
    .enum(EXPORT_LANGUAGES)
    .default("en")
    .meta({ description: "Language of the column headers (en, de); codes such as stages stay as they are" }),
};

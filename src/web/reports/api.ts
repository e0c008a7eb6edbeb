import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { AnnualReport } from "../../domains/reports/reports.schema";
import { api } from "../lib/api";

export type { AnnualReport };
export type ReportLanguage = "en" | "de";

/** The annual partnerships report of a year (only what may be published), in the interface's language. */
export function useAnnualReport(year: number, lang: ReportLanguage) {
  return useQuery({
    queryKey: ["reports", "annual", year, lang],
    queryFn: ({ signal }) => api<AnnualReport>("/reports/annual", { query: { year, lang }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Where the annual report's PDF downloads from. */
export const annualPdfUrl = (year: number, lang: ReportLanguage) => `/api/v1/reports/annual.pdf?year=${year}&lang=${lang}`;

/** Where an engagement's partner report (PDF) downloads from. */
export const partnerReportUrl = (engagementId: string, lang: ReportLanguage) =>
  `/api/v1/engagements/${engagementId}/report.pdf?lang=${lang}`;

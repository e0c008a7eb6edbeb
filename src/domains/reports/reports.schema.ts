import { z } from "zod";

// Browser-safe schemas of the reports: the partner impact report (PDF, per engagement) and the annual
// partnerships report (JSON, PDF, web page). The annual report holds only what may be published.

export const REPORT_LANGUAGES = ["en", "de"] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

const IsoDate = z.iso.date("Use a date like 2025-03-31.").meta({ description: "Calendar day, YYYY-MM-DD", example: "2025-03-31" });
const Lang = z.enum(REPORT_LANGUAGES).default("en").meta({ description: "Language of the document" });

export const PartnerReportQuery = z
  .object({
    from: IsoDate.optional().meta({
      description: "First day of the period (default: the agreement's start, else the engagement's creation)",
    }),
    to: IsoDate.optional().meta({ description: "Last day of the period (default: today)" }),
    lang: Lang,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "The period ends before it starts.", path: ["to"] });
export type PartnerReportQuery = z.infer<typeof PartnerReportQuery>;

export const AnnualQuery = z.object({
  year: z.coerce
    .number()
    .int("Use a year like 2025.")
    .min(2000, "Use a year from 2000 on.")
    .max(2100, "Use a year before 2100.")
    .optional()
    .meta({ description: "Calendar year (default: this year)", example: 2025 }),
  lang: Lang,
});
export type AnnualQuery = z.infer<typeof AnnualQuery>;

const Money = z
  .object({ currency: z.string(), money: z.number(), inKind: z.number() })
  .meta({ id: "ReportMoney", description: "Agreed money and estimated in-kind value, in one currency" });

export const ReportIndicator = z
  .object({
    name: z.string(),
    unit: z.string().nullable(),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    latest: z.number().nullable().meta({ description: "Latest value recorded on or before the end of the period" }),
    latestOn: z.string().nullable(),
    progress: z.number().nullable().meta({ description: "(latest − baseline) / (target − baseline)" }),
    achieved: z.boolean().meta({ description: "The target is reached (progress ≥ 1)" }),
  })
  .meta({ id: "ReportIndicator" });
export type ReportIndicator = z.infer<typeof ReportIndicator>;

export const AnnualPartner = z
  .object({
    publication: z.enum(["public", "anonymous"]),
    name: z.string().meta({ description: "The company's name, or 'a company in <sector>' when anonymous" }),
    sector: z.string().nullable().meta({ description: "The official label of the company's NACE section, in the report's language" }),
    title: z.string().nullable().meta({ description: "The partnership's title (public partnerships only)" }),
    modes: z.array(z.string()).meta({ description: "Mode keys" }),
    stage: z.string(),
    since: z.string().meta({ description: "Start of the partnership (agreement start, else the day it was agreed)" }),
    endedOn: z.string().nullable(),
    value: z.object({
      currency: z.string().nullable(),
      money: z.number().nullable(),
      inKind: z.number().nullable(),
      inKindDescription: z.string().nullable(),
      nonMonetary: z.string().nullable(),
    }),
    indicators: z.array(ReportIndicator),
    acknowledgements: z.number().int(),
  })
  .meta({ id: "AnnualPartner" });
export type AnnualPartner = z.infer<typeof AnnualPartner>;

export const AnnualReport = z
  .object({
    year: z.number().int(),
    organisation: z.string(),
    generatedAt: z.string(),
    counts: z.object({
      partnerships: z.number().int().meta({ description: "Partnerships shown (public and anonymous)" }),
      public: z.number().int(),
      anonymous: z.number().int(),
      companies: z.number().int().meta({ description: "Distinct companies shown" }),
      indicators: z.number().int(),
      indicatorsAchieved: z.number().int(),
      acknowledgements: z.number().int().meta({ description: "Acknowledgements listed" }),
    }),
    partners: z.array(AnnualPartner),
    modes: z
      .array(z.object({ key: z.string(), label: z.string(), partnerships: z.number().int(), value: z.array(Money) }))
      .meta({ description: "Per mode; a partnership with several modes counts under each" }),
    totals: z.array(Money).meta({ description: "Each partnership counted once" }),
    acknowledgements: z.array(
      z.object({ company: z.string(), channel: z.string(), occurredOn: z.string(), title: z.string(), url: z.string().nullable() }),
    ),
    leftOut: z
      .object({
        partnerships: z.number().int().meta({ description: "Partnerships of the year not cleared for publication (confidential)" }),
        acknowledgements: z.number().int().meta({ description: "Acknowledgements of partners that are not shown by name" }),
      })
      .meta({ description: "What the report does not show (counts only, never names)" }),
  })
  .meta({ id: "AnnualReport" });
export type AnnualReport = z.infer<typeof AnnualReport>;

/** Everything the partner impact report shows (built by reports.service, drawn by reports.partner-pdf). */
export interface PartnerReport {
  lang: ReportLanguage;
  org: string;
  company: string;
  title: string;
  period: { from: string; to: string };
  generatedOn: string;
  modes: string[];
  agreement: {
    kind: "mou" | "contract";
    goals: string | null;
    activities: string[];
    ngoResponsibilities: string[];
    companyResponsibilities: string[];
    startsOn: string | null;
    endsOn: string | null;
  } | null;
  goals: string | null;
  exchanges: { meetings: number; calls: number; emails: number };
  milestones: Array<{ on: string; kind: string }>;
  indicators: ReportIndicator[];
  /** Progress of each indicator at each check-in of the period (for the chart over time). */
  series: Array<{ name: string; points: Array<{ on: string; progress: number }> }>;
  checkIns: Array<{ on: string; values: Array<{ name: string; unit: string | null; value: number }> }>;
  commitments: {
    byParty: Record<"ngo" | "company", { done: number; open: number; missed: number }>;
    kept: { due: number; kept: number };
    done: Array<{ party: "ngo" | "company"; what: string; on: string | null }>;
  };
  acknowledgements: Array<{ channel: string; on: string; title: string; url: string | null }>;
  nextSteps: {
    nextCheckIn: string | null;
    agreementEnds: string | null;
    open: Array<{ party: "ngo" | "company"; what: string; due: string | null }>;
  };
}

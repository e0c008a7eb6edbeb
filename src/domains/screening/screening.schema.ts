import { z } from "zod";
import { CountryCode } from "../companies/companies.schema.js";
import { CRITERION_GROUPS, CRITERION_KINDS, CatalogueBase, SUPPLY_CHAIN_THEMES } from "./catalogue.schema.js";
import { ExportOptions } from "../imports/exports.schema.js";
import { SCREENING_DECISIONS } from "./decisions.js";
import { WatchlistChange, WatchlistCheck } from "../watchlists/watchlists.schema.js";
import { TEXT_LIMITS } from "../../shared/text-input.js";

// Browser-safe schemas of screenings: the one source for validation, OpenAPI and forms.

export { SCREENING_DECISIONS, type ScreeningDecision } from "./decisions.js";

export const ANSWERS = ["meets", "does_not_meet", "unknown", "not_applicable"] as const;
export type AnswerValue = (typeof ANSWERS)[number];
export const SEVERITIES = ["info", "low", "medium", "high", "critical"] as const;
export const RISK_LEVELS = ["low", "medium", "high", "critical"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

const UserRef = z.object({ id: z.string(), name: z.string() }).nullable();
// Links are shown as clickable: only web pages and mail addresses, never javascript:, data: or vbscript: URLs.
const Link = z.object({
  title: z.string().max(TEXT_LIMITS.name).optional(),
  url: z.url({ protocol: /^(https?|mailto)$/, error: "Give an http://, https:// or mailto: link." }).max(TEXT_LIMITS.line),
});
/** Values behind a code, for translations (names, ISO country codes, NACE codes, numbers). */
const Params = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .meta({ description: "Values behind the code, for translations" });

/**
 * An automatic finding about a company: evidence for the screener, never a verdict. Built-in sources are
 * sector_risk, goods_country, excluded_sector, own_list and network_list; registered providers add others
 * (e.g. watchlist).
 */
export const Signal = z
  .object({
    key: z.string().meta({ description: "Stable id within the screening, e.g. sector_risk:49" }),
    source: z.string().meta({ example: "sector_risk" }),
    title: z.string().meta({ description: "English title; clients translate `code` with `params` and fall back to it" }),
    detail: z.string().meta({ description: "English detail; see `code`" }),
    code: z.string().optional().meta({
      description: "Stable code of the finding (title and detail), e.g. sector_risk.high. Missing on signals stored before codes existed.",
      example: "sector_risk.high",
    }),
    params: Params.optional(),
    severity: z.enum(SEVERITIES).meta({ description: "critical makes the risk level critical unless a reviewer sets it aside" }),
    points: z.number().meta({ description: "Proposed contribution to the risk score; negative lowers it" }),
    criterionKey: z
      .string()
      .max(TEXT_LIMITS.id)
      .optional()
      .meta({ description: "The criterion this signal is evidence for: answering it 'meets' sets the signal aside" }),
    links: z.array(Link).default([]),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: "ScreeningSignal" });
export type Signal = z.infer<typeof Signal>;

export const RiskFactor = z
  .object({
    source: z.enum(["criterion", "supply_chain", "uncertainty", "signal"]),
    key: z.string(),
    label: z.string(),
    points: z.number().meta({ description: "What it added to (positive) or took from (negative) the score" }),
    effect: z.enum(["raises", "lowers", "critical", "set_aside"]),
    detail: z.string().meta({ description: "English explanation; clients translate `code` with `params` and fall back to it" }),
    code: z.string().optional().meta({
      description:
        "Stable code of the explanation, e.g. criterion.not_met, signal.capped. Missing on summaries stored before codes existed.",
      example: "criterion.not_met",
    }),
    params: Params.optional(),
    signal: z
      .object({ code: z.string(), params: Params })
      .optional()
      .meta({ description: "For a signal factor: the signal's code and params (its label and detail are the signal's title and detail)" }),
  })
  .meta({ id: "RiskFactor" });

export const CriticalReason = z
  .object({
    code: z.enum(["hard_exclusion_failed", "critical_signal"]),
    params: Params,
    text: z.string().meta({ description: "The same reason in English, as in criticalBecause" }),
    signal: z.object({ code: z.string(), params: Params }).optional(),
  })
  .meta({ id: "RiskCriticalReason" });
export type RiskFactor = z.infer<typeof RiskFactor>;

export const RiskSummary = z
  .object({
    score: z.number().int().min(0).max(100),
    level: z.enum(RISK_LEVELS),
    thresholds: z
      .object({ medium: z.number(), high: z.number(), critical: z.number() })
      .meta({ description: "Score from which each level starts" }),
    criticalBecause: z
      .array(z.string())
      .meta({ description: "Why the level is critical regardless of the score (failed hard exclusions, critical signals)" }),
    criticalReasons: z.array(CriticalReason).optional().meta({ description: "criticalBecause with codes, for translations" }),
    hardExclusionsFailed: z.array(z.string()),
    uncertainty: z.object({
      applicable: z.number().int(),
      unknown: z.number().int(),
      unanswered: z.number().int(),
      share: z.number().meta({ description: "Unknown or unanswered share of the applicable criteria, 0..1" }),
      level: z.enum(["low", "medium", "high"]),
    }),
    factors: z.array(RiskFactor).meta({ description: "Every factor that raised or lowered the score, largest first" }),
  })
  .meta({ id: "RiskSummary" });
export type RiskSummary = z.infer<typeof RiskSummary>;

export const SupplyChain = z
  .object({
    hasSupplyChain: z
      .boolean()
      .meta({ description: "The company makes or sells goods with a supply chain: the supply-chain questions apply" }),
    sourcingCountries: z
      .array(CountryCode)
      .max(100)
      .default([])
      .meta({ description: "Countries the company is known to source from (for the goods/country signal)" }),
    goods: z
      .array(z.string().trim().min(1).max(60))
      .max(100)
      .default([])
      .meta({ description: "Goods of the DOL list it is known to source (keys of GET /screening/goods-risks)" }),
  })
  .meta({ id: "ScreeningSupplyChain" });
export type SupplyChain = z.infer<typeof SupplyChain>;

export const Answer = z
  .object({
    answer: z.enum(ANSWERS),
    notes: z.string().nullable(),
    links: z.array(Link),
    carriedOver: z.boolean().meta({ description: "Copied from the previous screening and not changed since" }),
    updatedBy: UserRef,
    updatedAt: z.string(),
  })
  .meta({ id: "ScreeningAnswer" });
export type Answer = z.infer<typeof Answer>;

export const AnswerInput = z
  .object({
    answer: z.enum(ANSWERS),
    notes: z
      .string()
      .trim()
      .max(10000)
      .nullish()
      .transform((v) => v || null),
    links: z.array(Link).max(50).default([]),
  })
  .meta({ id: "ScreeningAnswerInput" });
export type AnswerInput = z.infer<typeof AnswerInput>;

export const EvidenceFile = z
  .object({
    id: z.uuid(),
    criterionKey: z.string().nullable(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedBy: UserRef,
    createdAt: z.string(),
  })
  .meta({ id: "EvidenceFile" });
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const Condition = z
  .object({ id: z.uuid(), text: z.string(), dueOn: z.string(), status: z.enum(["open", "met", "missed"]) })
  .meta({ id: "ScreeningCondition" });

export const ScreeningCriterion = z
  .object({
    key: z.string(),
    title: z.string(),
    guidance: z.string(),
    kind: z.enum(CRITERION_KINDS),
    weight: z.number().int(),
    group: z.enum(CRITERION_GROUPS),
    theme: z.enum(SUPPLY_CHAIN_THEMES).optional(),
    applicable: z.boolean().meta({ description: "false: a supply-chain question for a company without a supply chain" }),
    answer: Answer.nullable(),
  })
  .meta({ id: "ScreeningCriterionWithAnswer" });

export const Screening = z
  .object({
    id: z.uuid(),
    company: z.object({ id: z.uuid(), name: z.string(), country: z.string(), naceCode: z.string().nullable() }),
    status: z.enum(["draft", "decided"]),
    decision: z.enum(SCREENING_DECISIONS).nullable(),
    rationale: z.string().nullable(),
    monitoringPlan: z.string().nullable(),
    override: z.boolean().meta({ description: "An admin approved despite high or critical risk" }),
    conditions: z.array(Condition),
    decidedBy: UserRef,
    decidedAt: z.string().nullable(),
    rescreenOn: z.string().nullable(),
    overdue: z.boolean(),
    catalogue: z.object({ id: z.uuid(), version: z.number().int(), base: CatalogueBase }),
    supplyChain: SupplyChain,
    criteria: z.array(ScreeningCriterion),
    files: z.array(EvidenceFile),
    signals: z.array(Signal),
    signalsRefreshedAt: z.string().nullable(),
    watchlistCheck: WatchlistCheck.nullable().meta({
      description:
        "The watchlists (with versions), engine and threshold the signals were computed with; null for screenings made before this was kept",
    }),
    watchlistsChanged: z.boolean().meta({
      description: "The engine or a list changed since (or it was not recorded): refresh the signals of a draft, re-screen a decided one",
    }),
    watchlistChanges: z.array(WatchlistChange),
    risk: RiskSummary,
    previousScreeningId: z.string().nullable(),
    createdBy: UserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Screening" });
export type Screening = z.infer<typeof Screening>;

export const ScreeningSummary = z
  .object({
    id: z.uuid(),
    companyId: z.uuid(),
    status: z.enum(["draft", "decided"]),
    decision: z.enum(SCREENING_DECISIONS).nullable(),
    decidedBy: UserRef,
    decidedAt: z.string().nullable(),
    rescreenOn: z.string().nullable(),
    riskScore: z.number().nullable(),
    riskLevel: z.enum(RISK_LEVELS).nullable(),
    catalogueVersion: z.number().int().nullable(),
    createdBy: UserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "ScreeningSummary" });
export type ScreeningSummary = z.infer<typeof ScreeningSummary>;

/** Filters of the organisation's screenings export (GET /screenings/export). */
export const ScreeningExportQuery = z.object({
  companyId: z.string().optional().meta({ description: "Only this company's screenings" }),
  status: z.enum(["draft", "decided"]).optional().meta({ description: "draft or decided; default both" }),
  decision: z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.enum(SCREENING_DECISIONS)))
    .meta({ description: "Comma-separated decisions", type: "string" } as never),
  from: z.iso.date("Use a date like 2025-03-31.").optional().meta({ description: "Started or decided on or after this day" }),
  to: z.iso.date("Use a date like 2025-03-31.").optional().meta({ description: "Started or decided on or before this day" }),
  ...ExportOptions,
});
export type ScreeningExportQuery = z.infer<typeof ScreeningExportQuery>;

export const CreateScreeningInput = z
  .object({
    supplyChain: SupplyChain.partial()
      .optional()
      .meta({ description: "Default: the previous screening's, or guessed from the company's sector" }),
  })
  .meta({ id: "CreateScreeningInput" });
export type CreateScreeningInput = z.infer<typeof CreateScreeningInput>;

export const ScreeningPatch = z.object({ supplyChain: SupplyChain.partial() }).meta({ id: "ScreeningPatch" });
export type ScreeningPatch = z.infer<typeof ScreeningPatch>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2027-03-31.")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "Not a real date.");

export const DecisionInput = z
  .object({
    decision: z.enum(SCREENING_DECISIONS),
    rationale: z.string().trim().min(1, "Say why: the rationale is required.").max(10000),
    conditions: z
      .array(z.object({ text: z.string().trim().min(1).max(TEXT_LIMITS.line), dueOn: isoDate }))
      .max(50)
      .default([])
      .meta({ description: "Required for approved_with_conditions and engage_to_reform" }),
    monitoringPlan: z
      .string()
      .trim()
      .max(10000)
      .nullish()
      .transform((v) => v || null)
      .meta({ description: "Required for engage_to_reform" }),
    rescreenOn: isoDate.optional().meta({ description: "Default: 12 months after the decision" }),
    override: z.boolean().default(false).meta({ description: "Admins only: approve although the risk is high or critical" }),
  })
  .meta({ id: "ScreeningDecisionInput" });
export type DecisionInput = z.infer<typeof DecisionInput>;

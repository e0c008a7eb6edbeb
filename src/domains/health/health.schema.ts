import { z } from "zod";
import { Stage } from "../engagements/engagements.schema.js";
import { FACTOR_KEYS, OUTLOOKS } from "./health.rules.js";
import { CursorQuery, pageOf } from "../../shared/pagination.js";

// Browser-safe schemas of partnership health (GET /engagements/{id}/health, GET /health).

export const Outlook = z.enum(OUTLOOKS).meta({ id: "HealthOutlook", description: "likely / at_risk / unlikely to continue" });
const Values = z
  .record(z.string(), z.union([z.number(), z.string()]))
  .meta({ description: "Numbers behind the code (days, counts), for translations" });

export const HealthFactor = z
  .object({
    key: z.enum(FACTOR_KEYS),
    label: z.string(),
    score: z.number().min(0).max(1).meta({ description: "0 (bad) … 1 (good)" }),
    weight: z.number().meta({ description: "Points the factor is worth; weights sum to 100" }),
    points: z.number().meta({ description: "score × weight" }),
    detail: z.string().meta({ description: "What was measured, in English" }),
    code: z.string().meta({ description: "Stable code of the situation, e.g. cadence.late", example: "cadence.late" }),
    values: Values,
  })
  .meta({ id: "HealthFactor" });

export const HealthExplanation = z
  .object({ factor: z.string(), code: z.string(), values: Values, text: z.string() })
  .meta({ id: "HealthExplanation", description: "One reason, with its code and values (reasons[] holds the same texts)" });

export const RenewalInfo = z
  .object({
    endDate: z.string().nullable().meta({ description: "The agreement's end date" }),
    daysLeft: z.number().int().nullable(),
    due: z.boolean().meta({ description: "Within 90 days of the end date (or past it)" }),
    milestone: z.number().int().nullable().meta({ description: "Reminder milestone that applies: 90, 60, 30 or 0 days before the end" }),
    nextStepCode: z.string(),
    suggestedNextStep: z.string(),
  })
  .meta({ id: "RenewalInfo" });

export const Health = z
  .object({
    engagementId: z.uuid(),
    stage: Stage,
    score: z.number().int().min(0).max(100),
    outlook: Outlook,
    thresholds: z
      .object({ likely: z.number(), atRisk: z.number() })
      .meta({ description: "score ≥ likely → likely; ≥ atRisk → at_risk; else unlikely" }),
    factors: z.array(HealthFactor),
    reasons: z.array(z.string()).meta({ description: "Why: the factors that lost points, most first" }),
    explanations: z.array(HealthExplanation),
    cappedBy: z.string().nullable().meta({ description: "A critical factor at 0 that keeps the outlook from 'likely'" }),
    renewal: RenewalInfo,
    computedAt: z.string(),
  })
  .meta({ id: "EngagementHealth" });
export type Health = z.infer<typeof Health>;

export const HealthListQuery = CursorQuery.extend({
  outlook: z
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
    .pipe(z.array(z.enum(OUTLOOKS, "Use likely, at_risk or unlikely.")))
    .meta({ description: "Comma-separated outlooks to keep, e.g. at_risk,unlikely", example: "at_risk,unlikely" }),
  ownerId: z.string().optional().meta({ description: "Only engagements of this owner" }),
});
export type HealthListQuery = z.infer<typeof HealthListQuery>;

export const HealthItem = z
  .object({
    engagementId: z.uuid(),
    title: z.string(),
    companyId: z.uuid(),
    companyName: z.string(),
    stage: Stage,
    ownerId: z.string().nullable(),
    score: z.number().int(),
    outlook: Outlook,
    topReasons: z.array(z.string()).meta({ description: "Up to three reasons, most points lost first" }),
    topExplanations: z.array(HealthExplanation),
    renewal: RenewalInfo,
  })
  .meta({ id: "HealthItem" });
export type HealthItem = z.infer<typeof HealthItem>;

export const HealthList = pageOf(HealthItem)
  .extend({
    thresholds: z.object({ likely: z.number(), atRisk: z.number() }),
    computedAt: z.string(),
  })
  .meta({ id: "HealthList", description: "The portfolio's running engagements (agreed, active, reviewing, renewed), worst score first" });

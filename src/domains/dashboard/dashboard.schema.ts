import { z } from "zod";
import { Stage } from "../engagements/engagements.schema.js";
import { Outlook } from "../health/health.schema.js";

// Browser-safe schemas of the dashboard (GET /dashboard): one answer with every chart's numbers, so the
// page needs a single request. docs/dashboard.md says what each number counts.

export const DashboardQuery = z.object({
  owner: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Only engagements of this owner (user id), or `none` for those without one" }),
  mode: z.string().trim().min(1).max(100).optional().meta({ description: "Only engagements with this engagement mode (key)" }),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

const Count = z.number().int().min(0);
const Money = z.number().meta({ description: "Sum in `currency`" });

export const StageCount = z.object({ stage: Stage, count: Count });

export const ModeCount = z.object({ mode: z.string(), label: z.string(), count: Count });

export const SizeCount = z.object({
  sizeClass: z.enum(["local", "sme", "large"]).nullable().meta({ description: "null: size not recorded" }),
  count: Count,
});

export const ModeValue = z.object({
  mode: z.string(),
  label: z.string(),
  money: Money.meta({ description: "Money pledged (engagement money amounts)" }),
  inKind: Money.meta({ description: "Estimated value of in-kind contributions" }),
  currency: z.string().nullable().meta({ description: "null: values recorded without a currency" }),
});

export const CurrencyTotal = z.object({ currency: z.string().nullable(), money: Money, inKind: Money, engagements: Count });

export const OverdueCommitment = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  engagementTitle: z.string(),
  companyName: z.string(),
  what: z.string(),
  who: z
    .object({ party: z.enum(["ngo", "company"]), name: z.string().nullable() })
    .meta({ description: "The NGO member or company contact who promised (name null when not named)" }),
  dueOn: z.string(),
  daysOverdue: z.number().int().min(1),
});

export const HighRisk = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  engagementTitle: z.string(),
  companyName: z.string(),
  title: z.string(),
  catalogueKey: z.string().nullable().meta({ description: "Key of the risk catalogue item it came from (null: written by hand)" }),
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int().meta({ description: "Current score: residual when assessed, else inherent" }),
});

export const MatrixRisk = z.object({
  id: z.uuid(),
  title: z.string(),
  catalogueKey: z.string().nullable().meta({ description: "Key of the risk catalogue item it came from (null: written by hand)" }),
  score: z.number().int(),
  engagementId: z.uuid(),
  engagementTitle: z.string(),
  companyName: z.string(),
});

export const MatrixCell = z.object({
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  band: z.enum(["low", "medium", "high"]),
  count: Count,
  risks: z.array(MatrixRisk).meta({ description: `The cell's risks, highest score first (at most ${20})` }),
});

export const AtRiskEngagement = z.object({
  engagementId: z.uuid(),
  title: z.string(),
  companyId: z.uuid(),
  companyName: z.string(),
  stage: Stage,
  score: z.number().int(),
  outlook: Outlook,
  topReasons: z.array(z.string()).meta({ description: "Up to three reasons from partnership health, in English" }),
  topFactors: z.array(z.string()).meta({ description: "The health factors behind topReasons (keys, for translated labels)" }),
});

const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ count: Count.meta({ description: "All of them (items are the first few)" }), items: z.array(item) });

export const Dashboard = z
  .object({
    filters: z.object({ owner: z.string().nullable(), mode: z.string().nullable() }),
    totals: z.object({
      open: Count.meta({ description: "Engagements not ended" }),
      running: Count.meta({ description: "Partnerships agreed, active, in review or renewed" }),
      ended: Count,
    }),
    funnel: z.array(StageCount).meta({ description: "Pipeline stages identified → reviewing, in order" }),
    outcomes: z.array(StageCount).meta({ description: "Renewed and ended, outside the funnel" }),
    byMode: z.array(ModeCount).meta({ description: "Engagements not ended, per mode (an engagement with two modes counts under both)" }),
    bySize: z.array(SizeCount).meta({ description: "Engagements not ended, by the company's size class" }),
    valueByMode: z.array(ModeValue).meta({
      description:
        "Running partnerships' money and in-kind value per mode and currency (an engagement's full value under each of its modes)",
    }),
    valueTotals: z.array(CurrencyTotal).meta({ description: "Running partnerships' value per currency, each engagement counted once" }),
    overdueCommitments: listOf(OverdueCommitment),
    risksAboveThreshold: listOf(HighRisk).extend({ threshold: z.number().int() }),
    riskMatrix: z
      .object({ total: Count, high: Count, threshold: z.number().int(), cells: z.array(MatrixCell) })
      .meta({ description: "Open risks on the 5 × 5 matrix (current basis), likelihood-major" }),
    atRisk: listOf(AtRiskEngagement).extend({
      source: z.literal("health").meta({ description: "Outlook at_risk or unlikely from partnership health" }),
    }),
    generatedAt: z.string(),
  })
  .meta({ id: "Dashboard" });
export type Dashboard = z.infer<typeof Dashboard>;

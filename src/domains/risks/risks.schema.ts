import { z } from "zod";
import { PageQuery, UpdatedSince } from "../../shared/pagination.js";
import { HIGH_RISK_THRESHOLD, MATRIX_BASES, RISK_STATUSES } from "./risks.rules.js";

// Browser-safe schemas of the risk catalogue, the engagement risk registers and the risk matrix.

const IsoDate = z.iso.date("Use a date like 2025-03-31.").meta({ description: "Calendar day, YYYY-MM-DD", example: "2025-09-30" });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const Level = z.number().int().min(1, "Use 1 (lowest) to 5 (highest).").max(5, "Use 1 (lowest) to 5 (highest).");
const optionalLevel = Level.nullish().transform((v) => v ?? null);
const Ref = z.object({ id: z.string(), name: z.string() });

export const CatalogueItemInput = z
  .object({
    title: z.string().trim().min(1, "The title is required.").max(300).meta({ example: "Company seeks PR more than change" }),
    description: optionalText(5000),
    suggestedMitigation: optionalText(5000),
    defaultLikelihood: optionalLevel.meta({ description: "Suggested likelihood (1–5) for new risks from this item" }),
    defaultImpact: optionalLevel.meta({ description: "Suggested impact (1–5)" }),
  })
  .meta({ id: "RiskCatalogueItemInput" });
export type CatalogueItemInput = z.infer<typeof CatalogueItemInput>;

export const CatalogueItemPatch = z
  .object({
    title: CatalogueItemInput.shape.title.optional(),
    description: CatalogueItemInput.shape.description.optional(),
    suggestedMitigation: CatalogueItemInput.shape.suggestedMitigation.optional(),
    defaultLikelihood: CatalogueItemInput.shape.defaultLikelihood.optional(),
    defaultImpact: CatalogueItemInput.shape.defaultImpact.optional(),
    position: z.number().int().min(0).max(100_000).optional(),
    archived: z.boolean().optional().meta({ description: "Archived items stay on existing risks but are not offered for new ones" }),
  })
  .meta({ id: "RiskCatalogueItemPatch" });
export type CatalogueItemPatch = z.infer<typeof CatalogueItemPatch>;

export const CatalogueItem = z
  .object({
    id: z.uuid(),
    key: z.string().nullable().meta({ description: "Key of a seeded item; null for the organisation's own" }),
    title: z.string(),
    description: z.string().nullable(),
    suggestedMitigation: z.string().nullable(),
    defaultLikelihood: z.number().int().nullable(),
    defaultImpact: z.number().int().nullable(),
    position: z.number().int(),
    archived: z.boolean(),
  })
  .meta({ id: "RiskCatalogueItem" });
export type CatalogueItem = z.infer<typeof CatalogueItem>;

export const MitigationInput = z
  .object({
    action: z
      .string()
      .trim()
      .min(1, "Say what is done.")
      .max(5000)
      .meta({ example: "Review the partner's campaign material before publication" }),
    ownerId: z
      .string()
      .nullish()
      .transform((v) => v ?? null)
      .meta({ description: "User id of who sees to it (a member of the organisation)" }),
    reviewOn: IsoDate.nullish()
      .transform((v) => v ?? null)
      .meta({ description: "When to review it" }),
  })
  .meta({ id: "RiskMitigationInput" });

const riskFields = {
  title: z.string().trim().min(1).max(300).meta({ description: "Default: the catalogue item's title (required for a custom risk)" }),
  description: optionalText(5000),
  likelihood: Level.meta({ description: "1 (rare) – 5 (almost certain)" }),
  impact: Level.meta({ description: "1 (negligible) – 5 (severe)" }),
  residualLikelihood: optionalLevel.meta({ description: "Likelihood after the mitigations (1–5)" }),
  residualImpact: optionalLevel.meta({ description: "Impact after the mitigations (1–5)" }),
  status: z.enum(RISK_STATUSES),
  mitigations: z.array(MitigationInput).max(50),
};

export const RiskInput = z
  .object({
    catalogueItemId: z
      .uuid("Not a valid catalogue item id.")
      .nullish()
      .transform((v) => v ?? null)
      .meta({ description: "The catalogue item this risk is an instance of; null for a custom risk" }),
    title: riskFields.title.optional(),
    description: riskFields.description,
    likelihood: riskFields.likelihood.optional().meta({ description: "1–5; default: the catalogue item's suggestion" }),
    impact: riskFields.impact.optional().meta({ description: "1–5; default: the catalogue item's suggestion" }),
    residualLikelihood: riskFields.residualLikelihood,
    residualImpact: riskFields.residualImpact,
    status: riskFields.status.default("open"),
    mitigations: riskFields.mitigations.default([]),
  })
  .meta({ id: "RiskInput" });
export type RiskInput = z.infer<typeof RiskInput>;

export const RiskPatch = z
  .object({
    title: riskFields.title.optional(),
    description: riskFields.description.optional(),
    likelihood: riskFields.likelihood.optional(),
    impact: riskFields.impact.optional(),
    residualLikelihood: riskFields.residualLikelihood.optional(),
    residualImpact: riskFields.residualImpact.optional(),
    status: riskFields.status.optional(),
    mitigations: riskFields.mitigations.optional().meta({ description: "Replaces the risk's mitigations" }),
  })
  .meta({ id: "RiskPatch" });
export type RiskPatch = z.infer<typeof RiskPatch>;

export const Mitigation = z
  .object({
    id: z.uuid(),
    action: z.string(),
    ownerId: z.string().nullable(),
    owner: Ref.nullable(),
    reviewOn: z.string().nullable(),
    reviewDue: z.boolean().meta({ description: "The review date has come" }),
  })
  .meta({ id: "RiskMitigation" });

export const Risk = z
  .object({
    id: z.uuid(),
    engagementId: z.uuid(),
    engagement: z.object({ id: z.string(), title: z.string() }),
    company: Ref,
    catalogueItemId: z.uuid().nullable(),
    catalogueKey: z.string().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    likelihood: z.number().int(),
    impact: z.number().int(),
    score: z.number().int().meta({ description: "likelihood × impact (1–25)" }),
    residualLikelihood: z.number().int().nullable(),
    residualImpact: z.number().int().nullable(),
    residualScore: z.number().int().nullable(),
    currentScore: z.number().int().meta({ description: "The residual score when assessed, else the inherent one" }),
    band: z.enum(["low", "medium", "high"]).meta({ description: `By current score: high ≥ ${HIGH_RISK_THRESHOLD}, medium ≥ 6` }),
    status: z.enum(RISK_STATUSES),
    closedAt: z.string().nullable(),
    mitigations: z.array(Mitigation),
    createdBy: Ref.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Risk" });
export type Risk = z.infer<typeof Risk>;

export const RiskListQuery = PageQuery.extend({
  minScore: z.coerce
    .number()
    .int()
    .min(1)
    .max(25)
    .optional()
    .meta({ description: `Only risks whose current score is at least this (the dashboard uses ${HIGH_RISK_THRESHOLD})` }),
  status: z
    .enum([...RISK_STATUSES, "all"])
    .default("open")
    .meta({ description: "Default: open risks" }),
  engagementId: z.string().optional(),
  updatedSince: UpdatedSince,
});
export type RiskListQuery = z.infer<typeof RiskListQuery>;

export const MatrixQuery = z.object({
  basis: z.enum(MATRIX_BASES).default("current").meta({
    description: "current: residual when assessed, else inherent; inherent; residual (risks without a residual assessment are left out)",
  }),
  status: z.enum([...RISK_STATUSES, "all"]).default("open"),
});
export type MatrixQuery = z.infer<typeof MatrixQuery>;

export const RiskMatrix = z
  .object({
    basis: z.enum(MATRIX_BASES),
    status: z.string(),
    threshold: z.number().int().meta({ description: "Score from which a cell counts as high" }),
    total: z.number().int().meta({ description: "Risks placed on the matrix" }),
    high: z.number().int().meta({ description: "Risks in cells scoring at least the threshold" }),
    cells: z
      .array(
        z.object({
          likelihood: z.number().int(),
          impact: z.number().int(),
          score: z.number().int(),
          band: z.enum(["low", "medium", "high"]),
          count: z.number().int(),
          riskIds: z.array(z.string()),
        }),
      )
      .meta({ description: "25 cells, likelihood-major (likelihood 1 impact 1…5, then likelihood 2 …)" }),
  })
  .meta({ id: "RiskMatrix" });
export type RiskMatrix = z.infer<typeof RiskMatrix>;

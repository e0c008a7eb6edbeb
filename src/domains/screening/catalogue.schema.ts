import { z } from "zod";
import { TEXT_LIMITS } from "../../shared/text-input.js";

// Browser-safe schemas of screening criteria catalogues: the one source for validation, OpenAPI and forms.

export const CRITERION_KINDS = ["hard_exclusion", "weighted"] as const;
export const CRITERION_GROUPS = ["core", "supply_chain"] as const;
export const SUPPLY_CHAIN_THEMES = [
  "commitment_governance",
  "traceability_risk_assessment",
  "purchasing_practices",
  "recruitment",
  "worker_voice",
  "monitoring",
  "remedy",
] as const;

const NACE = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{1,2})?$/, "Use a NACE Rev.2 division, group or class (11, 11.0, 11.01).");

export const CriterionKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,59}$/, "Use 2–60 lower-case letters, digits and underscores, starting with a letter.")
  .meta({ example: "labour_rights_record" });

export const Criterion = z
  .object({
    key: CriterionKey,
    title: z.string().trim().min(1).max(200),
    guidance: z.string().trim().min(1).max(5000).meta({ description: "What evidence to look for, and where" }),
    kind: z
      .enum(CRITERION_KINDS)
      .meta({ description: "hard_exclusion: failing it makes the risk critical; weighted: adds its weight to the risk" }),
    weight: z.number().int().min(1).max(5),
    group: z
      .enum(CRITERION_GROUPS)
      .default("core")
      .meta({ description: "supply_chain questions apply to companies with a supply chain and to every engage_to_reform case" }),
    theme: z.enum(SUPPLY_CHAIN_THEMES).optional(),
  })
  .meta({ id: "ScreeningCriterion" });
export type Criterion = z.infer<typeof Criterion>;

export const ExcludedSector = z
  .object({
    key: CriterionKey,
    label: z.string().trim().min(1).max(200),
    naceCodes: z.array(NACE).max(50).default([]),
    tags: z
      .array(z.string().trim().min(1).max(60))
      .max(50)
      .default([])
      .meta({ description: "Company tags that also mark the sector (case-insensitive)" }),
  })
  .meta({ id: "ExcludedSector" });
export type ExcludedSector = z.infer<typeof ExcludedSector>;

function uniqueKeys<T extends { key: string }>(items: T[], ctx: z.RefinementCtx, path: string) {
  const seen = new Set<string>();
  items.forEach((c, i) => {
    if (seen.has(c.key)) ctx.addIssue({ code: "custom", path: [path, i, "key"], message: `The key ${c.key} is used twice.` });
    seen.add(c.key);
  });
}

export const CatalogueContent = z
  .object({
    criteria: z.array(Criterion).min(1).max(100),
    excludedSectors: z.array(ExcludedSector).max(50).default([]),
  })
  .superRefine((v, ctx) => {
    uniqueKeys(v.criteria, ctx, "criteria");
    uniqueKeys(v.excludedSectors, ctx, "excludedSectors");
  })
  .meta({ id: "CatalogueContent" });
export type CatalogueContent = z.infer<typeof CatalogueContent>;

export const NetworkDraftInput = z
  .object({
    criteria: z.array(Criterion).min(1).max(100),
    excludedSectors: z.array(ExcludedSector).max(50).default([]),
    note: z
      .string()
      .trim()
      .max(TEXT_LIMITS.line)
      .nullish()
      .transform((v) => v || null)
      .meta({ description: "What changed, for the version history" }),
  })
  .superRefine((v, ctx) => {
    uniqueKeys(v.criteria, ctx, "criteria");
    uniqueKeys(v.excludedSectors, ctx, "excludedSectors");
  })
  .meta({ id: "NetworkCatalogueDraftInput" });
export type NetworkDraftInput = z.infer<typeof NetworkDraftInput>;

export const OVERRIDE_MODES = ["add", "disable", "reweight"] as const;

export const OverrideInput = z
  .object({
    mode: z
      .enum(OVERRIDE_MODES)
      .meta({ description: "add: a criterion of the organisation's own; disable: leave a criterion out; reweight: change its weight" }),
    weight: z.number().int().min(1).max(5).optional().meta({ description: "For reweight" }),
    criterion: Criterion.omit({ key: true }).optional().meta({ description: "For add: the criterion (its key is the path's)" }),
    note: z
      .string()
      .trim()
      .max(1000)
      .nullish()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.mode === "reweight" && v.weight === undefined)
      ctx.addIssue({ code: "custom", path: ["weight"], message: "Give the new weight (1–5)." });
    if (v.mode === "add" && !v.criterion) ctx.addIssue({ code: "custom", path: ["criterion"], message: "Describe the criterion to add." });
  })
  .meta({ id: "CatalogueOverrideInput" });
export type OverrideInput = z.infer<typeof OverrideInput>;

export const Override = z
  .object({
    key: z.string(),
    mode: z.enum(OVERRIDE_MODES),
    weight: z.number().int().optional(),
    criterion: Criterion.optional(),
    note: z.string().nullable().optional(),
  })
  .meta({ id: "CatalogueOverride" });
export type Override = z.infer<typeof Override>;

export const EffectiveCriterion = Criterion.extend({
  origin: z
    .enum(["base", "added", "reweighted"])
    .meta({ description: "base: as the network (or default) catalogue has it; added / reweighted by the organisation" }),
  baseWeight: z.number().int().optional(),
}).meta({ id: "EffectiveCriterion" });
export type EffectiveCriterion = z.infer<typeof EffectiveCriterion>;

export const CatalogueBase = z
  .object({
    kind: z.enum(["builtin", "network"]),
    networkId: z.string().nullable(),
    networkName: z.string().nullable(),
    versionId: z.string().nullable(),
    version: z.number().int().nullable(),
  })
  .meta({
    id: "CatalogueBase",
    description: "What an organisation's catalogue builds on: the built-in default or a network's published version",
  });
export type CatalogueBase = z.infer<typeof CatalogueBase>;

/** An organisation's effective catalogue, as one immutable version. */
export const OrgCatalogueVersion = z
  .object({
    id: z.uuid(),
    version: z.number().int(),
    base: CatalogueBase,
    criteria: z.array(EffectiveCriterion),
    disabled: z.array(z.object({ key: z.string(), title: z.string() })),
    excludedSectors: z.array(ExcludedSector),
    overrides: z.array(Override),
    warnings: z.array(z.string()).meta({ description: "Overrides that no longer apply (e.g. the network removed the criterion)" }),
    createdAt: z.string(),
  })
  .meta({ id: "OrgCatalogueVersion" });
export type OrgCatalogueVersion = z.infer<typeof OrgCatalogueVersion>;

export const OrgCatalogueSettings = z
  .object({
    adoptedNetworkId: z.string().nullable().meta({
      description:
        "The network whose catalogue the organisation adopted; null: its first network with a published catalogue, or the built-in default",
    }),
    overrides: z.array(Override),
    excludedSectors: z
      .array(ExcludedSector)
      .nullable()
      .meta({ description: "The organisation's own excluded sectors; null: those of the base catalogue" }),
    networks: z
      .array(z.object({ id: z.string(), name: z.string(), publishedVersion: z.number().int().nullable() }))
      .meta({ description: "Networks the organisation is an active member of" }),
  })
  .meta({ id: "OrgCatalogueSettings" });
export type OrgCatalogueSettings = z.infer<typeof OrgCatalogueSettings>;

export const AdoptionInput = z.object({ networkId: z.uuid().nullable() }).meta({ id: "CatalogueAdoptionInput" });
export const ExcludedSectorsInput = z
  .object({ excludedSectors: z.array(ExcludedSector).max(50).nullable() })
  .meta({ id: "ExcludedSectorsInput" });

export const NetworkCatalogueVersion = z
  .object({
    id: z.uuid(),
    networkId: z.uuid(),
    version: z.number().int(),
    status: z.enum(["draft", "published"]),
    criteria: z.array(Criterion),
    excludedSectors: z.array(ExcludedSector),
    note: z.string().nullable(),
    createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    createdAt: z.string(),
    publishedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: "NetworkCatalogueVersion" });
export type NetworkCatalogueVersion = z.infer<typeof NetworkCatalogueVersion>;

export const NetworkCatalogue = z
  .object({
    networkId: z.uuid(),
    published: NetworkCatalogueVersion.nullable().meta({
      description: "The latest published version; null: members use the built-in default",
    }),
    draft: NetworkCatalogueVersion.nullable().meta({ description: "The open draft (coordinators only)" }),
    builtinDefault: CatalogueContent.nullable().meta({ description: "The built-in default, when nothing is published yet" }),
  })
  .meta({ id: "NetworkCatalogue" });

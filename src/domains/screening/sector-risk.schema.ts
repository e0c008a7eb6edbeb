import { z } from "zod";
import { pageOf } from "../../shared/pagination.js";

// Browser-safe schemas of the sector-risk list (NACE sectors at high risk of trafficking) each organisation keeps.

export const SourceRef = z
  .object({
    title: z.string().trim().min(1, "Give the source's title.").max(300),
    publisher: z.string().trim().max(200).optional(),
    url: z.url("Use a full web address (https://…).").max(2000).optional(),
  })
  .meta({ id: "SourceRef" });
export type SourceRef = z.infer<typeof SourceRef>;

export const SectorRisk = z
  .object({
    naceCode: z
      .string()
      .trim()
      .regex(/^\d{2}(\.\d{1,2})?$/, "Use a NACE Rev.2 division, group or class (49, 81.2, 81.21).")
      .meta({ description: "Matches this code and every code below it", example: "81.2" }),
    label: z.string().trim().min(1, "Give the sector's name.").max(200),
    level: z.enum(["high", "medium"]),
    reason: z.string().trim().min(1, "Say why the sector is at risk.").max(2000),
    sources: z.array(SourceRef).max(20).default([]),
  })
  .meta({ id: "SectorRisk" });
export type SectorRisk = z.infer<typeof SectorRisk>;

export const SectorRiskInput = z
  .object({ items: z.array(SectorRisk).max(300) })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.items.forEach((s, i) => {
      if (seen.has(s.naceCode)) ctx.addIssue({ code: "custom", path: ["items", i, "naceCode"], message: `${s.naceCode} is listed twice.` });
      seen.add(s.naceCode);
    });
  })
  .meta({ id: "SectorRiskInput" });

export const SectorRiskList = z
  .object({
    items: z.array(SectorRisk),
    customised: z.boolean().meta({ description: "false: the built-in default list" }),
  })
  .meta({ id: "SectorRiskList" });
export type SectorRiskList = z.infer<typeof SectorRiskList>;

export const GoodsRiskList = pageOf(
  z.object({
    key: z.string(),
    good: z.string(),
    sectors: z.array(z.string()),
    countries: z.array(z.object({ country: z.string(), childLabour: z.boolean(), forcedLabour: z.boolean() })),
  }),
)
  .extend({
    provenance: z.object({
      title: z.string(),
      publisher: z.string(),
      url: z.string(),
      licence: z.string(),
      editions: z.string(),
      note: z.string(),
    }),
  })
  .meta({ id: "GoodsRiskList" });

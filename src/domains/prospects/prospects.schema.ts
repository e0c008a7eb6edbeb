import { z } from "zod";
import { CursorQuery } from "../../shared/pagination.js";
import { TEXT_LIMITS } from "../../shared/text-input.js";
import { CountryCode } from "../companies/companies.schema.js";
import { COMPANY_SIZES, DEFAULT_WEIGHTS, FIT_FACTORS, GAIN_KEYS, GOALS } from "./prospects.rules.js";

// Browser-safe schemas of prospects (whom to approach) and proposals (how to pitch).

const text = (max: number = TEXT_LIMITS.note) => z.string().trim().max(max);
const IsoDate = z.iso.date("Use a date like 2025-03-31.").meta({ description: "Calendar day, YYYY-MM-DD", example: "2025-03-31" });
const Uuid = z.uuid("Use the id of a record, a UUID.");
/** A NACE section letter (A–U) or a NACE code (two digits, optionally with its group and class). */
const SectorCode = z
  .string()
  .trim()
  .max(TEXT_LIMITS.code)
  .regex(/^([A-U]|\d{2}(\.\d{1,2})?)$/, "Use a NACE section letter (like I) or a NACE code (like 55 or 55.10).");

export const FitFactor = z
  .object({
    key: z.enum(FIT_FACTORS),
    points: z.number().meta({ description: "weight × value" }),
    weight: z.number(),
    value: z.number().min(-1).max(1).meta({ description: "How far the factor speaks for (1) or against (−1) approaching" }),
    code: z.string().meta({ description: "Stable code of the reason (the web app words it in the user's language)" }),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    reason: z.string().meta({ description: "The reason in English" }),
  })
  .meta({ id: "FitFactor" });

export const Fit = z
  .object({
    score: z.number().int().min(0).max(100),
    factors: z.array(FitFactor),
    doNotApproach: z.boolean().meta({ description: "Rejected by screening or on the organisation's black list" }),
  })
  .meta({ id: "Fit" });

export const Prospect = z
  .object({
    companyId: z.string(),
    name: z.string(),
    country: z.string(),
    naceCode: z.string().nullable(),
    naceLabel: z.string().nullable(),
    sizeClass: z.string().nullable(),
    riskScore: z.number().nullable().meta({ description: "Risk of the latest screening (0–100), null when never screened" }),
    decision: z.string().nullable(),
    fit: Fit,
  })
  .meta({ id: "Prospect" });
export type Prospect = z.infer<typeof Prospect>;

export const ProspectListQuery = CursorQuery.extend({
  q: z.string().trim().max(TEXT_LIMITS.query).optional().meta({ description: "Company name contains" }),
  minScore: z.coerce.number().int().min(0).max(100).optional(),
  includeDoNotApproach: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .meta({ description: "Also list companies that were rejected or are on the black list (hidden by default)" }),
}).meta({ id: "ProspectListQuery" });
export type ProspectListQuery = z.infer<typeof ProspectListQuery>;

const Weights = z.object(
  Object.fromEntries(FIT_FACTORS.map((k) => [k, z.number().int().min(0).max(100)])) as Record<(typeof FIT_FACTORS)[number], z.ZodNumber>,
);

export const ProspectSettings = z
  .object({
    goal: z.enum(GOALS),
    focusSectors: z.array(z.string()),
    countries: z.array(z.string()),
    sizes: z.array(z.enum(COMPANY_SIZES)),
    weights: Weights.meta({ description: `Per factor, 0–100 (default ${JSON.stringify(DEFAULT_WEIGHTS)})` }),
    shareEngagements: z.boolean().meta({ description: "Network peers may see which companies this organisation engages" }),
    brandColor: z.string().nullable(),
  })
  .meta({ id: "ProspectSettings" });
export type ProspectSettings = z.infer<typeof ProspectSettings>;

export const ProspectSettingsInput = z
  .object({
    goal: z.enum(GOALS).optional(),
    focusSectors: z.array(SectorCode).max(50).optional(),
    countries: z.array(CountryCode).max(60).optional(),
    sizes: z.array(z.enum(COMPANY_SIZES)).max(3).optional(),
    weights: Weights.partial().optional(),
    shareEngagements: z.boolean().optional(),
    brandColor: z
      .string()
      .trim()
      .max(TEXT_LIMITS.code)
      .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #1d4ed8.")
      .nullable()
      .optional(),
  })
  .meta({ id: "ProspectSettingsInput" });
export type ProspectSettingsInput = z.infer<typeof ProspectSettingsInput>;

export const PeerEngagement = z
  .object({
    organizationId: z.string(),
    organizationName: z.string(),
    networkName: z.string(),
    stage: z.string(),
    since: z.string(),
  })
  .meta({ id: "PeerEngagement" });

export const PeerCaseStudy = z
  .object({
    id: z.uuid().meta({ description: "The knowledge item (GET /api/v1/knowledge/{id})" }),
    title: z.string(),
    language: z.string(),
    organizationName: z.string(),
    networkName: z.string(),
  })
  .meta({ id: "PeerCaseStudy" });

export const StakeholderMap = z
  .object({
    companyId: z.string(),
    interests: z.string().nullable(),
    needs: z.string().nullable(),
    couldBring: z.string().nullable(),
    couldGain: z.string().nullable(),
    notes: z.string().nullable(),
    updatedAt: z.string().nullable(),
    contacts: z.array(z.object({ id: z.string(), name: z.string(), role: z.string().nullable(), email: z.string().nullable() })),
    peers: z.array(PeerEngagement),
    peerCaseStudies: z
      .array(PeerCaseStudy)
      .meta({ description: "Case studies network peers shared of their partnership with a company of the same name and country" }),
    fit: Fit,
  })
  .meta({ id: "StakeholderMap" });

const nullableText = (max: number = TEXT_LIMITS.note) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));
export const StakeholderMapInput = z
  .object({
    interests: nullableText(),
    needs: nullableText(),
    couldBring: nullableText(),
    couldGain: nullableText(),
    notes: nullableText(),
  })
  .partial()
  .meta({ id: "StakeholderMapInput" });
export type StakeholderMapInput = z.infer<typeof StakeholderMapInput>;

// ---- Proposals ----

export const ProposalContent = z
  .object({
    problem: text(),
    partnership: text(),
    companyGains: z.array(z.object({ key: z.enum(GAIN_KEYS), text: text(TEXT_LIMITS.line) })).max(GAIN_KEYS.length),
    ngoGains: text(),
    activities: z
      .array(
        z.object({
          what: text(TEXT_LIMITS.line).min(1, "Say what the activity is."),
          when: IsoDate.nullable().default(null),
          result: text(TEXT_LIMITS.line).default(""),
        }),
      )
      .max(50),
    visibility: text(),
    budget: z.object({
      amount: z.number().min(0).max(1e12).nullable().default(null),
      currency: z
        .string()
        .trim()
        .max(TEXT_LIMITS.code)
        .regex(/^[A-Z]{3}$/, "Use an ISO 4217 currency code, like EUR.")
        .nullable()
        .default(null),
      inKind: text(TEXT_LIMITS.line).default(""),
    }),
    confidentiality: text(),
    storyIds: z
      .array(Uuid)
      .max(10)

      .meta({ description: "Survivors' stories quoted: each needs a consent covering partner materials for this company" }),
  })
  .meta({ id: "ProposalContent" });

export const ProposalInput = z
  .object({
    companyId: Uuid,
    title: z.string().trim().min(1, "The proposal needs a title.").max(TEXT_LIMITS.name),
    modes: z.array(z.string().trim().min(1).max(TEXT_LIMITS.id)).max(10).default([]),
    language: z.enum(["en", "de"]).optional().meta({ description: "Language of the document (default: the caller's)" }),
    engagementId: Uuid.nullable().optional(),
    content: ProposalContent.partial()
      .optional()
      .meta({ description: "Steps already written; the rest is pre-filled with suggested wording for the modes and sector" }),
  })
  .meta({ id: "ProposalInput" });
export type ProposalInput = z.infer<typeof ProposalInput>;

export const ProposalPatch = z
  .object({
    title: z.string().trim().min(1).max(TEXT_LIMITS.name).optional(),
    modes: z.array(z.string().trim().min(1).max(TEXT_LIMITS.id)).max(10).optional(),
    language: z.enum(["en", "de"]).optional(),
    engagementId: Uuid.nullable().optional(),
    content: ProposalContent.partial().optional(),
  })
  .meta({ id: "ProposalPatch" });
export type ProposalPatch = z.infer<typeof ProposalPatch>;

export const Proposal = z
  .object({
    id: z.string(),
    companyId: z.string(),
    companyName: z.string(),
    engagementId: z.string().nullable(),
    title: z.string(),
    language: z.enum(["en", "de"]),
    modes: z.array(z.string()),
    content: ProposalContent,
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Proposal" });
export type Proposal = z.infer<typeof Proposal>;

export const ProposalVersion = z
  .object({ version: z.number().int(), title: z.string(), savedAt: z.iso.datetime({ offset: true }), savedBy: z.string().nullable() })
  .meta({ id: "ProposalVersion" });

export const ProposalListQuery = CursorQuery.extend({ companyId: Uuid.optional(), engagementId: Uuid.optional() }).meta({
  id: "ProposalListQuery",
});
export type ProposalListQuery = z.infer<typeof ProposalListQuery>;

export const DocumentQuery = z.object({
  version: z.coerce.number().int().min(1).max(100_000).optional().meta({ description: "An earlier version (default: the current one)" }),
});

export const FirstContactQuery = z.object({
  mode: z.string().trim().max(TEXT_LIMITS.id).optional().meta({ description: "Engagement mode key (default: the company's best fit)" }),
  language: z.enum(["en", "de"]).optional(),
  contactId: Uuid.optional(),
});
export const FirstContact = z
  .object({
    subject: z.string(),
    body: z.string(),
    to: z.string().nullable(),
    mailto: z.string().meta({ description: "A mailto: link that opens the user's own mail client with the letter" }),
  })
  .meta({ id: "FirstContact" });
export type FirstContact = z.infer<typeof FirstContact>;

export const SuggestionQuery = z.object({
  language: z.enum(["en", "de"]).optional().meta({ description: "Language of the wording (default: the proposal's)" }),
});

export const WordingSuggestion = z
  .object({
    itemId: z.string().meta({ description: "The knowledge hub item the wording comes from (read it at /knowledge/{itemId})" }),
    title: z.string().meta({ description: "The item's title" }),
    text: z.string().meta({ description: "The wording, with the company's and organisation's names filled in" }),
    language: z.enum(["en", "de"]),
    source: z
      .enum(["organization", "network", "built_in"])
      .meta({ description: "Whose item it is: the organisation's own, a network's, or built into Partnerwise" }),
    gain: z.enum(GAIN_KEYS).nullable().meta({ description: "For the gains step: the gain the wording describes" }),
  })
  .meta({ id: "WordingSuggestion" });
export type WordingSuggestion = z.infer<typeof WordingSuggestion>;

export const ProposalSuggestions = z
  .object({
    language: z.enum(["en", "de"]),
    steps: z.array(
      z.object({
        step: z.enum(["problem", "partnership", "gains", "ngoGains", "visibility", "confidentiality"]),
        suggestions: z.array(WordingSuggestion).meta({ description: "Best first: the organisation's own, its networks', built-in" }),
      }),
    ),
  })
  .meta({ id: "ProposalSuggestions" });
export type ProposalSuggestions = z.infer<typeof ProposalSuggestions>;

import { z } from "zod";
import { TEXT_LIMITS } from "../../shared/text-input.js";
import { KnowledgeLanguage } from "./knowledge.schema.js";

// A case study written from an engagement: the pre-filled draft (without anything confidential) and the
// optional confidential parts its author may include.

export const CASE_STUDY_PART_KINDS = ["company_name", "contacts", "amounts", "risks", "story"] as const;

const PartKey = z
  .string()
  .regex(/^(company_name|contacts|amounts|risks|story:[0-9a-fA-F-]{36})$/, "Not a confidential part of this case study.")
  .meta({ description: "`company_name`, `contacts`, `amounts`, `risks` or `story:<story id>`", example: "company_name" });

export const CaseStudyPart = z
  .object({
    key: PartKey,
    kind: z.enum(CASE_STUDY_PART_KINDS),
    label: z.string().meta({ description: "What the part is (a story's title for a story)" }),
    adds: z.string().meta({ description: "The Markdown the part adds to the case study when included" }),
    available: z.boolean().meta({ description: "False when it cannot be included (a story without a consent covering knowledge sharing)" }),
    reason: z.string().nullable().meta({
      description: "Why it cannot be included: a consent-coverage reason such as `no_consent`, `channel_not_covered`, `consent_expired`",
    }),
  })
  .meta({ id: "CaseStudyPart" });
export type CaseStudyPart = z.infer<typeof CaseStudyPart>;

export const CaseStudyDraft = z
  .object({
    engagementId: z.uuid(),
    language: KnowledgeLanguage,
    title: z.string(),
    body: z.string().meta({
      description: "Markdown: sector and country, modes, how it started, what was agreed, results, lessons — nothing confidential",
    }),
    tags: z.array(z.string()),
    parts: z.array(CaseStudyPart).meta({ description: "The confidential parts, left out unless included" }),
    networks: z
      .array(z.object({ id: z.uuid(), name: z.string() }))
      .meta({ description: "Networks the organisation may share the case study with" }),
  })
  .meta({ id: "CaseStudyDraft" });
export type CaseStudyDraft = z.infer<typeof CaseStudyDraft>;

export const CaseStudyDraftQuery = z.object({
  language: KnowledgeLanguage.optional().meta({ description: "The draft's language (default: English)" }),
});

export const CaseStudyInput = z
  .object({
    language: KnowledgeLanguage,
    title: z.string().trim().min(1, "Give the case study a title.").max(TEXT_LIMITS.name).optional(),
    body: z
      .string()
      .max(TEXT_LIMITS.document)
      .optional()
      .meta({ description: "The author's edit of the draft's body (default: the draft's); included parts are added by the server" }),
    include: z
      .array(PartKey)
      .max(50)
      .default([])
      .meta({ description: "Confidential parts to include; every other one is refused if found in title or body" }),
    scope: z.enum(["private", "network"]).default("private"),
    networkId: z
      .uuid("Not a valid network id.")
      .nullish()
      .transform((v) => v ?? null),
  })
  .meta({ id: "CaseStudyInput" });
export type CaseStudyInput = z.infer<typeof CaseStudyInput>;

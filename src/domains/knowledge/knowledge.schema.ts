import { z } from "zod";
import { PageQuery } from "../../shared/pagination.js";
import { TEXT_LIMITS } from "../../shared/text-input.js";
import { KNOWLEDGE_KINDS, KNOWLEDGE_LANGUAGES, KNOWLEDGE_SCOPES, KNOWLEDGE_STATUSES, normaliseTag } from "./knowledge.constants.js";

// Browser-safe schemas of the knowledge hub: engagement modes, practice guides, case studies, templates,
// lessons learnt and checklists, written in Markdown, private, shared with a network or public.

const IsoDate = z.iso.date("Use a date like 2026-03-31.").meta({ description: "Calendar day, YYYY-MM-DD", example: "2026-03-31" });

const Tags = z
  .array(z.string().trim().min(1, "A tag cannot be empty.").max(80))
  .max(40)
  .transform((tags) => [...new Set(tags.map(normaliseTag))])
  .meta({
    description:
      "Tags: a need as its bare key (knowledge, selection, presenting, approach, risk, sustaining); `mode:<engagement mode key>`, " +
      "`stage:<engagement stage>`, `sector:<NACE code>`, `country:<ISO 3166 alpha-2>`; any other short word is a free tag",
    example: ["selection", "mode:employment_reintegration", "country:DE"],
  });

export const KnowledgeKind = z.enum(KNOWLEDGE_KINDS).meta({ id: "KnowledgeKind" });
export const KnowledgeLanguage = z.enum(KNOWLEDGE_LANGUAGES).meta({ id: "KnowledgeLanguage" });
export const KnowledgeScope = z.enum(KNOWLEDGE_SCOPES).meta({ id: "KnowledgeScope" });
export const KnowledgeStatus = z.enum(KNOWLEDGE_STATUSES).meta({ id: "KnowledgeStatus" });

const fields = {
  title: z.string().trim().min(1, "Give the item a title.").max(TEXT_LIMITS.name).meta({ example: "Approaching a mobile operator" }),
  body: z.string().max(TEXT_LIMITS.document).meta({ description: "Markdown (rendered sanitised: raw HTML is shown as text)" }),
  language: KnowledgeLanguage,
  scope: KnowledgeScope,
  networkId: z
    .uuid("Not a valid network id.")
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: "The network a network-scope item is shared with (for a public item: the network whose public pages show it)" }),
  kind: KnowledgeKind,
  tags: Tags,
  reviewedOn: IsoDate.meta({ description: "When the content was last checked to be right" }),
};

export const KnowledgeInput = z
  .object({
    title: fields.title,
    body: fields.body.default(""),
    language: fields.language,
    scope: fields.scope.default("private"),
    networkId: fields.networkId,
    kind: fields.kind.default("practice_guide"),
    tags: fields.tags.default([]),
    reviewedOn: fields.reviewedOn.optional(),
  })
  .meta({ id: "KnowledgeInput" });
export type KnowledgeInput = z.infer<typeof KnowledgeInput>;

export const KnowledgePatch = z
  .object({
    title: fields.title.optional(),
    body: fields.body.optional(),
    language: fields.language.optional(),
    scope: fields.scope.optional(),
    networkId: fields.networkId.optional(),
    kind: fields.kind.optional(),
    tags: fields.tags.optional(),
    reviewedOn: fields.reviewedOn.optional(),
  })
  .meta({ id: "KnowledgePatch" });
export type KnowledgePatch = z.infer<typeof KnowledgePatch>;

const Ref = z.object({ id: z.string(), name: z.string() });

const summaryShape = {
  id: z.uuid(),
  kind: KnowledgeKind,
  title: z.string(),
  excerpt: z.string().meta({ description: "The start of the body as plain text" }),
  language: KnowledgeLanguage,
  scope: KnowledgeScope,
  status: KnowledgeStatus,
  network: Ref.nullable(),
  tags: z.array(z.string()),
  builtIn: z.boolean().meta({ description: "Written by Partnerwise and shipped with it (read-only; copy it to adapt it)" }),
  organization: Ref.nullable().meta({ description: "The organisation that wrote it (null for built-in items)" }),
  own: z.boolean().meta({ description: "Whether it belongs to the caller's organisation" }),
  author: Ref.nullable(),
  reviewedOn: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
};

export const KnowledgeSummary = z.object(summaryShape).meta({ id: "KnowledgeSummary" });
export type KnowledgeSummary = z.infer<typeof KnowledgeSummary>;

export const KnowledgeFile = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    url: z.string().meta({
      description: "Where the signed-in app reads it (`/api/v1/knowledge/<item>/files/<file>`); what an image in the body points at",
    }),
    uploadedBy: Ref.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "KnowledgeFile" });
export type KnowledgeFile = z.infer<typeof KnowledgeFile>;

export const KnowledgeItem = z
  .object({
    ...summaryShape,
    body: z.string(),
    networkId: z.uuid().nullable(),
    createdAt: z.string(),
    canEdit: z.boolean().meta({ description: "Whether the caller may change it (its organisation's rules, or a coordinator curating)" }),
    files: z.array(KnowledgeFile).meta({ description: "Its images and attachments, oldest first" }),
    links: z.array(z.object({ id: z.uuid(), title: z.string() })).meta({
      description: "The items its body links to that the caller may read (a link to any other item is rendered as plain text)",
    }),
  })
  .meta({ id: "KnowledgeItem" });
export type KnowledgeItem = z.infer<typeof KnowledgeItem>;

export const KnowledgeVersion = z
  .object({
    version: z.number().int(),
    title: z.string(),
    body: z.string(),
    language: KnowledgeLanguage,
    scope: KnowledgeScope,
    tags: z.array(z.string()),
    editedBy: Ref.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "KnowledgeVersion" });
export type KnowledgeVersion = z.infer<typeof KnowledgeVersion>;

const csv = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
  );

export const KnowledgeListQuery = PageQuery.extend({
  q: z.string().trim().max(500).optional().meta({ description: "Full-text search, each item in its own language (German or English)" }),
  tags: csv
    .pipe(z.array(z.string().max(80)))
    .meta({ description: "Comma-separated tags; an item must carry all of them", type: "string" } as never),
  kind: KnowledgeKind.optional(),
  language: KnowledgeLanguage.optional(),
  scope: KnowledgeScope.optional(),
  mine: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .meta({ description: "Only the caller's organisation's items" }),
});
export type KnowledgeListQuery = z.infer<typeof KnowledgeListQuery>;

/** A public item, as anyone may read it (no organisation-internal fields). */
export const PublicKnowledgeItem = z
  .object({
    id: z.uuid(),
    kind: KnowledgeKind,
    title: z.string(),
    body: z.string(),
    language: KnowledgeLanguage,
    tags: z.array(z.string()),
    organization: z.string().nullable().meta({ description: "Name of the organisation that wrote it (null for built-in items)" }),
    reviewedOn: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: "PublicKnowledgeItem" });
export type PublicKnowledgeItem = z.infer<typeof PublicKnowledgeItem>;

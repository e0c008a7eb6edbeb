import { z } from "zod";
import { PageQuery, UpdatedSince } from "../../shared/pagination.js";
import { STORY_CHANNELS, STORY_KINDS } from "./stories.consent.js";

// Browser-safe schemas of survivors' stories, consents and uses.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const IsoDate = z.iso.date("Use a date like 2025-03-31.").meta({ description: "Calendar day, YYYY-MM-DD", example: "2025-03-31" });
const UserRef = z.object({ id: z.string(), name: z.string() }).nullable();
export const Channel = z.enum(STORY_CHANNELS).meta({ id: "StoryChannel" });

export const StoryInput = z
  .object({
    title: z.string().trim().min(1, "The story needs a title.").max(300).meta({ example: "From the hotline to a new job" }),
    text: z
      .string()
      .trim()
      .min(1, "The story needs a text.")
      .max(50_000)
      .meta({ description: "Anonymised text (or, for an image, its description)" }),
    kind: z.enum(STORY_KINDS).default("testimony"),
    anonymised: z.boolean().default(true).meta({ description: "The text has been anonymised (the default expectation)" }),
    personName: optionalText(300).meta({
      description: "Restricted: stored only when the organisation enables 'store names'; returned only on explicit request",
    }),
  })
  .meta({ id: "StoryInput" });
export type StoryInput = z.infer<typeof StoryInput>;

export const StoryPatch = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    text: z.string().trim().min(1).max(50_000).optional(),
    kind: z.enum(STORY_KINDS).optional(),
    anonymised: z.boolean().optional(),
    personName: optionalText(300).optional(),
  })
  .meta({ id: "StoryPatch" });
export type StoryPatch = z.infer<typeof StoryPatch>;

export const Story = z
  .object({
    id: z.uuid(),
    title: z.string(),
    text: z.string().optional().meta({ description: "Present on GET /stories/{id}, and in lists with include=text" }),
    kind: z.enum(STORY_KINDS),
    anonymised: z.boolean(),
    hasPersonName: z.boolean(),
    personName: z.string().nullable().optional().meta({ description: "Only with include=personName" }),
    activeConsents: z.number().int().meta({ description: "Consents neither withdrawn nor expired" }),
    uses: z.number().int(),
    flaggedUses: z.number().int().meta({ description: "Uses no consent covers any more" }),
    createdBy: UserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Story" });
export type Story = z.infer<typeof Story>;

export const StoryGetQuery = z.object({
  include: z.enum(["personName"]).optional().meta({ description: "personName: also return the restricted name (audited)" }),
});

export const StoryListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().meta({ description: "Words of the title" }),
  kind: z.enum(STORY_KINDS).optional(),
  updatedSince: UpdatedSince,
  include: z.enum(["text"]).optional().meta({ description: "text: include each story's text (every story returned is audited as viewed)" }),
});
export type StoryListQuery = z.infer<typeof StoryListQuery>;

export const ConsentInput = z
  .object({
    reference: z
      .string()
      .trim()
      .min(1, "Give the pseudonymous reference of the person who consented.")
      .max(200)
      .meta({ description: "Pseudonymous reference, never a name", example: "TP-2025-014" }),
    channels: z.array(Channel).min(1, "Name at least one channel.").max(STORY_CHANNELS.length),
    engagementId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null)
      .meta({ description: "Only for this engagement (partner)" }),
    companyId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null)
      .meta({ description: "Only for this company (partner)" }),
    validFrom: IsoDate,
    validUntil: IsoDate.nullish()
      .transform((v) => v ?? null)
      .meta({ description: "Last valid day; open-ended when absent" }),
  })
  .refine((c) => !c.validUntil || c.validUntil >= c.validFrom, { message: "validUntil is before validFrom.", path: ["validUntil"] })
  .meta({ id: "ConsentInput" });
export type ConsentInput = z.infer<typeof ConsentInput>;

export const Consent = z
  .object({
    id: z.uuid(),
    storyId: z.uuid(),
    reference: z.string(),
    channels: z.array(Channel),
    engagementId: z.string().nullable(),
    companyId: z.string().nullable(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    status: z.enum(["active", "not_yet_valid", "expired", "withdrawn"]),
    recordedBy: UserRef,
    createdAt: z.string(),
    withdrawnAt: z.string().nullable(),
    withdrawnBy: UserRef,
    withdrawalNote: z.string().nullable(),
  })
  .meta({ id: "Consent" });
export type Consent = z.infer<typeof Consent>;

export const WithdrawInput = z.object({ note: optionalText(2000) }).meta({ id: "ConsentWithdrawInput" });

export const UseInput = z
  .object({
    engagementId: z.uuid("Not a valid engagement id."),
    channel: Channel,
    usedOn: IsoDate.optional().meta({ description: "Day of the use; defaults to today" }),
    note: optionalText(2000),
  })
  .meta({ id: "StoryUseInput" });
export type UseInput = z.infer<typeof UseInput>;

export const StoryUse = z
  .object({
    id: z.uuid(),
    storyId: z.uuid(),
    engagementId: z.string().nullable(),
    engagement: z.object({ id: z.string(), title: z.string() }).nullable(),
    companyId: z.string().nullable(),
    channel: Channel,
    usedOn: z.string(),
    note: z.string().nullable(),
    consentId: z.string().nullable().meta({ description: "The consent that allowed it when recorded" }),
    flagged: z.boolean().meta({ description: "No valid consent covers this use any more: take it down" }),
    flagReason: z
      .enum(["no_consent", "consent_withdrawn", "channel_not_covered", "partner_not_covered", "consent_not_yet_valid", "consent_expired"])
      .nullable(),
    recordedBy: UserRef,
    createdAt: z.string(),
  })
  .meta({ id: "StoryUse" });
export type StoryUse = z.infer<typeof StoryUse>;

export const StoryAccessEntry = z
  .object({ userId: z.string(), name: z.string(), email: z.string(), role: z.string(), grantedBy: UserRef, grantedAt: z.string() })
  .meta({ id: "StoryAccessEntry" });
export const StoryAccessInput = z
  .object({ userIds: z.array(z.string().min(1)).max(500).meta({ description: "Every member who may open stories (replaces the list)" }) })
  .meta({ id: "StoryAccessInput" });
export const StorySettings = z
  .object({
    storeNames: z
      .boolean()
      .meta({ description: "Allow storing a person's name in the restricted field; turning it off erases stored names" }),
  })
  .meta({ id: "StorySettings" });

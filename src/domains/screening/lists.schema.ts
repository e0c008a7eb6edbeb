import { z } from "zod";
import { PageQuery } from "../../shared/pagination.js";
import { CountryCode } from "../companies/companies.schema.js";

// Browser-safe schemas of black and white lists and their sharing with networks.

export const LISTS = ["black", "white"] as const;
export const SHARE_MODES = ["name_and_decision", "with_rationale"] as const;

const UserRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const ListEntryInput = z
  .object({
    list: z.enum(LISTS),
    companyName: z
      .string()
      .trim()
      .min(1, "Give the company's name.")
      .max(300)
      .optional()
      .meta({ description: "Default: the linked company's name" }),
    country: CountryCode.optional().meta({ description: "Default: the linked company's country" }),
    companyId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null)
      .meta({ description: "A company of your register this entry is about" }),
    reason: z.string().trim().min(1, "Say why the company is on the list.").max(5000),
  })
  .superRefine((v, ctx) => {
    if (!v.companyId && !v.companyName)
      ctx.addIssue({ code: "custom", path: ["companyName"], message: "Give the company's name (or link a company)." });
    if (!v.companyId && !v.country)
      ctx.addIssue({ code: "custom", path: ["country"], message: "Give the company's country (or link a company)." });
  })
  .meta({ id: "ListEntryInput" });
export type ListEntryInput = z.infer<typeof ListEntryInput>;

export const ListEntryPatch = z
  .object({
    list: z.enum(LISTS).optional(),
    companyName: z.string().trim().min(1, "Give the company's name.").max(300).optional(),
    country: CountryCode.optional(),
    companyId: z.uuid().nullable().optional(),
    reason: z.string().trim().min(1, "Say why the company is on the list.").max(5000).optional(),
  })
  .meta({ id: "ListEntryPatch" });
export type ListEntryPatch = z.infer<typeof ListEntryPatch>;

export const ListShare = z
  .object({
    networkId: z.uuid(),
    networkName: z.string(),
    mode: z.enum(SHARE_MODES),
    sharedBy: UserRef,
    sharedAt: z.string(),
  })
  .meta({ id: "ListShare" });

export const ListEntry = z
  .object({
    id: z.uuid(),
    list: z.enum(LISTS),
    companyName: z.string(),
    country: z.string(),
    companyId: z.string().nullable(),
    reason: z.string(),
    shares: z.array(ListShare).meta({ description: "Networks this entry is shared with; nothing is shared without an explicit share" }),
    createdBy: UserRef,
    updatedBy: UserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "ListEntry" });
export type ListEntry = z.infer<typeof ListEntry>;

export const ShareInput = z
  .object({
    networkId: z.uuid(),
    mode: z.enum(SHARE_MODES).meta({
      description: "name_and_decision: other members see the company and the list, not the reason; with_rationale: also the reason",
    }),
  })
  .meta({ id: "ListShareInput" });
export type ShareInput = z.infer<typeof ShareInput>;

/** An entry another member organisation shared into one of your networks: a signal, never a verdict. */
export const SharedEntry = z
  .object({
    list: z.enum(LISTS),
    companyName: z.string(),
    country: z.string(),
    organizationName: z.string(),
    networkId: z.string(),
    networkName: z.string(),
    mode: z.enum(SHARE_MODES),
    sharedAt: z.string(),
    reason: z.string().optional().meta({ description: "Only when shared with_rationale" }),
  })
  .meta({ id: "SharedListEntry" });
export type SharedEntry = z.infer<typeof SharedEntry>;

export const ListQuery = PageQuery.extend({
  list: z.enum(LISTS).optional(),
  q: z.string().trim().max(200).optional().meta({ description: "Part of the company name" }),
  companyId: z.uuid().optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const SharedQuery = PageQuery.extend({
  list: z.enum(LISTS).optional(),
  q: z.string().trim().max(200).optional(),
});
export type SharedQuery = z.infer<typeof SharedQuery>;

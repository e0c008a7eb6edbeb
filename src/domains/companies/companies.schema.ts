import { z } from "zod";
import { UpdatedSince, PageQuery } from "../../shared/pagination.js";
import countries from "i18n-iso-countries";
import { SCREENING_DECISIONS, SCREENING_FILTERS } from "../screening/decisions.js";
import { WatchlistChange } from "../watchlists/watchlists.schema.js";

// Browser-safe schemas of the business register: the one source for validation, OpenAPI and forms.

export const SIZE_CLASSES = ["local", "sme", "large"] as const;

export const CountryCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => /^[A-Z]{2}$/.test(s) && countries.isValid(s), { message: "Use an ISO 3166-1 alpha-2 country code, like DE or FR." })
  .meta({ description: "ISO 3166-1 alpha-2 country code", example: "DE" });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

const url = z
  .string()
  .trim()
  .max(2000)
  .nullish()
  .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : null))
  .refine((v) => v === null || URL.canParse(v), { message: "Not a valid web address." });

export const NaceCode = z
  .string()
  .trim()
  .regex(/^([A-U]|\d{2}(\.\d{1,2})?)$/, "Use a NACE Rev.2 code: a section letter (C) or a division/group/class (10, 10.1, 10.11).")
  .meta({ example: "49.41" });

const CompanyFields = z.object({
  name: z
    .string()
    .trim()
    .min(1, "The legal name is required.")
    .max(300)
    .meta({ description: "Legal name", example: "Müller Logistik GmbH" }),
  otherNames: z.array(z.string().trim().min(1).max(300)).max(50),
  legalForm: optionalText(80),
  country: CountryCode,
  registrationId: optionalText(100),
  website: url,
  naceCode: NaceCode.nullish().transform((v) => v ?? null),
  naceLabel: optionalText(300),
  sizeClass: z
    .enum(SIZE_CLASSES)
    .nullish()
    .transform((v) => v ?? null),
  description: optionalText(5000),
  tags: z.array(z.string().trim().min(1).max(60)).max(50),
  csrPolicyUrl: url,
  ownerId: z
    .string()
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: "User id of the relationship owner (a member of the organisation)" }),
  primaryContactId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
});

/** A new company: lists default to empty. */
export const CompanyInput = CompanyFields.extend({
  otherNames: CompanyFields.shape.otherNames.default([]),
  tags: CompanyFields.shape.tags.default([]),
}).meta({ id: "CompanyInput" });
export type CompanyInput = z.infer<typeof CompanyInput>;

/** A change: only the fields sent are touched (no defaults, so absent lists stay as they are). */
export const CompanyPatch = CompanyFields.partial().meta({ id: "CompanyPatch" });
export type CompanyPatch = z.infer<typeof CompanyPatch>;

export const UserRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const Company = z
  .object({
    id: z.uuid(),
    name: z.string().meta({ description: "Legal name" }),
    otherNames: z.array(z.string()),
    legalForm: z.string().nullable(),
    country: z.string().meta({ description: "ISO 3166-1 alpha-2" }),
    registrationId: z.string().nullable(),
    website: z.string().nullable(),
    naceCode: z.string().nullable(),
    naceLabel: z.string().nullable(),
    sizeClass: z.enum(SIZE_CLASSES).nullable(),
    description: z.string().nullable(),
    tags: z.array(z.string()),
    csrPolicyUrl: z.string().nullable(),
    ownerId: z.string().nullable(),
    owner: UserRef,
    primaryContactId: z.string().nullable(),
    activeContactCount: z.number().int(),
    importBatchId: z.string().nullable(),
    screening: z
      .object({
        decision: z.enum(SCREENING_DECISIONS),
        decidedAt: z.string(),
        rescreenOn: z.string().nullable(),
        overdue: z.boolean(),
        watchlistsChanged: z.boolean().meta({
          description: "The matching engine or a watchlist changed since this screening (or it was not recorded): offer a re-screen",
        }),
        watchlistChanges: z.array(WatchlistChange),
      })
      .nullable()
      .meta({ description: "Current screening status: the latest decided screening (null: never decided)" }),
    createdBy: UserRef,
    updatedBy: UserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Company" });
export type Company = z.infer<typeof Company>;

export const COMPANY_SORTS = ["name", "-name", "country", "-country", "createdAt", "-createdAt", "updatedAt", "-updatedAt"] as const;

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

export const CompanyListQuery = PageQuery.extend({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .meta({ description: "Search: misspelt or accent-less names (trigram) and words of the description (full text)" }),
  country: csv.meta({ description: "Comma-separated ISO codes" }),
  sector: csv.meta({ description: "Comma-separated NACE codes or prefixes (C, 10, 10.1)" }),
  size: csv.meta({ description: "Comma-separated size classes" }),
  tag: csv.meta({ description: "Comma-separated tags (any of)" }),
  owner: z.string().optional().meta({ description: "User id of the relationship owner, or 'none'" }),
  noActiveContact: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  screening: z
    .enum(SCREENING_FILTERS)
    .optional()
    .meta({ description: "none: never decided; a decision: the current one; overdue: re-screening date passed" }),
  sort: z.enum(COMPANY_SORTS).optional(),
  updatedSince: UpdatedSince,
});
export type CompanyListQuery = z.infer<typeof CompanyListQuery>;

export const MergeInput = z
  .object({
    sourceId: z.uuid().meta({ description: "The duplicate: everything attached to it moves to the target, then it is removed" }),
  })
  .meta({ id: "CompanyMergeInput" });

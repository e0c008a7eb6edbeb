import { z } from "zod";
import { UpdatedSince, PageQuery } from "../../shared/pagination.js";
import { ISO_639_1 } from "./languages.js";

// Browser-safe schemas of contacts (people at companies) and their employment history.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const IsoDate = z.iso.date("Use a date like 2025-03-31.").meta({ description: "Calendar day, YYYY-MM-DD", example: "2025-03-31" });

const email = z
  .string()
  .trim()
  .max(320)
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || z.email().safeParse(v).success, { message: "Not a valid e-mail address." })
  .meta({ example: "anna.schmidt@example.com" });

const phone = z
  .string()
  .trim()
  .max(50)
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || (/^\+?[\d\s().\-/]+((\s*(x|ext\.?)\s*)\d+)?$/i.test(v) && (v.match(/\d/g)?.length ?? 0) >= 3), {
    message: "Not a valid phone number (digits, spaces, + ( ) - . / allowed).",
  })
  .meta({ example: "+49 30 1234567" });

const language = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v.toLowerCase() : null))
  .refine((v) => v === null || ISO_639_1.has(v), { message: "Use an ISO 639-1 language code, like de or fr." })
  .meta({ description: "ISO 639-1 language code", example: "de" });

const uuid = (what: string) => z.uuid(`Not a valid ${what} id.`);

export const ContactInput = z
  .object({
    name: z.string().trim().min(1, "The name is required.").max(300).meta({ example: "Anna Schmidt" }),
    roleTitle: optionalText(200).meta({
      description: "Job title; also the title of the employment created with companyId",
      example: "Head of Sustainability",
    }),
    email,
    phone,
    preferredLanguage: language,
    notes: optionalText(5000),
    companyId: uuid("company")
      .nullish()
      .transform((v) => v ?? null)
      .meta({ description: "A company of your organisation the person works at now" }),
    startedOn: IsoDate.nullish()
      .transform((v) => v ?? null)
      .meta({ description: "When they started at companyId" }),
  })
  .meta({ id: "ContactInput" });
export type ContactInput = z.infer<typeof ContactInput>;

export const ContactPatch = ContactInput.omit({ companyId: true, startedOn: true }).partial().meta({ id: "ContactPatch" });
export type ContactPatch = z.infer<typeof ContactPatch>;

export const EmploymentInput = z
  .object({
    companyId: uuid("company"),
    title: optionalText(200),
    startedOn: IsoDate.nullish().transform((v) => v ?? null),
  })
  .meta({ id: "EmploymentInput" });
export type EmploymentInput = z.infer<typeof EmploymentInput>;

export const LeaveInput = z
  .object({
    companyId: uuid("company").optional().meta({ description: "The company they left; required when they work at several" }),
    leftOn: IsoDate.optional().meta({ description: "Leaving date; defaults to today" }),
    joinCompanyId: uuid("company").optional().meta({ description: "A company of your organisation they moved to (starting on leftOn)" }),
    joinTitle: optionalText(200),
  })
  .meta({ id: "ContactLeaveInput" });
export type LeaveInput = z.infer<typeof LeaveInput>;

export const EraseInput = z
  .object({
    reason: z.string().trim().min(1, "Say why the contact is erased.").max(1000).meta({
      description: "Why the data is erased (kept in the audit log; the person's name, e-mail and phone are removed from it)",
      example: "Erasure request under GDPR Art. 17 received by e-mail",
    }),
  })
  .meta({ id: "ContactEraseInput" });

const UserRef = z.object({ id: z.string(), name: z.string() }).nullable();
const CompanyRef = z.object({ id: z.uuid(), name: z.string() });

export const Employment = z
  .object({
    id: z.uuid(),
    companyId: z.uuid(),
    companyName: z.string(),
    title: z.string().nullable(),
    startedOn: z.string().nullable(),
    endedOn: z.string().nullable(),
    active: z.boolean().meta({ description: "True while endedOn is empty" }),
  })
  .meta({ id: "Employment" });
export type Employment = z.infer<typeof Employment>;

export const Contact = z
  .object({
    id: z.uuid(),
    name: z.string(),
    roleTitle: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    preferredLanguage: z.string().nullable(),
    notes: z.string().nullable(),
    employments: z.array(Employment).meta({ description: "Active first, then former, newest first" }),
    currentCompanies: z.array(CompanyRef),
    createdBy: UserRef,
    updatedBy: UserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Contact" });
export type Contact = z.infer<typeof Contact>;

export const LeaveResult = z
  .object({
    contact: Contact,
    orphanedCompanies: z.array(CompanyRef).meta({ description: "Companies that now have no active contact at all" }),
    primaryContactLost: z.array(CompanyRef).meta({ description: "Companies where this person was the primary contact (now cleared)" }),
  })
  .meta({ id: "ContactLeaveResult" });
export type LeaveResult = z.infer<typeof LeaveResult>;

export const CONTACT_STATUSES = ["active", "left", "all"] as const;
export const CONTACT_SORTS = ["name", "-name", "updatedAt", "-updatedAt"] as const;

export const ContactListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional().meta({ description: "Search: misspelt or accent-less names (trigram) and e-mail" }),
  companyId: z.uuid().optional().meta({ description: "People who work or worked at this company" }),
  status: z
    .enum(CONTACT_STATUSES)
    .default("all")
    .meta({ description: "active: works at a company now (at companyId, if given); left: worked there but no longer; all" }),
  sort: z.enum(CONTACT_SORTS).optional(),
  updatedSince: UpdatedSince,
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;

export const ContactExport = z
  .object({
    exportedAt: z.string(),
    organizationId: z.string(),
    contact: Contact.omit({ employments: true, currentCompanies: true }),
    employments: z.array(Employment),
    primaryContactOf: z.array(CompanyRef),
    auditEntries: z.array(
      z.object({
        id: z.number(),
        at: z.string(),
        actorName: z.string().nullable(),
        action: z.string(),
        entityType: z.string(),
        entityId: z.string().nullable(),
        summary: z.string().nullable(),
        details: z.unknown(),
      }),
    ),
  })
  .meta({ id: "ContactExport", description: "Everything Partnerwise holds about one person (GDPR Art. 15/20)" });
export type ContactExport = z.infer<typeof ContactExport>;

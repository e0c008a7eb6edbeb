import { z } from "zod";
import { PageQuery, UpdatedSince } from "../../shared/pagination.js";
import { ExportOptions } from "../imports/exports.schema.js";
import { AGREEMENT_KINDS, COMMITMENT_STATUSES, PARTIES } from "./agreements.rules.js";
import { TEXT_LIMITS } from "../../shared/text-input.js";

// Browser-safe schemas of agreements, indicators, commitments, check-ins and monitoring schedules.

const IsoDate = z.iso.date("Use a date like 2025-03-31.").meta({ description: "Calendar day, YYYY-MM-DD", example: "2025-03-31" });
const optionalDate = IsoDate.nullish().transform((v) => v ?? null);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const list = (what: string) => z.array(z.string().trim().min(1).max(TEXT_LIMITS.line)).max(100).meta({ description: what });
const Ref = z.object({ id: z.string(), name: z.string() });
const num = z.number().finite().min(-1e12).max(1e12);

// ---- Agreement -------------------------------------------------------------------------------------

export const AgreementInput = z
  .object({
    kind: z.enum(AGREEMENT_KINDS).default("mou").meta({ description: "mou: memorandum of understanding; contract" }),
    goals: optionalText(10_000).meta({ description: "Goals of the partnership (the draft falls back on the engagement's goals)" }),
    ngoResponsibilities: list("What the NGO does").default([]),
    companyResponsibilities: list("What the company does").default([]),
    activities: list("Activities agreed").default([]),
    startsOn: optionalDate,
    endsOn: optionalDate,
    ngoSignedOn: optionalDate.meta({ description: "Day the NGO signed" }),
    companySignedOn: optionalDate.meta({ description: "Day the company signed" }),
    confidentialityClause: optionalText(10_000),
    nameUseTerms: optionalText(10_000).meta({ description: "How each party may use the other's name and logo" }),
    publicStatementTerms: optionalText(10_000).meta({ description: "What the partner may say publicly about the partnership" }),
    confidential: z.boolean().default(false).meta({ description: "Keep the partnership out of anything published" }),
    clearedForPublication: z
      .boolean()
      .default(false)
      .meta({ description: "The partner agreed that the partnership appears in public reports" }),
  })
  .refine((a) => !a.startsOn || !a.endsOn || a.startsOn <= a.endsOn, {
    message: "The end date is before the start date.",
    path: ["endsOn"],
  })
  .meta({ id: "AgreementInput" });
export type AgreementInput = z.infer<typeof AgreementInput>;

export const SignedFile = z
  .object({
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedBy: Ref.nullable(),
    uploadedAt: z.string(),
  })
  .meta({ id: "AgreementSignedFile" });
export type SignedFile = z.infer<typeof SignedFile>;

export const Indicator = z
  .object({
    id: z.uuid(),
    engagementId: z.uuid(),
    name: z.string(),
    unit: z.string().nullable(),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    position: z.number().int(),
    latest: z.object({ value: z.number(), on: z.string() }).nullable().meta({ description: "The most recent check-in value" }),
    progress: z
      .number()
      .nullable()
      .meta({ description: "(latest − baseline) / (target − baseline), 0–1+ (null without baseline, target or a value)" }),
  })
  .meta({ id: "AgreementIndicator" });
export type Indicator = z.infer<typeof Indicator>;

export const Agreement = z
  .object({
    id: z.uuid(),
    engagementId: z.uuid(),
    kind: z.enum(AGREEMENT_KINDS),
    goals: z.string().nullable(),
    ngoResponsibilities: z.array(z.string()),
    companyResponsibilities: z.array(z.string()),
    activities: z.array(z.string()),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    ngoSignedOn: z.string().nullable(),
    companySignedOn: z.string().nullable(),
    signed: z.boolean().meta({ description: "Both parties have signed" }),
    confidentialityClause: z.string().nullable(),
    nameUseTerms: z.string().nullable(),
    publicStatementTerms: z.string().nullable(),
    confidential: z.boolean(),
    clearedForPublication: z.boolean(),
    signedFile: SignedFile.nullable(),
    indicators: z.array(Indicator),
    createdBy: Ref.nullable(),
    updatedBy: Ref.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Agreement" });
export type Agreement = z.infer<typeof Agreement>;

export const IndicatorInput = z
  .object({
    name: z.string().trim().min(1, "Name the indicator.").max(TEXT_LIMITS.name).meta({ example: "Survivors employed" }),
    unit: optionalText(60).meta({ example: "people" }),
    baseline: num.nullish().transform((v) => v ?? null),
    target: num.nullish().transform((v) => v ?? null),
    position: z.number().int().min(0).max(100_000).optional(),
  })
  .meta({ id: "AgreementIndicatorInput" });
export type IndicatorInput = z.infer<typeof IndicatorInput>;

export const IndicatorPatch = z
  .object({
    name: IndicatorInput.shape.name.optional(),
    unit: IndicatorInput.shape.unit.optional(),
    baseline: IndicatorInput.shape.baseline.optional(),
    target: IndicatorInput.shape.target.optional(),
    position: IndicatorInput.shape.position,
  })
  .meta({ id: "AgreementIndicatorPatch" });
export type IndicatorPatch = z.infer<typeof IndicatorPatch>;

// ---- Template --------------------------------------------------------------------------------------

export const DraftQuery = z
  .object({
    lang: z
      .enum(["en", "de"])
      .default("en")
      .meta({ description: "Language of the draft: the built-in template, dates, the values' labels and what a missing value prints as" }),
  })
  .meta({ id: "DraftAgreementQuery" });

export const TemplateQuery = z
  .object({
    lang: z
      .enum(["en", "de"])
      .default("en")
      .meta({ description: "Language of the built-in template, answered while the organisation has no template of its own" }),
  })
  .meta({ id: "AgreementTemplateQuery" });

export const TemplateInput = z
  .object({
    body: z
      .string()
      .max(100_000)
      .refine((s) => s.trim().length > 0, "The template is empty.")
      .meta({ description: "Markdown-ish text with {{placeholders}}" }),
  })
  .meta({ id: "AgreementTemplateInput" });

export const Template = z
  .object({
    body: z.string(),
    isDefault: z.boolean().meta({ description: "True while the organisation uses the built-in template" }),
    placeholders: z.array(z.object({ name: z.string(), description: z.string() })),
    syntax: z.string().meta({ description: "How the text is laid out" }),
    updatedBy: Ref.nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: "AgreementTemplate" });
export type Template = z.infer<typeof Template>;

// ---- Commitments -----------------------------------------------------------------------------------

const commitmentFields = {
  party: z.enum(PARTIES).meta({ description: "Who promised: the NGO or the company" }),
  userId: z
    .string()
    .max(TEXT_LIMITS.id)
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: "For the NGO: the member who promised" }),
  contactId: z
    .uuid("Not a valid contact id.")
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: "For the company: the contact who promised" }),
  description: z.string().trim().min(1, "Say what was promised.").max(5000).meta({ example: "Share the supplier audit results" }),
  dueOn: optionalDate,
  status: z.enum(COMMITMENT_STATUSES),
};

export const CommitmentInput = z
  .object({ ...commitmentFields, status: commitmentFields.status.default("open") })
  .meta({ id: "CommitmentInput" });
export type CommitmentInput = z.infer<typeof CommitmentInput>;

export const CommitmentPatch = z
  .object({
    party: commitmentFields.party.optional(),
    userId: commitmentFields.userId.optional(),
    contactId: commitmentFields.contactId.optional(),
    description: commitmentFields.description.optional(),
    dueOn: commitmentFields.dueOn.optional(),
    status: commitmentFields.status.optional(),
  })
  .meta({ id: "CommitmentPatch" });
export type CommitmentPatch = z.infer<typeof CommitmentPatch>;

export const Commitment = z
  .object({
    id: z.uuid(),
    engagementId: z.uuid(),
    engagement: z.object({ id: z.string(), title: z.string() }),
    company: Ref,
    party: z.enum(PARTIES),
    userId: z.string().nullable(),
    user: Ref.nullable(),
    contactId: z.string().nullable(),
    contact: z.object({ id: z.string(), name: z.string() }).nullable(),
    description: z.string(),
    dueOn: z.string().nullable(),
    status: z.enum(COMMITMENT_STATUSES),
    overdue: z.boolean().meta({ description: "Open and the due day has passed" }),
    doneAt: z.string().nullable(),
    contactLeftOn: z.string().nullable().meta({ description: "The company contact who promised has left the company (hand it over)" }),
    createdBy: Ref.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Commitment" });
export type Commitment = z.infer<typeof Commitment>;

export const CommitmentListQuery = PageQuery.extend({
  overdue: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true"))
    .meta({ description: "true: only overdue ones (open, due before today)" }),
  status: z
    .string()
    .optional()
    .transform((s) =>
      s
        ? s
            .split(",")
            .map((x) => x.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(z.enum(COMMITMENT_STATUSES)))
    .meta({ description: "Comma-separated statuses", type: "string" } as never),
  party: z.enum(PARTIES).optional(),
  engagementId: z.string().optional(),
  updatedSince: UpdatedSince,
  userId: z.string().optional().meta({ description: "Only this member's commitments" }),
  dueBefore: IsoDate.optional().meta({ description: "Due on or before this day" }),
});
export type CommitmentListQuery = z.infer<typeof CommitmentListQuery>;
export type CommitmentFilters = Omit<CommitmentListQuery, "limit" | "offset">;

/** The list's filters, for GET /commitments/export. */
export const CommitmentExportQuery = CommitmentListQuery.omit({ limit: true, offset: true }).extend(ExportOptions);
export type CommitmentExportQuery = z.infer<typeof CommitmentExportQuery>;

// ---- Check-ins and monitoring ----------------------------------------------------------------------

export const CheckInInput = z
  .object({
    occurredOn: IsoDate,
    notes: optionalText(TEXT_LIMITS.note),
    values: z
      .array(z.object({ indicatorId: z.uuid("Not a valid indicator id."), value: num }))
      .max(200)
      .default([])
      .refine((vs) => new Set(vs.map((v) => v.indicatorId)).size === vs.length, "Each indicator once.")
      .meta({ description: "Indicator values observed (indicators of this engagement's agreement)" }),
  })
  .meta({ id: "CheckInInput" });
export type CheckInInput = z.infer<typeof CheckInInput>;

export const CheckIn = z
  .object({
    id: z.uuid(),
    engagementId: z.uuid(),
    occurredOn: z.string(),
    notes: z.string().nullable(),
    values: z.array(z.object({ indicatorId: z.string(), indicator: z.string(), unit: z.string().nullable(), value: z.number() })),
    createdBy: Ref.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "CheckIn" });
export type CheckIn = z.infer<typeof CheckIn>;

export const ScheduleInput = z
  .object({
    enabled: z.boolean().default(true),
    intervalDays: z.number().int().min(7, "At least weekly: 7 days or more.").max(730).default(90),
    toleranceDays: z
      .number()
      .int()
      .min(0)
      .max(90)
      .default(14)
      .meta({ description: "A check-in this many days before or after the expected date counts" }),
    startsOn: optionalDate.meta({ description: "First day of the schedule; null: the agreement's start date" }),
  })
  .refine((s) => s.toleranceDays * 2 < s.intervalDays, {
    message: "The tolerance must be less than half the interval.",
    path: ["toleranceDays"],
  })
  .meta({ id: "MonitoringScheduleInput" });
export type ScheduleInput = z.infer<typeof ScheduleInput>;

export const Monitoring = z
  .object({
    engagementId: z.uuid(),
    schedule: z.object({
      enabled: z.boolean(),
      source: z.enum(["default", "custom"]).meta({ description: "default: from the code-of-conduct mode; custom: set on this engagement" }),
      intervalDays: z.number().int(),
      toleranceDays: z.number().int(),
      startsOn: z
        .string()
        .nullable()
        .meta({ description: "The day the schedule counts from (after falling back on the agreement's start)" }),
      endsOn: z.string().nullable(),
    }),
    reason: z.string().nullable().meta({ description: "Why nothing is expected (no schedule, no start date)" }),
    expected: z.array(
      z.object({
        due: z.string(),
        from: z.string(),
        until: z.string(),
        status: z.enum(["done", "missed", "due", "upcoming"]),
        checkInOn: z.string().nullable(),
      }),
    ),
    missed: z.array(z.string()).meta({ description: "Expected dates whose window closed without a check-in" }),
    nextDue: z.string().nullable(),
    lastCheckIn: z.string().nullable(),
  })
  .meta({ id: "Monitoring" });
export type Monitoring = z.infer<typeof Monitoring>;

import { z } from "zod";
import { PageQuery, UpdatedSince } from "../../shared/pagination.js";
import { ExportOptions } from "../imports/exports.schema.js";

// Browser-safe schemas of the acknowledgement log: where the NGO publicly thanked or featured a partner.

export const ACKNOWLEDGEMENT_CHANNELS = ["annual_report", "website", "social_media", "event", "press", "other"] as const;
export type AcknowledgementChannel = (typeof ACKNOWLEDGEMENT_CHANNELS)[number];

const IsoDate = z.iso.date("Use a date like 2025-03-31.").meta({ description: "Calendar day, YYYY-MM-DD", example: "2025-03-31" });
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
  .refine((v) => v === null || URL.canParse(v), { message: "Not a valid web address." })
  .meta({ description: "Link to the publication (http or https)", example: "https://example.org/annual-report-2025" });

const fields = {
  channel: z.enum(ACKNOWLEDGEMENT_CHANNELS).meta({ id: "AcknowledgementChannel" }),
  occurredOn: IsoDate.meta({ description: "When it was published or held" }),
  title: z.string().trim().min(1, "Say what it was.").max(300).meta({ example: "Thanks to our partners — Annual report 2025, p. 12" }),
  url,
  notes: optionalText(5000),
  engagementId: z
    .uuid("Not a valid engagement id.")
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: "The engagement it belongs to (optional; same company)" }),
};

export const AcknowledgementInput = z.object(fields).meta({ id: "AcknowledgementInput" });
export type AcknowledgementInput = z.infer<typeof AcknowledgementInput>;

/** The same fields, with the company: for POST /acknowledgements. */
export const AcknowledgementCreate = AcknowledgementInput.extend({ companyId: z.uuid("Not a valid company id.") }).meta({
  id: "AcknowledgementCreate",
});
export type AcknowledgementCreate = z.infer<typeof AcknowledgementCreate>;

export const AcknowledgementPatch = z
  .object({
    channel: fields.channel.optional(),
    occurredOn: fields.occurredOn.optional(),
    title: fields.title.optional(),
    url: fields.url.optional(),
    notes: fields.notes.optional(),
    engagementId: fields.engagementId.optional(),
  })
  .meta({ id: "AcknowledgementPatch" });
export type AcknowledgementPatch = z.infer<typeof AcknowledgementPatch>;

const Ref = z.object({ id: z.string(), name: z.string() });

export const Acknowledgement = z
  .object({
    id: z.uuid(),
    companyId: z.uuid(),
    company: Ref,
    engagementId: z.uuid().nullable(),
    engagement: z.object({ id: z.string(), title: z.string() }).nullable(),
    channel: z.enum(ACKNOWLEDGEMENT_CHANNELS),
    occurredOn: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    notes: z.string().nullable(),
    createdBy: Ref.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Acknowledgement" });
export type Acknowledgement = z.infer<typeof Acknowledgement>;

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

export const AcknowledgementListQuery = PageQuery.extend({
  companyId: z.string().optional().meta({ description: "Only this company's" }),
  engagementId: z.string().optional().meta({ description: "Only this engagement's" }),
  updatedSince: UpdatedSince,
  channel: csv.pipe(z.array(z.enum(ACKNOWLEDGEMENT_CHANNELS))).meta({ description: "Comma-separated channels", type: "string" } as never),
  from: IsoDate.optional().meta({ description: "On or after this day" }),
  to: IsoDate.optional().meta({ description: "On or before this day" }),
});
export type AcknowledgementListQuery = z.infer<typeof AcknowledgementListQuery>;
export type AcknowledgementFilters = Omit<AcknowledgementListQuery, "limit" | "offset">;

/** The list's filters, for GET /acknowledgements/export. */
export const AcknowledgementExportQuery = AcknowledgementListQuery.omit({ limit: true, offset: true }).extend(ExportOptions);
export type AcknowledgementExportQuery = z.infer<typeof AcknowledgementExportQuery>;

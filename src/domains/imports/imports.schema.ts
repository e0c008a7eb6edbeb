import { z } from "zod";
import { CompanyListQuery } from "../companies/companies.schema.js";
import { ContactInput, ContactListQuery } from "../contacts/contacts.schema.js";
import { ExportFormatField } from "./exports.schema.js";
import { COMPANY_FIELDS, CONTACT_FIELDS, IMPORT_KINDS } from "./imports.fields.js";
import { TEXT_LIMITS } from "../../shared/text-input.js";

// Browser-safe schemas of spreadsheet import and export: request parts, responses, and the contact row.

export const ImportKindSchema = z.enum(IMPORT_KINDS).meta({ description: "What the rows are", example: "companies" });

const ALL_FIELDS = [...new Set([...COMPANY_FIELDS, ...CONTACT_FIELDS])] as [string, ...string[]];

/** `{field: columnName}` — which column of the file feeds which field. */
export const MappingSchema = z.partialRecord(z.enum(ALL_FIELDS), z.string().min(1)).meta({
  id: "ImportMapping",
  description: "Field → column name of the file",
  example: { name: "Firma", country: "Land", registrationId: "Handelsregister" },
});

export const DECISIONS = ["skip", "merge", "create"] as const;
export const DecisionsSchema = z
  .record(z.string().regex(/^(\d+|\*)$/, "Keys are row numbers (or * for every duplicate)."), z.enum(DECISIONS))
  .meta({
    id: "ImportDecisions",
    description: 'What to do with each duplicate row, by row number; "*" sets the default. Unlisted duplicates are skipped.',
    example: { "7": "merge", "12": "create" },
  });
export type Decisions = z.infer<typeof DecisionsSchema>;

export const RowError = z.object({
  field: z.string().meta({ description: "Field of the mapping (or 'row')", example: "country" }),
  column: z.string().nullable().meta({ description: "Column of the file the value came from", example: "Land" }),
  message: z.string().meta({ example: 'Unknown country "Germny". Use an ISO code (DE) or a country name.' }),
  code: z.string().optional().meta({
    description:
      "Stable code of the reason, for translations: required, unknown_country, unknown_size, unknown_language, invalid.<zod issue code>",
    example: "unknown_country",
  }),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .optional()
    .meta({ description: "Values behind the code (value: the cell as written; minimum, maximum, format)", example: { value: "Germny" } }),
});
export type RowError = z.infer<typeof RowError>;

export const InvalidRow = z.object({
  row: z.number().int().meta({ description: "Row number as in the spreadsheet (the header is row 1)", example: 5 }),
  errors: z.array(RowError),
});
export type InvalidRow = z.infer<typeof InvalidRow>;

export const DuplicateRow = z
  .object({
    row: z.number().int(),
    name: z.string(),
    existing: z.object({
      id: z.string().nullable().meta({ description: "The existing record, or null when the match is an earlier row of the same file" }),
      row: z.number().int().nullable().meta({ description: "The earlier row of the same file, when the duplicate is within the file" }),
      name: z.string(),
      country: z.string().nullable().optional(),
      registrationId: z.string().nullable().optional(),
      email: z.string().nullable().optional(),
    }),
    reason: z.string().meta({ example: "near-identical name in the same country" }),
    similarity: z.number().nullable().meta({
      description:
        "Trigram similarity of the folded names (1 = identical; name duplicates need ≥ 0.8); null when matched by registration number or email",
    }),
  })
  .meta({ id: "ImportDuplicate" });
export type DuplicateRow = z.infer<typeof DuplicateRow>;

export const ParseWarning = z.object({ row: z.number().int().nullable(), message: z.string() });

export const ImportFieldInfo = z.object({ field: z.string(), label: z.string(), required: z.boolean(), hint: z.string().nullable() });

export const ImportPreview = z
  .object({
    kind: ImportKindSchema,
    format: z.enum(["csv", "xlsx"]),
    delimiter: z.string().nullable().meta({ description: "The CSV delimiter found", example: ";" }),
    columns: z.array(z.string()),
    fields: z.array(ImportFieldInfo).meta({ description: "Fields a column can be mapped to" }),
    suggestedMapping: MappingSchema,
    rowCount: z.number().int(),
    sample: z.array(z.record(z.string(), z.string())).meta({ description: "The first 10 data rows, by column" }),
    warnings: z.array(ParseWarning),
  })
  .meta({ id: "ImportPreview" });
export type ImportPreview = z.infer<typeof ImportPreview>;

export const NewCompany = z.object({ name: z.string(), country: z.string(), rows: z.array(z.number().int()) });

export const DryRunResult = z
  .object({
    kind: ImportKindSchema,
    mapping: MappingSchema,
    rowCount: z.number().int(),
    valid: z.number().int().meta({ description: "Rows that can be imported" }),
    invalid: z.array(InvalidRow),
    duplicates: z.array(DuplicateRow),
    newCompanies: z.array(NewCompany).meta({ description: "Contacts import: companies not in the register that the import would create" }),
    warnings: z.array(ParseWarning),
  })
  .meta({ id: "ImportDryRun" });
export type DryRunResult = z.infer<typeof DryRunResult>;

export const CommitResult = z
  .object({
    batchId: z.uuid(),
    created: z.number().int(),
    merged: z.number().int(),
    skipped: z.number().int().meta({ description: "Rows not imported: duplicates skipped and invalid rows left out" }),
    invalid: z.number().int(),
    companiesCreated: z.number().int().meta({ description: "Contacts import: companies created for contacts" }),
  })
  .meta({ id: "ImportResult" });
export type CommitResult = z.infer<typeof CommitResult>;

const UserRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const ImportBatch = z
  .object({
    id: z.uuid(),
    kind: ImportKindSchema,
    filename: z.string().nullable(),
    createdCount: z.number().int(),
    mergedCount: z.number().int(),
    skippedCount: z.number().int(),
    createdBy: UserRef,
    createdAt: z.string(),
    undoneAt: z.string().nullable(),
    undoneBy: UserRef,
  })
  .meta({ id: "ImportBatch" });
export type ImportBatch = z.infer<typeof ImportBatch>;

export const UndoResult = z
  .object({
    batch: ImportBatch,
    removed: z.object({ companies: z.number().int(), contacts: z.number().int() }),
    restored: z.number().int().meta({ description: "Existing records the import had merged into, restored to their state before" }),
    keptChanges: z
      .array(z.object({ id: z.string(), fields: z.array(z.string()) }))
      .meta({ description: "Merged fields changed by someone since the import: left as they are" }),
  })
  .meta({ id: "ImportUndo" });

/** One contact row of a spreadsheet, after cell clean-up: the contact's own rules, plus its company. */
export const ContactImportRow = ContactInput.pick({
  name: true,
  roleTitle: true,
  email: true,
  phone: true,
  preferredLanguage: true,
  notes: true,
}).extend({
  companyName: z.string().trim().max(TEXT_LIMITS.name).nullable(),
  companyRegistrationId: z.string().trim().max(100).nullable(),
  companyCountry: z.string().nullable(),
});
export type ContactImportRow = z.infer<typeof ContactImportRow>;

const Format = ExportFormatField;

export const CompanyExportQuery = CompanyListQuery.omit({ limit: true, offset: true }).extend({ format: Format });
export type CompanyExportQuery = z.infer<typeof CompanyExportQuery>;

export const ContactExportQuery = ContactListQuery.omit({ limit: true, offset: true }).extend({ format: Format });
export type ContactExportQuery = z.infer<typeof ContactExportQuery>;

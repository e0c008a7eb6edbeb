import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { uploadLimitOf } from "../../server/upload-limit.js";
import { PageQuery, pageOf } from "../../shared/pagination.js";
import * as exportsService from "./exports.service.js";
import { fileResponse } from "./exports.writer.js";
import { streamDownload } from "../../server/download.js";
import { MAX_IMPORT_BYTES } from "./imports.parse.js";
import {
  CommitResult,
  CompanyExportQuery,
  ContactExportQuery,
  DecisionsSchema,
  DryRunResult,
  ImportBatch,
  ImportKindSchema,
  ImportPreview,
  MappingSchema,
  UndoResult,
} from "./imports.schema.js";
import * as imports from "./imports.service.js";
import { TEXT_LIMITS } from "../../shared/text-input.js";

const tags = ["Imports"];
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });

/** A form field holding JSON, validated by `schema`. */
const jsonField = <T extends z.ZodTypeAny>(schema: T, description: string) =>
  z
    .string()
    .max(TEXT_LIMITS.document)
    .optional()
    .transform((s, ctx) => {
      if (!s) return undefined;
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "Not valid JSON." });
        return z.NEVER;
      }
    })
    .pipe(schema.optional())
    .meta({ description, type: "string", maxLength: TEXT_LIMITS.document } as never);

const fileField = z
  .custom<File>(
    (v) => typeof v === "object" && v !== null && typeof (v as Blob).arrayBuffer === "function",
    "Attach the spreadsheet (CSV or XLSX) as the form field `file`.",
  )
  .meta({
    type: "string",
    format: "binary",
    description: "The spreadsheet: CSV (, ; or tab; UTF-8) or XLSX (first sheet), up to 20 MB",
  } as never);

const UploadForm = z.object({
  file: fileField,
  kind: ImportKindSchema,
  mapping: jsonField(MappingSchema, 'JSON {field: columnName}; default: the suggested mapping. Example: {"name":"Firma","country":"Land"}'),
});
const CommitForm = UploadForm.extend({
  decisions: jsonField(DecisionsSchema, 'JSON {row: "skip"|"merge"|"create"} for duplicate rows; default skip'),
  allowInvalid: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .meta({ description: "true: import the valid rows and leave the invalid ones out" }),
});

const upload = <T extends z.ZodTypeAny>(description: string, schema: T) => ({
  body: { content: { "multipart/form-data": { schema } }, required: true as const, description },
});
const limit = uploadLimitOf(() => MAX_IMPORT_BYTES);
const uploadErrors = { ...errorResponses, 413: problemResponse("File larger than 20 MB") };

async function fileOf(file: File) {
  return { filename: file.name || "upload", bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Spreadsheet import (preview, dry run, commit, undo) and export. Mounted before the companies routes so /companies/export is not taken for an id. */
export const importsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/imports/preview",
      tags,
      summary: "Read a spreadsheet: its columns, a suggested mapping and the first rows",
      middleware: [limit] as const,
      request: upload("The spreadsheet and what it holds", UploadForm),
      responses: { 200: json(ImportPreview, "Columns, suggested mapping, row count and sample"), ...uploadErrors },
    }),
    async (c) => {
      const f = c.req.valid("form");
      return c.json(await imports.preview(c.get("ctx"), await fileOf(f.file), f.kind), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/imports/dry-run",
      tags,
      summary: "Check an import without writing: invalid rows with reasons, duplicates",
      description:
        "Row numbers are those of the spreadsheet (header = row 1). Duplicates: same registration number in the same country, or a near-identical name (pg_trgm similarity ≥ 0.8 of folded names) in the same country — in the register or earlier in the file. Contacts: same email, or same name at the same company.",
      middleware: [limit] as const,
      request: upload("The spreadsheet, its kind and the column mapping", UploadForm),
      responses: { 200: json(DryRunResult, "What the import would do"), ...uploadErrors },
    }),
    async (c) => {
      const f = c.req.valid("form");
      return c.json(await imports.dryRun(c.get("ctx"), await fileOf(f.file), { kind: f.kind, mapping: f.mapping }), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/imports",
      tags,
      summary: "Import a spreadsheet as one batch (all rows or nothing)",
      description:
        "With invalid rows and without allowInvalid=true: 422 listing them (`invalid`), and nothing is imported. Duplicate rows follow `decisions` (skip by default; merge fills empty fields and adds names and tags).",
      middleware: [limit] as const,
      request: upload("The spreadsheet, kind, mapping, decisions and allowInvalid", CommitForm),
      responses: { 201: json(CommitResult, "The batch and its counts"), ...uploadErrors },
    }),
    async (c) => {
      const f = c.req.valid("form");
      return c.json(
        await imports.commit(c.get("ctx"), await fileOf(f.file), {
          kind: f.kind,
          mapping: f.mapping,
          decisions: f.decisions,
          allowInvalid: f.allowInvalid,
        }),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/imports",
      tags,
      summary: "List import batches, newest first",
      request: { query: PageQuery },
      responses: { 200: json(pageOf(ImportBatch), "A page of batches"), ...errorResponses },
    }),
    async (c) => c.json(await imports.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/imports/{id}/undo",
      tags,
      summary: "Undo an import: remove what it created, restore what it merged",
      request: { params: IdParam },
      responses: { 200: json(UndoResult, "What was removed and restored"), 409: problemResponse("Already undone"), ...errorResponses },
    }),
    async (c) => c.json(await imports.undo(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/companies/export",
      tags: ["Companies"],
      summary: "Download companies as CSV or XLSX (same filters as the list)",
      request: { query: CompanyExportQuery },
      responses: { 200: fileResponse, ...errorResponses },
    }),
    async (c) => streamDownload(await exportsService.exportCompanies(c.get("ctx"), c.req.valid("query"))),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/contacts/export",
      tags: ["Contacts"],
      summary: "Download contacts as CSV or XLSX",
      request: { query: ContactExportQuery },
      responses: { 200: fileResponse, ...errorResponses },
    }),
    async (c) => streamDownload(await exportsService.exportContacts(c.get("ctx"), c.req.valid("query"))),
  );

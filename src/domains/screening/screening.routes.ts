import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { uploadLimit } from "../../server/upload-limit.js";
import { download as serveFile, streamDownload } from "../../server/download.js";
import { PageQuery, pageOf, SyncQuery, UpdatedSince } from "../../shared/pagination.js";
import { catalogueRoutes } from "./catalogue.routes.js";
import { listsRoutes } from "./lists.routes.js";
import { fileResponse } from "../imports/exports.writer.js";
import { exportScreenings } from "./screening.export.js";
import {
  AnswerInput,
  CreateScreeningInput,
  DecisionInput,
  EvidenceFile,
  Screening,
  ScreeningExportQuery,
  ScreeningPatch,
  ScreeningSummary,
} from "./screening.schema.js";
import * as files from "./screening.files.js";
import * as screenings from "./screening.service.js";
import { TEXT_LIMITS } from "../../shared/text-input.js";

const param = (name: string) => z.string().meta({ param: { name, in: "path" } });
const IdParam = z.object({ id: param("id") });
const FileParams = z.object({ id: param("id"), fileId: param("fileId") });
const AnswerParams = z.object({ id: param("id"), criterionKey: param("criterionKey") });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true as const } });
const tags = ["Screening"];
const decided = { 409: problemResponse("The screening is decided and immutable") };

const fileField = z
  .custom<File>(
    (v) => typeof v === "object" && v !== null && typeof (v as Blob).arrayBuffer === "function",
    "Attach the evidence as the form field `file`.",
  )
  .meta({
    type: "string",
    format: "binary",
    description: "PDF, PNG, JPEG, WebP, text, CSV, e-mail (.eml) or office document, up to PARTNERWISE_MAX_UPLOAD_MB (default 10 MB)",
  } as never);
const FileForm = z.object({
  file: fileField,
  criterionKey: z
    .string()
    .max(TEXT_LIMITS.id)
    .trim()
    .optional()
    .meta({ description: "The criterion the file is evidence for; none: the screening as a whole" }),
});

const screeningRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/companies/{id}/screenings",
      tags,
      summary: "Start a screening of a company",
      description:
        "Uses the organisation's current catalogue version, carries over the answers, notes, links and files of the previous decided screening, and computes the automatic signals. One draft per company (409 with `screeningId` when one is open). Members.",
      request: { params: IdParam, body: { content: { "application/json": { schema: CreateScreeningInput } }, required: false } },
      responses: { 201: json(Screening, "The new draft screening"), 409: problemResponse("A draft is already open"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await screenings.create(c.get("ctx"), c.req.valid("param").id, (c.req.valid("json") as CreateScreeningInput | undefined) ?? {}),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/companies/{id}/screenings",
      tags,
      summary: "A company's screenings, newest first",
      request: { params: IdParam, query: PageQuery.extend({ updatedSince: UpdatedSince }) },
      responses: { 200: json(pageOf(ScreeningSummary), "A page of screenings"), ...errorResponses },
    }),
    async (c) => c.json(await screenings.history(c.get("ctx"), c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screenings",
      tags,
      summary: "The organisation's screenings, oldest change first (for syncing with updatedSince)",
      request: { query: SyncQuery },
      responses: { 200: json(pageOf(ScreeningSummary), "A page of screenings"), ...errorResponses },
    }),
    async (c) => c.json(await screenings.changed(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screenings/export",
      tags,
      summary:
        "Download the organisation's screenings as CSV or XLSX (decision, reasons and conditions in summary; never answers or evidence)",
      request: { query: ScreeningExportQuery },
      responses: { 200: fileResponse, ...errorResponses },
    }),
    async (c) => streamDownload(await exportScreenings(c.get("ctx"), c.req.valid("query"))),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screenings/{id}",
      tags,
      summary: "A screening with criteria, answers, evidence, signals, explained risk and decision",
      request: { params: IdParam },
      responses: { 200: json(Screening, "The screening"), ...errorResponses },
    }),
    async (c) => c.json(await screenings.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/screenings/{id}",
      tags,
      summary: "Change a draft's supply-chain facts (goods/country signals follow)",
      request: { params: IdParam, ...body(ScreeningPatch) },
      responses: { 200: json(Screening, "The screening"), ...decided, ...errorResponses },
    }),
    async (c) => c.json(await screenings.patch(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/screenings/{id}",
      tags,
      summary: "Discard a draft screening",
      request: { params: IdParam },
      responses: { 204: { description: "Discarded" }, ...decided, ...errorResponses },
    }),
    async (c) => {
      await screenings.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/screenings/{id}/answers/{criterionKey}",
      tags,
      summary: "Answer one criterion (meets, does_not_meet, unknown, not_applicable) with notes and links",
      request: { params: AnswerParams, ...body(AnswerInput) },
      responses: { 200: json(Screening, "The screening with its recomputed risk"), ...decided, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await screenings.answer(c.get("ctx"), p.id, p.criterionKey, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/screenings/{id}/files",
      tags,
      summary: "Attach an evidence file",
      description: "Stored privately for the organisation; the content must match its type.",
      middleware: [uploadLimit] as const,
      request: { params: IdParam, body: { content: { "multipart/form-data": { schema: FileForm } }, required: true } },
      responses: { 201: json(EvidenceFile, "The stored file"), 413: problemResponse("File too large"), ...decided, ...errorResponses },
    }),
    async (c) => {
      const f = c.req.valid("form");
      const bytes = new Uint8Array(await f.file.arrayBuffer());
      return c.json(
        await files.addFile(
          c.get("ctx"),
          c.req.valid("param").id,
          { filename: f.file.name || "evidence", type: f.file.type, bytes },
          f.criterionKey || null,
        ),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screenings/{id}/files/{fileId}",
      tags,
      summary: "Download an evidence file",
      request: { params: FileParams },
      responses: {
        200: { description: "The file", content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid("param");
      const { file, bytes } = await files.readFile(c.get("ctx"), p.id, p.fileId);
      return serveFile(bytes, file.contentType, file.filename);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/screenings/{id}/files/{fileId}",
      tags,
      summary: "Remove an evidence file from a draft",
      request: { params: FileParams },
      responses: { 204: { description: "Removed" }, ...decided, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await files.removeFile(c.get("ctx"), p.id, p.fileId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/screenings/{id}/refresh-signals",
      tags,
      summary: "Recompute the automatic signals of a draft",
      request: { params: IdParam },
      responses: { 200: json(Screening, "The screening"), ...decided, ...errorResponses },
    }),
    async (c) => c.json(await screenings.refreshSignals(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/screenings/{id}/decide",
      tags,
      summary: "Decide: approved, approved_with_conditions, engage_to_reform or rejected",
      description:
        "Rationale always required. approved_with_conditions needs conditions with due dates; engage_to_reform needs conditions and a monitoring plan (422 otherwise). Every applicable criterion must be answered. A failed hard exclusion allows only engage_to_reform or rejected. Members may approve (with or without conditions) at low or medium risk; rejected, engage_to_reform and approving at high or critical risk (override: true) need an admin. Re-screening defaults to 12 months. The decided screening is immutable.",
      request: { params: IdParam, ...body(DecisionInput) },
      responses: { 200: json(Screening, "The decided screening"), ...decided, ...errorResponses },
    }),
    async (c) => c.json(await screenings.decide(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  );

/** Every organisation-scoped screening route: screenings, the organisation's catalogue and risk data, black/white lists. */
export const screeningApiRoutes = createRouter().route("/", screeningRoutes).route("/", catalogueRoutes).route("/", listsRoutes);

import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { uploadLimit } from "../../server/upload-limit.js";
import { download } from "../../server/download.js";
import { draftDocx, draftPdf, getTemplate, putTemplate, resetTemplate } from "./agreements.draft.js";
import {
  Agreement,
  AgreementInput,
  DraftQuery,
  Indicator,
  IndicatorInput,
  IndicatorPatch,
  Template,
  TemplateInput,
  TemplateQuery,
} from "./agreements.schema.js";
import * as agreements from "./agreements.service.js";
import { CursorQuery, pageOf, SyncQuery } from "../../shared/pagination.js";
import { pageByKey } from "../../platform/keyset.js";

const param = (name: string) => z.string().meta({ param: { name, in: "path" }, example: "5b8a…" });
const IdParam = z.object({ id: param("id") });
const IndicatorParams = z.object({ id: param("id"), indicatorId: param("indicatorId") });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const tags = ["Agreements"];
const binary = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: { type: "string" as const, format: "binary" } } },
});

const FileForm = z.object({
  file: z
    .custom<File>(
      (v) => typeof v === "object" && v !== null && typeof (v as Blob).arrayBuffer === "function",
      "Attach the signed agreement as the form field `file`.",
    )
    .meta({
      type: "string",
      format: "binary",
      description: "PDF, image or office document, up to PARTNERWISE_MAX_UPLOAD_MB (default 10 MB)",
    } as never),
});

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Agreements (MoU or contract) of engagements, their indicators, signed copies and generated drafts. */
export const agreementsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/agreements",
      tags,
      summary: "The organisation's agreements with their indicators, oldest change first (for syncing with updatedSince)",
      request: { query: SyncQuery },
      responses: { 200: json(pageOf(Agreement), "A page of agreements"), ...errorResponses },
    }),
    async (c) => c.json(await agreements.changed(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/agreement",
      tags,
      summary: "The engagement's agreement with its indicators (404 while none is recorded)",
      request: { params: IdParam },
      responses: { 200: json(Agreement, "The agreement"), ...errorResponses },
    }),
    async (c) => c.json(await agreements.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/engagements/{id}/agreement",
      tags,
      summary: "Record or replace the engagement's agreement terms",
      description:
        "Creates the agreement (201) or replaces its terms (200). Indicators and the signed file are kept; they have their own routes.",
      request: { params: IdParam, body: body(AgreementInput) },
      responses: { 200: json(Agreement, "The changed agreement"), 201: json(Agreement, "The new agreement"), ...errorResponses },
    }),
    async (c) => {
      const { agreement, created } = await agreements.put(c.get("ctx"), c.req.valid("param").id, c.req.valid("json"));
      return created ? c.json(agreement, 201) : c.json(agreement, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/engagements/{id}/agreement",
      tags,
      summary: "Delete the agreement, its indicators (and their recorded values) and the signed copy",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await agreements.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/agreement/indicators",
      tags,
      summary: "The agreement's indicators with latest values and progress",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(pageOf(Indicator), "Indicators in order"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey(
          (await agreements.listIndicators(c.get("ctx"), c.req.valid("param").id)).items,
          [{ value: (i) => i.position }, { value: (i) => i.id }],
          c.req.valid("query"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/agreement/indicators",
      tags,
      summary: "Add an indicator (name, unit, baseline, target)",
      request: { params: IdParam, body: body(IndicatorInput) },
      responses: {
        201: json(Indicator, "The new indicator"),
        409: problemResponse("No agreement recorded yet (rule agreement_required)"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await agreements.addIndicator(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/engagements/{id}/agreement/indicators/{indicatorId}",
      tags,
      summary: "Change an indicator",
      request: { params: IndicatorParams, body: body(IndicatorPatch) },
      responses: { 200: json(Indicator, "The changed indicator"), ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await agreements.updateIndicator(c.get("ctx"), p.id, p.indicatorId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/engagements/{id}/agreement/indicators/{indicatorId}",
      tags,
      summary: "Delete an indicator and its recorded values",
      request: { params: IndicatorParams },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await agreements.removeIndicator(c.get("ctx"), p.id, p.indicatorId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/agreement/signed-file",
      tags,
      summary: "Attach the signed agreement (replaces an earlier copy)",
      description: "Stored privately for the organisation; the content must match its type.",
      middleware: [uploadLimit] as const,
      request: { params: IdParam, body: { content: { "multipart/form-data": { schema: FileForm } }, required: true } },
      responses: { 201: json(Agreement, "The agreement with its signed file"), 413: problemResponse("File too large"), ...errorResponses },
    }),
    async (c) => {
      const f = c.req.valid("form").file;
      const bytes = new Uint8Array(await f.arrayBuffer());
      return c.json(
        await agreements.attachSignedFile(c.get("ctx"), c.req.valid("param").id, {
          filename: f.name || "signed-agreement",
          type: f.type,
          bytes,
        }),
        201,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/agreement/signed-file",
      tags,
      summary: "Download the signed agreement",
      request: { params: IdParam },
      responses: { 200: binary("application/octet-stream", "The file"), ...errorResponses },
    }),
    async (c) => {
      const f = await agreements.readSignedFile(c.get("ctx"), c.req.valid("param").id);
      return download(f.bytes, f.contentType, f.filename);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/engagements/{id}/agreement/signed-file",
      tags,
      summary: "Remove the signed agreement",
      request: { params: IdParam },
      responses: { 204: { description: "Removed" }, ...errorResponses },
    }),
    async (c) => {
      await agreements.removeSignedFile(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/agreement/draft.docx",
      tags,
      summary: "A draft agreement (Word) from the organisation's template and the engagement's data",
      request: { params: IdParam, query: DraftQuery },
      responses: { 200: binary(DOCX, "DOCX"), ...errorResponses },
    }),
    async (c) => {
      const f = await draftDocx(c.get("ctx"), c.req.valid("param").id, c.req.valid("query").lang);
      return download(f.bytes, DOCX, f.filename);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/agreement/draft.pdf",
      tags,
      summary: "A draft agreement (PDF) from the organisation's template and the engagement's data",
      request: { params: IdParam, query: DraftQuery },
      responses: { 200: binary("application/pdf", "PDF"), ...errorResponses },
    }),
    async (c) => {
      const f = await draftPdf(c.get("ctx"), c.req.valid("param").id, c.req.valid("query").lang);
      return download(f.bytes, "application/pdf", f.filename);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/agreement-template",
      tags,
      summary: "The organisation's draft-agreement template, its placeholders and syntax",
      request: { query: TemplateQuery },
      responses: { 200: json(Template, "The template"), ...errorResponses },
    }),
    async (c) => c.json(await getTemplate(c.get("ctx"), c.req.valid("query").lang), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/agreement-template",
      tags,
      summary: "Save the organisation's own template (unknown placeholders are refused)",
      request: { body: body(TemplateInput) },
      responses: { 200: json(Template, "The saved template"), ...errorResponses },
    }),
    async (c) => c.json(await putTemplate(c.get("ctx"), c.req.valid("json").body), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/agreement-template",
      tags,
      summary: "Go back to the built-in template",
      request: { query: TemplateQuery },
      responses: { 200: json(Template, "The built-in template"), ...errorResponses },
    }),
    async (c) => c.json(await resetTemplate(c.get("ctx"), c.req.valid("query").lang), 200),
  );

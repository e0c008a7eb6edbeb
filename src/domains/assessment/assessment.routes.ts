import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppDeps } from "../../server/deps.js";
import { download } from "../../server/download.js";
import { createRouter, errorResponses, problemResponse, type AppEnv } from "../../server/http.js";
import type { NetworkCtx } from "../networks/networks.service.js";
import { AppError } from "../../shared/app-error.js";
import { MAX_IMPORT_BYTES, parseSpreadsheet } from "../imports/imports.parse.js";
import { uploadLimitOf } from "../../server/upload-limit.js";
import { BUILT_IN_TEMPLATES } from "./data/ngo-business-engagement.js";
import {
  AssessmentImportResult,
  AssessmentResponse,
  CapacityProfile,
  QuoteApproval,
  QuoteList,
  ReminderResult,
  RoundComparison,
  Heatmap,
  ResponseInput,
  Round,
  RoundDetail,
  RoundInput,
  RoundReport,
} from "./assessment.schema.js";
import * as assessment from "./assessment.service.js";

const pathParam = (name: string) => z.string().meta({ param: { name, in: "path" } });
const IdParam = z.object({ id: pathParam("id") });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const tags = ["Assessments"];
const ImportForm = z.object({
  file: z
    .custom<File>(
      (v) => typeof v === "object" && v !== null && typeof (v as Blob).arrayBuffer === "function",
      "Attach the responses (CSV or XLSX) as the form field `file`.",
    )
    .meta({
      type: "string",
      format: "binary",
      description: "One row per respondent organisation, one column per question id; CSV (, ; or tab) or XLSX, up to 20 MB",
    } as never),
  round: z.string().trim().min(1).max(200).meta({ description: "The round's name: created when the network has none of that name" }),
  template: z
    .enum(Object.keys(BUILT_IN_TEMPLATES) as [string, ...string[]])
    .default("ngo-business-engagement")
    .meta({ description: "The questionnaire the columns answer" }),
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true")
    .meta({ description: "true: check everything and write nothing (the preview)" }),
});
const LangQuery = z.object({ lang: z.enum(["en", "de"]).default("en").meta({ description: "The report's language" }) });

/** Network assessments: need a signed-in user; each rule checks the caller's relation to the round's network. */
export function assessmentRoutes(deps: AppDeps) {
  const ctx = (c: Context<AppEnv>): NetworkCtx => {
    const u = c.get("sessionUser");
    return {
      db: deps.database.db,
      database: deps.database,
      user: { id: u.id, name: u.name, email: u.email },
      activeOrgId: c.req.header("x-organization-id") || c.get("activeOrganizationId"),
    };
  };
  const notify = (c: Context<AppEnv>): assessment.Notify => ({
    mailer: deps.mailer,
    appUrl: (deps.env.PARTNERWISE_BASE_URL ?? new URL(c.req.url).origin).replace(/\/$/, ""),
  });
  return createRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/networks/{id}/assessment-rounds",
        tags,
        summary: "Assessment rounds of a network (coordinators: all; members: those asking their organisation)",
        request: { params: IdParam },
        responses: { 200: json(z.object({ items: z.array(Round) }), "The rounds, newest first"), ...errorResponses },
      }),
      async (c) => c.json({ items: await assessment.listRounds(ctx(c), c.req.valid("param").id) }, 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks/{id}/assessment-rounds",
        tags,
        summary: "Open an assessment round (coordinators); the owners and admins of each organisation asked are mailed an invitation",
        request: { params: IdParam, ...body(RoundInput) },
        responses: { 201: json(Round, "The new round"), 409: problemResponse("A round of that name exists"), ...errorResponses },
      }),
      async (c) => c.json(await assessment.createRound(ctx(c), c.req.valid("param").id, c.req.valid("json"), notify(c)), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/assessment-rounds/{id}",
        tags,
        summary: "One round with its questionnaire and progress",
        request: { params: IdParam },
        responses: { 200: json(RoundDetail, "The round"), ...errorResponses },
      }),
      async (c) => c.json(await assessment.getRound(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/assessment-rounds/{id}/response",
        tags,
        summary: "My organisation's response to the round",
        request: { params: IdParam },
        responses: { 200: json(AssessmentResponse, "The response (status not_started when none yet)"), ...errorResponses },
      }),
      async (c) => c.json(await assessment.getOwnResponse(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/assessment-rounds/{id}/response",
        tags,
        summary: "Save my organisation's draft, or submit it (members and above)",
        request: { params: IdParam, ...body(ResponseInput) },
        responses: {
          200: json(AssessmentResponse, "The saved response"),
          409: problemResponse("Submitted already"),
          ...errorResponses,
        },
      }),
      async (c) => c.json(await assessment.saveOwnResponse(ctx(c), c.req.valid("param").id, c.req.valid("json")), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/assessment-rounds/{id}/report",
        tags,
        summary: "The round's aggregate: per question answered, counts, percent of those who answered, 95% Wilson intervals, breakdowns",
        request: { params: IdParam },
        responses: { 200: json(RoundReport, "The report"), ...errorResponses },
      }),
      async (c) => c.json(await assessment.report(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/assessment-rounds/{id}/report.csv",
        tags,
        summary: "The round's report as CSV: every question and option overall and per breakdown group, then the approved quotes",
        request: { params: IdParam },
        responses: {
          200: { description: "CSV (UTF-8 with BOM)", content: { "text/csv": { schema: { type: "string" as const } } } },
          ...errorResponses,
        },
      }),
      async (c) => {
        const f = await assessment.reportCsv(ctx(c), c.req.valid("param").id);
        return download(f.bytes, "text/csv; charset=utf-8", f.filename);
      },
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/assessment-rounds/{id}/compare",
        tags,
        summary:
          "This round against an earlier one of the same network: change of every share in percentage points, and whether the 95% intervals overlap",
        request: {
          params: IdParam,
          // Optional in the schema so that a bad round id answers 404 before a missing `with` answers 422 (the service checks it).
          query: z.object({
            with: z.string().max(100).optional().meta({ description: "The other round's id (the earlier one); required" }),
          }),
        },
        responses: { 200: json(RoundComparison, "The comparison"), ...errorResponses },
      }),
      async (c) => c.json(await assessment.compare(ctx(c), c.req.valid("param").id, c.req.valid("query").with), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/assessment-rounds/{id}/quotes",
        tags,
        summary: "The round's free-text answers for a coordinator to approve for the report (anonymous: no organisation)",
        request: { params: IdParam },
        responses: { 200: json(QuoteList, "The free-text answers"), ...errorResponses },
      }),
      async (c) => c.json(await assessment.quotes(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "put",
        path: "/assessment-rounds/{id}/quotes/{responseId}",
        tags,
        summary: "Approve a response's free-text answer for the report, or withdraw the approval (coordinators)",
        request: { params: z.object({ id: pathParam("id"), responseId: pathParam("responseId") }), ...body(QuoteApproval) },
        responses: { 200: json(QuoteList, "The free-text answers after the change"), ...errorResponses },
      }),
      async (c) => {
        const p = c.req.valid("param");
        return c.json(await assessment.approveQuote(ctx(c), p.id, p.responseId, c.req.valid("json").approved), 200);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks/{id}/assessment-imports",
        tags,
        summary: "Import responses collected elsewhere into a round (coordinators); dryRun=true previews every problem",
        description:
          "All or nothing: every value is checked against the questionnaire, and a file with any problem imports nothing (422 listing every problem by row and column). A dry run answers 200 with the same problems, or with `valid`, the responses the file would import. Imported responses count as submitted and belong to no organisation.",
        middleware: [uploadLimitOf(() => MAX_IMPORT_BYTES)] as const,
        request: { params: IdParam, body: { content: { "multipart/form-data": { schema: ImportForm } }, required: true } },
        responses: {
          200: json(AssessmentImportResult, "Dry run: what the import would do"),
          201: json(AssessmentImportResult, "Imported"),
          409: problemResponse("The round holds imported responses already, or uses another questionnaire"),
          413: problemResponse("File larger than 20 MB"),
          ...errorResponses,
        },
      }),
      async (c) => {
        const f = c.req.valid("form");
        const table = await parseSpreadsheet(new Uint8Array(await f.file.arrayBuffer()), f.file.name || "upload");
        const out = await assessment.importResponsesToNetwork(ctx(c), c.req.valid("param").id, {
          template: f.template,
          round: f.round,
          table,
          dryRun: f.dryRun,
        });
        if (f.dryRun) return c.json(out, 200);
        if (out.problems.length)
          throw new AppError("validation", `The file has ${out.problems.length} problem(s); nothing was imported.`, {
            errors: out.problems.map((p) => ({ path: `row ${p.row}, column ${p.column}`, message: p.message, code: p.code })),
            problems: out.problems,
          });
        c.header("Location", `/api/v1/assessment-rounds/${out.round.id}`);
        return c.json(out, 201);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/assessment-rounds/{id}/reminders",
        tags,
        summary: "Remind the organisations that have not submitted: their owners and admins are mailed (coordinators)",
        description: `At most one reminder per round every ${assessment.REMINDER_INTERVAL_HOURS} hours. Each organisation reminded finds it in its audit log.`,
        request: { params: IdParam },
        responses: {
          200: json(ReminderResult, "Who was reminded"),
          409: problemResponse("The round has closed, every organisation has submitted, or a reminder went out less than 12 hours ago"),
          ...errorResponses,
        },
      }),
      async (c) => c.json(await assessment.remind(ctx(c), c.req.valid("param").id, notify(c)), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/assessment-rounds/{id}/profile",
        tags,
        summary: "My organisation's capacity profile over the six needs, next to the network median",
        request: { params: IdParam },
        responses: { 200: json(CapacityProfile, "The profile"), ...errorResponses },
      }),
      async (c) => c.json(await assessment.profile(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/assessment-rounds/{id}/heatmap",
        tags,
        summary: "The network heat map: organisations × six needs (coordinators)",
        request: { params: IdParam },
        responses: { 200: json(Heatmap, "The heat map"), ...errorResponses },
      }),
      async (c) => c.json(await assessment.heatmap(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/assessment-rounds/{id}/report.pdf",
        tags,
        summary: "The round's report as a PDF, with a chart per question",
        request: { params: IdParam, query: LangQuery },
        responses: {
          200: { description: "PDF", content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } } },
          ...errorResponses,
        },
      }),
      async (c) => {
        const f = await assessment.reportPdf(ctx(c), c.req.valid("param").id, c.req.valid("query").lang);
        return download(f.bytes, "application/pdf", f.filename);
      },
    );
}

import { createRoute, z } from "@hono/zod-openapi";
import { download } from "../../server/download.js";
import { createRouter, errorResponses } from "../../server/http.js";
import { annualReport, annualReportPdf } from "./reports.annual.js";
import { AnnualQuery, AnnualReport, PartnerReportQuery } from "./reports.schema.js";
import { partnerReportPdf } from "./reports.service.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const pdf = (description: string) => ({
  description,
  content: { "application/pdf": { schema: { type: "string" as const, format: "binary" } } },
});
const tags = ["Reports"];

/** Reports: the partner impact report of an engagement, the annual partnerships report (JSON and PDF). */
export const reportsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/report.pdf",
      tags,
      summary: "Partner impact report (PDF) to hand to the company",
      description:
        "What was done, indicators against targets (with charts), check-ins, commitments of both sides, acknowledgements and next steps in the period. Never contains activity summaries, check-in notes, tasks, risks, screening, contact names or stories.",
      request: { params: IdParam, query: PartnerReportQuery },
      responses: { 200: pdf("PDF"), ...errorResponses },
    }),
    async (c) => {
      const f = await partnerReportPdf(c.get("ctx"), c.req.valid("param").id, c.req.valid("query"));
      return download(f.bytes, "application/pdf", f.filename);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/reports/annual",
      tags,
      summary: "Annual partnerships report: partners, modes, value, results, acknowledgements — only what may be published",
      description:
        "Confidential partnerships are left out (and counted in leftOut); anonymous ones show the company's sector instead of its name.",
      request: { query: AnnualQuery },
      responses: { 200: json(AnnualReport, "The report"), ...errorResponses },
    }),
    async (c) => c.json(await annualReport(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/reports/annual.pdf",
      tags,
      summary: "Annual partnerships report (PDF), the same content as GET /reports/annual",
      request: { query: AnnualQuery },
      responses: { 200: pdf("PDF"), ...errorResponses },
    }),
    async (c) => {
      const f = await annualReportPdf(c.get("ctx"), c.req.valid("query"));
      return download(f.bytes, "application/pdf", f.filename);
    },
  );

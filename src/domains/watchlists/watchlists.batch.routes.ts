import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { uploadLimit } from "../../server/upload-limit.js";
import { PageQuery, pageOf } from "../../shared/pagination.js";
import { batchReportCsv, createBatch, getBatch, listBatches } from "./watchlists.batch.js";
import { Batch, BatchRowsQuery, BatchSummary } from "./watchlists.schema.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" } }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const tags = ["Watchlists"];

const CsvForm = z.object({
  file: z
    .custom<File>(
      (v) => typeof v === "object" && v !== null && typeof (v as Blob).arrayBuffer === "function",
      "Attach the CSV as the form field `file`.",
    )
    .meta({
      type: "string",
      format: "binary",
      description: "UTF-8 CSV with a header row: `name` (required), `country` and `id` (optional)",
    } as never),
});

export const batchRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/screening-batches",
      tags,
      summary: "Screen a CSV of names against every list (background job)",
      description:
        "Members. Answers 202 with the batch; poll GET /screening-batches/{id} for progress and rows, download the report as CSV when done.",
      middleware: [uploadLimit] as const,
      request: { body: { content: { "multipart/form-data": { schema: CsvForm } }, required: true } },
      responses: { 202: json(BatchSummary, "The batch, queued"), 413: problemResponse("File too large"), ...errorResponses },
    }),
    async (c) => {
      const f = c.req.valid("form").file;
      return c.json(
        await createBatch(c.get("ctx"), { filename: f.name || "names.csv", bytes: new Uint8Array(await f.arrayBuffer()) }),
        202,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening-batches",
      tags,
      summary: "Your organisation's batch screenings, newest first",
      request: { query: PageQuery },
      responses: { 200: json(pageOf(BatchSummary), "A page of batches"), ...errorResponses },
    }),
    async (c) => c.json(await listBatches(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening-batches/{id}",
      tags,
      summary: "A batch: status, progress and its rows with matches (rows paged by limit/offset)",
      request: { params: IdParam, query: BatchRowsQuery },
      responses: { 200: json(Batch, "The batch"), ...errorResponses },
    }),
    async (c) => c.json(await getBatch(c.get("ctx"), c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening-batches/{id}/report.csv",
      tags,
      summary: "The batch report as CSV: one line per row with its best hit, score, match, list, source id and explanation",
      request: { params: IdParam },
      responses: {
        200: { description: "CSV (UTF-8 with BOM)", content: { "text/csv": { schema: { type: "string" } } } },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { filename, csv } = await batchReportCsv(c.get("ctx"), c.req.valid("param").id);
      return c.body(csv, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
      });
    },
  );

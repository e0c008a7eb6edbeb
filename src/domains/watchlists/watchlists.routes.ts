import { createRoute, z } from "@hono/zod-openapi";
import { maxWatchlistBytes } from "../../platform/storage.js";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { uploadLimitOf } from "../../server/upload-limit.js";
import { PageQuery, pageOf } from "../../shared/pagination.js";
import { batchRoutes } from "./watchlists.batch.routes.js";
import { hitsOfCompany, judgeHit } from "./watchlists.hits.js";
import {
  CompareInput,
  CompareOutput,
  Judgement,
  JudgementInput,
  ScreenInput,
  ScreenResult,
  WATCHLIST_FORMATS,
  Watchlist,
  WatchlistHits,
  WatchlistImport,
} from "./watchlists.schema.js";
import { compare, screenName } from "./watchlists.screen.js";
import * as watchlists from "./watchlists.service.js";
import { wireWatchlists } from "./watchlists.wiring.js";

wireWatchlists();

const param = (name: string) => z.string().meta({ param: { name, in: "path" } });
const IdParam = z.object({ id: param("id") });
const HitParams = z.object({
  id: param("id"),
  entityId: z.coerce
    .number()
    .int()
    .positive()
    .meta({ param: { name: "entityId", in: "path" } }),
});
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true as const } });
const tags = ["Watchlists"];

const fileField = (description: string) =>
  z
    .custom<File>((v) => typeof v === "object" && v !== null && typeof (v as Blob).arrayBuffer === "function", "Attach a file.")
    .optional()
    .meta({ type: "string", format: "binary", description } as never);

const ImportForm = z.object({
  format: z.enum(WATCHLIST_FORMATS),
  name: z.string().trim().max(100).optional().meta({
    description:
      "The list's name (default: ofac-sdn, un or opensanctions by format); importing again under the same name records what changed",
  }),
  file: fileField("The list file for un-xml (UN consolidated list XML) and ftm-json (FollowTheMoney JSON lines)"),
  sdn: fileField("ofac-csv: OFAC's sdn.csv"),
  alt: fileField("ofac-csv: OFAC's alt.csv (aliases)"),
  add: fileField("ofac-csv: OFAC's add.csv (addresses, for countries)"),
});

const watchlistUploadLimit = uploadLimitOf(maxWatchlistBytes, "PARTNERWISE_MAX_WATCHLIST_MB");

const listRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/watchlists",
      tags,
      summary: "Lists screened against: instance-wide and your organisation's own, with versions and counts",
      request: { query: PageQuery },
      responses: { 200: json(pageOf(Watchlist), "The lists"), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const all = await watchlists.listWatchlists(c.get("ctx"));
      return c.json({ items: all.slice(q.offset, q.offset + q.limit), total: all.length, limit: q.limit, offset: q.offset }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/watchlists/import",
      tags,
      summary: "Import a private list for your organisation (background job)",
      description:
        "Admins. Streams the file into the list in the background and answers 202 at once; poll GET /watchlists/imports/{id} for `processed` and the outcome (added, changed, removed, or the error — a failed import changes nothing). Instance-wide lists are imported by the operator with `partnerwise watchlist import`.",
      middleware: [watchlistUploadLimit] as const,
      request: { body: { content: { "multipart/form-data": { schema: ImportForm } }, required: true } },
      responses: { 202: json(WatchlistImport, "The import, running"), 413: problemResponse("Upload too large"), ...errorResponses },
    }),
    async (c) => c.json(await watchlists.requestImport(c.get("ctx"), c.req.valid("form")), 202),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/watchlists/imports",
      tags,
      summary: "Your organisation's list imports, newest first",
      request: { query: PageQuery },
      responses: { 200: json(pageOf(WatchlistImport), "A page of imports"), ...errorResponses },
    }),
    async (c) => c.json(await watchlists.listImports(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/watchlists/imports/{id}",
      tags,
      summary: "One import: progress while it runs, then counts or the error",
      request: { params: IdParam },
      responses: { 200: json(WatchlistImport, "The import"), ...errorResponses },
    }),
    async (c) => c.json(await watchlists.getImport(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/watchlists/screen",
      tags,
      summary: "Screen one name against every list you see",
      description:
        "Matches (score ≥ threshold, `match: true`) and near-misses down to half the threshold, best first, at most 10, each with the features that made its score.",
      request: body(ScreenInput),
      responses: { 200: json(ScreenResult, "The matches"), ...errorResponses },
    }),
    async (c) => c.json(await screenName(c.get("ctx"), c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/names/compare",
      tags,
      summary: "Compare two names: score, match decision and explanations",
      request: body(CompareInput),
      responses: { 200: json(CompareOutput, "The comparison"), ...errorResponses },
    }),
    async (c) => c.json(compare(c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/companies/{id}/watchlist-hits",
      tags,
      summary: "A company's watchlist hits (all its names against every list), with standing judgements",
      description:
        "Hits judged false positive while the list entry is unchanged come back with `suppressed: true`; they do not alert in screenings.",
      request: { params: IdParam },
      responses: { 200: json(WatchlistHits, "The hits"), ...errorResponses },
    }),
    async (c) => c.json(await hitsOfCompany(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/screenings/{id}/hits/{entityId}/judgement",
      tags: ["Screening", ...tags],
      summary: "Mark a watchlist hit of the screened company as true match or false positive",
      description:
        "Members. Remembered for the company and list entry while the entry is unchanged: a false positive stops alerting until the list changes the entry. A draft screening's signals are refreshed.",
      request: { params: HitParams, ...body(JudgementInput) },
      responses: {
        201: json(
          Judgement.extend({
            id: z.uuid(),
            companyId: z.uuid(),
            entityId: z.number().int(),
            list: z.string(),
            sourceId: z.string(),
            contentHash: z.string(),
          }).meta({ id: "WatchlistJudgementRecord" }),
          "The recorded judgement",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await judgeHit(c.get("ctx"), p.id, p.entityId, c.req.valid("json")), 201);
    },
  );

/** Watchlists, name screening and comparison, company hits and judgements, batch screening. */
export const watchlistsApiRoutes = createRouter().route("/", listRoutes).route("/", batchRoutes);

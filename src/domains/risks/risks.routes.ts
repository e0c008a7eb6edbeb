import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { riskMatrixSvg } from "./risks.chart.js";
import { createItem, deleteItem, listCatalogue, updateItem } from "./risks.catalogue.js";
import {
  CatalogueItem,
  CatalogueItemInput,
  CatalogueItemPatch,
  MatrixQuery,
  Risk,
  RiskInput,
  RiskListQuery,
  RiskMatrix,
  RiskPatch,
} from "./risks.schema.js";
import * as risks from "./risks.service.js";
import { CursorQuery, pageOf } from "../../shared/pagination.js";
import { pageByKey } from "../../platform/keyset.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const svg = (description: string) => ({ content: { "image/svg+xml": { schema: z.string() } }, description });
const tags = ["Risks"];
const svgHeaders = {
  "Content-Type": "image/svg+xml; charset=utf-8",
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
};

/** The risk catalogue, the engagements' risk registers and the risk matrices. */
export const risksRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/risk-catalogue",
      tags,
      summary: "The organisation's risk catalogue (seeded from the brief on first use)",
      request: { query: CursorQuery },
      responses: { 200: json(pageOf(CatalogueItem), "Catalogue items in order"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey((await listCatalogue(c.get("ctx"))).items, [{ value: (i) => i.position }, { value: (i) => i.id }], c.req.valid("query")),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/risk-catalogue",
      tags,
      summary: "Add a risk to the catalogue",
      request: { body: body(CatalogueItemInput) },
      responses: { 201: json(CatalogueItem, "The new item"), ...errorResponses },
    }),
    async (c) => c.json(await createItem(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/risk-catalogue/{id}",
      tags,
      summary: "Change, reorder or archive a catalogue risk",
      request: { params: IdParam, body: body(CatalogueItemPatch) },
      responses: { 200: json(CatalogueItem, "The changed item"), ...errorResponses },
    }),
    async (c) => c.json(await updateItem(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/risk-catalogue/{id}",
      tags,
      summary: "Remove a catalogue risk (risks made from it stay, as custom risks)",
      request: { params: IdParam },
      responses: { 204: { description: "Removed" }, ...errorResponses },
    }),
    async (c) => {
      await deleteItem(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/risks",
      tags,
      summary: "An engagement's risk register, highest current score first",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(pageOf(Risk), "The register"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey(
          (await risks.ofEngagement(c.get("ctx"), c.req.valid("param").id)).items,
          [
            { value: (r) => r.status !== "open" },
            { value: (r) => r.currentScore, desc: true },
            { value: (r) => r.createdAt },
            { value: (r) => r.id },
          ],
          c.req.valid("query"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/engagements/{id}/risks",
      tags,
      summary: "Add a risk to an engagement's register",
      description:
        "From the catalogue (`catalogueItemId`; title, description, likelihood and impact default to the item's) or custom (title, likelihood and impact required). Score = likelihood × impact.",
      request: { params: IdParam, body: body(RiskInput) },
      responses: { 201: json(Risk, "The new risk"), ...errorResponses },
    }),
    async (c) => c.json(await risks.create(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/risk-matrix",
      tags,
      summary: "An engagement's 5 × 5 risk matrix: counts and risk ids per cell",
      request: { params: IdParam, query: MatrixQuery },
      responses: {
        200: json(RiskMatrix.extend({ engagement: z.object({ id: z.string(), title: z.string() }) }), "The matrix"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await risks.engagementMatrix(c.get("ctx"), c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/risk-matrix.svg",
      tags,
      summary: "An engagement's risk matrix as an SVG chart",
      request: { params: IdParam, query: MatrixQuery },
      responses: { 200: svg("SVG chart"), ...errorResponses },
    }),
    async (c) => {
      const m = await risks.engagementMatrix(c.get("ctx"), c.req.valid("param").id, c.req.valid("query"));
      return c.body(riskMatrixSvg(m), 200, svgHeaders);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/risks",
      tags,
      summary: "Risks across all engagements, highest current score first",
      request: { query: RiskListQuery },
      responses: {
        200: json(pageOf(Risk).extend({ threshold: z.number().int() }), "A page of risks, with the high-risk threshold"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await risks.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/risks/matrix",
      tags,
      summary: "The portfolio's 5 × 5 risk matrix",
      request: { query: MatrixQuery },
      responses: { 200: json(RiskMatrix, "The matrix"), ...errorResponses },
    }),
    async (c) => c.json(await risks.portfolioMatrix(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/risks/matrix.svg",
      tags,
      summary: "The portfolio's risk matrix as an SVG chart",
      request: { query: MatrixQuery },
      responses: { 200: svg("SVG chart"), ...errorResponses },
    }),
    async (c) => c.body(riskMatrixSvg(await risks.portfolioMatrix(c.get("ctx"), c.req.valid("query"))), 200, svgHeaders),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/risks/{id}",
      tags,
      summary: "Get a risk",
      request: { params: IdParam },
      responses: { 200: json(Risk, "The risk"), ...errorResponses },
    }),
    async (c) => c.json(await risks.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/risks/{id}",
      tags,
      summary: "Change a risk: scores, residual risk, status, mitigations (replaced when given)",
      request: { params: IdParam, body: body(RiskPatch) },
      responses: { 200: json(Risk, "The changed risk"), ...errorResponses },
    }),
    async (c) => c.json(await risks.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/risks/{id}",
      tags,
      summary: "Delete a risk",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await risks.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

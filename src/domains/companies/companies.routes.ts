import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { pageOf } from "../../shared/pagination.js";
import { Company, CompanyInput, CompanyListQuery, CompanyPatch, MergeInput } from "./companies.schema.js";
import * as companies from "./companies.service.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const tags = ["Companies"];

/** HTTP routes of the business register. */
export const companiesRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/companies",
      tags,
      summary: "List, filter and search companies",
      request: { query: CompanyListQuery },
      responses: { 200: json(pageOf(Company), "A page of companies"), ...errorResponses },
    }),
    async (c) => c.json(await companies.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/companies",
      tags,
      summary: "Create a company",
      request: { body: { content: { "application/json": { schema: CompanyInput } }, required: true } },
      responses: { 201: json(Company, "The new company"), ...errorResponses },
    }),
    async (c) => c.json(await companies.create(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/companies/{id}",
      tags,
      summary: "Get a company",
      request: { params: IdParam },
      responses: { 200: json(Company, "The company"), ...errorResponses },
    }),
    async (c) => c.json(await companies.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/companies/{id}",
      tags,
      summary: "Change a company",
      request: { params: IdParam, body: { content: { "application/json": { schema: CompanyPatch } }, required: true } },
      responses: { 200: json(Company, "The changed company"), ...errorResponses },
    }),
    async (c) => c.json(await companies.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/companies/{id}",
      tags,
      summary: "Delete a company",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await companies.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/companies/{id}/merge",
      tags,
      summary: "Merge a duplicate company into this one",
      description:
        "Everything attached to the duplicate (contacts' employment, and later screenings and engagements) moves to this company; the duplicate's names become other names; empty fields are filled from it.",
      request: { params: IdParam, body: { content: { "application/json": { schema: MergeInput } }, required: true } },
      responses: { 200: json(Company, "The surviving company"), ...errorResponses },
    }),
    async (c) => c.json(await companies.merge(c.get("ctx"), c.req.valid("param").id, c.req.valid("json").sourceId), 200),
  );

import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { PageQuery, pageOf } from "../../shared/pagination.js";
import { ApiKey, ApiKeyCreate, ApiKeyCreated } from "./api-keys.schema.js";
import * as keys from "./api-keys.service.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const tags = ["API keys"];

/** The organisation's API keys (admins and owners). */
export const apiKeysRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/api-keys",
      tags,
      summary: "The organisation's API keys, newest first, without their secrets (admins)",
      request: { query: PageQuery },
      responses: { 200: json(pageOf(ApiKey), "A page of keys"), ...errorResponses },
    }),
    async (c) => c.json(await keys.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/api-keys",
      tags,
      summary: "Create an API key (admins; its role at most yours). The answer holds the secret, this once.",
      request: { body: { content: { "application/json": { schema: ApiKeyCreate } }, required: true } },
      responses: { 201: json(ApiKeyCreated, "The new key with its secret"), ...errorResponses },
    }),
    async (c) => c.json(await keys.create(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/api-keys/{id}",
      tags,
      summary: "One API key, without its secret (admins)",
      request: { params: IdParam },
      responses: { 200: json(ApiKey, "The key"), ...errorResponses },
    }),
    async (c) => c.json(await keys.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/api-keys/{id}",
      tags,
      summary: "Revoke an API key for good (admins); it answers 401 from then on",
      request: { params: IdParam },
      responses: { 204: { description: "Revoked" }, ...errorResponses },
    }),
    async (c) => {
      await keys.revoke(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );

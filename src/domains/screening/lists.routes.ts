import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { pageOf } from "../../shared/pagination.js";
import { ListEntry, ListEntryInput, ListEntryPatch, ListQuery, SharedEntry, SharedQuery, ShareInput } from "./lists.schema.js";
import * as lists from "./lists.service.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" } }) });
const UnshareQuery = z.object({
  networkId: z.uuid().optional().meta({ description: "The network to stop sharing with; none: every network" }),
});
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true as const } });
const tags = ["Screening lists"];

/** Black and white lists of the organisation, and sharing entries with its networks. */
export const listsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/screening-lists/entries",
      tags,
      summary: "The organisation's black and white list entries",
      request: { query: ListQuery },
      responses: { 200: json(pageOf(ListEntry), "A page of entries"), ...errorResponses },
    }),
    async (c) => c.json(await lists.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/screening-lists/entries",
      tags,
      summary: "Put a company on the black or white list, with the reason. Members.",
      request: body(ListEntryInput),
      responses: { 201: json(ListEntry, "The entry"), ...errorResponses },
    }),
    async (c) => c.json(await lists.create(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening-lists/shared",
      tags,
      summary: "Entries other member organisations shared into your networks",
      description: "Signals, never verdicts. The reason appears only for entries shared with_rationale.",
      request: { query: SharedQuery },
      responses: { 200: json(pageOf(SharedEntry), "A page of shared entries"), ...errorResponses },
    }),
    async (c) => c.json(await lists.sharedWithMe(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/screening-lists/entries/{id}",
      tags,
      summary: "One entry with its shares",
      request: { params: IdParam },
      responses: { 200: json(ListEntry, "The entry"), ...errorResponses },
    }),
    async (c) => c.json(await lists.get(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/screening-lists/entries/{id}",
      tags,
      summary: "Change an entry. Members.",
      request: { params: IdParam, ...body(ListEntryPatch) },
      responses: { 200: json(ListEntry, "The entry"), ...errorResponses },
    }),
    async (c) => c.json(await lists.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/screening-lists/entries/{id}",
      tags,
      summary: "Remove an entry (and every share of it). Members.",
      request: { params: IdParam },
      responses: { 204: { description: "Removed" }, ...errorResponses },
    }),
    async (c) => {
      await lists.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/screening-lists/entries/{id}/share",
      tags,
      summary: "Share an entry with a network you are a member of. Admins.",
      description:
        "name_and_decision shares the company name, country and list; with_rationale also the reason. Sharing again changes the mode.",
      request: { params: IdParam, ...body(ShareInput) },
      responses: { 200: json(ListEntry, "The entry with its shares"), ...errorResponses },
    }),
    async (c) => c.json(await lists.share(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/screening-lists/entries/{id}/share",
      tags,
      summary: "Stop sharing an entry (with one network, or all). Admins.",
      request: { params: IdParam, query: UnshareQuery },
      responses: { 204: { description: "Unshared" }, ...errorResponses },
    }),
    async (c) => {
      await lists.unshare(c.get("ctx"), c.req.valid("param").id, c.req.valid("query").networkId);
      return c.body(null, 204);
    },
  );

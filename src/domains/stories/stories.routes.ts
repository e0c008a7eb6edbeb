import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { CursorQuery, pageOf } from "../../shared/pagination.js";
import { pageByKey } from "../../platform/keyset.js";
import { getSettings, listAccess, putSettings, setAccess } from "./stories.access.js";
import { addConsent, addUse, listConsents, listUses, withdrawConsent } from "./stories.consents.js";
import {
  Consent,
  ConsentInput,
  Story,
  StoryAccessEntry,
  StoryAccessInput,
  StoryGetQuery,
  StoryInput,
  StoryListQuery,
  StoryPatch,
  StorySettings,
  StoryUse,
  UseInput,
  WithdrawInput,
} from "./stories.schema.js";
import * as stories from "./stories.service.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
const tags = ["Stories"];
const AccessList = z.object({ items: z.array(StoryAccessEntry) });

/** HTTP routes of survivors' stories, their consents and uses. All but access/settings need the stories permission. */
export const storiesRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/stories/access",
      tags,
      summary: "Members holding the stories permission (admins)",
      request: { query: CursorQuery },
      responses: { 200: json(pageOf(StoryAccessEntry), "The members by name"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey(
          (await listAccess(c.get("ctx"))).items,
          [{ value: (m) => m.name, text: true }, { value: (m) => m.userId }],
          c.req.valid("query"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/stories/access",
      tags,
      summary: "Set who holds the stories permission (admins)",
      request: { body: body(StoryAccessInput) },
      responses: { 200: json(AccessList, "The members now"), ...errorResponses },
    }),
    async (c) => c.json(await setAccess(c.get("ctx"), c.req.valid("json").userIds), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stories/settings",
      tags,
      summary: "Story settings (admins)",
      responses: { 200: json(StorySettings, "Settings"), ...errorResponses },
    }),
    async (c) => c.json(await getSettings(c.get("ctx")), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/stories/settings",
      tags,
      summary: "Change story settings (admins); turning storeNames off erases stored names",
      request: { body: body(StorySettings) },
      responses: { 200: json(StorySettings, "Settings"), ...errorResponses },
    }),
    async (c) => c.json(await putSettings(c.get("ctx"), c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stories",
      tags,
      summary: "List stories (titles; include=text adds texts, audited)",
      request: { query: StoryListQuery },
      responses: { 200: json(pageOf(Story), "A page of stories"), ...errorResponses },
    }),
    async (c) => c.json(await stories.list(c.get("ctx"), c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/stories",
      tags,
      summary: "Record a story (anonymised by default)",
      request: { body: body(StoryInput) },
      responses: { 201: json(Story, "The new story"), ...errorResponses },
    }),
    async (c) => c.json(await stories.create(c.get("ctx"), c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stories/{id}",
      tags,
      summary: "Open a story (audited; include=personName adds the restricted name)",
      request: { params: IdParam, query: StoryGetQuery },
      responses: { 200: json(Story, "The story"), ...errorResponses },
    }),
    async (c) =>
      c.json(await stories.get(c.get("ctx"), c.req.valid("param").id, { personName: c.req.valid("query").include === "personName" }), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/stories/{id}",
      tags,
      summary: "Change a story",
      request: { params: IdParam, body: body(StoryPatch) },
      responses: { 200: json(Story, "The changed story"), ...errorResponses },
    }),
    async (c) => c.json(await stories.update(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/stories/{id}",
      tags,
      summary: "Delete a story with its consents and uses",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, ...errorResponses },
    }),
    async (c) => {
      await stories.remove(c.get("ctx"), c.req.valid("param").id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stories/{id}/consents",
      tags,
      summary: "A story's consents",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(pageOf(Consent), "Consents, oldest first"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey(
          (await listConsents(c.get("ctx"), c.req.valid("param").id)).items,
          [{ value: (x) => x.createdAt }, { value: (x) => x.id }],
          c.req.valid("query"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/stories/{id}/consents",
      tags,
      summary: "Record a consent (channels, optional partner, validity)",
      request: { params: IdParam, body: body(ConsentInput) },
      responses: { 201: json(Consent, "The consent"), ...errorResponses },
    }),
    async (c) => c.json(await addConsent(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/consents/{id}/withdraw",
      tags,
      summary: "Withdraw a consent: every use it covered is flagged at once",
      description: 'The body is optional: `{"note": "…"}`.',
      request: { params: IdParam, body: { content: { "application/json": { schema: WithdrawInput } }, required: false } },
      responses: {
        200: json(
          Consent.extend({ flaggedUses: z.number().int() }),
          "The withdrawn consent and how many uses of the story are now flagged",
        ),
        409: problemResponse("Withdrawn already"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const raw = await c.req.json().catch(() => ({}));
      const input = WithdrawInput.parse(raw ?? {});
      return c.json(await withdrawConsent(c.get("ctx"), c.req.valid("param").id, input.note), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/stories/{id}/uses",
      tags,
      summary: "Every use of a story, flagged when no consent covers it any more",
      request: { params: IdParam, query: CursorQuery },
      responses: { 200: json(pageOf(StoryUse), "Uses, by day used"), ...errorResponses },
    }),
    async (c) =>
      c.json(
        pageByKey(
          (await listUses(c.get("ctx"), c.req.valid("param").id)).items,
          [{ value: (u) => u.usedOn }, { value: (u) => u.createdAt }, { value: (u) => u.id }],
          c.req.valid("query"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/stories/{id}/uses",
      tags,
      summary: "Record a use of a story in an engagement (only while a consent covers it)",
      request: { params: IdParam, body: body(UseInput) },
      responses: {
        201: json(StoryUse, "The use"),
        409: problemResponse("No valid consent covers this channel, day and partner (rule consent_required, with reason)"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await addUse(c.get("ctx"), c.req.valid("param").id, c.req.valid("json")), 201),
  );

import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { Member, OrgProfile, OrgProfilePatch } from "./orgs.schema.js";
import * as orgs from "./orgs.service.js";
import { CursorQuery, pageOf } from "../../shared/pagination.js";
import { pageByKey, type KeyPart } from "../../platform/keyset.js";

const byName: KeyPart<{ name: string; id: string }>[] = [{ value: (m) => m.name, text: true }, { value: (m) => m.id }];

const tags = ["Organisation"];

/** The active organisation's profile and members. Invitations and role changes go through /api/auth/organization/*. */
export const orgsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/organization",
      tags,
      summary: "The active organisation",
      responses: { 200: { content: { "application/json": { schema: OrgProfile } }, description: "Profile" }, ...errorResponses },
    }),
    async (c) => c.json(await orgs.getProfile(c.get("ctx")), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/organization",
      tags,
      summary: "Change the organisation's profile and security settings (admins)",
      request: { body: { content: { "application/json": { schema: OrgProfilePatch } }, required: true } },
      responses: { 200: { content: { "application/json": { schema: OrgProfile } }, description: "Profile" }, ...errorResponses },
    }),
    async (c) => c.json(await orgs.updateProfile(c.get("ctx"), c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/organization/members",
      tags,
      summary: "Members and their roles",
      request: { query: CursorQuery },
      responses: {
        200: { content: { "application/json": { schema: pageOf(Member) } }, description: "Members by name" },
        ...errorResponses,
      },
    }),
    async (c) => c.json(pageByKey(await orgs.listMembers(c.get("ctx")), byName, c.req.valid("query")), 200),
  );

import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { Member, OrgProfile, OrgProfilePatch } from "./orgs.schema.js";
import * as orgs from "./orgs.service.js";

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
      responses: {
        200: { content: { "application/json": { schema: z.object({ items: z.array(Member) }) } }, description: "Members" },
        ...errorResponses,
      },
    }),
    async (c) => c.json({ items: await orgs.listMembers(c.get("ctx")) }, 200),
  );

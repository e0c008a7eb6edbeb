import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppDeps } from "../../server/deps.js";
import { createRouter, errorResponses, problemResponse, type AppEnv } from "../../server/http.js";
import { pageOf, PageQuery } from "../../shared/pagination.js";
import {
  AddCoordinatorInput,
  InviteOrganizationInput,
  Network,
  NetworkCoordinator,
  NetworkInput,
  NetworkInvitation,
  NetworkMember,
  NetworkPatch,
  NetworkSummary,
} from "./networks.schema.js";
import * as networks from "./networks.service.js";

const pathParam = (name: string) => z.string().meta({ param: { name, in: "path" } });
const IdParam = z.object({ id: pathParam("id") });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const tags = ["Networks"];

/** NGO networks: need a signed-in user, not an active organisation (the routes check the caller's relation). */
export function networksRoutes(deps: AppDeps) {
  const ctx = (c: Context<AppEnv>): networks.NetworkCtx => {
    const u = c.get("sessionUser");
    return {
      db: deps.database.db,
      database: deps.database,
      user: { id: u.id, name: u.name, email: u.email },
      activeOrgId: c.req.header("x-organization-id") || c.get("activeOrganizationId"),
    };
  };
  const appUrl = (c: Context<AppEnv>) => (deps.env.PARTNERWISE_BASE_URL ?? new URL(c.req.url).origin).replace(/\/$/, "");
  return createRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/networks",
        tags,
        summary: "Networks I coordinate or my organisations are in",
        request: { query: PageQuery },
        responses: { 200: json(pageOf(NetworkSummary), "A page of networks"), ...errorResponses },
      }),
      async (c) => c.json(await networks.list(ctx(c), c.req.valid("query")), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks",
        tags,
        summary: "Found a network (owners and admins of an organisation)",
        description:
          "The caller — an owner or admin of at least one organisation — becomes its coordinator. If the caller is an admin or owner of the active organisation, that organisation joins as an active member.",
        request: body(NetworkInput),
        responses: { 201: json(Network, "The new network"), ...errorResponses },
      }),
      async (c) => c.json(await networks.create(ctx(c), c.req.valid("json")), 201),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/networks/{id}",
        tags,
        summary: "A network with its coordinators and members",
        request: { params: IdParam },
        responses: { 200: json(Network, "The network"), ...errorResponses },
      }),
      async (c) => c.json(await networks.get(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "patch",
        path: "/networks/{id}",
        tags,
        summary: "Change the network's name, description or slug (coordinators)",
        description:
          "The slug names the network's public pages (`/public/<slug>/knowledge`; the id keeps working). Lower-case letters, digits and hyphens; 409 when another network uses it.",
        request: { params: IdParam, ...body(NetworkPatch) },
        responses: { 200: json(Network, "The changed network"), ...errorResponses },
      }),
      async (c) => c.json(await networks.update(ctx(c), c.req.valid("param").id, c.req.valid("json")), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks/{id}/members",
        tags,
        summary: "Invite an organisation (coordinators)",
        description:
          "Creates an invitation, mailed to the organisation's owners and admins, who accept (POST /networks/{id}/accept) or decline it. The answer names the organisation only by the slug given: its id and name are shown to the network once it accepts.",
        request: { params: IdParam, ...body(InviteOrganizationInput) },
        responses: {
          201: json(NetworkInvitation, "The invitation"),
          409: problemResponse("Already invited or a member"),
          ...errorResponses,
        },
      }),
      async (c) =>
        c.json(
          await networks.inviteOrganization(ctx(c), c.req.valid("param").id, c.req.valid("json").organizationSlug, {
            mailer: deps.mailer,
            appUrl: appUrl(c),
          }),
          201,
        ),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks/{id}/accept",
        tags,
        summary: "Accept the active organisation's invitation (its admins and owners)",
        request: { params: IdParam },
        responses: { 200: json(NetworkMember, "The organisation, now an active member"), ...errorResponses },
      }),
      async (c) => c.json(await networks.accept(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks/{id}/decline",
        tags,
        summary: "Decline the active organisation's invitation (its admins and owners)",
        request: { params: IdParam },
        responses: { 204: { description: "Declined: the invitation is gone" }, ...errorResponses },
      }),
      async (c) => {
        await networks.decline(ctx(c), c.req.valid("param").id);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks/{id}/join",
        tags,
        summary: "Accept the active organisation's invitation (the same as /accept)",
        request: { params: IdParam },
        responses: { 200: json(NetworkMember, "The organisation, now an active member"), ...errorResponses },
      }),
      async (c) => c.json(await networks.accept(ctx(c), c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/networks/{id}/members/{organizationId}",
        tags,
        summary:
          "Remove an organisation or withdraw its invitation (coordinators; an invitation by the invited slug), or leave / decline (admins of that organisation)",
        request: { params: IdParam.extend({ organizationId: pathParam("organizationId") }) },
        responses: { 204: { description: "Removed" }, ...errorResponses },
      }),
      async (c) => {
        const p = c.req.valid("param");
        await networks.removeMember(ctx(c), p.id, p.organizationId);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/networks/{id}/coordinators",
        tags,
        summary: "Add a coordinator (an existing user, by e-mail)",
        request: { params: IdParam, ...body(AddCoordinatorInput) },
        responses: { 201: json(NetworkCoordinator, "The new coordinator"), ...errorResponses },
      }),
      async (c) => c.json(await networks.addCoordinator(ctx(c), c.req.valid("param").id, c.req.valid("json").email), 201),
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/networks/{id}/coordinators/{userId}",
        tags,
        summary: "Remove a coordinator (never the last one)",
        request: { params: IdParam.extend({ userId: pathParam("userId") }) },
        responses: { 204: { description: "Removed" }, ...errorResponses },
      }),
      async (c) => {
        const p = c.req.valid("param");
        await networks.removeCoordinator(ctx(c), p.id, p.userId);
        return c.body(null, 204);
      },
    );
}

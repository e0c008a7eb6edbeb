import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { createRouter, errorResponses } from "../../server/http.js";
import type { AppDeps } from "../../server/deps.js";
import type { Auth } from "../auth/auth.js";
import { member, organization, user } from "../auth/auth.table.js";
import { orgProfile } from "./orgs.table.js";
import { LANGUAGES } from "./orgs.schema.js";

const Me = z
  .object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), locale: z.string().nullable(), twoFactorEnabled: z.boolean() }),
    activeOrganizationId: z.string().nullable(),
    organizations: z.array(
      z.object({ id: z.string(), name: z.string(), slug: z.string(), role: z.string(), requireTwoFactor: z.boolean() }),
    ),
  })
  .meta({ id: "Me" });

/** The signed-in user, their organisations, and their preferences. */
export function meRoutes(deps: AppDeps, _auth: Auth) {
  const db = deps.database.db;
  return createRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/me",
        tags: ["Account"],
        summary: "Who am I, in which organisations",
        responses: { 200: { content: { "application/json": { schema: Me } }, description: "The session's user" }, ...errorResponses },
      }),
      async (c) => {
        const u = c.get("sessionUser");
        const [fresh] = await db.select().from(user).where(eq(user.id, u.id));
        const orgs = await db
          .select({
            id: organization.id,
            name: organization.name,
            slug: organization.slug,
            role: member.role,
            requireTwoFactor: orgProfile.requireTwoFactor,
          })
          .from(member)
          .innerJoin(organization, eq(organization.id, member.organizationId))
          .leftJoin(orgProfile, eq(orgProfile.organizationId, organization.id))
          .where(eq(member.userId, u.id))
          .orderBy(organization.name);
        return c.json(
          {
            user: { id: fresh.id, name: fresh.name, email: fresh.email, locale: fresh.locale, twoFactorEnabled: !!fresh.twoFactorEnabled },
            activeOrganizationId: c.get("activeOrganizationId"),
            organizations: orgs.map((o) => ({ ...o, requireTwoFactor: !!o.requireTwoFactor })),
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "patch",
        path: "/me",
        tags: ["Account"],
        summary: "Change my preferences (interface language)",
        request: {
          body: {
            content: {
              "application/json": {
                schema: z.object({ locale: z.enum(LANGUAGES).optional(), name: z.string().trim().min(1).max(200).optional() }),
              },
            },
            required: true,
          },
        },
        responses: { 204: { description: "Saved" }, ...errorResponses },
      }),
      async (c) => {
        const body = c.req.valid("json");
        await db
          .update(user)
          .set({ ...body, updatedAt: new Date() })
          .where(eq(user.id, c.get("sessionUser").id));
        return c.body(null, 204);
      },
    );
}

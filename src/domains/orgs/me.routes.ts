import { createRoute } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import type { AppDeps } from "../../server/deps.js";
import type { Auth } from "../auth/auth.js";
import { Me, MePatch } from "./orgs.schema.js";
import { getMe, updateMe } from "./orgs.service.js";

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
        return c.json(await getMe(db, c.get("sessionUser").id, c.get("activeOrganizationId")), 200);
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
                schema: MePatch,
              },
            },
            required: true,
          },
        },
        responses: { 204: { description: "Saved" }, ...errorResponses },
      }),
      async (c) => {
        await updateMe(db, c.get("sessionUser").id, c.req.valid("json"));
        return c.body(null, 204);
      },
    );
}

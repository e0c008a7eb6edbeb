import { createRoute, z } from "@hono/zod-openapi";
import type { AppDeps } from "../../server/deps.js";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { problem } from "../../server/problem.js";
import { feedForToken, regenerateToken, revokeToken, tokenInfo } from "./engagements.ical.js";
import { IcalTokenCreated, IcalTokenInfo } from "./engagements.schema.js";

const tags = ["Calendar feed"];
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });

/** The signed-in user's calendar-feed token (under /api/v1/me: no active organisation needed). */
export function icalTokenRoutes(deps: AppDeps) {
  const db = deps.database.db;
  return createRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/me/ical-token",
        tags,
        summary: "Whether I have a calendar feed",
        responses: { 200: json(IcalTokenInfo, "Feed status"), ...errorResponses },
      }),
      async (c) => c.json(await tokenInfo(db, c.get("sessionUser").id), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/me/ical-token",
        tags,
        summary: "Create or regenerate my calendar feed's secret URL (the old URL stops working)",
        responses: { 201: json(IcalTokenCreated, "The secret URL, shown only now"), ...errorResponses },
      }),
      async (c) => {
        const { token, createdAt } = await regenerateToken(db, c.get("sessionUser").id);
        const base = deps.env.PARTNERWISE_BASE_URL?.replace(/\/$/, "") ?? new URL(c.req.url).origin;
        return c.json({ token, url: `${base}/api/ical/${token}.ics`, createdAt }, 201, { "Cache-Control": "no-store" });
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/me/ical-token",
        tags,
        summary: "Turn my calendar feed off",
        responses: { 204: { description: "Revoked" }, ...errorResponses },
      }),
      async (c) => {
        await revokeToken(db, c.get("sessionUser").id);
        return c.body(null, 204);
      },
    );
}

/** The feed itself: no session, the secret token in the path is the credential. Mounted at /api. */
export function icalFeedRoutes(deps: AppDeps) {
  return createRouter().openapi(
    createRoute({
      method: "get",
      path: "/ical/{file}",
      tags,
      summary: "My tasks' due dates as an iCalendar feed (secret URL, no sign-in)",
      request: {
        params: z.object({
          file: z.string().meta({ param: { name: "file", in: "path" }, example: "3kR…Zq.ics", description: "The token followed by .ics" }),
        }),
      },
      responses: {
        200: { content: { "text/calendar": { schema: z.string() } }, description: "iCalendar (RFC 5545)" },
        404: problemResponse("Unknown or revoked token"),
      },
    }),
    async (c) => {
      const file = c.req.valid("param").file;
      const feed = file.endsWith(".ics")
        ? await feedForToken(deps.database.db, file.slice(0, -4), { baseUrl: deps.env.PARTNERWISE_BASE_URL })
        : null;
      if (feed === null)
        return problem(c, 404, "not_found", "No calendar feed at this address (it may have been regenerated or turned off).") as never;
      return c.body(feed, 200, {
        "Content-Type": "text/calendar; charset=utf-8",
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
      });
    },
  );
}

import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { Dashboard, DashboardQuery } from "./dashboard.schema.js";
import { dashboard } from "./dashboard.service.js";

const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });

/** The dashboard: every chart's numbers in one answer. */
export const dashboardRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/dashboard",
    tags: ["Dashboard"],
    summary:
      "Pipeline funnel, engagements by mode and company size, value by mode, overdue commitments, high risks and their matrix, partnerships at risk",
    description:
      "Counted in the database for the active organisation; any member (viewers too) may read it. `owner` (a user id, or `none`) and `mode` (a mode key) narrow every number to those engagements. " +
      "Lists carry the first 10 items and the full count. See docs/dashboard.md for what each number counts.",
    request: { query: DashboardQuery },
    responses: { 200: json(Dashboard, "The dashboard"), ...errorResponses },
  }),
  async (c) => c.json(await dashboard(c.get("ctx"), c.req.valid("query")), 200),
);

import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses, problemResponse } from "../../server/http.js";
import { Health, HealthList, HealthListQuery } from "./health.schema.js";
import { engagementHealth, portfolioHealth } from "./health.service.js";

const IdParam = z.object({ id: z.string().meta({ param: { name: "id", in: "path" }, example: "5b8a…" }) });
const json = <T extends z.ZodTypeAny>(schema: T, description: string) => ({ content: { "application/json": { schema } }, description });
const tags = ["Health"];

/** Partnership health: one engagement's explained score and the portfolio's, worst first. */
export const healthRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/engagements/{id}/health",
      tags,
      summary: "Health score of a running partnership, factor by factor, with its continuation outlook and renewal",
      description:
        "Seven weighted factors (contact vs. planned cadence, commitments kept, indicator progress, active company contacts, public acknowledgement, time to renewal, open high risks) add up to a score of 0–100; " +
        "the outlook is likely (≥ thresholds.likely), at_risk (≥ thresholds.atRisk) or unlikely. Only agreed, active, reviewing and renewed engagements are scored: " +
        "any other stage answers 409 with rule `health_not_applicable`. See docs/partnership-health.md.",
      request: { params: IdParam },
      responses: {
        200: json(Health, "The explained health score"),
        409: problemResponse("The engagement is not a running partnership (rule health_not_applicable)"),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await engagementHealth(c.get("ctx"), c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/health",
      tags,
      summary: "Health of the portfolio's running partnerships, worst first",
      description:
        "Agreed, active, reviewing and renewed engagements with score, outlook and top reasons. `outlook=at_risk,unlikely` keeps only those.",
      request: { query: HealthListQuery },
      responses: { 200: json(HealthList, "Scored engagements, lowest score first"), ...errorResponses },
    }),
    async (c) => c.json(await portfolioHealth(c.get("ctx"), c.req.valid("query")), 200),
  );

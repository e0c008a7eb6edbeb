import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { requireRole } from "../auth/guard.js";
import { listAudit } from "./audit.service.js";
import { CursorQuery, pageOf } from "../../shared/pagination.js";

const AuditEntry = z
  .object({
    id: z.number(),
    organizationId: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    summary: z.string().nullable(),
    details: z.unknown(),
    at: z.string(),
  })
  .meta({ id: "AuditEntry" });

const AuditQuery = CursorQuery.extend({
  entityType: z.string().optional(),
  entityId: z.string().optional(),
  action: z.string().optional(),
});

/** The audit log, for admins and owners. */
export const auditRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/audit",
    tags: ["Audit"],
    summary: "The organisation's audit log (admins)",
    request: { query: AuditQuery },
    responses: {
      200: {
        content: { "application/json": { schema: pageOf(AuditEntry) } },
        description: "Entries, newest first",
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const ctx = c.get("ctx");
    requireRole(ctx, "admin");
    return c.json(await listAudit(ctx, c.req.valid("query")), 200);
  },
);

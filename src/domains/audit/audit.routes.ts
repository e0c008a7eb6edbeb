import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, errorResponses } from "../../server/http.js";
import { requireRole } from "../auth/guard.js";
import { listAudit } from "./audit.service.js";

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

const AuditQuery = z.object({
  entityType: z.string().optional(),
  entityId: z.string().optional(),
  action: z.string().optional(),
  before: z.coerce.number().int().optional().meta({ description: "Keyset cursor: entries with a smaller id" }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
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
        content: { "application/json": { schema: z.object({ items: z.array(AuditEntry), nextBefore: z.number().nullable() }) } },
        description: "Entries, newest first",
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const ctx = c.get("ctx");
    requireRole(ctx, "admin");
    const q = c.req.valid("query");
    const items = await listAudit(ctx, q);
    return c.json({ items, nextBefore: items.length === q.limit ? items[items.length - 1].id : null }, 200);
  },
);

import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import { auditLog } from "./audit.table.js";

export type AuditAction =
  | "create"
  | "update"
  | "delete"
  | "export"
  | "import"
  | "undo_import"
  | "merge"
  | "erase"
  | "view"
  | "leave"
  | "invite"
  | "settings"
  | "revoke"
  | "use";

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  summary?: string;
  details?: Record<string, unknown>;
}

/** Appends one entry to the organisation's audit log (in the caller's transaction, if any). */
export async function audit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(auditLog).values({
    organizationId: ctx.orgId,
    actorId: ctx.user.id,
    actorName: ctx.user.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    summary: entry.summary ?? null,
    // A request made with an API key names the key in every entry it leaves.
    details: ctx.apiKey ? { ...entry.details, apiKey: ctx.apiKey } : (entry.details ?? null),
  });
}

/** Names of the fields whose values differ — personal data is audited by field name, never by value. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  action?: string;
  before?: number;
  limit: number;
}

/** The organisation's audit entries, newest first, keyset-paginated by id. */
export async function listAudit(ctx: Ctx, q: AuditQuery) {
  const where: SQL[] = [eq(auditLog.organizationId, ctx.orgId)];
  if (q.entityType) where.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
  if (q.action) where.push(eq(auditLog.action, q.action));
  if (q.before) where.push(lt(auditLog.id, q.before));
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

import type { Ctx } from "../../platform/context.js";
import { auditPage, insertAudit } from "./audit.repo.js";
import { cursorKey } from "../../platform/keyset.js";
import { encodeCursor } from "../../platform/cursor.js";

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
  await insertAudit(ctx.db, ctx.orgId, {
    actorId: ctx.user.id,
    actorName: ctx.user.name,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    summary: entry.summary ?? null,
    // A request made with an API key names the key in every entry it leaves.
    details: ctx.apiKey ? { ...entry.details, apiKey: ctx.apiKey } : (entry.details ?? null),
    ...(ctx.at ? { at: ctx.at } : {}),
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
  limit: number;
  cursor?: string;
}

/** The organisation's audit entries, newest first, keyset-paginated by id. */
export async function listAudit(ctx: Ctx, q: AuditQuery) {
  const after = cursorKey(q.cursor, 1);
  const { rows, total } = await auditPage(ctx.db, ctx.orgId, q, q.limit, after ? Number(after[0]) : null);
  return {
    items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    total,
    limit: q.limit,
    offset: 0,
    nextCursor: rows.length === q.limit ? encodeCursor({ k: [rows[rows.length - 1].id] }) : null,
  };
}

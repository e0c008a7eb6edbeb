import { and, asc, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { auditLog } from "./audit.table.js";

export type AuditRow = typeof auditLog.$inferSelect;
type NewAuditRow = Omit<typeof auditLog.$inferInsert, "organizationId" | "id">;

/** Appends one entry to the organisation's audit log. */
export async function insertAudit(db: Db, orgId: string, row: NewAuditRow): Promise<void> {
  await db.insert(auditLog).values({ ...row, organizationId: orgId });
}

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
}

/** One page of the organisation's audit entries, newest first, after the id `afterId`, with the total of the filter. */
export async function auditPage(db: Db, orgId: string, f: AuditFilter, limit: number, afterId: number | null) {
  const where: SQL[] = [eq(auditLog.organizationId, orgId)];
  if (f.entityType) where.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) where.push(eq(auditLog.entityId, f.entityId));
  if (f.action) where.push(eq(auditLog.action, f.action));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(and(...where, afterId !== null ? lt(auditLog.id, afterId) : undefined))
      .orderBy(desc(auditLog.id))
      .limit(limit),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(and(...where)),
  ]);
  return { rows, total: Number(total) };
}

/** The organisation's audit entries about an entity: by its id, or naming the id in their details (oldest first). */
export async function entriesAbout(db: Db, orgId: string, entityId: string): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organizationId, orgId),
        or(eq(auditLog.entityId, entityId), sql`${auditLog.details}::text like ${"%" + entityId + "%"}`),
      ),
    )
    .orderBy(asc(auditLog.id));
}

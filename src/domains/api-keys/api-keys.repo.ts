import { z } from "zod";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { member, user } from "../auth/auth.table.js";
import { apiKey } from "./api-keys.table.js";
import type { ApiKey, ApiKeyRole } from "./api-keys.schema.js";

const columns = {
  id: apiKey.id,
  name: apiKey.name,
  role: apiKey.role,
  prefix: apiKey.prefix,
  createdAt: apiKey.createdAt,
  createdById: apiKey.createdBy,
  createdByName: user.name,
  expiresAt: apiKey.expiresAt,
  lastUsedAt: apiKey.lastUsedAt,
  revokedAt: apiKey.revokedAt,
};
interface Row {
  id: string;
  name: string;
  role: ApiKeyRole;
  prefix: string;
  createdAt: Date;
  createdById: string | null;
  createdByName: string | null;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

function toApiKey(r: Row): ApiKey {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdById ? { id: r.createdById, name: r.createdByName ?? "" } : null,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}

/** The organisation's keys, newest first. */
export async function keyPage(ctx: Ctx, limit: number, offset: number): Promise<ApiKey[]> {
  const rows = await ctx.db
    .select(columns)
    .from(apiKey)
    .leftJoin(user, eq(user.id, apiKey.createdBy))
    .where(eq(apiKey.organizationId, ctx.orgId))
    .orderBy(desc(apiKey.createdAt), desc(apiKey.id))
    .limit(limit)
    .offset(offset);
  return rows.map(toApiKey);
}

export async function countKeys(ctx: Ctx): Promise<number> {
  const [{ total }] = await ctx.db.select({ total: sql<number>`count(*)::int` }).from(apiKey).where(eq(apiKey.organizationId, ctx.orgId));
  return Number(total);
}

/** One key of the organisation, or undefined. */
export async function findKey(ctx: Ctx, id: string): Promise<ApiKey | undefined> {
  if (!z.uuid().safeParse(id).success) return undefined;
  const [row] = await ctx.db
    .select(columns)
    .from(apiKey)
    .leftJoin(user, eq(user.id, apiKey.createdBy))
    .where(and(eq(apiKey.organizationId, ctx.orgId), eq(apiKey.id, id)));
  return row ? toApiKey(row) : undefined;
}

/**
 * The key with this hash, with its creator and the creator's current membership in the key's organisation
 * (null when they left). Not tenant-scoped: this is how a request finds its tenant.
 */
export async function keyByHash(db: Db, hash: string) {
  const [row] = await db
    .select({
      id: apiKey.id,
      organizationId: apiKey.organizationId,
      name: apiKey.name,
      role: apiKey.role,
      secretHash: apiKey.secretHash,
      expiresAt: apiKey.expiresAt,
      lastUsedAt: apiKey.lastUsedAt,
      revokedAt: apiKey.revokedAt,
      user: { id: user.id, name: user.name, email: user.email, locale: user.locale },
      memberRole: member.role,
    })
    .from(apiKey)
    .leftJoin(user, eq(user.id, apiKey.createdBy))
    .leftJoin(member, and(eq(member.userId, apiKey.createdBy), eq(member.organizationId, apiKey.organizationId)))
    .where(eq(apiKey.secretHash, hash));
  return row;
}

/** Sets the last-used time unless another request did so in the last minute; true when this call did. */
export async function touchKey(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(apiKey)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKey.id, id), or(isNull(apiKey.lastUsedAt), lt(apiKey.lastUsedAt, sql`now() - interval '60 seconds'`))))
    .returning({ id: apiKey.id });
  return rows.length > 0;
}

/** Stores a new key of the organisation; its id. */
export async function insertKey(
  ctx: Ctx,
  values: Omit<typeof apiKey.$inferInsert, "organizationId" | "id" | "createdAt">,
): Promise<{ id: string }> {
  const [row] = await ctx.db
    .insert(apiKey)
    .values({ ...values, organizationId: ctx.orgId })
    .returning({ id: apiKey.id });
  return row;
}

/** Marks a key of the organisation revoked by the caller. */
export async function revokeKey(ctx: Ctx, id: string): Promise<void> {
  await ctx.db
    .update(apiKey)
    .set({ revokedAt: new Date(), revokedBy: ctx.user.id })
    .where(and(eq(apiKey.organizationId, ctx.orgId), eq(apiKey.id, id)));
}

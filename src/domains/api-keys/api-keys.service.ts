import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { ROLES, roleAtLeast, type Role } from "../auth/roles.js";
import { countKeys, findKey, insertKey, keyByHash, keyPage, revokeKey, touchKey } from "./api-keys.repo.js";
import type { ApiKey, ApiKeyCreate, ApiKeyCreated } from "./api-keys.schema.js";
import { hashApiKey, keyMatches, looksLikeApiKey, newApiKey } from "./api-keys.secret.js";

/** Creates a key (admins and owners; the key's role at most the creator's). The secret is in the answer only. */
export async function create(ctx: Ctx, input: ApiKeyCreate): Promise<ApiKeyCreated> {
  requireRole(ctx, "admin");
  if (!roleAtLeast(ctx.role, input.role)) {
    throw new AppError("forbidden", `A key's role cannot exceed yours: you are ${ctx.role}, the key asks for ${input.role}.`, {
      errors: [{ path: "role", message: `At most ${ctx.role}.`, code: "role_above_creator", params: { max: ctx.role } }],
    });
  }
  const secret = newApiKey();
  return inTransaction(ctx, async (tx) => {
    const row = await insertKey(tx, {
      name: input.name,
      role: input.role,
      prefix: secret.prefix,
      secretHash: secret.hash,
      createdBy: tx.user.id,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
    });
    await audit(tx, {
      action: "create",
      entityType: "api_key",
      entityId: row.id,
      summary: `API key "${input.name}" (${input.role})`,
      details: { role: input.role, prefix: secret.prefix, expiresAt: input.expiresAt },
    });
    const created = (await findKey(tx, row.id))!;
    return { ...created, key: secret.key };
  });
}

/** The organisation's keys without their secrets, newest first (admins and owners). */
export async function list(ctx: Ctx, q: { limit: number; offset: number }) {
  requireRole(ctx, "admin");
  const [items, total] = await Promise.all([keyPage(ctx, q.limit, q.offset), countKeys(ctx)]);
  return { items, total, limit: q.limit, offset: q.offset };
}

/** One key (admins and owners). */
export async function get(ctx: Ctx, id: string): Promise<ApiKey> {
  requireRole(ctx, "admin");
  const key = await findKey(ctx, id);
  if (!key) throw notFound("API key");
  return key;
}

/** Revokes a key for good; revoking a revoked key changes nothing. */
export async function revoke(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, "admin");
  await inTransaction(ctx, async (tx) => {
    const key = await findKey(tx, id);
    if (!key) throw notFound("API key");
    if (key.revokedAt) return;
    await revokeKey(tx, id);
    await audit(tx, {
      action: "revoke",
      entityType: "api_key",
      entityId: id,
      summary: `API key "${key.name}" revoked`,
      details: { prefix: key.prefix },
    });
  });
}

/** Who a valid key acts as. */
export interface KeyIdentity {
  key: { id: string; name: string };
  organizationId: string;
  user: { id: string; name: string; email: string; locale: string | null };
  /** The key's role, capped by its creator's current role in the organisation. */
  role: Role;
}

export type KeyCheck = { ok: true; identity: KeyIdentity; lastUsedAt: Date | null } | { ok: false; reason: string };

/** Checks a presented key: known, not revoked, not expired, its creator still a member. */
export async function authenticate(db: Db, presented: string, now = new Date()): Promise<KeyCheck> {
  const invalid = { ok: false as const, reason: "The API key is not valid." };
  if (!looksLikeApiKey(presented)) return invalid;
  const row = await keyByHash(db, hashApiKey(presented));
  if (!row || !keyMatches(presented, row.secretHash)) return invalid;
  if (row.revokedAt) return { ok: false, reason: "This API key has been revoked." };
  if (row.expiresAt && row.expiresAt <= now) return { ok: false, reason: `This API key expired at ${row.expiresAt.toISOString()}.` };
  if (!row.user || !row.memberRole) {
    return {
      ok: false,
      reason: "The person who created this API key is no longer a member of its organisation; an admin can create a new key.",
    };
  }
  const role = ROLES[Math.min(ROLES.indexOf(row.role), ROLES.indexOf(row.memberRole as Role))] ?? "viewer";
  return {
    ok: true,
    lastUsedAt: row.lastUsedAt,
    identity: { key: { id: row.id, name: row.name }, organizationId: row.organizationId, user: row.user, role },
  };
}

/**
 * Records a use of a key: the last-used time at most once a minute, and an audit entry for the first use in each
 * clock hour (UTC) — a script making thousands of calls leaves one `use` entry an hour, not thousands; its writes
 * are audited one by one anyway, each naming the key.
 */
export async function recordUse(ctx: Ctx, lastUsedAt: Date | null, request: { method: string; path: string }, now = new Date()) {
  if (!ctx.apiKey || (lastUsedAt && now.getTime() - lastUsedAt.getTime() < 60_000)) return;
  if (!(await touchKey(ctx.db, ctx.apiKey.id))) return;
  const hour = (d: Date) => Math.floor(d.getTime() / 3_600_000);
  if (lastUsedAt && hour(lastUsedAt) === hour(now)) return;
  await audit(ctx, {
    action: "use",
    entityType: "api_key",
    entityId: ctx.apiKey.id,
    summary: `API key "${ctx.apiKey.name}" used: ${request.method} ${request.path}`,
    details: { method: request.method, path: request.path },
  });
}

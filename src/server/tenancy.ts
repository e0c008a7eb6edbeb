import { and, eq } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import type { Database } from "../platform/db.js";
import { member } from "../domains/auth/auth.table.js";
import type { Auth } from "../domains/auth/auth.js";
import { authenticate, recordUse } from "../domains/api-keys/api-keys.service.js";
import { orgProfile } from "../domains/orgs/orgs.table.js";
import type { Role } from "../domains/auth/roles.js";
import type { AuthCache } from "./auth-cache.js";
import type { AppEnv, SessionUser } from "./http.js";
import { problem } from "./problem.js";
import { type FixedWindowLimiter, type RateState, rateLimitHeaders } from "./rate-limit.js";

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** The 429 answer for a caller past its rate limit, with the RateLimit header fields and Retry-After. */
function rateLimited(c: Context, rate: RateState, who: string) {
  const res = problem(
    c,
    429,
    "rate_limited",
    `${who} made more than ${rate.limit} requests in ${rate.windowSeconds} seconds; try again in ${rate.resetSeconds} seconds.`,
  );
  for (const [k, v] of Object.entries(rateLimitHeaders(rate, who === "This API key" ? "api-key" : "session"))) res.headers.set(k, v);
  res.headers.set("Retry-After", String(rate.resetSeconds));
  return res;
}

/** A 401 for a bad key, with the RFC 6750 challenge. */
function invalidKey(c: Context, detail: string) {
  const res = problem(c, 401, "unauthenticated", detail);
  res.headers.set("WWW-Authenticate", 'Bearer realm="partnerwise", error="invalid_token"');
  return res;
}

/**
 * Requires a signed-in user — a session cookie, or an API key as `Authorization: Bearer …` — and sets
 * `sessionUser`. A key also sets `apiKey` (its organisation and capped role). Requests are rate-limited per key,
 * and per person for sessions (all their sessions together); every answer says where the caller stands in
 * RateLimit header fields (policy "api-key" or "session").
 */
export function requireSession(
  auth: Auth,
  database: Database,
  limiters: { key: FixedWindowLimiter; session: FixedWindowLimiter },
  cache: AuthCache,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const authorization = c.req.header("authorization");
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization)?.[1];
      if (!token) return invalidKey(c, "Send an API key as `Authorization: Bearer <key>`.");
      const check = await authenticate(database.db, token);
      if (!check.ok) return invalidKey(c, check.reason);
      const rate = limiters.key.hit(check.identity.key.id);
      const headers = rateLimitHeaders(rate);
      if (!rate.allowed) return rateLimited(c, rate, "This API key");
      const { identity } = check;
      c.set("sessionUser", { ...identity.user, twoFactorEnabled: null });
      c.set("activeOrganizationId", identity.organizationId);
      c.set("apiKey", { ...identity, lastUsedAt: check.lastUsedAt });
      await next();
      for (const [k, v] of Object.entries(headers)) c.res.headers.set(k, v);
      return;
    }
    // The cookie header names the session; briefly cached answers are emptied by every change (auth-cache.ts).
    const cookie = c.req.header("cookie") ?? "";
    let known = cookie ? cache.sessions.get(cookie) : undefined;
    if (!known) {
      const generation = cache.sessions.generation;
      const session = await auth.api.getSession({ headers: c.req.raw.headers });
      if (!session) return problem(c, 401, "unauthenticated", "Sign in first.");
      known = {
        user: session.user,
        activeOrganizationId: (session.session as { activeOrganizationId?: string | null }).activeOrganizationId ?? null,
      };
      if (cookie) cache.sessions.set(cookie, known, generation, new Date(session.session.expiresAt).getTime());
    }
    const user = known.user as SessionUser;
    const rate = limiters.session.hit(user.id);
    if (!rate.allowed) return rateLimited(c, rate, "You");
    c.set("sessionUser", user);
    c.set("activeOrganizationId", known.activeOrganizationId);
    await next();
    for (const [k, v] of Object.entries(rateLimitHeaders(rate, "session"))) c.res.headers.set(k, v);
  };
}

/** Refuses API keys on routes that act for a person rather than an organisation (their account, networks, invitations). */
export function personOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get("apiKey"))
      return problem(c, 403, "forbidden", "An API key acts for its organisation, not for a person; sign in to use this route.");
    return next();
  };
}

/**
 * Requires a signed-in member of the active organisation and builds the request context from it.
 * Enforces the organisation's mandatory two-factor setting. An API key brings its own organisation and role.
 */
export function requireOrg(database: Database, cache: AuthCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get("sessionUser");
    const key = c.get("apiKey");
    const header = c.req.header("x-organization-id");
    if (key) {
      if (header && header !== key.organizationId)
        return problem(c, 403, "forbidden", "This API key belongs to another organisation than X-Organization-Id names.");
      const ctx = {
        db: database.db,
        database,
        user: { id: user.id, name: user.name, email: user.email },
        orgId: key.organizationId,
        role: key.role,
        apiKey: key.key,
      };
      c.set("ctx", ctx);
      await recordUse(ctx, key.lastUsedAt, { method: c.req.method, path: c.req.path });
      return next();
    }
    const orgId = header || c.get("activeOrganizationId");
    if (!orgId) return problem(c, 403, "forbidden", "Choose an organisation first (none is active in this session).");
    const cacheKey = `${user.id} ${orgId}`;
    let m = cache.memberships.get(cacheKey);
    if (!m) {
      const generation = cache.memberships.generation;
      [m] = await database.db
        .select({ role: member.role, requireTwoFactor: orgProfile.requireTwoFactor })
        .from(member)
        .leftJoin(orgProfile, eq(orgProfile.organizationId, member.organizationId))
        .where(and(eq(member.organizationId, orgId), eq(member.userId, user.id)));
      if (m) cache.memberships.set(cacheKey, m, generation);
    }
    if (!m) return problem(c, 403, "forbidden", "You are not a member of the active organisation.");
    if (m.requireTwoFactor && !user.twoFactorEnabled) {
      return problem(
        c,
        403,
        "two_factor_required",
        "Your organisation requires two-factor authentication. Set it up in your account settings.",
      );
    }
    c.set("ctx", { db: database.db, database, user: { id: user.id, name: user.name, email: user.email }, orgId, role: m.role as Role });
    await next();
  };
}

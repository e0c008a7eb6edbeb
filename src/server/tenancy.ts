import { and, eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import type { Database } from "../platform/db.js";
import { member } from "../domains/auth/auth.table.js";
import type { Auth } from "../domains/auth/auth.js";
import { orgProfile } from "../domains/orgs/orgs.table.js";
import type { Role } from "../domains/auth/roles.js";
import type { AppEnv, SessionUser } from "./http.js";
import { problem } from "./problem.js";

/** Requires a signed-in user; sets `sessionUser`. */
export function requireSession(auth: Auth): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    if (!session) return problem(c, 401, "unauthenticated", "Sign in first.");
    c.set("sessionUser", session.user as unknown as SessionUser);
    c.set("activeOrganizationId", (session.session as { activeOrganizationId?: string | null }).activeOrganizationId ?? null);
    await next();
  };
}

/**
 * Requires a signed-in member of the active organisation and builds the request context from it.
 * Enforces the organisation's mandatory two-factor setting.
 */
export function requireOrg(database: Database): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get("sessionUser");
    const orgId = c.req.header("x-organization-id") || c.get("activeOrganizationId");
    if (!orgId) return problem(c, 403, "forbidden", "Choose an organisation first (none is active in this session).");
    const [m] = await database.db
      .select({ role: member.role, requireTwoFactor: orgProfile.requireTwoFactor })
      .from(member)
      .leftJoin(orgProfile, eq(orgProfile.organizationId, member.organizationId))
      .where(and(eq(member.organizationId, orgId), eq(member.userId, user.id)));
    if (!m) return problem(c, 403, "forbidden", "You are not a member of the active organisation.");
    if (m.requireTwoFactor && !user.twoFactorEnabled) {
      return problem(c, 403, "two_factor_required", "Your organisation requires two-factor authentication. Set it up in your account settings.");
    }
    c.set("ctx", { db: database.db, database, user: { id: user.id, name: user.name, email: user.email }, orgId, role: m.role as Role });
    await next();
  };
}

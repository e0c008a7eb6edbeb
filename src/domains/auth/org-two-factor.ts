import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import type { Database } from "../../platform/db.js";
import { organizationIdBySlug, organizationIdOfInvitation, twoFactorOfMember } from "./auth.repo.js";

// An organisation that requires two-factor sign-in must be closed to members without it on every
// road in: /api/v1 (server/tenancy.ts) and better-auth's own /organization/* endpoints (this hook).

/** Organisation endpoints a member without 2FA may still use: their own invitations, switching, leaving. */
const OPEN = new Set([
  "/organization/create",
  "/organization/list",
  "/organization/set-active",
  "/organization/check-slug",
  "/organization/accept-invitation",
  "/organization/reject-invitation",
  "/organization/get-invitation",
  "/organization/list-user-invitations",
  "/organization/leave",
  "/organization/get-active-member",
  "/organization/get-active-member-role",
]);

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** A better-auth `before` check refusing organisation endpoints to members without 2FA where the organisation requires it. */
export function orgTwoFactorPolicy(database: Database) {
  const db = database.db;
  return async (ctx: HookContext) => {
    const path = ctx.path ?? "";
    if (!path.startsWith("/organization/") || OPEN.has(path)) return;
    const session = await getSessionFromCtx(ctx);
    if (!session) return; // better-auth answers 401 itself
    const input = { ...(ctx.query as Record<string, unknown> | undefined), ...(ctx.body as Record<string, unknown> | undefined) };
    const str = (k: string) => (typeof input[k] === "string" && input[k] ? (input[k] as string) : undefined);
    let orgId = str("organizationId");
    if (!orgId && str("organizationSlug")) {
      orgId = await organizationIdBySlug(db, str("organizationSlug")!);
    }
    if (!orgId && str("invitationId")) {
      orgId = await organizationIdOfInvitation(db, str("invitationId")!);
    }
    orgId ??= (session.session as { activeOrganizationId?: string | null }).activeOrganizationId ?? undefined;
    if (!orgId) return;
    const row = await twoFactorOfMember(db, orgId, session.user.id);
    if (row?.required && !row.enabled) {
      throw new APIError("FORBIDDEN", {
        code: "two_factor_required",
        message: "Your organisation requires two-factor authentication. Set it up in your account settings.",
      });
    }
  };
}

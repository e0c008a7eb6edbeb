import { and, asc, eq } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { member, organization, user } from "../auth/auth.table.js";
import { requireRole } from "../auth/guard.js";
import { audit } from "../audit/audit.service.js";
import { orgProfile } from "./orgs.table.js";
import type { OrgProfile, OrgProfilePatch } from "./orgs.schema.js";

/** The active organisation with its NGO profile. */
export async function getProfile(ctx: Ctx): Promise<OrgProfile> {
  const [row] = await ctx.db
    .select({ o: organization, p: orgProfile })
    .from(organization)
    .leftJoin(orgProfile, eq(orgProfile.organizationId, organization.id))
    .where(eq(organization.id, ctx.orgId));
  if (!row) throw notFound("Organisation");
  return {
    id: row.o.id,
    name: row.o.name,
    slug: row.o.slug,
    country: row.p?.country ?? null,
    languages: row.p?.languages ?? [],
    size: (row.p?.size as OrgProfile["size"]) ?? null,
    scope: (row.p?.scope as OrgProfile["scope"]) ?? null,
    mission: row.p?.mission ?? null,
    requireTwoFactor: row.p?.requireTwoFactor ?? false,
    role: ctx.role,
  };
}

/** Changes the NGO profile (admins). */
export async function updateProfile(ctx: Ctx, patch: OrgProfilePatch): Promise<OrgProfile> {
  requireRole(ctx, "admin");
  if (patch.requireTwoFactor) {
    // Whoever makes two-factor mandatory must have it, or they would shut themselves out.
    const [me] = await ctx.db.select({ enabled: user.twoFactorEnabled }).from(user).where(eq(user.id, ctx.user.id));
    if (!me?.enabled) {
      throw new AppError("validation", "Set up two-factor authentication for your own account before making it mandatory.", {
        errors: [{ path: "requireTwoFactor", message: "Enable two-factor authentication for your account first." }],
      });
    }
  }
  await inTransaction(ctx, async (tx) => {
    const { name, ...profile } = patch;
    if (name) await tx.db.update(organization).set({ name }).where(eq(organization.id, ctx.orgId));
    const values = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
    await tx.db
      .insert(orgProfile)
      .values({ organizationId: ctx.orgId, ...values, updatedAt: new Date() })
      .onConflictDoUpdate({ target: orgProfile.organizationId, set: { ...values, updatedAt: new Date() } });
    await audit(tx, {
      action: "settings",
      entityType: "organization",
      entityId: ctx.orgId,
      summary: `Changed organisation settings: ${Object.keys(patch).join(", ")}`,
      details: { patch },
    });
  });
  return getProfile(ctx);
}

/** Members of the active organisation with their role and 2FA status. */
export async function listMembers(ctx: Ctx) {
  const rows = await ctx.db
    .select({ m: member, u: user })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .where(and(eq(member.organizationId, ctx.orgId)))
    .orderBy(asc(user.name));
  return rows.map((r) => ({
    id: r.m.id,
    userId: r.u.id,
    name: r.u.name,
    email: r.u.email,
    role: r.m.role,
    twoFactorEnabled: !!r.u.twoFactorEnabled,
    createdAt: r.m.createdAt.toISOString(),
  }));
}

import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { requireRole } from "../auth/guard.js";
import { audit } from "../audit/audit.service.js";
import { membersOf, membershipsOf, profileOf, renameOrg, saveProfile, updateUser, userById } from "./orgs.repo.js";
import type { Me, MePatch, OrgProfile, OrgProfilePatch } from "./orgs.schema.js";

/** The active organisation with its NGO profile. */
export async function getProfile(ctx: Ctx): Promise<OrgProfile> {
  const row = await profileOf(ctx.db, ctx.orgId);
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
    const me = await userById(ctx.db, ctx.user.id);
    if (!me?.twoFactorEnabled) {
      throw new AppError("validation", "Set up two-factor authentication for your own account before making it mandatory.", {
        errors: [{ path: "requireTwoFactor", message: "Enable two-factor authentication for your account first." }],
      });
    }
  }
  await inTransaction(ctx, async (tx) => {
    const { name, ...profile } = patch;
    if (name) await renameOrg(tx.db, ctx.orgId, name);
    const values = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
    await saveProfile(tx.db, ctx.orgId, values);
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
  const rows = await membersOf(ctx.db, ctx.orgId);
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

/** The signed-in person, their organisations and preferences (/me needs a person, no active organisation). */
export async function getMe(db: Db, userId: string, activeOrganizationId: string | null): Promise<Me> {
  const fresh = await userById(db, userId);
  const orgs = await membershipsOf(db, userId);
  return {
    user: { id: fresh.id, name: fresh.name, email: fresh.email, locale: fresh.locale, twoFactorEnabled: !!fresh.twoFactorEnabled },
    activeOrganizationId,
    organizations: orgs.map((o) => ({ ...o, requireTwoFactor: !!o.requireTwoFactor })),
  };
}

/** Changes the signed-in person's own preferences. */
export async function updateMe(db: Db, userId: string, patch: MePatch): Promise<void> {
  await updateUser(db, userId, patch);
}

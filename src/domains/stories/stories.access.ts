import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import * as repo from "./stories.access.repo.js";

// The "stories" permission is explicit, per member, and managed by admins. The first time an
// organisation touches stories, its owners are granted it (so whoever set the organisation up can
// start); from then on the list is exactly what admins make it.

/** The organisation's story settings, created (granting the owners access) on first use. */
export async function settingsOf(ctx: Ctx): Promise<{ storeNames: boolean }> {
  const row = await repo.storySettingsOf(ctx.db, ctx.orgId);
  if (row) return { storeNames: row.storeNames };
  const created = await repo.createStorySettings(ctx.db, ctx.orgId);
  if (created) {
    const owners = await repo.ownerIds(ctx.db, ctx.orgId);
    if (owners.length) await repo.grantAccess(ctx.db, ctx.orgId, owners, undefined, true);
  }
  return { storeNames: created?.storeNames ?? false };
}

/** Refuses with 403 unless the caller holds the stories permission (and, for writes, the member role). */
export async function requireStoryAccess(ctx: Ctx, write = false): Promise<{ storeNames: boolean }> {
  if (write) requireRole(ctx, "member");
  const settings = await settingsOf(ctx);
  if (!(await repo.holdsAccess(ctx.db, ctx.orgId, ctx.user.id)))
    throw new AppError("forbidden", "Opening survivors' stories needs the stories permission; an admin can grant it.", {
      permission: "stories",
    });
  return settings;
}

/** Who holds the stories permission (admins). */
export async function listAccess(ctx: Ctx) {
  requireRole(ctx, "admin");
  await settingsOf(ctx);
  const rows = await repo.accessHolders(ctx.db, ctx.orgId);
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.grantedBy),
  );
  return {
    items: rows.map((r) => ({
      ...r,
      grantedBy: r.grantedBy ? { id: r.grantedBy, name: names.get(r.grantedBy) ?? "(former user)" } : null,
      grantedAt: r.grantedAt.toISOString(),
    })),
  };
}

/** Replaces the list of members holding the stories permission (admins; every member named must belong to the organisation). */
export async function setAccess(ctx: Ctx, userIds: string[]) {
  requireRole(ctx, "admin");
  const wanted = [...new Set(userIds)];
  await inTransaction(ctx, async (tx) => {
    await settingsOf(tx);
    const members = await repo.memberIdsAmong(tx.db, ctx.orgId, wanted);
    if (members.length !== wanted.length)
      throw new AppError("validation", "Only members of your organisation can hold the stories permission.", {
        errors: [{ path: "userIds", message: "Not a member of this organisation." }],
      });
    const before = await repo.accessHolderIds(tx.db, ctx.orgId);
    const revoked = before.filter((u) => !wanted.includes(u));
    const granted = wanted.filter((u) => !before.includes(u));
    if (revoked.length) await repo.revokeAccess(tx.db, ctx.orgId, revoked);
    if (granted.length) await repo.grantAccess(tx.db, ctx.orgId, granted, ctx.user.id);
    if (revoked.length || granted.length) {
      await audit(tx, {
        action: "settings",
        entityType: "story_access",
        summary: `Stories permission: ${granted.length} granted, ${revoked.length} revoked`,
        details: { granted, revoked },
      });
    }
  });
  return listAccess(ctx);
}

/** The organisation's story settings (admins). */
export async function getSettings(ctx: Ctx) {
  requireRole(ctx, "admin");
  return settingsOf(ctx);
}

/** Changes the story settings (admins); turning "store names" off erases every stored name. */
export async function putSettings(ctx: Ctx, input: { storeNames: boolean }) {
  requireRole(ctx, "admin");
  return inTransaction(ctx, async (tx) => {
    const before = await settingsOf(tx);
    if (before.storeNames === input.storeNames) return before;
    await repo.setStoreNames(tx.db, ctx.orgId, input.storeNames, ctx.user.id);
    const erased = input.storeNames ? 0 : await repo.erasePersonNames(tx.db, ctx.orgId);
    await audit(tx, {
      action: "settings",
      entityType: "story_settings",
      summary: input.storeNames ? "Allowed storing names with stories" : `Stopped storing names with stories (${erased} erased)`,
      details: { storeNames: input.storeNames, erased },
    });
    return { storeNames: input.storeNames };
  });
}

import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { member, user } from "../auth/auth.table.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { story, storyAccess, storySettings } from "./stories.table.js";

// The "stories" permission is explicit, per member, and managed by admins. The first time an
// organisation touches stories, its owners are granted it (so whoever set the organisation up can
// start); from then on the list is exactly what admins make it.

/** The organisation's story settings, created (granting the owners access) on first use. */
export async function settingsOf(ctx: Ctx): Promise<{ storeNames: boolean }> {
  const [row] = await ctx.db.select().from(storySettings).where(eq(storySettings.organizationId, ctx.orgId));
  if (row) return { storeNames: row.storeNames };
  const [created] = await ctx.db.insert(storySettings).values({ organizationId: ctx.orgId }).onConflictDoNothing().returning();
  if (created) {
    const owners = await ctx.db
      .select({ userId: member.userId })
      .from(member)
      .where(and(eq(member.organizationId, ctx.orgId), eq(member.role, "owner")));
    if (owners.length)
      await ctx.db
        .insert(storyAccess)
        .values(owners.map((o) => ({ organizationId: ctx.orgId, userId: o.userId })))
        .onConflictDoNothing();
  }
  return { storeNames: created?.storeNames ?? false };
}

/** Refuses with 403 unless the caller holds the stories permission (and, for writes, the member role). */
export async function requireStoryAccess(ctx: Ctx, write = false): Promise<{ storeNames: boolean }> {
  if (write) requireRole(ctx, "member");
  const settings = await settingsOf(ctx);
  const [row] = await ctx.db
    .select({ userId: storyAccess.userId })
    .from(storyAccess)
    .where(and(eq(storyAccess.organizationId, ctx.orgId), eq(storyAccess.userId, ctx.user.id)));
  if (!row)
    throw new AppError("forbidden", "Opening survivors' stories needs the stories permission; an admin can grant it.", {
      permission: "stories",
    });
  return settings;
}

/** Who holds the stories permission (admins). */
export async function listAccess(ctx: Ctx) {
  requireRole(ctx, "admin");
  await settingsOf(ctx);
  const rows = await ctx.db
    .select({
      userId: storyAccess.userId,
      name: user.name,
      email: user.email,
      role: member.role,
      grantedBy: storyAccess.grantedBy,
      grantedAt: storyAccess.grantedAt,
    })
    .from(storyAccess)
    .innerJoin(user, eq(user.id, storyAccess.userId))
    .innerJoin(member, and(eq(member.organizationId, storyAccess.organizationId), eq(member.userId, storyAccess.userId)))
    .where(eq(storyAccess.organizationId, ctx.orgId))
    .orderBy(asc(user.name));
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
    const members = wanted.length
      ? await tx.db
          .select({ userId: member.userId })
          .from(member)
          .where(and(eq(member.organizationId, ctx.orgId), inArray(member.userId, wanted)))
      : [];
    if (members.length !== wanted.length)
      throw new AppError("validation", "Only members of your organisation can hold the stories permission.", {
        errors: [{ path: "userIds", message: "Not a member of this organisation." }],
      });
    const before = (
      await tx.db.select({ userId: storyAccess.userId }).from(storyAccess).where(eq(storyAccess.organizationId, ctx.orgId))
    ).map((r) => r.userId);
    const revoked = before.filter((u) => !wanted.includes(u));
    const granted = wanted.filter((u) => !before.includes(u));
    if (revoked.length)
      await tx.db.delete(storyAccess).where(and(eq(storyAccess.organizationId, ctx.orgId), inArray(storyAccess.userId, revoked)));
    if (granted.length)
      await tx.db.insert(storyAccess).values(granted.map((userId) => ({ organizationId: ctx.orgId, userId, grantedBy: ctx.user.id })));
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
    await tx.db
      .update(storySettings)
      .set({ storeNames: input.storeNames, updatedBy: ctx.user.id, updatedAt: new Date() })
      .where(eq(storySettings.organizationId, ctx.orgId));
    let erased = 0;
    if (!input.storeNames) {
      erased = (
        await tx.db
          .update(story)
          .set({ personName: null })
          .where(and(eq(story.organizationId, ctx.orgId), isNotNull(story.personName)))
          .returning({ id: story.id })
      ).length;
    }
    await audit(tx, {
      action: "settings",
      entityType: "story_settings",
      summary: input.storeNames ? "Allowed storing names with stories" : `Stopped storing names with stories (${erased} erased)`,
      details: { storeNames: input.storeNames, erased },
    });
    return { storeNames: input.storeNames };
  });
}

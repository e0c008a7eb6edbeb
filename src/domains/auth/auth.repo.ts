import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { orgProfile } from "../orgs/orgs.table.js";
import { invitation, member, organization, twoFactor, twoFactorUsedStep, user } from "./auth.table.js";

// The queries of our better-auth hooks (better-auth's own go through its drizzle adapter, auth.ts). They run before
// an organisation is chosen, so they look organisations and users up by what the request names.

/** The id of the organisation with the slug. */
export async function organizationIdBySlug(db: Db, slug: string): Promise<string | undefined> {
  const [row] = await db.select({ id: organization.id }).from(organization).where(eq(organization.slug, slug));
  return row?.id;
}

/** The id of the organisation an invitation is to. */
export async function organizationIdOfInvitation(db: Db, invitationId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: invitation.organizationId }).from(invitation).where(eq(invitation.id, invitationId));
  return row?.id;
}

/** Whether the organisation requires two-factor sign-in and the member has it; undefined for a non-member. */
export async function twoFactorOfMember(db: Db, orgId: string, userId: string) {
  const [row] = await db
    .select({ required: orgProfile.requireTwoFactor, enabled: user.twoFactorEnabled })
    .from(member)
    .innerJoin(user, eq(user.id, member.userId))
    .innerJoin(orgProfile, eq(orgProfile.organizationId, member.organizationId))
    .where(and(eq(member.organizationId, orgId), eq(member.userId, userId)));
  return row;
}

/** The user with this e-mail address (compared in lower case; `email` is lower case already). */
export async function userByEmail(db: Db, email: string): Promise<{ email: string; locale: string | null } | undefined> {
  const [row] = await db.select({ email: user.email, locale: user.locale }).from(user).where(sql`lower(${user.email}) = ${email}`);
  return row;
}

/** The user's TOTP secret as better-auth stores it (encrypted). */
export async function totpSecretOf(db: Db, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ secret: twoFactor.secret }).from(twoFactor).where(eq(twoFactor.userId, userId));
  return row?.secret;
}

/**
 * Records the step as used for the user unless it (or a later one) was used before. One statement: the insert
 * or the forward move happens, or nothing does. Returns whether the step was free.
 */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const rows = await db
    .insert(twoFactorUsedStep)
    .values({ userId, step })
    .onConflictDoUpdate({
      target: twoFactorUsedStep.userId,
      set: { step, usedAt: sql`now()` },
      setWhere: sql`${twoFactorUsedStep.step} < ${step}`,
    })
    .returning({ userId: twoFactorUsedStep.userId });
  return rows.length > 0;
}

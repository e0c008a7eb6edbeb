import { createAccessControl } from "better-auth/plugins/access";
import { defaultStatements, adminAc, ownerAc, memberAc } from "better-auth/plugins/organization/access";

/** Organisation roles, weakest first. Viewer reads; member writes; admin manages people and settings. */
export const ROLES = ["viewer", "member", "admin", "owner"] as const;
export type Role = (typeof ROLES)[number];

const statements = { ...defaultStatements } as const;
export const ac = createAccessControl(statements);

export const roles = {
  owner: ac.newRole(ownerAc.statements),
  admin: ac.newRole(adminAc.statements),
  member: ac.newRole(memberAc.statements),
  viewer: ac.newRole({}),
};

/** True when `role` is at least `needed` in the owner > admin > member > viewer order. */
export function roleAtLeast(role: string | undefined | null, needed: Role): boolean {
  const have = ROLES.indexOf((role ?? "") as Role);
  return have >= 0 && have >= ROLES.indexOf(needed);
}

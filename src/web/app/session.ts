import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { api } from "../lib/api";

export interface MeOrganization {
  id: string;
  name: string;
  slug: string;
  role: string;
  requireTwoFactor: boolean;
}
export interface Me {
  user: { id: string; name: string; email: string; locale: string | null; twoFactorEnabled: boolean };
  activeOrganizationId: string | null;
  organizations: MeOrganization[];
}

export const ROLES = ["viewer", "member", "admin", "owner"] as const;
export type Role = (typeof ROLES)[number];

/** True when `role` is at least `needed` (viewer < member < admin < owner). */
export function roleAtLeast(role: string | undefined | null, needed: Role): boolean {
  const have = ROLES.indexOf((role ?? "") as Role);
  return have >= 0 && have >= ROLES.indexOf(needed);
}

/** The signed-in user and their organisations (401 when nobody is signed in). */
export function useMe() {
  return useQuery({ queryKey: ["me"], queryFn: () => api<Me>("/me"), staleTime: 60_000, retry: false });
}

/** The active organisation and what the user may do in it. */
export function useActiveOrg() {
  const { data: me } = useMe();
  const org = me?.organizations.find((o) => o.id === me.activeOrganizationId) ?? null;
  return {
    me,
    org,
    role: org?.role,
    canWrite: roleAtLeast(org?.role, "member"),
    isAdmin: roleAtLeast(org?.role, "admin"),
  };
}

// Set when an API call answers two_factor_required; cleared when the user switches organisation or enables 2FA.
let twoFactorBlocked = false;
const subs = new Set<() => void>();
export function setTwoFactorBlocked(v: boolean) {
  if (twoFactorBlocked === v) return;
  twoFactorBlocked = v;
  for (const s of subs) s();
}
export function useTwoFactorBlocked(): boolean {
  return useSyncExternalStore(
    (cb) => {
      subs.add(cb);
      return () => subs.delete(cb);
    },
    () => twoFactorBlocked,
  );
}

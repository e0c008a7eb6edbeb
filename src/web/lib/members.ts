import { useQuery } from "@tanstack/react-query";
import { api, apiAll } from "./api";

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  twoFactorEnabled: boolean;
  createdAt: string;
}

/** Members of the active organisation (owners of companies, people to manage). */
export function useMembers() {
  return useQuery({ queryKey: ["members"], queryFn: () => apiAll<{ items: Member[] }>("/organization/members"), staleTime: 60_000 });
}

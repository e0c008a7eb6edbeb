import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../lib/api";

export interface IcalInfo {
  active: boolean;
  createdAt: string | null;
}
export interface IcalCreated {
  token: string;
  url: string;
  createdAt: string;
}

/** Whether I have a calendar feed (its secret URL is only shown when it is created). */
export function useIcalToken() {
  return useQuery({ queryKey: ["ical-token"], queryFn: () => api<IcalInfo>("/me/ical-token") });
}

export function useCreateIcalToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<IcalCreated>("/me/ical-token", { method: "POST" }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["ical-token"] }),
  });
}

export function useRevokeIcalToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("/me/ical-token", { method: "DELETE" }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["ical-token"] }),
  });
}

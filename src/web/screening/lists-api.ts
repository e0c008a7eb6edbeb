import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ListEntry, ListEntryPatch, SharedEntry, ShareInput } from "../../domains/screening/lists.schema";
import type { NetworkSummary } from "../../domains/networks/networks.schema";
import { useActiveOrg } from "../app/session";
import { api, type Page } from "../lib/api";

export type { ListEntry, SharedEntry };
export type ListKind = ListEntry["list"];
export type ShareMode = ShareInput["mode"];
export const LIST_KINDS: ListKind[] = ["black", "white"];
export const SHARE_MODES: ShareMode[] = ["name_and_decision", "with_rationale"];

/** What the create form sends (companyName/country only when no company of the register is linked). */
export interface ListEntryBody {
  list: ListKind;
  companyId: string | null;
  companyName?: string;
  country?: string;
  reason: string;
}

export interface ListFilter {
  list?: ListKind | "";
  q?: string;
  companyId?: string;
  offset?: number;
  limit?: number;
}

export function useListEntries(f: ListFilter) {
  return useQuery({
    queryKey: ["screening-lists", "entries", f],
    queryFn: () =>
      api<Page<ListEntry>>("/screening-lists/entries", {
        query: { list: f.list, q: f.q, companyId: f.companyId, offset: f.offset, limit: f.limit ?? 50 },
      }),
    placeholderData: (prev) => prev,
  });
}

export function useSharedEntries(f: { list?: ListKind | ""; q?: string; offset?: number }) {
  return useQuery({
    queryKey: ["screening-lists", "shared", f],
    queryFn: () => api<Page<SharedEntry>>("/screening-lists/shared", { query: { list: f.list, q: f.q, offset: f.offset, limit: 50 } }),
    placeholderData: (prev) => prev,
  });
}

/** The networks the active organisation is an active member of: the only ones it can share into. */
export function useOrgNetworks() {
  const { org } = useActiveOrg();
  return useQuery({
    queryKey: ["networks", "of-org", org?.id],
    queryFn: () => api<Page<NetworkSummary>>("/networks", { query: { limit: 100 } }),
    select: (p) => p.items.filter((n) => n.organizations.some((o) => o.organizationId === org?.id && o.status === "active")),
    enabled: !!org,
  });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ["screening-lists"] });
    // A list entry is a signal of the next screening; cached screenings are refreshed when opened.
    void qc.invalidateQueries({ queryKey: ["screenings"] });
  };
}

export function useSaveListEntry(id?: string) {
  const done = useInvalidate();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: ListEntryBody | ListEntryPatch) =>
      id
        ? api<ListEntry>(`/screening-lists/entries/${id}`, { method: "PATCH", body })
        : api<ListEntry>("/screening-lists/entries", { method: "POST", body }),
    onSuccess: () => done(),
  });
}

export function useDeleteListEntry() {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/screening-lists/entries/${id}`, { method: "DELETE" }),
    onSuccess: () => done(),
  });
}

export function useShareEntry(id: string) {
  const done = useInvalidate();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: ShareInput) => api<ListEntry>(`/screening-lists/entries/${id}/share`, { method: "POST", body }),
    onSuccess: () => done(),
  });
}

export function useUnshareEntry(id: string) {
  const done = useInvalidate();
  return useMutation({
    meta: { inline: true },
    mutationFn: (networkId: string) => api<void>(`/screening-lists/entries/${id}/share`, { method: "DELETE", query: { networkId } }),
    onSuccess: () => done(),
  });
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { NetworkCatalogue as NetworkCatalogueSchema, NetworkCatalogueVersion } from "../../domains/screening/catalogue.schema";
import type { Network, NetworkSummary } from "../../domains/networks/networks.schema";
import { api, type Page } from "../lib/api";

export type NetworkCatalogue = z.infer<typeof NetworkCatalogueSchema>;
export type { Network, NetworkCatalogueVersion, NetworkSummary };

export function useNetworks() {
  return useQuery({ queryKey: ["networks"], queryFn: () => api<Page<NetworkSummary>>("/networks", { query: { limit: 100 } }) });
}

export function useNetwork(id: string) {
  return useQuery({ queryKey: ["networks", id], queryFn: () => api<Network>(`/networks/${id}`) });
}

export function useNetworkCatalogue(id: string) {
  return useQuery({ queryKey: ["networks", id, "catalogue"], queryFn: () => api<NetworkCatalogue>(`/networks/${id}/screening-catalogue`) });
}

/** A network mutation: refreshes every network query when it succeeds. */
function useNetworkMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["networks"] }),
  });
}

export const useFoundNetwork = () =>
  useNetworkMutation((v: { name: string; description: string | null }) => api<Network>("/networks", { method: "POST", body: v }));
export const useAnswerInvitation = () =>
  useNetworkMutation(({ id, answer }: { id: string; answer: "accept" | "decline" }) =>
    api<unknown>(`/networks/${id}/${answer}`, { method: "POST" }),
  );
export const useInviteOrganization = (id: string) =>
  useNetworkMutation((organizationSlug: string) => api<unknown>(`/networks/${id}/members`, { method: "POST", body: { organizationSlug } }));
export const useRemoveMember = (id: string) =>
  useNetworkMutation((organizationId: string) =>
    api<unknown>(`/networks/${id}/members/${encodeURIComponent(organizationId)}`, { method: "DELETE" }),
  );
export const useAddCoordinator = (id: string) =>
  useNetworkMutation((email: string) => api<unknown>(`/networks/${id}/coordinators`, { method: "POST", body: { email } }));
export const useRemoveCoordinator = (id: string) =>
  useNetworkMutation((userId: string) => api<unknown>(`/networks/${id}/coordinators/${userId}`, { method: "DELETE" }));
export const useOpenDraft = (id: string) =>
  useNetworkMutation(() => api<NetworkCatalogueVersion>(`/networks/${id}/screening-catalogue/draft`, { method: "POST" }));
export const useSaveDraft = (id: string) =>
  useNetworkMutation((body: Pick<NetworkCatalogueVersion, "criteria" | "excludedSectors" | "note">) =>
    api<NetworkCatalogueVersion>(`/networks/${id}/screening-catalogue/draft`, { method: "PUT", body }),
  );
export const usePublishDraft = (id: string) =>
  useNetworkMutation(() => api<NetworkCatalogueVersion>(`/networks/${id}/screening-catalogue/draft/publish`, { method: "POST" }));
export const useDiscardDraft = (id: string) =>
  useNetworkMutation(() => api<unknown>(`/networks/${id}/screening-catalogue/draft`, { method: "DELETE" }));
export const useUpdateNetwork = (id: string) =>
  useNetworkMutation((body: { slug?: string | null; name?: string; description?: string | null }) =>
    api<Network>(`/networks/${id}`, { method: "PATCH", body }),
  );

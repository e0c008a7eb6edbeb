import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  FirstContact,
  Proposal,
  ProposalPatch,
  ProposalSuggestions,
  Prospect,
  ProspectSettings,
  ProspectSettingsInput,
  StakeholderMapInput,
  WordingSuggestion,
} from "../../domains/prospects/prospects.schema";
import type { Fit, FitFactor } from "../../domains/prospects/prospects.rules";
import { api, apiAll, type Page } from "../lib/api";

export type { Fit, FitFactor, FirstContact, Proposal, ProposalSuggestions, Prospect, ProspectSettings, WordingSuggestion };

export interface StakeholderMap {
  companyId: string;
  interests: string | null;
  needs: string | null;
  couldBring: string | null;
  couldGain: string | null;
  notes: string | null;
  updatedAt: string | null;
  contacts: Array<{ id: string; name: string; role: string | null; email: string | null }>;
  peers: Array<{ organizationId: string; organizationName: string; networkName: string; stage: string; since: string }>;
  peerCaseStudies: Array<{ id: string; title: string; language: string; organizationName: string; networkName: string }>;
  fit: Fit;
}

export interface ProposalVersion {
  version: number;
  title: string;
  savedAt: string;
  savedBy: string | null;
  current: boolean;
}

/** Every prospect (the list is sorted and explained by the server; the page filters it). */
export function useProspects(includeDoNotApproach: boolean) {
  return useQuery({
    queryKey: ["prospects", { includeDoNotApproach }],
    queryFn: () => apiAll<Page<Prospect>>("/prospects", { query: { limit: 500, includeDoNotApproach: String(includeDoNotApproach) } }),
  });
}

export const useProspectSettings = () =>
  useQuery({ queryKey: ["prospects", "settings"], queryFn: () => api<ProspectSettings>("/prospects/settings") });

export function useSaveProspectSettings() {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: (v: ProspectSettingsInput) => api<ProspectSettings>("/prospects/settings", { method: "PUT", body: v }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["prospects"] }),
  });
}

export const useStakeholderMap = (companyId: string) =>
  useQuery({ queryKey: ["prospects", companyId], queryFn: () => api<StakeholderMap>(`/prospects/${companyId}`) });

export function useSaveStakeholderMap(companyId: string) {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: (v: StakeholderMapInput) => api<StakeholderMap>(`/prospects/${companyId}`, { method: "PUT", body: v }),
    onSuccess: (data) => qc.setQueryData(["prospects", companyId], data),
  });
}

export function useFirstContact(companyId: string, mode: string, language: string) {
  return useQuery({
    queryKey: ["prospects", companyId, "first-contact", mode, language],
    queryFn: () => api<FirstContact>(`/prospects/${companyId}/first-contact`, { query: { mode, language } }),
  });
}

export function useLogContact(companyId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { summary: string; contactIds: string[] }) =>
      api<unknown>(`/companies/${companyId}/activities`, {
        method: "POST",
        body: { kind: "email", occurredOn: new Date().toISOString().slice(0, 10), summary: v.summary, contactIds: v.contactIds },
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["companies", companyId] }),
  });
}

export const useProposals = (companyId?: string) =>
  useQuery({
    queryKey: ["proposals", { companyId }],
    queryFn: () => apiAll<Page<Proposal>>("/proposals", { query: { limit: 200, companyId } }),
  });

export const useProposal = (id: string) => useQuery({ queryKey: ["proposals", id], queryFn: () => api<Proposal>(`/proposals/${id}`) });

export const useProposalVersions = (id: string) =>
  useQuery({ queryKey: ["proposals", id, "versions"], queryFn: () => api<{ items: ProposalVersion[] }>(`/proposals/${id}/versions`) });

export function useCreateProposal() {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: (v: { companyId: string; title: string; modes: string[]; language: "en" | "de" }) =>
      api<Proposal>("/proposals", { method: "POST", body: v }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["proposals"] }),
  });
}

export function useSaveProposal(id: string) {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: (v: ProposalPatch) => api<Proposal>(`/proposals/${id}`, { method: "PATCH", body: v }),
    onSuccess: (data) => {
      qc.setQueryData(["proposals", id], data);
      void qc.invalidateQueries({ queryKey: ["proposals", id, "versions"] });
    },
  });
}

/** Suggested wording per step from the knowledge hub, in the proposal's language (or another). */
export const useProposalSuggestions = (id: string, language: string) =>
  useQuery({
    queryKey: ["proposals", id, "suggestions", language],
    queryFn: () => api<ProposalSuggestions>(`/proposals/${id}/suggestions`, { query: { language } }),
  });

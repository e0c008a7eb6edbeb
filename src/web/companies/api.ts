import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Company } from "../../domains/companies/companies.schema";
import type { Contact } from "../../domains/contacts/contacts.schema";
import { api, toQueryString, type Page, apiAll } from "../lib/api";

export type { Company };

export const SIZE_CLASSES = ["local", "sme", "large"] as const;

/** The list state of /companies, as held in the URL. */
export interface CompanyFilters {
  q: string;
  country: string[];
  sector: string[];
  size: string[];
  tag: string[];
  owner: string;
  noActiveContact: boolean;
  screening?: string;
  sort: string;
  offset: number;
}

export const PAGE_SIZE = 50;

/** The query string of the list and of the export (same filters). */
export function companyQuery(f: CompanyFilters) {
  return {
    q: f.q.trim() || undefined,
    country: f.country,
    sector: f.sector,
    size: f.size,
    tag: f.tag,
    owner: f.owner || undefined,
    noActiveContact: f.noActiveContact ? "true" : undefined,
    screening: f.screening || undefined,
    sort: f.sort || undefined,
  };
}

export function exportUrl(f: CompanyFilters, format: "csv" | "xlsx"): string {
  return `/api/v1/companies/export${toQueryString({ format, ...companyQuery(f) })}`;
}

export function useCompanies(f: CompanyFilters) {
  return useQuery({
    queryKey: ["companies", "list", f],
    queryFn: ({ signal }) =>
      api<Page<Company>>("/companies", { query: { ...companyQuery(f), limit: PAGE_SIZE, offset: f.offset }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A short search for pickers (merge, contact's company). */
export function useCompanySearch(q: string, enabled = true) {
  return useQuery({
    queryKey: ["companies", "search", q],
    queryFn: ({ signal }) => api<Page<Company>>("/companies", { query: { q: q.trim() || undefined, limit: 8 }, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useCompany(id: string) {
  return useQuery({ queryKey: ["companies", "one", id], queryFn: () => api<Company>(`/companies/${id}`) });
}

export function useCompanyContacts(id: string) {
  return useQuery({
    queryKey: ["contacts", "at", id],
    queryFn: () => apiAll<{ items: Contact[] }>(`/companies/${id}/contacts`),
    enabled: !!id,
  });
}

export type CompanyBody = Record<string, unknown>;

export function useSaveCompany(id?: string) {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: CompanyBody) =>
      id ? api<Company>(`/companies/${id}`, { method: "PATCH", body }) : api<Company>("/companies", { method: "POST", body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["companies"] }),
  });
}

export function useDeleteCompany() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/companies/${id}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["companies"] }),
  });
}

export function useMergeCompany(targetId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (sourceId: string) => api<Company>(`/companies/${targetId}/merge`, { method: "POST", body: { sourceId } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["companies"] });
      void qc.invalidateQueries({ queryKey: ["contacts"] });
      void qc.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}

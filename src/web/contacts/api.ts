import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Contact, LeaveResult } from "../../domains/contacts/contacts.schema";
import { api, type Page } from "../lib/api";

export type { Contact, LeaveResult };

export interface ContactFilters {
  q: string;
  status: string;
  companyId: string;
  sort: string;
  offset: number;
}
export const CONTACT_PAGE_SIZE = 50;

export function useContacts(f: ContactFilters) {
  return useQuery({
    queryKey: ["contacts", "list", f],
    queryFn: ({ signal }) =>
      api<Page<Contact>>("/contacts", {
        query: {
          q: f.q.trim() || undefined,
          status: f.status || undefined,
          companyId: f.companyId || undefined,
          sort: f.sort || undefined,
          limit: CONTACT_PAGE_SIZE,
          offset: f.offset,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useContact(id: string) {
  return useQuery({ queryKey: ["contacts", "one", id], queryFn: () => api<Contact>(`/contacts/${id}`) });
}

/** After any contact change: lists, the contact, companies' contact counts. */
function useInvalidateContacts() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ["contacts"] });
    void qc.invalidateQueries({ queryKey: ["companies"] });
    void qc.invalidateQueries({ queryKey: ["audit"] });
  };
}

export function useSaveContact(id?: string) {
  const invalidate = useInvalidateContacts();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) =>
      id ? api<Contact>(`/contacts/${id}`, { method: "PATCH", body }) : api<Contact>("/contacts", { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useAddEmployment(id: string) {
  const invalidate = useInvalidateContacts();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: { companyId: string; title?: string | null; startedOn?: string | null }) =>
      api<Contact>(`/contacts/${id}/employments`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useLeave(id: string) {
  const invalidate = useInvalidateContacts();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: { companyId?: string; leftOn?: string; joinCompanyId?: string; joinTitle?: string | null }) =>
      api<LeaveResult>(`/contacts/${id}/leave`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useEraseContact(id: string) {
  const invalidate = useInvalidateContacts();
  return useMutation({
    meta: { inline: true },
    mutationFn: (reason: string) => api<unknown>(`/contacts/${id}/erase`, { method: "POST", body: { reason } }),
    onSuccess: invalidate,
  });
}

export function useDeleteContact() {
  const invalidate = useInvalidateContacts();
  return useMutation({ mutationFn: (id: string) => api<void>(`/contacts/${id}`, { method: "DELETE" }), onSuccess: invalidate });
}

export function useSetPrimaryContact() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, contactId }: { companyId: string; contactId: string }) =>
      api(`/companies/${companyId}`, { method: "PATCH", body: { primaryContactId: contactId } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["companies"] }),
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CaseStudyDraft, CaseStudyPart } from "../../domains/knowledge/knowledge.case-study.schema";
import type { KnowledgeFile, KnowledgeItem, KnowledgeSummary, KnowledgeVersion } from "../../domains/knowledge/knowledge.schema";
import { api, type Page } from "../lib/api";

export type { CaseStudyDraft, CaseStudyPart, KnowledgeFile, KnowledgeItem, KnowledgeSummary, KnowledgeVersion };

/** The hub's list state, as held in the URL. */
export interface KnowledgeFilters {
  q: string;
  kind: string;
  /** "" = every language. */
  language: string;
  scope: string;
  need: string;
  mode: string;
  sector: string;
  country: string;
  mine: boolean;
  offset: number;
}

export const KNOWLEDGE_PAGE_SIZE = 25;

/** The filter tags of the list (need, engagement mode, sector, country), as the API stores them. */
export function filterTags(f: Pick<KnowledgeFilters, "need" | "mode" | "sector" | "country">): string[] {
  return [
    f.need,
    f.mode && `mode:${f.mode}`,
    f.sector && `sector:${f.sector.toUpperCase()}`,
    f.country && `country:${f.country.toUpperCase()}`,
  ].filter((t): t is string => !!t);
}

export function useKnowledgeList(f: KnowledgeFilters) {
  const query = {
    q: f.q.trim() || undefined,
    tags: filterTags(f),
    kind: f.kind || undefined,
    language: f.language || undefined,
    scope: f.scope || undefined,
    mine: f.mine || undefined,
    limit: KNOWLEDGE_PAGE_SIZE,
    offset: f.offset,
  };
  return useQuery({
    queryKey: ["knowledge", "list", query],
    queryFn: ({ signal }) => api<Page<KnowledgeSummary>>("/knowledge", { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useKnowledgeItem(id: string) {
  return useQuery({ queryKey: ["knowledge", "one", id], queryFn: () => api<KnowledgeItem>(`/knowledge/${id}`), enabled: !!id });
}

export function useKnowledgeRelated(id: string) {
  return useQuery({
    queryKey: ["knowledge", "related", id],
    queryFn: () => api<{ items: KnowledgeSummary[] }>(`/knowledge/${id}/related`),
  });
}

export function useKnowledgeBacklinks(id: string) {
  return useQuery({
    queryKey: ["knowledge", "backlinks", id],
    queryFn: () => api<{ items: KnowledgeSummary[] }>(`/knowledge/${id}/backlinks`),
  });
}

/** Items found by a search (the editor's "link to item" picker). */
export function useKnowledgeSearch(q: string, enabled: boolean) {
  const query = { q: q.trim() || undefined, limit: 8, offset: 0 };
  return useQuery({
    queryKey: ["knowledge", "list", "picker", query],
    queryFn: ({ signal }) => api<Page<KnowledgeSummary>>("/knowledge", { query, signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** Uploads an image or document to an item; the item's queries refresh. */
export function useUploadKnowledgeFile(itemId: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    meta: { inline: true },
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return api<KnowledgeFile>(`/knowledge/${itemId}/files`, { method: "POST", form });
    },
    onSuccess: invalidate,
  });
}

export function useDeleteKnowledgeFile(itemId: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: (fileId: string) => api<void>(`/knowledge/${itemId}/files/${fileId}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function useKnowledgeVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ["knowledge", "versions", id],
    queryFn: () => api<{ items: KnowledgeVersion[] }>(`/knowledge/${id}/versions`),
    enabled,
  });
}

/** Items carrying any of the tags (an engagement's mode and stage). */
export function useKnowledgeSuggested(tags: string[], enabled = true) {
  return useQuery({
    queryKey: ["knowledge", "suggested", tags],
    queryFn: () => api<{ items: KnowledgeSummary[] }>("/knowledge/suggested", { query: { tags } }),
    enabled: enabled && tags.length > 0,
    staleTime: 60_000,
  });
}

function useInvalidateKnowledge() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ["knowledge"] });
}

export function useSaveKnowledge(id?: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) =>
      id ? api<KnowledgeItem>(`/knowledge/${id}`, { method: "PATCH", body }) : api<KnowledgeItem>("/knowledge", { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useDeleteKnowledge() {
  const invalidate = useInvalidateKnowledge();
  return useMutation({ mutationFn: (id: string) => api<void>(`/knowledge/${id}`, { method: "DELETE" }), onSuccess: invalidate });
}

/** The pre-filled case study of an engagement, in a language, with its confidential parts. */
export function useCaseStudyDraft(engagementId: string, language: "en" | "de") {
  return useQuery({
    queryKey: ["knowledge", "case-study-draft", engagementId, language],
    queryFn: () => api<CaseStudyDraft>(`/engagements/${engagementId}/case-study-draft`, { query: { language } }),
    enabled: !!engagementId,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Writes a case study draft from an engagement. */
export function useWriteCaseStudy(engagementId: string) {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) =>
      api<KnowledgeItem>(`/engagements/${engagementId}/case-studies`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

/** Approves a draft (owners and admins): it is published to its scope. */
export function useApproveKnowledge() {
  const invalidate = useInvalidateKnowledge();
  return useMutation({
    mutationFn: (id: string) => api<KnowledgeItem>(`/knowledge/${id}/approve`, { method: "POST" }),
    onSuccess: invalidate,
  });
}

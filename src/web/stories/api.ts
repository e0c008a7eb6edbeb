import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Consent, Story, StoryUse } from "../../domains/stories/stories.schema";
import { api, ApiError, type Page, apiAll } from "../lib/api";

export type { Consent, Story, StoryUse };
export { STORY_CHANNELS, STORY_KINDS } from "../../domains/stories/stories.consent";

export interface AccessEntry {
  userId: string;
  name: string;
  email: string;
  role: string;
  grantedBy: { id: string; name: string } | null;
  grantedAt: string;
}

/**
 * Whether I may open stories: the API answers 403 to members without the stories permission.
 * `undefined` while it is being asked.
 */
export function useStoryAccess(enabled = true): boolean | undefined {
  const q = useQuery({
    queryKey: ["stories", "access-check"],
    queryFn: () => api<Page<Story>>("/stories", { query: { limit: 1 } }),
    enabled,
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (q.isSuccess) return true;
  if (q.error instanceof ApiError && q.error.status === 403) return false;
  if (q.error) return false;
  return undefined;
}

export function useStories(f: { q: string; kind: string; offset: number }) {
  return useQuery({
    queryKey: ["stories", "list", f],
    queryFn: ({ signal }) =>
      api<Page<Story>>("/stories", {
        query: { q: f.q.trim() || undefined, kind: f.kind || undefined, limit: 50, offset: f.offset },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** Opening a story is audited on the server. */
export function useStory(id: string, withName = false) {
  return useQuery({
    queryKey: ["stories", "one", id, withName],
    queryFn: () => api<Story>(`/stories/${id}`, { query: { include: withName ? "personName" : undefined } }),
    staleTime: Infinity,
  });
}

function useInvalidateStories() {
  const qc = useQueryClient();
  return () => {
    // Not the opened story itself: fetching it again would record another view in the audit log.
    void qc.invalidateQueries({ queryKey: ["stories"], predicate: (q) => q.queryKey[1] !== "one" });
    void qc.invalidateQueries({ queryKey: ["audit"] });
  };
}

export function useSaveStory(id?: string) {
  const invalidate = useInvalidateStories();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) =>
      id ? api<Story>(`/stories/${id}`, { method: "PATCH", body }) : api<Story>("/stories", { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useDeleteStory() {
  const invalidate = useInvalidateStories();
  return useMutation({ mutationFn: (id: string) => api<void>(`/stories/${id}`, { method: "DELETE" }), onSuccess: invalidate });
}

export function useConsents(storyId: string) {
  return useQuery({
    queryKey: ["stories", "consents", storyId],
    queryFn: () => apiAll<{ items: Consent[] }>(`/stories/${storyId}/consents`),
  });
}

export function useAddConsent(storyId: string) {
  const invalidate = useInvalidateStories();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: { reference: string; channels: string[]; companyId: string | null; validFrom: string; validUntil: string | null }) =>
      api<Consent>(`/stories/${storyId}/consents`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useWithdrawConsent() {
  const invalidate = useInvalidateStories();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) =>
      api<Consent & { flaggedUses: number }>(`/consents/${id}/withdraw`, { method: "POST", body: { note: note || null } }),
    onSuccess: invalidate,
  });
}

export function useUses(storyId: string) {
  return useQuery({ queryKey: ["stories", "uses", storyId], queryFn: () => apiAll<{ items: StoryUse[] }>(`/stories/${storyId}/uses`) });
}

export function useAddUse(storyId: string) {
  const invalidate = useInvalidateStories();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: { engagementId: string; channel: string; usedOn: string; note: string | null }) =>
      api<StoryUse>(`/stories/${storyId}/uses`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useStoryAccessList(enabled: boolean) {
  return useQuery({ queryKey: ["stories", "access"], queryFn: () => apiAll<{ items: AccessEntry[] }>("/stories/access"), enabled });
}

export function useSetStoryAccess() {
  const invalidate = useInvalidateStories();
  return useMutation({
    mutationFn: (userIds: string[]) => api<{ items: AccessEntry[] }>("/stories/access", { method: "PUT", body: { userIds } }),
    onSuccess: invalidate,
  });
}

export function useStorySettings(enabled: boolean) {
  return useQuery({ queryKey: ["stories", "settings"], queryFn: () => api<{ storeNames: boolean }>("/stories/settings"), enabled });
}

export function usePutStorySettings() {
  const invalidate = useInvalidateStories();
  return useMutation({
    mutationFn: (body: { storeNames: boolean }) => api<{ storeNames: boolean }>("/stories/settings", { method: "PUT", body }),
    onSuccess: invalidate,
  });
}

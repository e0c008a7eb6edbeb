import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { Activity, BoardCard, Engagement, StageChange, Task } from "../../domains/engagements/engagements.schema";
import { ENGAGEMENT_STAGES, type EngagementStage } from "../../domains/engagements/engagements.rules";
import { api, type Page, apiAll } from "../lib/api";

export type { Activity, Engagement, Task, EngagementStage };
export type Card = z.infer<typeof BoardCard>;
export type StageChangeRow = z.infer<typeof StageChange>;
export type Mode = { key: string; label: string; position: number; archived: boolean };
export type ScreeningStatus = Engagement["screening"];
export { ENGAGEMENT_STAGES };
export { ACTIVITY_KINDS } from "../../domains/engagements/engagements.rules";

/** The list state of /partnerships (board and table share the filters), as held in the URL. */
export interface EngagementFilters {
  view: "board" | "table";
  q: string;
  stage: string[];
  mode: string[];
  owner: string;
  sort: string;
  offset: number;
}

export const ENGAGEMENT_PAGE_SIZE = 50;

function filterQuery(f: Pick<EngagementFilters, "q" | "stage" | "mode" | "owner">) {
  return { q: f.q.trim() || undefined, stage: f.stage, mode: f.mode, ownerId: f.owner || undefined };
}

export function useBoard(f: EngagementFilters) {
  return useQuery({
    queryKey: ["engagements", "board", filterQuery(f)],
    queryFn: ({ signal }) =>
      api<{ columns: Array<{ stage: EngagementStage; total: number; items: Card[] }> }>("/engagements/board", {
        query: filterQuery(f),
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useEngagementList(f: EngagementFilters) {
  return useQuery({
    queryKey: ["engagements", "list", filterQuery(f), f.sort, f.offset],
    queryFn: ({ signal }) =>
      api<Page<Engagement>>("/engagements", {
        query: { ...filterQuery(f), sort: f.sort || undefined, limit: ENGAGEMENT_PAGE_SIZE, offset: f.offset },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** A company's engagements (company page). */
export function useCompanyEngagements(companyId: string) {
  return useQuery({
    queryKey: ["engagements", "company", companyId],
    queryFn: () => api<Page<Engagement>>("/engagements", { query: { companyId, sort: "-updatedAt", limit: 100 } }),
  });
}

export function useEngagement(id: string) {
  return useQuery({ queryKey: ["engagements", "one", id], queryFn: () => api<Engagement>(`/engagements/${id}`) });
}

export function useModes() {
  return useQuery({ queryKey: ["engagement-modes"], queryFn: () => apiAll<{ items: Mode[] }>("/engagement-modes"), staleTime: 5 * 60_000 });
}

export function useStageHistory(id: string) {
  return useQuery({
    queryKey: ["engagements", "stages", id],
    queryFn: () => apiAll<{ items: StageChangeRow[] }>(`/engagements/${id}/stages`),
  });
}

function useInvalidateEngagements() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ["engagements"] });
    void qc.invalidateQueries({ queryKey: ["tasks"] });
    void qc.invalidateQueries({ queryKey: ["audit"] });
    // A stage move starts or ends a running partnership: the board's health badges follow.
    void qc.invalidateQueries({ queryKey: ["health"] });
  };
}

export function useSaveEngagement(id?: string) {
  const invalidate = useInvalidateEngagements();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) =>
      id ? api<Engagement>(`/engagements/${id}`, { method: "PATCH", body }) : api<Engagement>("/engagements", { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useDeleteEngagement() {
  const invalidate = useInvalidateEngagements();
  return useMutation({ mutationFn: (id: string) => api<void>(`/engagements/${id}`, { method: "DELETE" }), onSuccess: invalidate });
}

export interface StageMoveBody {
  stage: EngagementStage;
  reason?: string;
  override?: { reason: string };
}

/** Moves an engagement; errors (409 rules, 422 ending reason) are shown by the stage-move dialogs, not toasted. */
export function useMoveStage() {
  const invalidate = useInvalidateEngagements();
  return useMutation({
    meta: { inline: true },
    mutationFn: ({ id, ...body }: StageMoveBody & { id: string }) => api<Engagement>(`/engagements/${id}/stage`, { method: "POST", body }),
    onSettled: invalidate,
  });
}

export function useResolveFlag(engagementId: string) {
  const invalidate = useInvalidateEngagements();
  return useMutation({
    mutationFn: (flagId: string) => api<Engagement>(`/engagements/${engagementId}/flags/${flagId}/resolve`, { method: "POST" }),
    onSuccess: invalidate,
  });
}

// ---------------------------------------------------------------- timeline

/** The timeline of an engagement or of a company (its own and all its engagements' activities). */
export function useActivities(scope: { engagementId?: string; companyId?: string }) {
  const path = scope.engagementId ? `/engagements/${scope.engagementId}/activities` : `/companies/${scope.companyId}/activities`;
  return useQuery({ queryKey: ["activities", scope], queryFn: () => apiAll<{ items: Activity[] }>(path) });
}

export function useAddActivity(scope: { engagementId?: string; companyId?: string }) {
  const qc = useQueryClient();
  const path = scope.engagementId ? `/engagements/${scope.engagementId}/activities` : `/companies/${scope.companyId}/activities`;
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: { kind: string; occurredOn: string; summary: string; contactIds: string[] }) =>
      api<Activity>(path, { method: "POST", body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["activities"] });
      void qc.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}

export function useDeleteActivity() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/activities/${id}`, { method: "DELETE" }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["activities"] }),
  });
}

// ---------------------------------------------------------------- tasks

export function useEngagementTasks(id: string) {
  return useQuery({ queryKey: ["tasks", "engagement", id], queryFn: () => apiAll<{ items: Task[] }>(`/engagements/${id}/tasks`) });
}

export function useMyTasks() {
  return useQuery({ queryKey: ["tasks", "mine"], queryFn: () => apiAll<{ items: Task[]; total: number }>("/tasks/mine") });
}

function useInvalidateTasks() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ["tasks"] });
    // Open-task counts, next due dates and handover flags live on the engagement.
    void qc.invalidateQueries({ queryKey: ["engagements"] });
  };
}

export function useAddTask(engagementId: string) {
  const invalidate = useInvalidateTasks();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: { title: string; dueOn: string | null; assigneeId: string | null }) =>
      api<Task>(`/engagements/${engagementId}/tasks`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useUpdateTask() {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; done?: boolean; title?: string; dueOn?: string | null; assigneeId?: string | null }) =>
      api<Task>(`/tasks/${id}`, { method: "PATCH", body }),
    onSuccess: invalidate,
  });
}

export function useDeleteTask() {
  const invalidate = useInvalidateTasks();
  return useMutation({ mutationFn: (id: string) => api<void>(`/tasks/${id}`, { method: "DELETE" }), onSuccess: invalidate });
}

/** Every stage in pipeline order. */
export const STAGES: readonly EngagementStage[] = ENGAGEMENT_STAGES;

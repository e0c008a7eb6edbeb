import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AssessmentResponse,
  CapacityProfileOut,
  HeatmapOut,
  Round,
  RoundDetail,
  RoundInput,
  RoundReportOut,
} from "../../domains/assessment/assessment.schema";
import { api } from "../lib/api";

export type { AssessmentResponse, Round, RoundDetail, RoundReportOut };

export function useRounds(networkId: string) {
  return useQuery({
    queryKey: ["assessment", "network", networkId],
    queryFn: () => api<{ items: Round[] }>(`/networks/${networkId}/assessment-rounds`),
  });
}

export function useRound(id: string) {
  return useQuery({ queryKey: ["assessment", "round", id], queryFn: () => api<RoundDetail>(`/assessment-rounds/${id}`) });
}

export function useOwnResponse(id: string, enabled = true) {
  return useQuery({
    queryKey: ["assessment", "round", id, "response"],
    queryFn: () => api<AssessmentResponse>(`/assessment-rounds/${id}/response`),
    enabled,
  });
}

export function useRoundReport(id: string) {
  return useQuery({
    queryKey: ["assessment", "round", id, "report"],
    queryFn: () => api<RoundReportOut>(`/assessment-rounds/${id}/report`),
  });
}

/** A mutation that refreshes every assessment query when it succeeds. */
function useAssessmentMutation<V, R>(fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["assessment"] }),
  });
}

export const useCreateRound = (networkId: string) =>
  useAssessmentMutation((body: Partial<RoundInput> & { name: string }) =>
    api<Round>(`/networks/${networkId}/assessment-rounds`, { method: "POST", body }),
  );

export const useSaveResponse = (id: string) =>
  useAssessmentMutation((body: { answers: AssessmentResponse["answers"]; submit: boolean }) =>
    api<AssessmentResponse>(`/assessment-rounds/${id}/response`, { method: "PUT", body }),
  );

export function useProfile(id: string) {
  return useQuery({
    queryKey: ["assessment", "round", id, "profile"],
    queryFn: () => api<CapacityProfileOut>(`/assessment-rounds/${id}/profile`),
  });
}

export function useHeatmap(id: string) {
  return useQuery({ queryKey: ["assessment", "round", id, "heatmap"], queryFn: () => api<HeatmapOut>(`/assessment-rounds/${id}/heatmap`) });
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AssessmentImportResult,
  AssessmentResponse,
  CapacityProfileOut,
  HeatmapOut,
  QuoteListOut,
  ReminderResult,
  Round,
  RoundComparisonOut,
  RoundDetail,
  RoundInput,
  RoundReportOut,
} from "../../domains/assessment/assessment.schema";
import { api } from "../lib/api";

export type { AssessmentResponse, Round, RoundDetail, RoundReportOut };
export type { QuoteListOut, RoundComparisonOut };

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

/** The round's free-text answers for a coordinator to approve (anonymous). */
export function useQuotes(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ["assessment", "round", id, "quotes"],
    queryFn: () => api<QuoteListOut>(`/assessment-rounds/${id}/quotes`),
    enabled,
  });
}

export function useApproveQuote(id: string) {
  return useAssessmentMutation((v: { responseId: string; approved: boolean }) =>
    api<QuoteListOut>(`/assessment-rounds/${id}/quotes/${v.responseId}`, { method: "PUT", body: { approved: v.approved } }),
  );
}

/** This round against an earlier one of the same network. */
export function useComparison(id: string, otherId: string) {
  return useQuery({
    queryKey: ["assessment", "round", id, "compare", otherId],
    queryFn: () => api<RoundComparisonOut>(`/assessment-rounds/${id}/compare`, { query: { with: otherId } }),
    enabled: !!otherId,
  });
}

/** A coordinator reminds the organisations that have not submitted (mails to their owners and admins). */
export const useRemind = (id: string) =>
  useAssessmentMutation(() => api<ReminderResult>(`/assessment-rounds/${id}/reminders`, { method: "POST" }));

/** Imports responses collected elsewhere (`dryRun`: the preview, which writes nothing). */
export const useImportResponses = (networkId: string) =>
  useAssessmentMutation((v: { file: File; round: string; dryRun: boolean }) => {
    const form = new FormData();
    form.append("file", v.file);
    form.append("round", v.round);
    form.append("template", "ngo-business-engagement");
    form.append("dryRun", String(v.dryRun));
    return api<AssessmentImportResult>(`/networks/${networkId}/assessment-imports`, { method: "POST", form });
  });
export type { AssessmentImportResult };

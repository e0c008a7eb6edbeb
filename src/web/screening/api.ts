import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { AnswerValue, DecisionInput, Screening, ScreeningSummary, Signal } from "../../domains/screening/screening.schema";
import type { WatchlistChange } from "../../domains/watchlists/watchlists.schema";
import { api, type Page } from "../lib/api";

export type { AnswerValue, Screening, ScreeningSummary, Signal };
export type ScreeningDecision = NonNullable<Screening["decision"]>;
export const DECISIONS: ScreeningDecision[] = ["approved", "approved_with_conditions", "engage_to_reform", "rejected"];
export const ANSWER_VALUES: AnswerValue[] = ["meets", "does_not_meet", "unknown", "not_applicable"];

/** The company's current screening state as the Company object carries it. */
export type CompanyScreening = {
  decision: ScreeningDecision;
  decidedAt: string;
  rescreenOn: string | null;
  overdue: boolean;
  /** The engine or a watchlist changed since (absent in data from before this was kept). */
  watchlistsChanged?: boolean;
  watchlistChanges?: WatchlistChange[];
} | null;

/** A watchlist hit as carried in a watchlist signal's data. */
export interface HitData {
  entityId: number;
  list: string;
  sourceId: string;
  name: string;
  queryName?: string;
  score: number;
  match: boolean;
  /** The score from which a name counts as a match (absent in signals recorded before it was carried). */
  threshold?: number;
  /** The matching engine version that scored it (absent in signals recorded before it was carried). */
  engine?: string;
  entryChangedSinceJudgement?: boolean;
  explanations: { feature: string; detail: string; weight: number; value: number }[];
  judgement: { verdict: "true_match" | "false_positive"; note: string | null; judgedBy: { name: string } | null; judgedAt: string } | null;
}

export function useCompanyScreenings(companyId: string) {
  return useQuery({
    queryKey: ["screenings", "company", companyId],
    queryFn: () => api<Page<ScreeningSummary>>(`/companies/${companyId}/screenings`, { query: { limit: 100 } }),
    enabled: !!companyId,
  });
}

export function useScreening(id: string) {
  return useQuery({ queryKey: ["screenings", "one", id], queryFn: () => api<Screening>(`/screenings/${id}`) });
}

function useInvalidate() {
  const qc = useQueryClient();
  return (s?: Screening) => {
    if (s) qc.setQueryData(["screenings", "one", s.id], s);
    void qc.invalidateQueries({ queryKey: ["screenings"] });
    void qc.invalidateQueries({ queryKey: ["companies"] });
  };
}

export function useStartScreening(companyId: string) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: () => api<Screening>(`/companies/${companyId}/screenings`, { method: "POST", body: {} }),
    onSuccess: (s) => done(s),
  });
}

export function useAnswer(id: string) {
  const done = useInvalidate();
  return useMutation({
    meta: { inline: true },
    mutationFn: (v: { key: string; answer: AnswerValue; notes: string | null; links: { url: string; title?: string }[] }) =>
      api<Screening>(`/screenings/${id}/answers/${encodeURIComponent(v.key)}`, {
        method: "PUT",
        body: { answer: v.answer, notes: v.notes, links: v.links },
      }),
    onSuccess: (s) => done(s),
  });
}

export function useUploadEvidence(id: string) {
  const done = useInvalidate();
  return useMutation({
    meta: { inline: true },
    mutationFn: (v: { file: File; criterionKey?: string }) => {
      const form = new FormData();
      form.set("file", v.file);
      if (v.criterionKey) form.set("criterionKey", v.criterionKey);
      return api<unknown>(`/screenings/${id}/files`, { method: "POST", form });
    },
    onSuccess: () => done(),
  });
}

export function useRefreshSignals(id: string) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: () => api<Screening>(`/screenings/${id}/refresh-signals`, { method: "POST" }),
    onSuccess: (s) => done(s),
  });
}

export function usePatchSupplyChain(id: string) {
  const done = useInvalidate();
  return useMutation({
    mutationFn: (supplyChain: Partial<Screening["supplyChain"]>) =>
      api<Screening>(`/screenings/${id}`, { method: "PATCH", body: { supplyChain } }),
    onSuccess: (s) => done(s),
  });
}

export function useDecide(id: string) {
  const done = useInvalidate();
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Partial<DecisionInput>) => api<Screening>(`/screenings/${id}/decide`, { method: "POST", body }),
    onSuccess: (s) => done(s),
  });
}

export function useJudgeHit(id: string) {
  const done = useInvalidate();
  return useMutation({
    meta: { inline: true },
    mutationFn: (v: { entityId: number; verdict: "true_match" | "false_positive"; note?: string }) =>
      api<unknown>(`/screenings/${id}/hits/${v.entityId}/judgement`, {
        method: "POST",
        body: { verdict: v.verdict, note: v.note || null },
      }),
    onSuccess: () => done(),
  });
}

/** The evidence file's download address. */
export function fileUrl(screeningId: string, fileId: string) {
  return `/api/v1/screenings/${screeningId}/files/${fileId}`;
}

/** A date `months` months after today, as yyyy-mm-dd. */
export function monthsFromToday(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() + months);
  return d.toISOString().slice(0, 10);
}

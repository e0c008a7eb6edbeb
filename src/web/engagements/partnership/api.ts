import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Acknowledgement } from "../../../domains/acknowledgements/acknowledgements.schema";
import type { Agreement, CheckIn, Commitment, Indicator, Monitoring } from "../../../domains/agreements/agreements.schema";
import type { CatalogueItem, Risk, RiskMatrix } from "../../../domains/risks/risks.schema";
import { api, ApiError, type Page, apiAll } from "../../lib/api";

export type { Acknowledgement, Agreement, CatalogueItem, CheckIn, Commitment, Indicator, Monitoring, Risk, RiskMatrix };
export const ACK_CHANNELS = ["annual_report", "website", "social_media", "event", "press", "other"] as const;
export const COMMITMENT_STATUSES = ["open", "done", "missed", "cancelled"] as const;

const key = (id: string, what: string) => ["partnership", id, what];

/**
 * Which partnership modules this server offers (agreements, risks, acknowledgements are separate domains): a list
 * route that answers means the module is there. Undefined while asking.
 */
export function useModules(engagementId: string) {
  const probe = (path: string) => ({
    queryKey: ["partnership-modules", path],
    queryFn: async () => {
      try {
        await api(path);
        return true;
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return false;
        throw e;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
  const agreements = useQuery(probe(`/engagements/${engagementId}/commitments`));
  const risks = useQuery(probe(`/engagements/${engagementId}/risks`));
  const acks = useQuery(probe(`/acknowledgements?engagementId=${engagementId}&limit=1`));
  return { agreements: agreements.data, risks: risks.data, acks: acks.data };
}

function useInvalidate(id: string) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ["partnership", id] });
    void qc.invalidateQueries({ queryKey: ["engagements"] });
    void qc.invalidateQueries({ queryKey: ["audit"] });
  };
}

// ---- agreement and indicators

/** The agreement, or null while none is recorded (the API answers 404). */
export function useAgreement(id: string) {
  return useQuery({
    queryKey: key(id, "agreement"),
    queryFn: async () => {
      try {
        return await api<Agreement>(`/engagements/${id}/agreement`);
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
}

export function useSaveAgreement(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) => api<Agreement>(`/engagements/${id}/agreement`, { method: "PUT", body }),
    onSuccess: invalidate,
  });
}

export function useAddIndicator(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: { name: string; unit: string | null; baseline: number | null; target: number | null }) =>
      api<Indicator>(`/engagements/${id}/agreement/indicators`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useDeleteIndicator(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    mutationFn: (indicatorId: string) => api<void>(`/engagements/${id}/agreement/indicators/${indicatorId}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function useUploadSignedFile(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set("file", file);
      return api<Agreement>(`/engagements/${id}/agreement/signed-file`, { method: "POST", form });
    },
    onSuccess: invalidate,
  });
}

// ---- commitments

export function useCommitments(id: string) {
  return useQuery({ queryKey: key(id, "commitments"), queryFn: () => apiAll<{ items: Commitment[] }>(`/engagements/${id}/commitments`) });
}

export function useAddCommitment(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) => api<Commitment>(`/engagements/${id}/commitments`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useUpdateCommitment(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    mutationFn: ({ commitmentId, ...body }: { commitmentId: string; status: string }) =>
      api<Commitment>(`/commitments/${commitmentId}`, { method: "PATCH", body }),
    onSuccess: invalidate,
  });
}

// ---- check-ins and monitoring

export function useCheckIns(id: string) {
  return useQuery({ queryKey: key(id, "check-ins"), queryFn: () => apiAll<{ items: CheckIn[] }>(`/engagements/${id}/check-ins`) });
}

export function useMonitoring(id: string) {
  return useQuery({ queryKey: key(id, "monitoring"), queryFn: () => api<Monitoring>(`/engagements/${id}/monitoring`) });
}

export function useSaveMonitoring(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: { enabled: boolean; intervalDays: number; toleranceDays: number; startsOn: string | null }) =>
      api<Monitoring>(`/engagements/${id}/monitoring`, { method: "PUT", body }),
    onSuccess: invalidate,
  });
}

export function useAddCheckIn(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: { occurredOn: string; notes: string | null; values: Array<{ indicatorId: string; value: number }> }) =>
      api<CheckIn>(`/engagements/${id}/check-ins`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

// ---- risks

export function useRisks(id: string) {
  return useQuery({ queryKey: key(id, "risks"), queryFn: () => apiAll<{ items: Risk[] }>(`/engagements/${id}/risks`) });
}

export function useRiskMatrix(id: string) {
  return useQuery({ queryKey: key(id, "risk-matrix"), queryFn: () => api<RiskMatrix>(`/engagements/${id}/risk-matrix`) });
}

export function useRiskCatalogue() {
  return useQuery({
    queryKey: ["risk-catalogue"],
    queryFn: () => apiAll<{ items: CatalogueItem[] }>("/risk-catalogue"),
    staleTime: 5 * 60_000,
  });
}

export function useAddRisk(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) => api<Risk>(`/engagements/${id}/risks`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useUpdateRisk(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    meta: { inline: true },
    mutationFn: ({ riskId, ...body }: Record<string, unknown> & { riskId: string }) =>
      api<Risk>(`/risks/${riskId}`, { method: "PATCH", body }),
    onSuccess: invalidate,
  });
}

// ---- acknowledgements

export function useAcknowledgements(id: string) {
  return useQuery({
    queryKey: key(id, "acks"),
    queryFn: () => api<Page<Acknowledgement>>("/acknowledgements", { query: { engagementId: id, limit: 200 } }),
  });
}

export function useAddAcknowledgement(id: string, companyId: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    meta: { inline: true },
    mutationFn: (body: Record<string, unknown>) =>
      api<Acknowledgement>(`/companies/${companyId}/acknowledgements`, { method: "POST", body: { ...body, engagementId: id } }),
    onSuccess: invalidate,
  });
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GoodsRiskList, SectorRisk, SectorRiskList } from "../../domains/screening/sector-risk.schema";
import type { z } from "zod";
import { api, apiAll } from "../lib/api";

export type { SectorRisk, SectorRiskList };
export type GoodsRisks = z.infer<typeof GoodsRiskList>;

export function useSectorRisks() {
  return useQuery({ queryKey: ["screening", "sector-risks"], queryFn: () => api<SectorRiskList>("/screening/sector-risks") });
}

export function useGoodsRisks(enabled: boolean) {
  return useQuery({
    queryKey: ["screening", "goods-risks"],
    queryFn: () => apiAll<GoodsRisks>("/screening/goods-risks"),
    staleTime: Infinity,
    enabled,
  });
}

/** Replaces the whole list (the API has one PUT); the editor sends the list with one row added, changed or removed. */
export function usePutSectorRisks() {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: (items: SectorRisk[]) => api<SectorRiskList>("/screening/sector-risks", { method: "PUT", body: { items } }),
    onSuccess: (list) => qc.setQueryData(["screening", "sector-risks"], list),
  });
}

export function useResetSectorRisks() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("/screening/sector-risks", { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["screening", "sector-risks"] }),
  });
}

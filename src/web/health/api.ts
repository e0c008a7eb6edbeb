import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { z } from "zod";
import { isHealthStage, type Outlook } from "../../domains/health/health.rules";
import type { Health, HealthList } from "../../domains/health/health.schema";
import { api, apiAll } from "../lib/api";

export type { Health, Outlook };
export type HealthListResponse = z.infer<typeof HealthList>;
export type HealthItem = HealthListResponse["items"][number];
export { isHealthStage };

/** An engagement's explained health (only asked for running partnerships: other stages answer 409). */
export function useEngagementHealth(id: string, stage: string) {
  const qc = useQueryClient();
  // A meeting, call or e-mail logged on the timeline changes the contact factor: refresh when activities reload
  // (not on their first load, which comes with the page).
  useEffect(
    () =>
      qc.getQueryCache().subscribe((event) => {
        if (
          event.type === "updated" &&
          event.action.type === "success" &&
          event.query.queryKey[0] === "activities" &&
          event.query.state.dataUpdateCount > 1
        )
          void qc.invalidateQueries({ queryKey: ["engagements", id, "health"] });
      }),
    [qc, id],
  );
  return useQuery({
    // Under "engagements": editing the engagement, or recording a commitment, check-in, risk or
    // acknowledgement (they refresh "engagements" too), refreshes it.
    queryKey: ["engagements", id, "health"],
    queryFn: () => api<Health>(`/engagements/${id}/health`),
    enabled: isHealthStage(stage),
    staleTime: 0,
  });
}

/** The portfolio's running partnerships with score and outlook, worst first. */
export function usePortfolioHealth(enabled = true) {
  return useQuery({
    queryKey: ["health", "portfolio"],
    queryFn: () => apiAll<HealthListResponse>("/health"),
    enabled,
    staleTime: 30_000,
  });
}

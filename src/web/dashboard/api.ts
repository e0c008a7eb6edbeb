import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Dashboard } from "../../domains/dashboard/dashboard.schema";
import { api } from "../lib/api";

export type { Dashboard };
export type MatrixCell = Dashboard["riskMatrix"]["cells"][number];

/** The dashboard's filters, held in the URL (owner: a user id or "none"; mode: a mode key). */
export interface DashboardFilters {
  owner: string;
  mode: string;
}

export function useDashboard(f: DashboardFilters) {
  const query = { owner: f.owner || undefined, mode: f.mode || undefined };
  return useQuery({
    queryKey: ["dashboard", query],
    queryFn: ({ signal }) => api<Dashboard>("/dashboard", { query, signal }),
    placeholderData: keepPreviousData,
    // Numbers change as colleagues work: refresh when the tab is shown again, not more often.
    staleTime: 30_000,
  });
}

/** The board (/partnerships) filtered like the dashboard, plus extra filters. */
export function boardLink(f: DashboardFilters, extra: { stage?: string; mode?: string } = {}): string {
  const p = new URLSearchParams();
  if (extra.stage) p.set("stage", extra.stage);
  const mode = extra.mode ?? f.mode;
  if (mode) p.set("mode", mode);
  if (f.owner) p.set("owner", f.owner);
  const s = p.toString();
  return s ? `/partnerships?${s}` : "/partnerships";
}

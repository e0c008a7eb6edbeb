import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  Batch as BatchSchema,
  BatchSummary as BatchSummarySchema,
  Match,
  ScreenResult as ScreenResultSchema,
  Watchlist,
  WatchlistFormat,
  WatchlistImport,
} from "../../domains/watchlists/watchlists.schema";
import { api, type Page } from "../lib/api";

export type { Match, Watchlist, WatchlistFormat, WatchlistImport };
export type ScreenResult = z.infer<typeof ScreenResultSchema>;
export type BatchSummary = z.infer<typeof BatchSummarySchema>;
export type Batch = z.infer<typeof BatchSchema>;
export type BatchRow = Batch["rows"][number];
export type Explanation = Match["explanations"][number];

/** How often a running import or batch is polled for its progress. */
const POLL_MS = 700;
/** Rows per page of the lists, the import history and the batch history (older ones are a page away). */
export const HISTORY_PAGE_SIZE = 20;

/** One page of a list endpoint; the previous page stays on screen while the next one loads. */
function usePage<T>(key: string, path: string, offset: number, limit = HISTORY_PAGE_SIZE) {
  return useQuery({
    queryKey: ["watchlists", key, offset],
    queryFn: () => api<Page<T>>(path, { query: { limit, offset } }),
    placeholderData: keepPreviousData,
  });
}

export function useWatchlists(offset = 0) {
  return usePage<Watchlist>("lists", "/watchlists", offset, 100);
}

export function useWatchlistImports(offset = 0) {
  return usePage<WatchlistImport>("imports", "/watchlists/imports", offset);
}

/** One import, polled while it runs; when it ends the lists and the history are reloaded. */
export function useWatchlistImport(id: string | null) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: ["watchlists", "import", id],
    queryFn: async () => {
      const imp = await api<WatchlistImport>(`/watchlists/imports/${id}`);
      if (imp.status !== "running") {
        void qc.invalidateQueries({ queryKey: ["watchlists", "lists"] });
        void qc.invalidateQueries({ queryKey: ["watchlists", "imports"] });
      }
      return imp;
    },
    enabled: !!id,
    refetchInterval: (q) => (q.state.status !== "error" && (!q.state.data || q.state.data.status === "running") ? POLL_MS : false),
  });
}

/** The files of an import: one `file`, or for OFAC sdn.csv with optional alt.csv and add.csv. */
export interface ImportFiles {
  format: WatchlistFormat;
  name: string;
  file?: File;
  sdn?: File;
  alt?: File;
  add?: File;
}

export function useStartImport() {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: (v: ImportFiles) => {
      const form = new FormData();
      form.set("format", v.format);
      if (v.name.trim()) form.set("name", v.name.trim());
      for (const key of ["file", "sdn", "alt", "add"] as const) {
        const f = v[key];
        if (f) form.set(key, f);
      }
      return api<WatchlistImport>("/watchlists/import", { method: "POST", form });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["watchlists", "imports"] }),
  });
}

export function useScreenName() {
  return useMutation({
    meta: { inline: true },
    mutationFn: (v: { name: string; country?: string; birthDate?: string; id?: string }) =>
      api<ScreenResult>("/watchlists/screen", {
        method: "POST",
        body: {
          name: v.name,
          ...(v.country ? { country: v.country } : {}),
          ...(v.birthDate ? { birthDate: v.birthDate } : {}),
          ...(v.id ? { ids: [v.id] } : {}),
        },
      }),
  });
}

export function useBatches(offset = 0) {
  return usePage<BatchSummary>("batches", "/screening-batches", offset);
}

const unfinished = (b: BatchSummary | undefined) => !b || b.status === "queued" || b.status === "running";

/**
 * A batch, polled while it runs (progress only: the rows with their matches can be megabytes), then loaded
 * with its rows (up to 10,000 here; the CSV report holds them all).
 */
export function useBatch(id: string) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: ["watchlists", "batch", id],
    queryFn: async () => {
      const head = await api<Batch>(`/screening-batches/${id}`, { query: { limit: 1 } });
      if (unfinished(head)) return { ...head, rows: [] };
      void qc.invalidateQueries({ queryKey: ["watchlists", "batches"] });
      return api<Batch>(`/screening-batches/${id}`, { query: { limit: 10000 } });
    },
    refetchInterval: (q) => (q.state.status !== "error" && unfinished(q.state.data) ? POLL_MS : false),
  });
}

export function useStartBatch() {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set("file", file);
      return api<BatchSummary>("/screening-batches", { method: "POST", form });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["watchlists", "batches"] }),
  });
}

/** The report download address. */
export function batchReportUrl(id: string) {
  return `/api/v1/screening-batches/${id}/report.csv`;
}

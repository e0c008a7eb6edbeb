import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CommitResult, Decisions, DryRunResult, ImportBatch, ImportPreview } from "../../domains/imports/imports.schema";
import { api, type Page } from "../lib/api";

export type { CommitResult, Decisions, DryRunResult, ImportBatch, ImportPreview };
export type Kind = "companies" | "contacts";
export type Mapping = Record<string, string>;
export type Decision = "skip" | "merge" | "create";

function form(file: File, kind: Kind, extra: Record<string, string> = {}) {
  const f = new FormData();
  f.set("file", file);
  f.set("kind", kind);
  for (const [k, v] of Object.entries(extra)) f.set(k, v);
  return f;
}

export const preview = (file: File, kind: Kind) => api<ImportPreview>("/imports/preview", { method: "POST", form: form(file, kind) });

export const dryRun = (file: File, kind: Kind, mapping: Mapping) =>
  api<DryRunResult>("/imports/dry-run", { method: "POST", form: form(file, kind, { mapping: JSON.stringify(mapping) }) });

export function useCommitImport() {
  const qc = useQueryClient();
  return useMutation({
    meta: { inline: true },
    mutationFn: (p: { file: File; kind: Kind; mapping: Mapping; decisions: Record<string, Decision>; allowInvalid: boolean }) =>
      api<CommitResult>("/imports", {
        method: "POST",
        form: form(p.file, p.kind, {
          mapping: JSON.stringify(p.mapping),
          decisions: JSON.stringify(p.decisions),
          allowInvalid: String(p.allowInvalid),
        }),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["imports"] });
      void qc.invalidateQueries({ queryKey: ["companies"] });
      void qc.invalidateQueries({ queryKey: ["contacts"] });
    },
  });
}

/** A page of past imports, newest first (older ones are a page away). */
export function useImports(offset = 0) {
  return useQuery({
    queryKey: ["imports", offset],
    queryFn: () => api<Page<ImportBatch>>("/imports", { query: { limit: 20, offset } }),
    placeholderData: keepPreviousData,
  });
}

export function useUndoImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api<{ removed: { companies: number; contacts: number }; restored: number }>(`/imports/${id}/undo`, { method: "POST" }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["imports"] });
      void qc.invalidateQueries({ queryKey: ["companies"] });
      void qc.invalidateQueries({ queryKey: ["contacts"] });
      void qc.invalidateQueries({ queryKey: ["audit"] });
    },
  });
}

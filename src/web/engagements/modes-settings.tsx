import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore, ArrowDown, ArrowUp, Check, Pencil, Plus, X } from "lucide-react";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../app/session";
import { Field, FormError, fieldError } from "../components/field";
import { scrollRegion } from "../components/scroll-region";
import { ErrorState, Loading } from "../components/states";
import { useToast } from "../components/toast";
import { api, ApiError } from "../lib/api";
import { modeLabel } from "../lib/built-in";
import { useModes, type Mode } from "./api";
import { keyFromLabel } from "./mode-key";

function useModeMutations() {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: ["engagement-modes"] });
  const patch = useMutation({
    meta: { inline: true },
    mutationFn: (v: { key: string; label?: string; archived?: boolean }) =>
      api<Mode>(`/engagement-modes/${encodeURIComponent(v.key)}`, { method: "PATCH", body: { label: v.label, archived: v.archived } }),
    onSuccess: done,
  });
  // The API orders by position: renumber in steps of 10 and send only the modes whose position changes.
  const reorder = useMutation({
    meta: { inline: true },
    mutationFn: async (ordered: Mode[]) => {
      for (const [i, m] of ordered.entries()) {
        if (m.position !== i * 10)
          await api<Mode>(`/engagement-modes/${encodeURIComponent(m.key)}`, { method: "PATCH", body: { position: i * 10 } });
      }
    },
    onSettled: done,
  });
  const create = useMutation({
    meta: { inline: true },
    mutationFn: (v: { key: string; label: string }) => api<Mode>("/engagement-modes", { method: "POST", body: v }),
    onSuccess: done,
  });
  return { patch, reorder, create };
}

/** Settings → Partnerships: the organisation's engagement modes — rename, reorder, archive, add (admins). */
export function ModesSettings() {
  const { t } = useTranslation("partnershipSettings");
  const { t: tm } = useTranslation("engagements");
  const { isAdmin } = useActiveOrg();
  const toast = useToast();
  const q = useModes();
  const { patch, reorder, create } = useModeMutations();
  const [renaming, setRenaming] = useState<{ key: string; label: string } | null>(null);

  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const modes = q.data.items;
  const move = (i: number, by: -1 | 1) => {
    const next = [...modes];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    reorder.mutate(next);
  };
  const saveLabel = (e: FormEvent) => {
    e.preventDefault();
    if (!renaming) return;
    patch.mutate(
      { key: renaming.key, label: renaming.label.trim() },
      { onSuccess: (m) => (setRenaming(null), toast.success(t("modes.renamed", { label: m.label }))) },
    );
  };
  const busy = patch.isPending || reorder.isPending;

  return (
    <section className="card" aria-labelledby="modes-title" data-testid="modes-settings">
      <div className="card-header">
        <h2 id="modes-title">{t("modes.title")}</h2>
        <span className="badge">{t("modes.count", { count: modes.filter((m) => !m.archived).length })}</span>
      </div>
      <p className="small muted" style={{ margin: 0, padding: "0 var(--space-4) var(--space-3)" }}>
        {t("modes.lead")} {isAdmin ? "" : t("modes.adminsOnly")}
      </p>
      <div style={{ padding: "0 var(--space-4)" }}>
        <FormError error={patch.error ?? reorder.error} />
      </div>
      <div className="table-wrap flat" {...scrollRegion(t("modes.title"))}>
        <table className="table">
          <thead>
            <tr>
              {isAdmin && <th scope="col">{t("modes.order")}</th>}
              <th scope="col">{t("modes.label")}</th>
              <th scope="col">{t("modes.status")}</th>
              {isAdmin && <th scope="col">{t("modes.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {modes.map((m, i) => (
              <tr key={m.key} className={m.archived ? "muted" : undefined} data-testid="mode-row">
                {isAdmin && (
                  <td>
                    <span className="row" style={{ flexWrap: "nowrap", gap: 2 }}>
                      <button
                        type="button"
                        className="btn btn-ghost btn-icon btn-sm"
                        disabled={i === 0 || busy}
                        onClick={() => move(i, -1)}
                        aria-label={t("modes.up", { label: modeLabel(tm, m.key, m.label) })}
                        title={t("modes.upShort")}
                      >
                        <ArrowUp size={15} aria-hidden />
                      </button>
                      <button
                        type="button"
                        className="btn btn-ghost btn-icon btn-sm"
                        disabled={i === modes.length - 1 || busy}
                        onClick={() => move(i, 1)}
                        aria-label={t("modes.down", { label: modeLabel(tm, m.key, m.label) })}
                        title={t("modes.downShort")}
                      >
                        <ArrowDown size={15} aria-hidden />
                      </button>
                    </span>
                  </td>
                )}
                <td className="wrap">
                  {renaming?.key === m.key ? (
                    <form className="row" style={{ flexWrap: "nowrap" }} onSubmit={saveLabel}>
                      <input
                        className="input"
                        value={renaming.label}
                        maxLength={200}
                        autoFocus
                        aria-label={t("modes.newLabelOf", { label: modeLabel(tm, m.key, m.label) })}
                        aria-invalid={fieldError(patch.error, "label") ? true : undefined}
                        onChange={(e) => setRenaming({ key: m.key, label: e.target.value })}
                        onKeyDown={(e) => e.key === "Escape" && (e.stopPropagation(), setRenaming(null))}
                        data-testid="mode-label-input"
                      />
                      <button
                        type="submit"
                        className="btn btn-primary btn-icon btn-sm"
                        disabled={!renaming.label.trim() || busy}
                        aria-label={t("modes.saveLabel")}
                        title={t("modes.saveLabel")}
                        data-testid="mode-label-save"
                      >
                        <Check size={15} aria-hidden />
                      </button>
                      <button
                        type="button"
                        className="btn btn-ghost btn-icon btn-sm"
                        onClick={() => setRenaming(null)}
                        aria-label={t("common:actions.cancel")}
                        title={t("common:actions.cancel")}
                      >
                        <X size={15} aria-hidden />
                      </button>
                    </form>
                  ) : (
                    <>
                      <span className="cell-main" data-testid="mode-label">
                        {modeLabel(tm, m.key, m.label)}
                      </span>
                      <div className="cell-sub mono">{m.key}</div>
                    </>
                  )}
                </td>
                <td>
                  {m.archived ? (
                    <span className="badge">{t("modes.archived")}</span>
                  ) : (
                    <span className="badge badge-success">{t("modes.inUse")}</span>
                  )}
                </td>
                {isAdmin && (
                  <td>
                    <span className="row" style={{ flexWrap: "nowrap", gap: 2 }}>
                      <button
                        type="button"
                        className="btn btn-ghost btn-sm"
                        disabled={busy}
                        onClick={() => setRenaming({ key: m.key, label: m.label })}
                        aria-label={t("modes.renameOf", { label: modeLabel(tm, m.key, m.label) })}
                        data-testid="mode-rename"
                      >
                        <Pencil size={14} aria-hidden /> {t("modes.rename")}
                      </button>
                      <button
                        type="button"
                        className="btn btn-ghost btn-sm"
                        disabled={busy}
                        onClick={() =>
                          patch.mutate(
                            { key: m.key, archived: !m.archived },
                            {
                              onSuccess: (x) =>
                                toast.success(t(x.archived ? "modes.archivedDone" : "modes.restoredDone", { label: x.label })),
                            },
                          )
                        }
                        aria-label={t(m.archived ? "modes.restoreOf" : "modes.archiveOf", { label: modeLabel(tm, m.key, m.label) })}
                        data-testid="mode-archive"
                      >
                        {m.archived ? <ArchiveRestore size={14} aria-hidden /> : <Archive size={14} aria-hidden />}{" "}
                        {t(m.archived ? "modes.restore" : "modes.archive")}
                      </button>
                    </span>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin && <AddMode create={create} />}
    </section>
  );
}

function AddMode({ create }: { create: ReturnType<typeof useModeMutations>["create"] }) {
  const { t } = useTranslation("partnershipSettings");
  const toast = useToast();
  const [label, setLabel] = useState("");
  const [key, setKey] = useState("");
  const [keyTouched, setKeyTouched] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const effectiveKey = keyTouched ? key : keyFromLabel(label);
  // A new name or key makes the last refusal stale.
  useEffect(() => {
    setLocal({});
    if (create.isError) create.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label, key]);
  const err = (p: string) => local[p] ?? fieldError(create.error, p);
  const keyError =
    local.key ??
    (create.error instanceof ApiError && create.error.status === 409
      ? t("modes.keyTaken", { key: effectiveKey })
      : fieldError(create.error, "key"));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!label.trim()) problems.label = t("modes.labelRequired");
    if (!/^[a-z][a-z0-9_]{1,59}$/.test(effectiveKey)) problems.key = t("modes.keyInvalid");
    setLocal(problems);
    if (Object.keys(problems).length) return;
    create.mutate(
      { key: effectiveKey, label: label.trim() },
      {
        onSuccess: (m) => {
          toast.success(t("modes.added", { label: m.label }));
          setLabel("");
          setKey("");
          setKeyTouched(false);
        },
      },
    );
  };
  return (
    <form
      className="card-body stack"
      onSubmit={submit}
      noValidate
      data-testid="mode-add-form"
      style={{ borderTop: "1px solid var(--color-border)" }}
    >
      <h3 className="small" style={{ margin: 0 }}>
        {t("modes.addTitle")}
      </h3>
      {create.error && !keyError && !err("label") ? <FormError error={create.error} /> : null}
      <div className="form-grid">
        <Field label={t("modes.label")} error={err("label")} hint={t("modes.labelHint")}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={label}
              maxLength={200}
              onChange={(e) => setLabel(e.target.value)}
              data-testid="mode-new-label"
            />
          )}
        </Field>
        <Field label={t("modes.key")} error={keyError} hint={t("modes.keyHint")}>
          {(p) => (
            <input
              {...p}
              className="input mono"
              value={effectiveKey}
              maxLength={60}
              onChange={(e) => {
                setKeyTouched(true);
                setKey(e.target.value);
              }}
              data-testid="mode-new-key"
            />
          )}
        </Field>
      </div>
      <div className="form-actions" style={{ justifyContent: "flex-start" }}>
        <button type="submit" className="btn btn-primary btn-sm" disabled={create.isPending} data-testid="mode-add">
          {create.isPending ? <span className="spinner" aria-hidden /> : <Plus size={14} aria-hidden />} {t("modes.add")}
        </button>
      </div>
    </form>
  );
}

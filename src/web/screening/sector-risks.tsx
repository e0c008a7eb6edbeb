import "./sector-risks.css";
import { ExternalLink, Pencil, Plus, RotateCcw, Trash2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { FormError } from "../components/field";
import { scrollRegion } from "../components/scroll-region";
import { ErrorState, Loading } from "../components/states";
import { useToast } from "../components/toast";
import { sectorRiskText } from "../lib/built-in";
import { ReasonText } from "./reason-text";
import { SectorRiskDialog } from "./sector-risk-form";
import { usePutSectorRisks, useResetSectorRisks, useSectorRisks, type SectorRisk } from "./sector-risks-api";

/** Settings → Screening: the NACE sectors at high risk of trafficking, with reasons and sources; admins edit them. */
export function SectorRiskSettings() {
  const { t } = useTranslation("sectorRisks");
  const { t: tsc } = useTranslation("screening");
  const text = (s: SectorRisk, field: "label" | "reason") => sectorRiskText(tsc, s.naceCode, field, s[field]);
  const { isAdmin } = useActiveOrg();
  const toast = useToast();
  const q = useSectorRisks();
  const put = usePutSectorRisks();
  const reset = useResetSectorRisks();
  const [editing, setEditing] = useState<number | null | undefined>(undefined);
  const [removing, setRemoving] = useState<SectorRisk | null>(null);
  const [resetting, setResetting] = useState(false);

  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const { items, customised } = q.data;

  return (
    <section className="card" aria-labelledby="sr-title" data-testid="sector-risks">
      <div className="card-header">
        <h2 id="sr-title">{t("title")}</h2>
        <span className="row">
          <span className={`badge ${customised ? "badge-primary" : ""}`} data-testid="sector-risks-origin">
            {customised ? t("customised") : t("default")}
          </span>
          {isAdmin && customised && (
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => setResetting(true)} data-testid="sector-risks-reset">
              <RotateCcw size={14} aria-hidden /> {t("reset")}
            </button>
          )}
          {isAdmin && (
            <button type="button" className="btn btn-sm" onClick={() => setEditing(null)} data-testid="sector-risk-add">
              <Plus size={14} aria-hidden /> {t("add")}
            </button>
          )}
        </span>
      </div>
      <p className="small muted sr-lead">
        {t("lead")} {isAdmin ? "" : t("adminsOnly")}
      </p>
      <FormError error={editing === undefined ? put.error : null} />
      {items.length === 0 ? (
        <p className="sr-lead" data-testid="sector-risks-empty">
          {t("empty")}
        </p>
      ) : (
        <div className="table-wrap flat sr-table" {...scrollRegion(t("title"))}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("cols.sector")}</th>
                <th scope="col">{t("cols.level")}</th>
                <th scope="col">{t("cols.reason")}</th>
                <th scope="col">{t("cols.sources")}</th>
                {isAdmin && <th scope="col">{t("cols.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((s, i) => (
                <tr key={s.naceCode} data-testid="sector-risk-row">
                  <td className="wrap" style={{ minWidth: 180 }}>
                    <span className="mono cell-main">{s.naceCode}</span>
                    <div className="cell-sub">{text(s, "label")}</div>
                  </td>
                  <td>
                    <span className={`badge ${s.level === "high" ? "badge-danger" : "badge-warning"}`}>{t(`levels.${s.level}`)}</span>
                  </td>
                  <td className="wrap">
                    <ReasonText text={text(s, "reason")} />
                  </td>
                  <td className="wrap">
                    {s.sources.length === 0 ? (
                      <span className="small muted">—</span>
                    ) : (
                      <ul className="sr-sources">
                        {s.sources.map((src, j) => (
                          <li key={j} className="small">
                            {src.url ? (
                              <a href={src.url} target="_blank" rel="noopener noreferrer">
                                {src.title} <ExternalLink size={11} aria-hidden />
                              </a>
                            ) : (
                              src.title
                            )}
                            {src.publisher && <span className="muted"> · {src.publisher}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {isAdmin && (
                    <td>
                      <span className="row" style={{ flexWrap: "nowrap", gap: 2 }}>
                        <button
                          type="button"
                          className="btn btn-ghost btn-icon btn-sm"
                          onClick={() => setEditing(i)}
                          aria-label={t("editOf", { code: s.naceCode })}
                          title={t("common:actions.edit")}
                          data-testid="sector-risk-edit"
                        >
                          <Pencil size={15} aria-hidden />
                        </button>
                        <button
                          type="button"
                          className="btn btn-ghost btn-icon btn-sm"
                          onClick={() => setRemoving(s)}
                          aria-label={t("removeOf", { code: s.naceCode })}
                          title={t("common:actions.remove")}
                          data-testid="sector-risk-remove"
                        >
                          <Trash2 size={15} aria-hidden />
                        </button>
                      </span>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SectorRiskDialog
        open={editing !== undefined}
        index={editing ?? null}
        items={items}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          toast.success(t("saved"));
        }}
      />
      <ConfirmDialog
        open={!!removing}
        onClose={() => setRemoving(null)}
        danger
        title={t("removeTitle", { code: removing?.naceCode ?? "", label: removing ? text(removing, "label") : "" })}
        description={t("removeBody")}
        confirmLabel={t("removeConfirm")}
        busy={put.isPending}
        onConfirm={() => {
          if (!removing) return;
          put.mutate(
            items.filter((s) => s.naceCode !== removing.naceCode),
            {
              onSuccess: () => {
                toast.success(t("removed", { code: removing.naceCode }));
                setRemoving(null);
              },
              onError: () => setRemoving(null),
            },
          );
        }}
      />
      <ConfirmDialog
        open={resetting}
        onClose={() => setResetting(false)}
        danger
        title={t("resetTitle")}
        description={t("resetBody")}
        confirmLabel={t("resetConfirm")}
        busy={reset.isPending}
        onConfirm={() =>
          reset.mutate(undefined, {
            onSuccess: () => {
              setResetting(false);
              toast.success(t("resetDone"));
            },
          })
        }
      />
    </section>
  );
}

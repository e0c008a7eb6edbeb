import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ListChecks } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { OrgCatalogueVersion } from "../../domains/screening/catalogue.schema";
import { useActiveOrg } from "../app/session";
import { FormError } from "../components/field";
import { ErrorState, Loading } from "../components/states";
import { api } from "../lib/api";
import { criterionTitle } from "../lib/built-in";
import { GoodsRiskData } from "./goods-risks";
import { SectorRiskSettings } from "./sector-risks";

/** Settings → Screening: criteria, sectors at risk, the goods data behind the goods/country signal, and a way to the lists. */
export function ScreeningSettings() {
  const { t } = useTranslation("lists");
  return (
    <div className="stack-lg">
      <CatalogueSettings />
      <SectorRiskSettings />
      <GoodsRiskData />
      <section className="card" aria-labelledby="sc-lists-title">
        <div className="card-header">
          <h2 id="sc-lists-title">{t("page.title")}</h2>
          <Link to="/screening/lists" className="btn btn-sm" data-testid="settings-lists-link">
            <ListChecks size={14} aria-hidden /> {t("settings.open")}
          </Link>
        </div>
        <p className="small muted" style={{ margin: 0, padding: "0 var(--space-4) var(--space-4)" }}>
          {t("settings.lead")}
        </p>
      </section>
    </div>
  );
}

/** The effective criteria catalogue with the organisation's overrides (disable, re-weight, restore). */
function CatalogueSettings() {
  const { t } = useTranslation("screening");
  const { isAdmin } = useActiveOrg();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ["screening", "catalogue"], queryFn: () => api<OrgCatalogueVersion>("/screening/catalogue") });
  const put = useMutation({
    meta: { inline: true },
    mutationFn: (v: { key: string; mode: "disable" | "reweight"; weight?: number }) =>
      api(`/screening/catalogue/overrides/${encodeURIComponent(v.key)}`, { method: "PUT", body: { mode: v.mode, weight: v.weight } }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["screening"] }),
  });
  const del = useMutation({
    meta: { inline: true },
    mutationFn: (key: string) => api(`/screening/catalogue/overrides/${encodeURIComponent(key)}`, { method: "DELETE" }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["screening"] }),
  });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data;
  const overridden = new Set(c.overrides.map((o) => o.key));
  return (
    <section className="card" aria-labelledby="sc-settings-title" data-testid="screening-settings">
      <div className="card-header">
        <h2 id="sc-settings-title">{t("settings.catalogue")}</h2>
        <span className="badge">{t("page.catalogue", { version: c.version })}</span>
      </div>
      <p className="small muted" style={{ margin: 0, padding: "0 var(--space-4) var(--space-2)" }}>
        {c.base.kind === "network" ? t("settings.fromNetwork", { name: c.base.networkName ?? "" }) : t("settings.builtin")}{" "}
        {isAdmin ? "" : t("settings.adminsOnly")}
      </p>
      <FormError error={put.error ?? del.error} />
      <div className="table-wrap flat">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("settings.criterion")}</th>
              <th scope="col">{t("settings.kind")}</th>
              <th scope="col">{t("settings.weight")}</th>
              {isAdmin && <th scope="col">{t("settings.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {c.criteria.map((x) => (
              <tr key={x.key} data-testid="catalogue-row">
                <td className="wrap">
                  {criterionTitle(t, x.key, x.title)}
                  {x.group === "supply_chain" && <div className="cell-sub">{t("groups.supply")}</div>}
                </td>
                <td>{t(`kind.${x.kind}`)}</td>
                <td>
                  {isAdmin && x.kind === "weighted" ? (
                    <select
                      className="select"
                      style={{ width: "auto", minWidth: 64 }}
                      aria-label={t("settings.weightOf", { title: criterionTitle(t, x.key, x.title) })}
                      value={x.weight}
                      disabled={put.isPending}
                      onChange={(e) => put.mutate({ key: x.key, mode: "reweight", weight: Number(e.target.value) })}
                    >
                      {[1, 2, 3, 4, 5].map((w) => (
                        <option key={w} value={w}>
                          {w}
                        </option>
                      ))}
                    </select>
                  ) : (
                    x.weight
                  )}
                  {x.origin === "reweighted" && <span className="small muted"> ({t("settings.was", { weight: x.baseWeight })})</span>}
                </td>
                {isAdmin && (
                  <td>
                    <span className="row">
                      <button
                        type="button"
                        className="btn btn-sm"
                        disabled={put.isPending}
                        onClick={() => put.mutate({ key: x.key, mode: "disable" })}
                      >
                        {t("settings.disable")}
                      </button>
                      {overridden.has(x.key) && (
                        <button type="button" className="btn btn-sm btn-ghost" disabled={del.isPending} onClick={() => del.mutate(x.key)}>
                          {t("settings.restore")}
                        </button>
                      )}
                    </span>
                  </td>
                )}
              </tr>
            ))}
            {c.disabled.map((x) => (
              <tr key={x.key} className="muted">
                <td className="wrap">
                  <s>{criterionTitle(t, x.key, x.title)}</s>
                </td>
                <td colSpan={2}>{t("settings.disabled")}</td>
                {isAdmin && (
                  <td>
                    <button type="button" className="btn btn-sm" disabled={del.isPending} onClick={() => del.mutate(x.key)}>
                      {t("settings.restore")}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

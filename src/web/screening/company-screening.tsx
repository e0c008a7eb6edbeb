import { History, ShieldPlus } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { formatDate } from "../lib/format";
import { useChangesText } from "../watchlists/checked-lists";
import { useCompanyScreenings, useStartScreening, type CompanyScreening } from "./api";
import { ScreeningStatusBadge } from "./status-badge";

/** The company page's screening card: current status, start or continue a screening, link to the history. */
export function CompanyScreeningCard({ company }: { company: { id: string; screening?: CompanyScreening } }) {
  const { t } = useTranslation("screening");
  const { canWrite } = useActiveOrg();
  const list = useCompanyScreenings(company.id);
  const start = useStartScreening(company.id);
  const navigate = useNavigate();
  const items = list.data?.items ?? [];
  const draft = items.find((s) => s.status === "draft");
  const s = company.screening ?? null;
  const changesText = useChangesText();
  const stale = !!s?.watchlistsChanged;
  return (
    <section className="card" aria-labelledby="company-screening-title" data-testid="company-screening">
      <div className="card-header">
        <h2 id="company-screening-title">{t("card.title")}</h2>
        <ScreeningStatusBadge screening={s} />
      </div>
      <div className="card-body stack">
        {s ? (
          <p className="small" style={{ margin: 0 }}>
            {t("card.decided", { date: formatDate(s.decidedAt) })}
            {s.rescreenOn && <> · {t("card.rescreenOn", { date: formatDate(s.rescreenOn) })}</>}
          </p>
        ) : (
          <p className="small muted" style={{ margin: 0 }}>
            {t("card.none")}
          </p>
        )}
        {stale && (
          <div className="alert alert-warning" role="note" data-testid="screening-stale">
            {t("card.stale", { changes: changesText(s?.watchlistChanges ?? []) })}
          </div>
        )}
        <div className="row">
          {draft ? (
            <Link to={`/screenings/${draft.id}`} className="btn btn-primary btn-sm" data-testid="screening-continue">
              {t("card.continue")}
            </Link>
          ) : (
            canWrite && (
              <button
                type="button"
                className="btn btn-primary btn-sm"
                data-testid={stale ? "screening-rescreen-stale" : "screening-start"}
                disabled={start.isPending || list.isPending}
                onClick={() => start.mutate(undefined, { onSuccess: (x) => navigate(`/screenings/${x.id}`) })}
              >
                <ShieldPlus size={14} aria-hidden /> {stale ? t("card.staleRescreen") : s ? t("card.rescreen") : t("card.start")}
              </button>
            )
          )}
          {items.some((x) => x.status === "decided") && (
            <Link to={`/companies/${company.id}/screenings`} className="btn btn-sm" data-testid="screening-history-link">
              <History size={14} aria-hidden /> {t("card.history", { count: items.filter((x) => x.status === "decided").length })}
            </Link>
          )}
        </div>
      </div>
    </section>
  );
}

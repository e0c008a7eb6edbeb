import "./engagements.css";
import { Plus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ErrorState } from "../components/states";
import { useToast } from "../components/toast";
import { formatDate } from "../lib/format";
import { useCompanyEngagements } from "./api";
import { ActivityTimeline } from "./activity-timeline";
import { ModeBadges, StageBadge, WarningBadges } from "./badges";
import { EngagementFormDialog } from "./engagement-form";

/** The company page's partnerships: its engagements (with "New engagement" for this company) and its activity timeline. */
export function CompanyPartnerships({ company }: { company: { id: string; name: string } }) {
  const { t } = useTranslation("engagements");
  const { canWrite, me } = useActiveOrg();
  const q = useCompanyEngagements(company.id);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const toast = useToast();
  const items = q.data?.items ?? [];
  return (
    <>
      <section className="card" aria-labelledby="company-engagements-title" data-testid="company-engagements">
        <div className="card-header">
          <h2 id="company-engagements-title">{t("company.title")}</h2>
          {canWrite && (
            <button type="button" className="btn btn-sm" onClick={() => setCreating(true)} data-testid="company-new-engagement">
              <Plus size={14} aria-hidden /> {t("list.new")}
            </button>
          )}
        </div>
        {q.isPending ? (
          <div className="card-body muted">{t("common:loading")}</div>
        ) : q.error ? (
          <div className="card-body">
            <ErrorState error={q.error} onRetry={() => void q.refetch()} />
          </div>
        ) : items.length === 0 ? (
          <div className="card-body muted">{t("company.none")}</div>
        ) : (
          <div className="table-wrap flat">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("fields.title")}</th>
                  <th scope="col">{t("fields.stage")}</th>
                  <th scope="col">{t("fields.owner")}</th>
                  <th scope="col">{t("fields.updated")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr key={e.id} data-testid="company-engagement-row">
                    <td className="wrap">
                      <Link to={`/partnerships/${e.id}`} className="cell-main">
                        {e.title}
                      </Link>
                      <div className="row" style={{ marginTop: 4 }}>
                        <ModeBadges modes={e.modes} max={2} />
                        <WarningBadges warnings={e.warnings} flagCount={e.flags.length} />
                      </div>
                    </td>
                    <td>
                      <StageBadge stage={e.stage} />
                    </td>
                    <td>{e.owner?.name ?? <span className="muted">—</span>}</td>
                    <td className="small muted">{formatDate(e.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <ActivityTimeline companyId={company.id} />
      <EngagementFormDialog
        open={creating}
        onClose={() => setCreating(false)}
        company={company}
        defaultOwnerId={me?.user.id}
        onSaved={(e) => {
          setCreating(false);
          toast.success(t("form.created", { title: e.title }));
          navigate(`/partnerships/${e.id}`);
        }}
      />
    </>
  );
}

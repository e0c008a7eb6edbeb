import "./engagements.css";
import { useQuery } from "@tanstack/react-query";
import { ExternalLink, Plus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ErrorState } from "../components/states";
import { useToast } from "../components/toast";
import { api, ApiError, type Page } from "../lib/api";
import { formatDate } from "../lib/format";
import { useCompanyEngagements } from "./api";
import { ActivityTimeline } from "./activity-timeline";
import { ModeBadges, StageBadge, WarningBadges } from "./badges";
import { EngagementFormDialog } from "./engagement-form";
import type { Acknowledgement } from "./partnership/api";

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
      <CompanyAcknowledgements companyId={company.id} />
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

/** Where the company was publicly thanked or featured (shown when the server has the acknowledgement log). */
function CompanyAcknowledgements({ companyId }: { companyId: string }) {
  const { t } = useTranslation("engagements");
  const q = useQuery({
    queryKey: ["partnership", "company-acks", companyId],
    queryFn: async () => {
      try {
        return await api<Page<Acknowledgement>>(`/companies/${companyId}/acknowledgements`, { query: { limit: 50 } });
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
  if (!q.data) return null;
  return (
    <section className="card" aria-labelledby="company-acks-title" data-testid="company-acknowledgements">
      <div className="card-header">
        <h2 id="company-acks-title">{t("acks.title")}</h2>
        <span className="badge">{q.data.total}</span>
      </div>
      {q.data.items.length === 0 ? (
        <div className="card-body muted small">{t("acks.noneCompany")}</div>
      ) : (
        <ul className="task-list">
          {q.data.items.map((a) => (
            <li key={a.id}>
              <div className="task-main">
                <span className="row">
                  <strong>{a.title}</strong>
                  <span className="badge badge-primary">{t(`acks.channels.${a.channel}`)}</span>
                </span>
                <span className="task-sub">
                  <span>{formatDate(a.occurredOn)}</span>
                  {a.engagement && <Link to={`/partnerships/${a.engagement.id}/acknowledgements`}>{a.engagement.title}</Link>}
                  {a.url && (
                    <a href={a.url} target="_blank" rel="noopener noreferrer" className="row" style={{ display: "inline-flex", gap: 4 }}>
                      {t("acks.open")} <ExternalLink size={12} aria-hidden />
                    </a>
                  )}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { FileText } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDate } from "../lib/format";
import { useProposals } from "./api";

/** The proposals made for this engagement (and the company's proposals tied to none), with a way to start one. */
export function EngagementProposals({ engagementId, companyId }: { engagementId: string; companyId: string }) {
  const { t } = useTranslation("prospects");
  const q = useProposals(companyId);
  const items = (q.data?.items ?? []).filter((p) => p.engagementId === engagementId || p.engagementId === null);
  return (
    <section className="card" aria-labelledby="engagement-proposals-title" data-testid="engagement-proposals">
      <div className="card-header">
        <h2 id="engagement-proposals-title">
          <FileText size={16} aria-hidden /> {t("proposals.title")}
        </h2>
        <Link className="btn btn-sm" to={`/prospects/${companyId}`}>
          {t("proposals.open")}
        </Link>
      </div>
      <div className="card-body">
        {items.length ? (
          <ul className="plain-list">
            {items.map((p) => (
              <li key={p.id}>
                <Link to={`/proposals/${p.id}`}>{p.title}</Link>{" "}
                <span className="small muted">
                  {t("proposals.version", { version: p.version })} · {t("proposals.updated", { date: formatDate(p.updatedAt) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{q.isPending ? t("common:loading") : t("proposals.none")}</p>
        )}
      </div>
    </section>
  );
}

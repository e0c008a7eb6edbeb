import { FileText } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDate } from "../lib/format";
import { type Proposal, useProposals } from "./api";

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
        <ProposalList proposals={items} pending={q.isPending} />
      </div>
    </section>
  );
}

/** Proposals as links with their version and last change, or a line saying there is none yet. */
export function ProposalList({ proposals, pending, testId }: { proposals: Proposal[]; pending: boolean; testId?: string }) {
  const { t } = useTranslation("prospects");
  if (!proposals.length) return <p className="muted small">{pending ? t("common:loading") : t("proposals.none")}</p>;
  return (
    <ul className="plain-list" data-testid={testId}>
      {proposals.map((p) => (
        <li key={p.id}>
          <Link to={`/proposals/${p.id}`}>{p.title}</Link>{" "}
          <span className="small muted">
            {t("proposals.version", { version: p.version })} · {t("proposals.updated", { date: formatDate(p.updatedAt) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

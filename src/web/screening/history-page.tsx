import "./screening.css";
import { ShieldQuestion } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useCompany } from "../companies/api";
import { ExportButtons } from "../components/export-buttons";
import { EmptyState, ErrorState, Loading, PageHeader } from "../components/states";
import { formatDate } from "../lib/format";
import { useCompanyScreenings } from "./api";
import { CompanyScreeningCard } from "./company-screening";
import { RiskLevelBadge } from "./risk-summary";
import { scrollRegion } from "../components/scroll-region";

/** A company's screenings, newest first: decided ones are immutable history, a draft can be continued. */
export default function ScreeningHistoryPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("screening");
  const company = useCompany(id);
  const list = useCompanyScreenings(id);
  if (company.isPending || list.isPending) return <Loading />;
  if (company.error) return <ErrorState error={company.error} onRetry={() => void company.refetch()} />;
  if (list.error) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.items;
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/companies">{t("companies")}</Link> <span aria-hidden>/</span>{" "}
            <Link to={`/companies/${id}`}>{company.data.name}</Link>
          </>
        }
        title={t("history.titleOf", { name: company.data.name })}
        description={t("history.description")}
        actions={items.length > 0 && <ExportButtons path="/screenings/export" query={{ companyId: id }} testId="screenings-export" />}
      />
      <div className="stack-lg">
        <CompanyScreeningCard company={company.data} />
        {items.length === 0 ? (
          <EmptyState icon={ShieldQuestion} title={t("history.empty")} />
        ) : (
          <div {...scrollRegion(t("history.titleOf", { name: company.data.name }))} className="table-wrap">
            <table className="table" data-testid="screening-history">
              <caption className="sr-only">{t("history.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("history.started")}</th>
                  <th scope="col">{t("history.decision")}</th>
                  <th scope="col">{t("history.risk")}</th>
                  <th scope="col">{t("history.decidedBy")}</th>
                  <th scope="col">{t("history.rescreenOn")}</th>
                  <th scope="col">{t("history.catalogue")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr key={s.id} data-testid="screening-history-row">
                    <td>
                      <Link to={`/screenings/${s.id}`} className="cell-main">
                        {formatDate(s.createdAt)}
                      </Link>
                      <div className="cell-sub">{s.createdBy?.name ?? ""}</div>
                    </td>
                    <td>
                      {s.status === "draft" ? (
                        <span className="badge badge-primary">{t("page.draft")}</span>
                      ) : s.decision ? (
                        t(`decision.${s.decision}`)
                      ) : (
                        "—"
                      )}
                    </td>
                    <td>
                      {s.riskLevel ? (
                        <span className="row">
                          <RiskLevelBadge level={s.riskLevel} /> <span className="small muted">{s.riskScore}</span>
                        </span>
                      ) : (
                        "—"
                      )}
                    </td>
                    <td>
                      {s.decidedBy?.name ?? "—"}
                      <div className="cell-sub">{formatDate(s.decidedAt)}</div>
                    </td>
                    <td>{formatDate(s.rescreenOn) || "—"}</td>
                    <td>{s.catalogueVersion ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}

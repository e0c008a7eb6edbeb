import { Network, Radar } from "lucide-react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../components/data-table";
import { EmptyState } from "../components/states";
import { formatDate } from "../lib/format";
import { ListBadge } from "./list-badge";
import { ReasonText } from "./reason-text";
import { useOrgNetworks, useSharedEntries, type ListKind } from "./lists-api";

/** Entries other organisations of the caller's networks chose to share: signals to weigh, never verdicts. */
export function SharedEntries({ f, onOffset }: { f: { q: string; list: ListKind | ""; offset: number }; onOffset: (o: number) => void }) {
  const { t } = useTranslation("lists");
  const query = useSharedEntries(f);
  const networks = useOrgNetworks();
  const filtered = !!(f.q || f.list);
  return (
    <div className="stack" data-testid="lists-shared">
      <div className="alert alert-info">
        <Radar size={16} aria-hidden />
        <span>{t("shared.signalNotVerdict")}</span>
      </div>
      <DataTable
        query={query}
        label={t("page.shared")}
        testId="shared-table"
        rowTestId="shared-row"
        rowKey={(e) => `${e.networkId}-${e.organizationName}-${e.companyName}-${e.sharedAt}`}
        skeletonRows={4}
        onOffset={onOffset}
        empty={
          <div className="card">
            <EmptyState icon={Network} title={filtered ? t("page.noMatch") : t("shared.emptyTitle")}>
              {filtered
                ? t("page.noMatchBody")
                : networks.data && networks.data.length === 0
                  ? t("shared.noNetwork")
                  : t("shared.emptyBody")}
            </EmptyState>
          </div>
        }
        columns={[
          {
            id: "company",
            header: t("cols.company"),
            className: "lists-company-cell",
            cell: (e) => (
              <>
                <span className="cell-main">{e.companyName}</span>
                <div className="cell-sub">
                  <span className="cc">{e.country}</span>
                </div>
              </>
            ),
          },
          { id: "list", header: t("shared.theirList"), cell: (e) => <ListBadge list={e.list} /> },
          {
            id: "by",
            header: t("shared.sharedBy"),
            cell: (e) => (
              <>
                {e.organizationName}
                <div className="cell-sub">{e.networkName}</div>
              </>
            ),
          },
          {
            id: "reason",
            header: t("cols.reason"),
            className: "lists-reason-cell",
            cell: (e) => (e.reason ? <ReasonText text={e.reason} /> : <span className="small muted">{t("shared.reasonNotShared")}</span>),
          },
          { id: "on", header: t("shared.sharedOn"), className: "small", cell: (e) => formatDate(e.sharedAt) },
        ]}
      />
    </div>
  );
}

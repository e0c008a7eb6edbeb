import { Network, Radar } from "lucide-react";
import { useTranslation } from "react-i18next";
import { PagedTable } from "../components/paged-table";
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
      <PagedTable
        query={query}
        label={t("page.shared")}
        testId="shared-table"
        cols={5}
        skeletonRows={4}
        onOffset={onOffset}
        head={
          <>
            <th scope="col">{t("cols.company")}</th>
            <th scope="col">{t("shared.theirList")}</th>
            <th scope="col">{t("shared.sharedBy")}</th>
            <th scope="col">{t("cols.reason")}</th>
            <th scope="col">{t("shared.sharedOn")}</th>
          </>
        }
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
        row={(e) => (
          <tr key={`${e.networkId}-${e.organizationName}-${e.companyName}-${e.sharedAt}`} data-testid="shared-row">
            <td className="lists-company-cell">
              <span className="cell-main">{e.companyName}</span>
              <div className="cell-sub">
                <span className="cc">{e.country}</span>
              </div>
            </td>
            <td>
              <ListBadge list={e.list} />
            </td>
            <td>
              {e.organizationName}
              <div className="cell-sub">{e.networkName}</div>
            </td>
            <td className="lists-reason-cell">
              {e.reason ? <ReasonText text={e.reason} /> : <span className="small muted">{t("shared.reasonNotShared")}</span>}
            </td>
            <td className="small">{formatDate(e.sharedAt)}</td>
          </tr>
        )}
      />
    </div>
  );
}

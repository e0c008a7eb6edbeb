import "./watchlists.css";
import { useTranslation } from "react-i18next";
import { Navigate, NavLink, useParams } from "react-router-dom";
import { PageHeader } from "../components/states";
import { BatchesTab } from "./batches-tab";
import { ListsTab } from "./lists-tab";
import { NameCheck } from "./name-check";

const TABS = ["lists", "check", "batches"] as const;
const path = (tab: (typeof TABS)[number]) => (tab === "lists" ? "/watchlists" : `/watchlists/${tab}`);

/** Sanctions and watch lists: the lists screened against and their imports, a quick name check, batch screening. */
export default function WatchlistsPage() {
  const { t } = useTranslation("watchlists");
  const { tab = "lists" } = useParams();
  if (!(TABS as readonly string[]).includes(tab)) return <Navigate to="/watchlists" replace />;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav className="tabs" aria-label={t("title")}>
        {TABS.map((x) => (
          <NavLink key={x} to={path(x)} end className="tab" data-testid={`watchlists-tab-${x}`}>
            {t(`tabs.${x}`)}
          </NavLink>
        ))}
      </nav>
      {tab === "lists" && <ListsTab />}
      {tab === "check" && <NameCheck />}
      {tab === "batches" && <BatchesTab />}
    </>
  );
}

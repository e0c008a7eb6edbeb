import "./lists.css";
import { ListPlus, Network } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { useToast } from "../components/toast";
import { ListBadge } from "./list-badge";
import { ListEntryActions } from "./list-entry-actions";
import { ListEntryDialog } from "./list-entry-form";
import { useListEntries, type ListEntry } from "./lists-api";

/** The company page's card: is the company on our black or white list, why, and shared with whom; add or change. */
export function CompanyListsCard({ company }: { company: { id: string; name: string } }) {
  const { t } = useTranslation("lists");
  const { canWrite } = useActiveOrg();
  const toast = useToast();
  const q = useListEntries({ companyId: company.id, limit: 20 });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ListEntry | null>(null);
  const items = q.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="company-lists-title" data-testid="company-lists">
      <div className="card-header">
        <h2 id="company-lists-title">{t("company.title")}</h2>
        <Link to="/screening/lists" className="small">
          {t("company.all")}
        </Link>
      </div>
      <div className="card-body stack">
        {q.isPending ? (
          <p className="small muted" style={{ margin: 0 }}>
            {t("common:loading")}
          </p>
        ) : items.length === 0 ? (
          <p className="small muted" style={{ margin: 0 }}>
            {t("company.none")}
          </p>
        ) : (
          <ul className="lists-shares">
            {items.map((e) => (
              <li key={e.id} data-testid="company-list-entry" style={{ alignItems: "flex-start" }}>
                <span className="stack" style={{ gap: 4, alignItems: "flex-start" }}>
                  <ListBadge list={e.list} />
                  <span className="small lists-reason">{e.reason}</span>
                  {e.shares.length > 0 && (
                    <span className="small muted">
                      <Network size={12} aria-hidden />{" "}
                      {t("company.sharedWith", { networks: e.shares.map((s) => s.networkName).join(", ") })}
                    </span>
                  )}
                </span>
                {canWrite && <ListEntryActions entry={e} onEdit={setEditing} />}
              </li>
            ))}
          </ul>
        )}
        {canWrite && (
          <div className="row">
            <button type="button" className="btn btn-sm" onClick={() => setAdding(true)} data-testid="company-list-add">
              <ListPlus size={14} aria-hidden /> {t("company.add")}
            </button>
          </div>
        )}
      </div>
      <ListEntryDialog
        open={adding || !!editing}
        entry={editing ?? undefined}
        company={editing ? undefined : company}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
        onSaved={() => {
          toast.success(editing ? t("form.saved") : t("form.added"));
          setAdding(false);
          setEditing(null);
        }}
      />
    </section>
  );
}

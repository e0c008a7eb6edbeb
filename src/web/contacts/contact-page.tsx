import { Briefcase, Download, LogOut, Pencil, Plus, ShieldX, Trash2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { EntityTrail } from "../audit/entity-trail";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { formatDate, initials } from "../lib/format";
import { languageName } from "../lib/languages";
import { useContact, useDeleteContact, type Contact } from "./api";
import { ContactFormDialog } from "./contact-form";
import { AddEmploymentDialog, EraseDialog } from "./contact-dialogs";
import { LeaveDialog } from "./leave-dialog";

export default function ContactPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("contacts");
  const { canWrite, isAdmin } = useActiveOrg();
  const q = useContact(id);
  const toast = useToast();
  const navigate = useNavigate();
  const del = useDeleteContact();
  const [dialog, setDialog] = useState<"edit" | "leave" | "employment" | "erase" | "delete" | null>(null);
  const close = () => setDialog(null);

  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data;
  const active = c.employments.filter((e) => e.active);
  const dash = <span className="muted">—</span>;

  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/contacts">{t("list.title")}</Link> <span aria-hidden>/</span> <span>{c.name}</span>
          </>
        }
        title={
          <span className="row" style={{ gap: 12 }}>
            <span className="avatar lg" aria-hidden>
              {initials(c.name)}
            </span>
            <span data-testid="contact-title">{c.name}</span>
          </span>
        }
        description={
          <span className="row" style={{ marginTop: 6 }}>
            {c.roleTitle && <span>{c.roleTitle}</span>}
            {c.currentCompanies.map((co) => (
              <Link key={co.id} to={`/companies/${co.id}`} className="badge badge-primary">
                {co.name}
              </Link>
            ))}
            {active.length === 0 && <span className="badge">{c.employments.length ? t("status.left") : t("status.noCompany")}</span>}
          </span>
        }
        actions={
          <>
            {canWrite && (
              <button type="button" className="btn" onClick={() => setDialog("edit")} data-testid="contact-edit">
                <Pencil size={15} aria-hidden /> {t("common:actions.edit")}
              </button>
            )}
            {canWrite && active.length > 0 && (
              <button type="button" className="btn" onClick={() => setDialog("leave")} data-testid="contact-leave">
                <LogOut size={15} aria-hidden /> {t("leave.button")}
              </button>
            )}
            {isAdmin && (
              <a className="btn" href={`/api/v1/contacts/${c.id}/export`} download data-testid="contact-export">
                <Download size={15} aria-hidden /> {t("gdpr.export")}
              </a>
            )}
            {isAdmin && (
              <button type="button" className="btn btn-ghost" onClick={() => setDialog("erase")} data-testid="contact-erase">
                <ShieldX size={15} aria-hidden /> {t("gdpr.erase")}
              </button>
            )}
            {canWrite && !isAdmin && (
              <button
                type="button"
                className="btn btn-ghost btn-icon"
                onClick={() => setDialog("delete")}
                aria-label={t("detail.delete")}
                title={t("detail.delete")}
              >
                <Trash2 size={16} aria-hidden />
              </button>
            )}
          </>
        }
      />
      <div className="grid-2">
        <div className="stack-lg">
          <section className="card" aria-labelledby="details-title">
            <div className="card-header">
              <h2 id="details-title">{t("detail.details")}</h2>
            </div>
            <div className="card-body">
              <dl className="dl">
                <dt>{t("fields.email")}</dt>
                <dd>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : dash}</dd>
                <dt>{t("fields.phone")}</dt>
                <dd>{c.phone ? <a href={`tel:${c.phone.replace(/\s/g, "")}`}>{c.phone}</a> : dash}</dd>
                <dt>{t("fields.preferredLanguage")}</dt>
                <dd>{c.preferredLanguage ? languageName(c.preferredLanguage, i18n.language) : dash}</dd>
                <dt>{t("fields.notes")}</dt>
                <dd style={{ whiteSpace: "pre-wrap" }}>{c.notes ?? dash}</dd>
                <dt>{t("detail.created")}</dt>
                <dd className="small">{formatDate(c.createdAt)}</dd>
                <dt>{t("detail.updated")}</dt>
                <dd className="small">{formatDate(c.updatedAt)}</dd>
              </dl>
            </div>
          </section>
          <EmploymentHistory contact={c} onAdd={canWrite ? () => setDialog("employment") : undefined} />
        </div>
        <div className="stack-lg">
          {isAdmin && (
            <section className="card card-body" aria-labelledby="gdpr-title">
              <h2 id="gdpr-title" style={{ marginBottom: 8 }}>
                {t("gdpr.title")}
              </h2>
              <p className="small muted">{t("gdpr.body")}</p>
            </section>
          )}
          {isAdmin && <EntityTrail entityId={c.id} />}
        </div>
      </div>

      <ContactFormDialog
        open={dialog === "edit"}
        onClose={close}
        contact={c}
        onSaved={() => {
          close();
          toast.success(t("form.saved"));
        }}
      />
      <LeaveDialog open={dialog === "leave"} onClose={close} contact={c} />
      <AddEmploymentDialog open={dialog === "employment"} onClose={close} contact={c} />
      <EraseDialog
        open={dialog === "erase"}
        onClose={close}
        contact={c}
        onErased={() => {
          close();
          navigate("/contacts", { replace: true });
        }}
      />
      <ConfirmDialog
        open={dialog === "delete"}
        onClose={close}
        danger
        title={t("detail.deleteTitle", { name: c.name })}
        description={t("detail.deleteBody")}
        confirmLabel={t("detail.delete")}
        busy={del.isPending}
        onConfirm={() =>
          del.mutate(c.id, {
            onSuccess: () => {
              toast.success(t("detail.deleted", { name: c.name }));
              navigate("/contacts", { replace: true });
            },
          })
        }
      />
    </>
  );
}

function EmploymentHistory({ contact, onAdd }: { contact: Contact; onAdd?: () => void }) {
  const { t } = useTranslation("contacts");
  return (
    <section className="card" aria-labelledby="history-title">
      <div className="card-header">
        <h2 id="history-title" className="row">
          <Briefcase size={16} aria-hidden /> {t("history.title")}
        </h2>
        {onAdd && (
          <button type="button" className="btn btn-sm" onClick={onAdd}>
            <Plus size={14} aria-hidden /> {t("history.add")}
          </button>
        )}
      </div>
      <div className="card-body">
        {contact.employments.length === 0 ? (
          <p className="muted">{t("history.empty")}</p>
        ) : (
          <ol className="timeline" data-testid="employment-history">
            {contact.employments.map((e) => (
              <li key={e.id} className={e.active ? "active" : ""}>
                <div className="row">
                  <Link to={`/companies/${e.companyId}`} style={{ fontWeight: 600 }}>
                    {e.companyName}
                  </Link>
                  {e.active ? (
                    <span className="badge badge-success">{t("status.current")}</span>
                  ) : (
                    <span className="badge">{t("status.former")}</span>
                  )}
                </div>
                {e.title && <div className="small">{e.title}</div>}
                <div className="small muted">
                  {e.startedOn ? formatDate(e.startedOn) : t("history.unknownStart")} –{" "}
                  {e.endedOn ? formatDate(e.endedOn) : t("history.today")}
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

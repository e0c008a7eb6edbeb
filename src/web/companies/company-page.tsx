import { AlertTriangle, ExternalLink, GitMerge, Pencil, Trash2, UserPlus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { EntityTrail } from "../audit/entity-trail";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { CountryLabel } from "../components/country-select";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { ContactFormDialog } from "../contacts/contact-form";
import { formatDate, initials } from "../lib/format";
import { companySectorLabel, naceSection } from "../lib/nace";
import { useCompany, useCompanyContacts, useDeleteCompany, type Company } from "./api";
import { CompanyFormDialog } from "./company-form";
import { MergeDialog } from "./merge-dialog";
import { CompanyPartnerships } from "../engagements/company-partnerships";
import { CompanyScreeningCard } from "../screening/company-screening";
import { CompanyListsCard } from "../screening/company-lists";

export default function CompanyPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation(["companies", "contacts"]);
  const { canWrite, isAdmin } = useActiveOrg();
  const company = useCompany(id);
  const navigate = useNavigate();
  const toast = useToast();
  const del = useDeleteCompany();
  const [editing, setEditing] = useState(false);
  const [merging, setMerging] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [addingContact, setAddingContact] = useState(false);

  if (company.isPending) return <Loading />;
  if (company.error) return <ErrorState error={company.error} onRetry={() => void company.refetch()} />;
  const c = company.data;
  const section = naceSection(c.naceCode);

  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/companies">{t("list.title")}</Link> <span aria-hidden>/</span> <span>{c.name}</span>
          </>
        }
        title={
          <span className="row" style={{ gap: 12 }}>
            <span className="avatar square lg" aria-hidden>
              {initials(c.name)}
            </span>
            <span data-testid="company-title">{c.name}</span>
          </span>
        }
        description={
          <span className="row" style={{ marginTop: 6 }}>
            <CountryLabel code={c.country} />
            {section && <span className="badge">{t(`nace.${section}`)}</span>}
            {c.sizeClass && <span className="badge">{t(`sizes.${c.sizeClass}`)}</span>}
            {c.tags.map((tag) => (
              <span key={tag} className="badge badge-primary">
                {tag}
              </span>
            ))}
          </span>
        }
        actions={
          canWrite && (
            <>
              <button type="button" className="btn" onClick={() => setEditing(true)} data-testid="company-edit">
                <Pencil size={15} aria-hidden /> {t("common:actions.edit")}
              </button>
              <button type="button" className="btn" onClick={() => setMerging(true)} data-testid="company-merge">
                <GitMerge size={15} aria-hidden /> {t("merge.button")}
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-icon"
                onClick={() => setDeleting(true)}
                aria-label={t("detail.delete")}
                title={t("detail.delete")}
                data-testid="company-delete"
              >
                <Trash2 size={16} aria-hidden />
              </button>
            </>
          )
        }
      />

      {c.activeContactCount === 0 && (
        <div className="alert alert-warning" role="status" style={{ marginBottom: 20 }}>
          <AlertTriangle size={16} aria-hidden />
          <div className="spread" style={{ flex: 1 }}>
            <span>{t("detail.noContactWarning")}</span>
            {canWrite && (
              <button type="button" className="btn btn-sm" onClick={() => setAddingContact(true)}>
                <UserPlus size={14} aria-hidden /> {t("detail.addContact")}
              </button>
            )}
          </div>
        </div>
      )}

      <div className="grid-2">
        <div className="stack-lg">
          <About company={c} />
          <CompanyContacts company={c} onAdd={canWrite ? () => setAddingContact(true) : undefined} />
          <CompanyPartnerships company={c} />
        </div>
        <div className="stack-lg">
          <CompanyScreeningCard company={c} />
          <CompanyListsCard company={c} />
          {isAdmin && <EntityTrail entityId={c.id} />}
        </div>
      </div>

      <CompanyFormDialog
        open={editing}
        onClose={() => setEditing(false)}
        company={c}
        onSaved={() => {
          setEditing(false);
          toast.success(t("form.saved"));
        }}
      />
      <MergeDialog open={merging} onClose={() => setMerging(false)} target={c} />
      <ContactFormDialog
        open={addingContact}
        onClose={() => setAddingContact(false)}
        companyId={c.id}
        onSaved={(contact) => {
          setAddingContact(false);
          toast.success(t("contacts:form.created", { name: contact.name }));
        }}
      />
      <ConfirmDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        danger
        title={t("detail.deleteTitle", { name: c.name })}
        description={t("detail.deleteBody")}
        confirmLabel={t("detail.delete")}
        busy={del.isPending}
        onConfirm={() =>
          del.mutate(c.id, {
            onSuccess: () => {
              toast.success(t("detail.deleted", { name: c.name }));
              navigate("/companies", { replace: true });
            },
          })
        }
      />
    </>
  );
}

function About({ company: c }: { company: Company }) {
  const { t, i18n } = useTranslation("companies");
  const dash = <span className="muted">—</span>;
  return (
    <section className="card" aria-labelledby="about-title">
      <div className="card-header">
        <h2 id="about-title">{t("detail.about")}</h2>
      </div>
      <div className="card-body">
        <dl className="dl">
          <dt>{t("fields.legalForm")}</dt>
          <dd>{c.legalForm ?? dash}</dd>
          <dt>{t("fields.registrationId")}</dt>
          <dd className="mono">{c.registrationId ?? dash}</dd>
          <dt>{t("fields.website")}</dt>
          <dd>{c.website ? <ExtLink href={c.website} /> : dash}</dd>
          <dt>{t("fields.csrPolicy")}</dt>
          <dd>
            {c.csrPolicyUrl ? (
              <ExtLink href={c.csrPolicyUrl} label={t("detail.csrPolicyLink")} />
            ) : (
              <span className="muted">{t("detail.noCsrPolicy")}</span>
            )}
          </dd>
          <dt>{t("fields.sector")}</dt>
          <dd>
            {c.naceCode
              ? `${c.naceCode}${companySectorLabel(c.naceCode, c.naceLabel, i18n.language) ? ` · ${companySectorLabel(c.naceCode, c.naceLabel, i18n.language)}` : ""}`
              : dash}
          </dd>
          <dt>{t("fields.owner")}</dt>
          <dd>{c.owner?.name ?? dash}</dd>
          {c.otherNames.length > 0 && (
            <>
              <dt>{t("fields.otherNames")}</dt>
              <dd>{c.otherNames.join(", ")}</dd>
            </>
          )}
          <dt>{t("fields.description")}</dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{c.description ?? dash}</dd>
          <dt>{t("detail.created")}</dt>
          <dd className="small">{t("detail.byOn", { date: formatDate(c.createdAt), name: c.createdBy?.name ?? "—" })}</dd>
          <dt>{t("detail.updated")}</dt>
          <dd className="small">{t("detail.byOn", { date: formatDate(c.updatedAt), name: c.updatedBy?.name ?? "—" })}</dd>
        </dl>
      </div>
    </section>
  );
}

function ExtLink({ href, label }: { href: string; label?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="row" style={{ display: "inline-flex", gap: 4 }}>
      {label ?? href.replace(/^https?:\/\//, "")}
      <ExternalLink size={13} aria-hidden />
    </a>
  );
}

function CompanyContacts({ company, onAdd }: { company: Company; onAdd?: () => void }) {
  const { t } = useTranslation(["companies", "contacts"]);
  const q = useCompanyContacts(company.id);
  const items = q.data?.items ?? [];
  const atThis = (c: (typeof items)[number]) => c.employments.filter((e) => e.companyId === company.id);
  const active = items.filter((c) => atThis(c).some((e) => e.active));
  const former = items.filter((c) => !atThis(c).some((e) => e.active));
  const row = (c: (typeof items)[number], isActive: boolean) => {
    const e = atThis(c)[0];
    return (
      <tr key={c.id}>
        <td>
          <Link to={`/contacts/${c.id}`} className="cell-main">
            {c.name}
          </Link>
          {company.primaryContactId === c.id && (
            <span className="badge badge-primary" style={{ marginLeft: 8 }}>
              {t("detail.primary")}
            </span>
          )}
          <div className="cell-sub">{e?.title ?? c.roleTitle ?? ""}</div>
        </td>
        <td className="small">{c.email ?? "—"}</td>
        <td className="small muted">
          {isActive
            ? t("detail.since", { date: formatDate(e?.startedOn) || "—" })
            : t("detail.left", { date: formatDate(e?.endedOn) || "—" })}
        </td>
      </tr>
    );
  };
  return (
    <section className="card" aria-labelledby="contacts-title">
      <div className="card-header">
        <h2 id="contacts-title">{t("detail.contacts")}</h2>
        {onAdd && (
          <button type="button" className="btn btn-sm" onClick={onAdd} data-testid="company-add-contact">
            <UserPlus size={14} aria-hidden /> {t("detail.addContact")}
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
        <div className="card-body muted">{t("detail.noContacts")}</div>
      ) : (
        <div className="table-wrap flat">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("contacts:fields.name")}</th>
                <th scope="col">{t("contacts:fields.email")}</th>
                <th scope="col">{t("detail.period")}</th>
              </tr>
            </thead>
            <tbody>
              {active.map((c) => row(c, true))}
              {former.length > 0 && (
                <tr>
                  <th
                    scope="rowgroup"
                    colSpan={3}
                    className="small"
                    style={{ position: "static", background: "var(--color-surface-muted)" }}
                  >
                    {t("detail.formerContacts")}
                  </th>
                </tr>
              )}
              {former.map((c) => row(c, false))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

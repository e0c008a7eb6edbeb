import { Download, Plus, Search, Upload, Users } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ListEmpty } from "../components/list-empty";
import { PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { toQueryString } from "../lib/api";
import { formatDate, formatNumber } from "../lib/format";
import { useDebounced } from "../lib/use-debounced";
import { useContacts, type ContactFilters } from "./api";
import { ContactFormDialog } from "./contact-form";
import { DataTable } from "../components/data-table";

const STATUSES = ["all", "active", "left"] as const;

function read(p: URLSearchParams): ContactFilters {
  return {
    q: p.get("q") ?? "",
    status: p.get("status") ?? "all",
    companyId: p.get("companyId") ?? "",
    sort: p.get("sort") ?? "",
    offset: Number(p.get("offset") ?? 0) || 0,
  };
}
function write(f: ContactFilters) {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  if (f.status && f.status !== "all") p.set("status", f.status);
  if (f.companyId) p.set("companyId", f.companyId);
  if (f.sort) p.set("sort", f.sort);
  if (f.offset) p.set("offset", String(f.offset));
  return p;
}

export default function ContactsPage() {
  const { t } = useTranslation(["contacts", "companies"]);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => read(params), [params]);
  const { canWrite } = useActiveOrg();
  const navigate = useNavigate();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(filters.q);
  const debounced = useDebounced(search, 200);
  const update = (patch: Partial<ContactFilters>, replace = false) => setParams(write({ ...filters, offset: 0, ...patch }), { replace });

  useEffect(() => {
    if (debounced !== filters.q) update({ q: debounced }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  useEffect(() => {
    if (filters.q !== debounced) setSearch(filters.q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters.q]);

  const query = useContacts(filters);
  const data = query.data;
  const filtered = !!(filters.q || filters.status !== "all" || filters.companyId);

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={data ? t("list.count", { count: data.total, formatted: formatNumber(data.total) }) : t("list.description")}
        actions={
          <>
            {(["csv", "xlsx"] as const).map((format) => (
              <a
                key={format}
                className="btn"
                download
                href={`/api/v1/contacts/export${toQueryString({ format, q: filters.q || undefined, status: filters.status !== "all" ? filters.status : undefined, companyId: filters.companyId || undefined, sort: filters.sort || undefined })}`}
                data-testid={`contacts-export-${format}`}
              >
                <Download size={15} aria-hidden /> {t(`companies:list.export${format === "csv" ? "Csv" : "Xlsx"}`)}
              </a>
            ))}
            {canWrite && (
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} data-testid="new-contact">
                <Plus size={15} aria-hidden /> {t("list.new")}
              </button>
            )}
          </>
        }
      />
      <div className="toolbar" role="search">
        <div className="input-group search">
          <Search size={15} aria-hidden />
          <input
            className="input"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t("list.searchPlaceholder")}
            aria-label={t("list.search")}
            data-testid="contacts-search"
          />
        </div>
        <div className="row" role="group" aria-label={t("list.status")} style={{ gap: 4 }}>
          {STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={filters.status === s}
              className={`chip ${filters.status === s ? "active" : ""}`}
              onClick={() => update({ status: s })}
            >
              {t(`status.${s}`)}
            </button>
          ))}
        </div>
        {filters.companyId && (
          <button type="button" className="chip active" onClick={() => update({ companyId: "" })}>
            {t("list.oneCompany")} ✕
          </button>
        )}
      </div>

      <DataTable
        query={query}
        label={t("list.title")}
        testId="contacts-table"
        rowTestId="contact-row"
        rowKey={(c) => c.id}
        rowHref={(c) => `/contacts/${c.id}`}
        onOffset={(offset) => setParams(write({ ...filters, offset }))}
        sort={filters.sort}
        onSort={(sort) => update({ sort })}
        empty={
          <ListEmpty
            ns="contacts"
            icon={Users}
            filtered={filtered}
            onClear={() => setParams(new URLSearchParams())}
            actions={
              canWrite && (
                <div className="row">
                  <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                    <Plus size={15} aria-hidden /> {t("list.new")}
                  </button>
                  <Link className="btn" to="/import?kind=contacts">
                    <Upload size={15} aria-hidden /> {t("list.import")}
                  </Link>
                </div>
              )
            }
          />
        }
        columns={[
          {
            id: "name",
            header: t("fields.name"),
            sort: "name",
            className: "wrap",
            cell: (c) => (
              <>
                <Link to={`/contacts/${c.id}`} className="cell-main">
                  {c.name}
                </Link>
                {c.roleTitle && <div className="cell-sub">{c.roleTitle}</div>}
              </>
            ),
          },
          {
            id: "company",
            header: t("fields.company"),
            className: "wrap",
            cell: (c) =>
              c.currentCompanies.length ? (
                c.currentCompanies.map((co, i) => (
                  <span key={co.id}>
                    {i > 0 && ", "}
                    <Link to={`/companies/${co.id}`}>{co.name}</Link>
                  </span>
                ))
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            id: "email",
            header: t("fields.email"),
            className: "small",
            cell: (c) => (c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : <span className="muted">—</span>),
          },
          { id: "phone", header: t("fields.phone"), className: "small", cell: (c) => c.phone ?? <span className="muted">—</span> },
          {
            id: "status",
            header: t("list.statusColumn"),
            cell: (c) =>
              c.currentCompanies.length ? (
                <span className="badge badge-success">{t("status.active")}</span>
              ) : (
                <span className="badge">{c.employments.length ? t("status.left") : t("status.noCompany")}</span>
              ),
          },
          { id: "updated", header: t("fields.updated"), sort: "updatedAt", className: "small muted", cell: (c) => formatDate(c.updatedAt) },
        ]}
      />
      <ContactFormDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(c) => {
          setCreating(false);
          toast.success(t("form.created", { name: c.name }));
          navigate(`/contacts/${c.id}`);
        }}
      />
    </>
  );
}

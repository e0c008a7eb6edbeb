import "./companies.css";
import { AlertTriangle, Building2, Download, Plus, Search, Upload } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ListEmpty } from "../components/list-empty";
import { PageHeader } from "../components/states";
import { ScreeningStatusBadge } from "../screening/status-badge";
import { useToast } from "../components/toast";
import { countryName } from "../lib/countries";
import { formatDate, formatNumber } from "../lib/format";
import { useDebounced } from "../lib/use-debounced";
import { exportUrl, useCompanies, type CompanyFilters } from "./api";
import { CompanyFilterBar } from "./filters";
import { CompanyFormDialog } from "./company-form";
import { DataTable } from "../components/data-table";
import { companySectorLabel } from "../lib/nace";

const list = (s: string | null) => (s ? s.split(",").filter(Boolean) : []);

function readFilters(p: URLSearchParams): CompanyFilters {
  return {
    q: p.get("q") ?? "",
    country: list(p.get("country")),
    sector: list(p.get("sector")),
    size: list(p.get("size")),
    tag: list(p.get("tag")),
    owner: p.get("owner") ?? "",
    noActiveContact: p.get("noActiveContact") === "true",
    screening: p.get("screening") ?? "",
    sort: p.get("sort") ?? "",
    offset: Number(p.get("offset") ?? 0) || 0,
  };
}

function writeFilters(f: CompanyFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  for (const k of ["country", "sector", "size", "tag"] as const) if (f[k].length) p.set(k, f[k].join(","));
  if (f.owner) p.set("owner", f.owner);
  if (f.noActiveContact) p.set("noActiveContact", "true");
  if (f.screening) p.set("screening", f.screening);
  if (f.sort) p.set("sort", f.sort);
  if (f.offset) p.set("offset", String(f.offset));
  return p;
}

/** The business register: server-side search, filters, sorting and paging, all held in the URL. */
export default function CompaniesPage() {
  const { t, i18n } = useTranslation(["companies", "screening"]);
  const sectorLabel = (code: string | null, stored: string | null) => companySectorLabel(code, stored, i18n.language);
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const { canWrite } = useActiveOrg();
  const navigate = useNavigate();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(filters.q);
  const debounced = useDebounced(search, 200);

  const update = (patch: Partial<CompanyFilters>, replace = false) => {
    const next = { ...filters, offset: 0, ...patch };
    setParams(writeFilters(next), { replace });
  };

  useEffect(() => {
    if (debounced !== filters.q) update({ q: debounced }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  useEffect(() => {
    // Back/forward navigation changes the URL: show its search text.
    if (filters.q !== debounced) setSearch(filters.q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters.q]);

  const query = useCompanies(filters);
  const data = query.data;
  const filtered = !!(
    filters.q ||
    filters.country.length ||
    filters.sector.length ||
    filters.size.length ||
    filters.tag.length ||
    filters.owner ||
    filters.noActiveContact ||
    filters.screening
  );

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={data ? t("list.count", { count: data.total, formatted: formatNumber(data.total) }) : t("list.description")}
        actions={
          <>
            <a className="btn" href={exportUrl(filters, "csv")} download data-testid="export-csv">
              <Download size={15} aria-hidden /> {t("list.exportCsv")}
            </a>
            <a className="btn" href={exportUrl(filters, "xlsx")} download data-testid="export-xlsx">
              <Download size={15} aria-hidden /> {t("list.exportXlsx")}
            </a>
            {canWrite && (
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} data-testid="new-company">
                <Plus size={15} aria-hidden /> {t("list.new")}
              </button>
            )}
          </>
        }
      />

      <div className="toolbar companies-toolbar" role="search">
        <div className="input-group search">
          <Search size={15} aria-hidden />
          <input
            className="input"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t("list.searchPlaceholder")}
            aria-label={t("list.search")}
            data-testid="companies-search"
          />
        </div>
        <CompanyFilterBar filters={filters} onChange={(patch) => update(patch)} />
      </div>

      <DataTable
        query={query}
        label={t("list.title")}
        testId="companies-table"
        tableClassName="companies-table"
        rowTestId="company-row"
        rowKey={(c) => c.id}
        rowHref={(c) => `/companies/${c.id}`}
        sort={filters.sort}
        onSort={(sort) => update({ sort })}
        onOffset={(offset) => setParams(writeFilters({ ...filters, offset }))}
        empty={
          <ListEmpty
            ns="companies"
            icon={Building2}
            filtered={filtered}
            onClear={() => setParams(new URLSearchParams())}
            actions={
              canWrite && (
                <div className="row">
                  <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
                    <Plus size={15} aria-hidden /> {t("list.new")}
                  </button>
                  <Link className="btn" to="/import">
                    <Upload size={15} aria-hidden /> {t("list.importSpreadsheet")}
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
            className: "companies-name",
            cell: (c) => (
              <>
                <div className="companies-name-line">
                  <Link to={`/companies/${c.id}`} className="cell-main">
                    {c.name}
                  </Link>
                  {c.activeContactCount === 0 && (
                    <span className="badge badge-warning" title={t("list.noContactHint")} data-testid="no-contact-badge">
                      <AlertTriangle size={12} aria-hidden /> {t("list.noContact")}
                    </span>
                  )}
                </div>
                <div className="cell-sub">
                  {c.registrationId && <span className="mono">{c.registrationId}</span>}
                  {c.registrationId && c.activeContactCount > 0 && " · "}
                  {c.activeContactCount > 0 && t("list.activeContacts", { count: c.activeContactCount })}
                </div>
              </>
            ),
          },
          {
            id: "country",
            header: t("fields.country"),
            sort: "country",
            cell: (c) =>
              c.country ? (
                <span className="cc" title={countryName(c.country, i18n.language)}>
                  <span aria-hidden>{c.country}</span>
                  <span className="sr-only">{countryName(c.country, i18n.language)}</span>
                </span>
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            id: "sector",
            header: t("fields.sector"),
            cell: (c) =>
              c.naceCode ? (
                <span
                  className="companies-sector"
                  title={sectorLabel(c.naceCode, c.naceLabel) ? `${c.naceCode} · ${sectorLabel(c.naceCode, c.naceLabel)}` : undefined}
                >
                  <span className="mono">{c.naceCode}</span>
                  {sectorLabel(c.naceCode, c.naceLabel) && (
                    <span className="cell-sub truncate">{sectorLabel(c.naceCode, c.naceLabel)}</span>
                  )}
                </span>
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            id: "size",
            header: t("fields.size"),
            cell: (c) =>
              c.sizeClass ? (
                <span className="badge" title={t(`sizes.${c.sizeClass}`)}>
                  {t(`sizesShort.${c.sizeClass}`)}
                </span>
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            id: "tags",
            header: t("fields.tags"),
            cell: (c) => (
              <div className="tag-list" style={{ flexWrap: "nowrap" }}>
                {c.tags.slice(0, 1).map((tag) => (
                  <span key={tag} className="badge badge-primary companies-tag" title={tag}>
                    {tag}
                  </span>
                ))}
                {c.tags.length > 1 && (
                  <span className="badge" title={c.tags.slice(1).join(", ")}>
                    +{c.tags.length - 1}
                  </span>
                )}
              </div>
            ),
          },
          {
            id: "screening",
            header: t("screening:filter.label"),
            className: "companies-screening",
            cell: (c) => <ScreeningStatusBadge screening={c.screening} />,
          },
          {
            id: "owner",
            header: `${t("fields.owner")} · ${t("fields.updated")}`,
            sort: "updatedAt",
            className: "companies-col-owner",
            cell: (c) => (
              <>
                {c.owner?.name ? (
                  <span className="companies-owner" title={c.owner.name}>
                    {c.owner.name}
                  </span>
                ) : (
                  <span className="muted">—</span>
                )}
                <div className="cell-sub">{formatDate(c.updatedAt)}</div>
              </>
            ),
          },
        ]}
      />

      <CompanyFormDialog
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(c) => {
          setCreating(false);
          toast.success(t("form.created", { name: c.name }));
          navigate(`/companies/${c.id}`);
        }}
      />
    </>
  );
}

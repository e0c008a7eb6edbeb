import "./knowledge.css";
import { BookOpen, Plus, Search } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { KNOWLEDGE_KINDS, KNOWLEDGE_NEEDS, KNOWLEDGE_SCOPES } from "../../domains/knowledge/knowledge.constants";
import { useActiveOrg } from "../app/session";
import { type Column, DataTable } from "../components/data-table";
import { EmptyState, PageHeader } from "../components/states";
import { useModes } from "../engagements/api";
import { modeLabel } from "../lib/built-in";
import { countryOptions } from "../lib/countries";
import { formatDate } from "../lib/format";
import { NACE_DIVISIONS, naceDivisionLabel } from "../lib/nace";
import { useDebounced } from "../lib/use-debounced";
import { type KnowledgeFilters, type KnowledgeSummary, KNOWLEDGE_PAGE_SIZE, useKnowledgeList } from "./api";
import { TagList } from "./tags";

const FILTER_KEYS = ["q", "kind", "language", "scope", "need", "mode", "sector", "country"] as const;

/** The knowledge hub: search in the items' own languages, filters by kind, language, scope and tags. */
export default function KnowledgePage() {
  const { t, i18n } = useTranslation(["knowledge", "engagements"]);
  const [params, setParams] = useSearchParams();
  const uiLanguage = i18n.language.startsWith("de") ? "de" : "en";
  const f: KnowledgeFilters = useMemo(
    () => ({
      q: params.get("q") ?? "",
      kind: params.get("kind") ?? "",
      // The reader's language unless they chose another (or every language: "all").
      language: params.has("language") ? (params.get("language") === "all" ? "" : (params.get("language") ?? "")) : uiLanguage,
      scope: params.get("scope") ?? "",
      need: params.get("need") ?? "",
      mode: params.get("mode") ?? "",
      sector: params.get("sector") ?? "",
      country: params.get("country") ?? "",
      mine: params.get("mine") === "true",
      offset: Number(params.get("offset") ?? 0) || 0,
    }),
    [params, uiLanguage],
  );
  const { canWrite } = useActiveOrg();
  const modes = useModes();
  const [search, setSearch] = useState(f.q);
  const debounced = useDebounced(search, 250);
  const query = useKnowledgeList(f);

  const update = (patch: Partial<KnowledgeFilters>, replace = false) => {
    const next = { ...f, offset: 0, ...patch };
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS) {
      if (k === "language") {
        if (next.language !== uiLanguage) p.set("language", next.language || "all");
      } else if (next[k]) p.set(k, next[k]);
    }
    if (next.mine) p.set("mine", "true");
    if (next.offset) p.set("offset", String(next.offset));
    setParams(p, { replace });
  };
  useEffect(() => {
    if (debounced !== f.q) update({ q: debounced }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const filtered = !!(f.q || f.kind || f.scope || f.need || f.mode || f.sector || f.country || f.mine);
  const columns: Column<KnowledgeSummary>[] = [
    {
      id: "title",
      header: t("fields.title"),
      className: "wrap kn-title-col",
      cell: (k) => (
        <>
          <Link to={`/knowledge/${k.id}`} className="cell-main" data-testid="knowledge-link">
            {k.title}
          </Link>
          <div className="cell-sub kn-excerpt">{k.excerpt}</div>
          <TagList tags={k.tags} />
        </>
      ),
    },
    { id: "kind", header: t("fields.kind"), cell: (k) => <span className="badge">{t(`kinds.${k.kind}`)}</span> },
    {
      id: "scope",
      header: t("fields.scope"),
      cell: (k) => (
        <span className={`badge kn-scope-${k.scope}`}>
          {k.status === "draft" ? t("status.draft") : k.scope === "network" && k.network ? k.network.name : t(`scopes.${k.scope}`)}
        </span>
      ),
    },
    {
      id: "source",
      header: t("fields.source"),
      className: "small",
      cell: (k) => (
        <>
          <div>{k.builtIn ? t("builtIn") : (k.organization?.name ?? "")}</div>
          <div className="muted">{k.language.toUpperCase()}</div>
        </>
      ),
    },
    { id: "reviewed", header: t("fields.reviewedOn"), className: "small muted", cell: (k) => formatDate(k.reviewedOn) },
  ];

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          canWrite && (
            <Link className="btn btn-primary" to="/knowledge/new" data-testid="knowledge-new">
              <Plus size={15} aria-hidden /> {t("list.new")}
            </Link>
          )
        }
      />
      <div className="toolbar kn-toolbar" role="search">
        <div className="input-group search">
          <Search size={15} aria-hidden />
          <input
            className="input"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t("list.searchPlaceholder")}
            aria-label={t("list.search")}
            data-testid="knowledge-search"
          />
        </div>
        <FilterSelect
          label={t("fields.language")}
          value={f.language}
          onChange={(language) => update({ language })}
          testId="filter-language"
        >
          <option value="">{t("list.allLanguages")}</option>
          <option value="en">{t("languages.en")}</option>
          <option value="de">{t("languages.de")}</option>
        </FilterSelect>
        <FilterSelect label={t("fields.kind")} value={f.kind} onChange={(kind) => update({ kind })} testId="filter-kind">
          <option value="">{t("list.all")}</option>
          {KNOWLEDGE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t("fields.need")} value={f.need} onChange={(need) => update({ need })} testId="filter-need">
          <option value="">{t("list.all")}</option>
          {KNOWLEDGE_NEEDS.map((n) => (
            <option key={n} value={n}>
              {t(`needs.${n}`)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t("fields.mode")} value={f.mode} onChange={(mode) => update({ mode })} testId="filter-mode">
          <option value="">{t("list.all")}</option>
          {(modes.data?.items ?? [])
            .filter((m) => !m.archived)
            .map((m) => (
              <option key={m.key} value={m.key}>
                {modeLabel((k, o) => t(`engagements:${k}`, o), m.key, m.label)}
              </option>
            ))}
        </FilterSelect>
        <FilterSelect label={t("fields.sector")} value={f.sector} onChange={(sector) => update({ sector })} testId="filter-sector">
          <option value="">{t("list.all")}</option>
          {NACE_DIVISIONS.map((code) => (
            <option key={code} value={code}>
              {code} {naceDivisionLabel(code)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t("fields.country")} value={f.country} onChange={(country) => update({ country })} testId="filter-country">
          <option value="">{t("list.all")}</option>
          {countryOptions(i18n.language).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect label={t("fields.scope")} value={f.scope} onChange={(scope) => update({ scope })} testId="filter-scope">
          <option value="">{t("list.all")}</option>
          {KNOWLEDGE_SCOPES.map((s) => (
            <option key={s} value={s}>
              {t(`scopes.${s}`)}
            </option>
          ))}
        </FilterSelect>
        <label className={`chip ${f.mine ? "active" : ""}`}>
          <input type="checkbox" checked={f.mine} onChange={(e) => update({ mine: e.target.checked })} data-testid="filter-mine" />
          <span>{t("list.mine")}</span>
        </label>
      </div>
      <DataTable
        columns={columns}
        query={query}
        label={t("list.title")}
        testId="knowledge-table"
        rowTestId="knowledge-row"
        rowKey={(k) => k.id}
        rowHref={(k) => `/knowledge/${k.id}`}
        onOffset={(offset) => update({ offset })}
        skeletonRows={Math.min(8, KNOWLEDGE_PAGE_SIZE)}
        empty={
          <div className="card">
            <EmptyState icon={BookOpen} title={filtered ? t("list.noMatchTitle") : t("list.emptyTitle")}>
              {filtered ? t("list.noMatchBody") : t("list.emptyBody")}
            </EmptyState>
          </div>
        }
      />
    </>
  );
}

function FilterSelect({
  label,
  value,
  onChange,
  testId,
  children,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <label className={`chip ${value ? "active" : ""}`}>
      <span>{label}:</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {children}
      </select>
    </label>
  );
}

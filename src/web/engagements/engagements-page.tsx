import "./engagements.css";
import { Columns3, Handshake, Plus, Search, Table2, X } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { MultiSelectFilter } from "../components/multi-select";
import { ListEmpty } from "../components/list-empty";
import { ExportButtons } from "../components/export-buttons";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { formatDate, formatNumber } from "../lib/format";
import { useMembers } from "../lib/members";
import { useDebounced } from "../lib/use-debounced";
import { STAGES, useBoard, useEngagementList, useModes, type EngagementFilters, type EngagementStage } from "./api";
import { ModeBadges, ScreeningBadge, StageBadge, useModeLabel, WarningBadges } from "./badges";
import { Board } from "./board";
import { EngagementFormDialog } from "./engagement-form";
import { DataTable } from "../components/data-table";
import { isHealthStage, usePortfolioHealth } from "../health/api";
import { OutlookBadge, useHealthText } from "../health/health-card";

const list = (s: string | null) => (s ? s.split(",").filter(Boolean) : []);

function readFilters(p: URLSearchParams): EngagementFilters {
  return {
    view: p.get("view") === "table" ? "table" : "board",
    q: p.get("q") ?? "",
    stage: list(p.get("stage")),
    mode: list(p.get("mode")),
    owner: p.get("owner") ?? "",
    sort: p.get("sort") ?? "",
    offset: Number(p.get("offset") ?? 0) || 0,
  };
}

function writeFilters(f: EngagementFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.view === "table") p.set("view", "table");
  if (f.q) p.set("q", f.q);
  if (f.stage.length) p.set("stage", f.stage.join(","));
  if (f.mode.length) p.set("mode", f.mode.join(","));
  if (f.owner) p.set("owner", f.owner);
  if (f.sort) p.set("sort", f.sort);
  if (f.offset) p.set("offset", String(f.offset));
  return p;
}

/** Partnerships: the pipeline as a kanban board or a table, with the same filters, all held in the URL. */
export default function EngagementsPage() {
  const { t } = useTranslation("engagements");
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const { canWrite, me } = useActiveOrg();
  const navigate = useNavigate();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(filters.q);
  const debounced = useDebounced(search, 200);

  const update = (patch: Partial<EngagementFilters>, replace = false) =>
    setParams(writeFilters({ ...filters, offset: 0, ...patch }), { replace });

  useEffect(() => {
    if (debounced !== filters.q) update({ q: debounced }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  useEffect(() => {
    if (filters.q !== debounced) setSearch(filters.q);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters.q]);

  const filtered = !!(filters.q || filters.stage.length || filters.mode.length || filters.owner);

  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          <>
            <div className="segmented" role="group" aria-label={t("list.view")}>
              <button
                type="button"
                aria-pressed={filters.view === "board"}
                onClick={() => update({ view: "board" })}
                data-testid="view-board"
              >
                <Columns3 size={15} aria-hidden /> {t("list.board")}
              </button>
              <button
                type="button"
                aria-pressed={filters.view === "table"}
                onClick={() => update({ view: "table" })}
                data-testid="view-table"
              >
                <Table2 size={15} aria-hidden /> {t("list.table")}
              </button>
            </div>
            {filters.view === "table" && (
              <ExportButtons
                path="/engagements/export"
                query={{
                  q: filters.q.trim() || undefined,
                  stage: filters.stage,
                  mode: filters.mode,
                  ownerId: filters.owner || undefined,
                  sort: filters.sort || undefined,
                }}
              />
            )}
            {canWrite && (
              <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} data-testid="new-engagement">
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
            data-testid="engagements-search"
          />
        </div>
        <FilterBar filters={filters} onChange={(patch) => update(patch)} />
      </div>

      {filters.view === "board" ? (
        <BoardView
          filters={filters}
          filtered={filtered}
          onCreate={canWrite ? () => setCreating(true) : undefined}
          onClear={() => setParams(new URLSearchParams())}
        />
      ) : (
        <TableView
          filters={filters}
          filtered={filtered}
          onChange={update}
          onClear={() => setParams(new URLSearchParams({ view: "table" }))}
        />
      )}

      <EngagementFormDialog
        open={creating}
        onClose={() => setCreating(false)}
        defaultOwnerId={me?.user.id}
        onSaved={(e) => {
          setCreating(false);
          toast.success(t("form.created", { title: e.title }));
          navigate(`/partnerships/${e.id}`);
        }}
      />
    </>
  );
}

function FilterBar({ filters, onChange }: { filters: EngagementFilters; onChange: (patch: Partial<EngagementFilters>) => void }) {
  const { t } = useTranslation("engagements");
  const members = useMembers();
  const modes = useModes();
  const modeLabel = useModeLabel();
  const any = filters.stage.length || filters.mode.length || filters.owner;
  return (
    <>
      <MultiSelectFilter
        label={t("fields.stage")}
        options={STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
        value={filters.stage}
        onChange={(stage) => onChange({ stage })}
        testId="filter-stage"
      />
      <MultiSelectFilter
        label={t("fields.modes")}
        options={(modes.data?.items ?? []).map((m) => ({ value: m.key, label: modeLabel(m.key) }))}
        value={filters.mode}
        onChange={(mode) => onChange({ mode })}
        testId="filter-mode"
      />
      <label className={`chip ${filters.owner ? "active" : ""}`}>
        <span>{t("fields.owner")}:</span>
        <select value={filters.owner} onChange={(e) => onChange({ owner: e.target.value })} data-testid="filter-owner">
          <option value="">{t("filters.anyone")}</option>
          <option value="none">{t("filters.noOwner")}</option>
          {members.data?.items.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
      {any ? (
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange({ stage: [], mode: [], owner: "" })}>
          <X size={14} aria-hidden /> {t("common:filters.clearAll")}
        </button>
      ) : null}
    </>
  );
}

function NoneYet({ filtered, onCreate, onClear }: { filtered: boolean; onCreate?: () => void; onClear: () => void }) {
  const { t } = useTranslation("engagements");
  const create = onCreate && (
    <button type="button" className="btn btn-primary" onClick={onCreate}>
      <Plus size={15} aria-hidden /> {t("list.new")}
    </button>
  );
  return <ListEmpty ns="engagements" icon={Handshake} filtered={filtered} onClear={onClear} actions={create} />;
}

function BoardView({
  filters,
  filtered,
  onCreate,
  onClear,
}: {
  filters: EngagementFilters;
  filtered: boolean;
  onCreate?: () => void;
  onClear: () => void;
}) {
  const board = useBoard(filters);
  if (board.error) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;
  if (!board.data) return <Loading />;
  const total = board.data.columns.reduce((n, c) => n + c.total, 0);
  if (total === 0 && !filtered) return <NoneYet filtered={false} onCreate={onCreate} onClear={onClear} />;
  const visible = (filters.stage.length ? STAGES.filter((s) => filters.stage.includes(s)) : STAGES) as EngagementStage[];
  return (
    <div aria-busy={board.isFetching}>
      {total === 0 && <NoneYet filtered onClear={onClear} />}
      {total > 0 && <Board columns={board.data.columns} visibleStages={visible} />}
    </div>
  );
}

function TableView({
  filters,
  filtered,
  onChange,
  onClear,
}: {
  filters: EngagementFilters;
  filtered: boolean;
  onChange: (p: Partial<EngagementFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation("engagements");
  const query = useEngagementList(filters);
  const data = query.data;
  // Running partnerships show their health under the stage (one request for the whole portfolio).
  const health = usePortfolioHealth(!!data?.items.some((e) => isHealthStage(e.stage)));
  const healthOf = new Map(health.data?.items.map((h) => [h.engagementId, h]));
  const healthText = useHealthText();
  const why = (id: string) => {
    const x = healthOf.get(id)?.topExplanations[0];
    return x ? healthText(x.code, x.values, x.text) : undefined;
  };
  return (
    <>
      <p className="muted small" style={{ marginBottom: 8 }} aria-live="polite">
        {data && data.total > 0 ? t("list.count", { count: data.total, formatted: formatNumber(data.total) }) : ""}
      </p>
      <DataTable
        query={query}
        label={t("list.title")}
        testId="engagements-table"
        tableClassName="engagements-table"
        rowTestId="engagement-row"
        rowKey={(e) => e.id}
        rowHref={(e) => `/partnerships/${e.id}`}
        sort={filters.sort}
        onSort={(sort) => onChange({ sort })}
        onOffset={(offset) => onChange({ offset })}
        empty={<NoneYet filtered={filtered} onClear={onClear} />}
        columns={[
          {
            id: "title",
            header: t("fields.title"),
            sort: "title",
            className: "wrap",
            cell: (e) => (
              <>
                <Link to={`/partnerships/${e.id}`} className="cell-main">
                  {e.title}
                </Link>
                <div className="cell-sub">{e.company.name}</div>
              </>
            ),
          },
          {
            id: "stage",
            header: t("fields.stage"),
            cell: (e) => (
              <div className="stack" style={{ gap: 4, alignItems: "flex-start" }}>
                <StageBadge stage={e.stage} />
                {healthOf.has(e.id) && (
                  <OutlookBadge outlook={healthOf.get(e.id)!.outlook} score={healthOf.get(e.id)!.score} title={why(e.id)} />
                )}
              </div>
            ),
          },
          { id: "modes", header: t("fields.modes"), className: "cell-badges", cell: (e) => <ModeBadges modes={e.modes} max={2} /> },
          {
            id: "owner",
            // The date under the owner, so the warnings fit at 1366 px without scrolling.
            header: `${t("fields.owner")} · ${t("fields.updated")}`,
            sort: "updatedAt",
            cell: (e) => (
              <>
                {e.owner?.name ?? <span className="muted">—</span>}
                <div className="cell-sub">{formatDate(e.updatedAt)}</div>
              </>
            ),
          },
          {
            id: "screening",
            header: t("fields.screening"),
            className: "cell-badges engagements-col-screening",
            cell: (e) => <ScreeningBadge screening={e.screening} />,
          },
          {
            id: "warnings",
            header: t("fields.warnings"),
            className: "cell-badges engagements-col-warnings",
            cell: (e) => <WarningBadges warnings={e.warnings} flagCount={e.flags.length} />,
          },
        ]}
      />
    </>
  );
}

import "./lists.css";
import { Info, ListChecks, Network, Plus, Search } from "lucide-react";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { ConfirmDialog } from "../components/confirm-dialog";
import { DataTable } from "../components/data-table";
import { EmptyState, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { formatDate } from "../lib/format";
import { useDebounced } from "../lib/use-debounced";
import { ListBadge } from "./list-badge";
import { ListEntryActions } from "./list-entry-actions";
import { ReasonText } from "./reason-text";
import { ListEntryDialog } from "./list-entry-form";
import { ShareDialog } from "./list-share-dialog";
import { LIST_KINDS, useDeleteListEntry, useListEntries, type ListEntry, type ListKind } from "./lists-api";
import { SharedEntries } from "./lists-shared";

type View = "own" | "shared";

/** The organisation's black and white lists with reasons, sharing with networks, and what the networks share. */
export default function ListsPage() {
  const { t } = useTranslation("lists");
  const [params, setParams] = useSearchParams();
  const f = useMemo(
    () => ({
      view: (params.get("view") === "shared" ? "shared" : "own") as View,
      q: params.get("q") ?? "",
      list: ((LIST_KINDS as string[]).includes(params.get("list") ?? "") ? params.get("list") : "") as ListKind | "",
      offset: Number(params.get("offset") ?? 0) || 0,
    }),
    [params],
  );
  const { canWrite } = useActiveOrg();
  const toast = useToast();
  const [adding, setAdding] = useState(false);
  const [search, setSearch] = useState(f.q);
  const debounced = useDebounced(search, 200);

  const update = (patch: Partial<typeof f>, replace = false) => {
    const next = { ...f, offset: 0, ...patch };
    const p = new URLSearchParams();
    if (next.view === "shared") p.set("view", "shared");
    if (next.q) p.set("q", next.q);
    if (next.list) p.set("list", next.list);
    if (next.offset) p.set("offset", String(next.offset));
    setParams(p, { replace });
  };
  useEffect(() => {
    if (debounced !== f.q) update({ q: debounced }, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const tab = (v: View, label: string) => (
    <Link
      to={v === "shared" ? "?view=shared" : "?"}
      className="tab"
      aria-current={f.view === v ? "page" : undefined}
      onClick={() => setSearch("")}
      data-testid={`lists-tab-${v}`}
    >
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader
        title={t("page.title")}
        description={t("page.description")}
        actions={
          canWrite &&
          f.view === "own" && (
            <button type="button" className="btn btn-primary" onClick={() => setAdding(true)} data-testid="list-add">
              <Plus size={15} aria-hidden /> {t("page.add")}
            </button>
          )
        }
      />
      <nav className="tabs" aria-label={t("page.title")}>
        {tab("own", t("page.own"))}
        {tab("shared", t("page.shared"))}
      </nav>
      <div className="toolbar" role="search">
        <div className="input-group search">
          <Search size={15} aria-hidden />
          <input
            className="input"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t("page.searchPlaceholder")}
            aria-label={t("page.search")}
            data-testid="lists-search"
          />
        </div>
        <label className={`chip ${f.list ? "active" : ""}`}>
          <span>{t("page.list")}:</span>
          <select value={f.list} onChange={(e) => update({ list: e.target.value as ListKind | "" })} data-testid="lists-filter">
            <option value="">{t("page.bothLists")}</option>
            {LIST_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {f.view === "own" ? (
        <OwnEntries f={f} onOffset={(offset) => update({ offset })} onAdd={() => setAdding(true)} />
      ) : (
        <SharedEntries f={f} onOffset={(offset) => update({ offset })} />
      )}
      <ListEntryDialog
        open={adding}
        onClose={() => setAdding(false)}
        defaultList={f.list || "black"}
        onSaved={() => {
          setAdding(false);
          toast.success(t("form.added"));
        }}
      />
    </>
  );
}

function OwnEntries({
  f,
  onOffset,
  onAdd,
}: {
  f: { q: string; list: ListKind | ""; offset: number };
  onOffset: (o: number) => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation("lists");
  const { canWrite, isAdmin } = useActiveOrg();
  const toast = useToast();
  const query = useListEntries(f);
  const del = useDeleteListEntry();
  const [editing, setEditing] = useState<ListEntry | null>(null);
  const [sharing, setSharing] = useState<ListEntry | null>(null);
  const [removing, setRemoving] = useState<ListEntry | null>(null);
  const filtered = !!(f.q || f.list);
  return (
    <>
      {!canWrite ? (
        <p className="small muted" data-testid="lists-readonly">
          <Info size={14} aria-hidden /> {t("page.readOnly")}
        </p>
      ) : (
        !isAdmin && (
          <p className="small muted">
            <Info size={14} aria-hidden /> {t("page.adminsShare")}
          </p>
        )
      )}
      <DataTable
        query={query}
        label={t("page.own")}
        testId="lists-table"
        rowTestId="list-row"
        rowKey={(e) => e.id}
        skeletonRows={5}
        onOffset={onOffset}
        empty={
          <div className="card">
            <EmptyState
              icon={ListChecks}
              title={filtered ? t("page.noMatch") : t("page.emptyTitle")}
              action={
                canWrite &&
                !filtered && (
                  <button type="button" className="btn btn-primary" onClick={onAdd}>
                    <Plus size={15} aria-hidden /> {t("page.add")}
                  </button>
                )
              }
            >
              {filtered ? t("page.noMatchBody") : t("page.emptyBody")}
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
                {e.companyId ? (
                  <Link to={`/companies/${e.companyId}`} className="cell-main">
                    {e.companyName}
                  </Link>
                ) : (
                  <span className="cell-main">{e.companyName}</span>
                )}
                <div className="cell-sub">
                  <span className="cc">{e.country}</span> {e.companyId ? "" : t("page.notInRegister")}
                </div>
              </>
            ),
          },
          { id: "list", header: t("cols.list"), cell: (e) => <ListBadge list={e.list} /> },
          { id: "reason", header: t("cols.reason"), className: "lists-reason-cell", cell: (e) => <ReasonText text={e.reason} /> },
          {
            id: "shared",
            header: t("cols.shared"),
            cell: (e) =>
              e.shares.length ? (
                <span className="lists-chips">
                  {e.shares.map((s) => (
                    <span key={s.networkId} className="badge badge-primary" title={t(`share.modes.${s.mode}`)}>
                      <Network size={12} aria-hidden /> {s.networkName} · {t(`share.short.${s.mode}`)}
                    </span>
                  ))}
                </span>
              ) : (
                <span className="small muted">{t("page.notShared")}</span>
              ),
          },
          {
            id: "changed",
            header: t("cols.changed"),
            className: "small",
            cell: (e) => (
              <>
                {formatDate(e.updatedAt)}
                <div className="cell-sub">{e.updatedBy?.name ?? "—"}</div>
              </>
            ),
          },
          ...(canWrite
            ? [
                {
                  id: "actions",
                  header: t("cols.actions"),
                  cell: (e: ListEntry) => (
                    <ListEntryActions entry={e} onEdit={setEditing} onShare={isAdmin ? setSharing : undefined} onRemove={setRemoving} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <ListEntryDialog
        open={!!editing}
        entry={editing ?? undefined}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          toast.success(t("form.saved"));
        }}
      />
      <ShareDialog entry={sharing} onClose={() => setSharing(null)} />
      <ConfirmDialog
        open={!!removing}
        onClose={() => setRemoving(null)}
        danger
        title={t(`remove.title.${removing?.list ?? "black"}`, { name: removing?.companyName ?? "" })}
        description={removing?.shares.length ? t("remove.bodyShared", { count: removing.shares.length }) : t("remove.body")}
        confirmLabel={t("remove.confirm")}
        busy={del.isPending}
        onConfirm={() => {
          if (!removing) return;
          del.mutate(removing.id, {
            onSuccess: () => {
              toast.success(t("remove.done", { name: removing.companyName }));
              setRemoving(null);
            },
          });
        }}
      />
    </>
  );
}

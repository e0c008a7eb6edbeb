import "../engagements/engagements.css";
import { ExternalLink, Globe2, ListChecks, Mail, Pencil, Trash2, Users } from "lucide-react";
import { useMe } from "../app/session";
import { AssessmentRoundsCard } from "../assessment/rounds-card";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { AddButton } from "../components/add-button";
import { ConfirmDialog } from "../components/confirm-dialog";
import { DataTable } from "../components/data-table";
import { FormError } from "../components/field";
import { FormDialog, FormField } from "../components/form-dialog";
import { EmptyState, ErrorState, Loading, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { criterionTitle } from "../lib/built-in";
import { formatDate } from "../lib/format";
import {
  type Network,
  type NetworkCatalogueVersion,
  useAddCoordinator,
  useDiscardDraft,
  useInviteOrganization,
  useNetwork,
  useNetworkCatalogue,
  useOpenDraft,
  usePublishDraft,
  useRemoveCoordinator,
  useRemoveMember,
  useSaveDraft,
  useUpdateNetwork,
} from "./api";

/** One network: its members, the invitations not yet answered, its coordinators and its default criteria catalogue. */
export default function NetworkPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("networks");
  const q = useNetwork(id);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const n = q.data;
  return (
    <>
      <PageHeader
        breadcrumb={
          <>
            <Link to="/networks">{t("title")}</Link> <span aria-hidden>/</span> <span>{n.name}</span>
          </>
        }
        title={<span data-testid="network-title">{n.name}</span>}
        description={n.description ?? undefined}
      />
      <NetworkBody network={n} />
    </>
  );
}

function NetworkBody({ network: n }: { network: Network }) {
  const catalogue = useNetworkCatalogue(n.id);
  // Coordinators change the network; the server refuses everyone else's changes too.
  const me = useMe().data?.user.id;
  const isCoordinator = !!me && n.coordinators.some((c) => c.userId === me);
  return (
    <div className="stack-lg">
      <div className="grid-2">
        <Members network={n} canEdit={isCoordinator} />
        <Coordinators network={n} canEdit={isCoordinator} />
      </div>
      <PublicKnowledge network={n} canEdit={isCoordinator} />
      <AssessmentRoundsCard networkId={n.id} canEdit={isCoordinator} />
      {catalogue.data && <Catalogue networkId={n.id} canEdit={isCoordinator} data={catalogue.data} />}
      {catalogue.error && <ErrorState error={catalogue.error} onRetry={() => void catalogue.refetch()} />}
    </div>
  );
}

function Members({ network: n, canEdit }: { network: Network; canEdit: boolean }) {
  const { t } = useTranslation("networks");
  const [inviting, setInviting] = useState(false);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const remove = useRemoveMember(n.id);
  const toast = useToast();
  return (
    <section className="card" aria-labelledby="members-title" data-testid="network-members">
      <div className="card-header">
        <h2 id="members-title">{t("members.title")}</h2>
        <span className="badge">{n.members.length}</span>
        {canEdit && (
          <div className="row" style={{ marginLeft: "auto" }}>
            <AddButton label={t("members.invite")} onClick={() => setInviting(true)} testId="network-invite" />
          </div>
        )}
      </div>
      <DataTable
        rows={n.members}
        label={t("members.title")}
        testId="network-members-table"
        rowTestId="network-member"
        rowKey={(m) => m.organizationId}
        empty={
          <EmptyState icon={Users} title={t("members.noneTitle")}>
            {t("members.noneBody")}
          </EmptyState>
        }
        columns={[
          { id: "name", header: t("members.organisation"), className: "wrap", cell: (m) => m.name },
          { id: "joined", header: t("members.joined"), cell: (m) => (m.joinedAt ? formatDate(m.joinedAt) : "—") },
          ...(canEdit
            ? [
                {
                  id: "actions",
                  header: t("common:actions.remove"),
                  headerHidden: true,
                  cell: (m: Network["members"][number]) => (
                    <button
                      type="button"
                      className="btn btn-ghost btn-icon btn-sm"
                      onClick={() => setRemoving({ id: m.organizationId, name: m.name })}
                      aria-label={t("members.removeNamed", { name: m.name })}
                      title={t("members.removeNamed", { name: m.name })}
                    >
                      <Trash2 size={14} aria-hidden />
                    </button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canEdit && n.invitations.length > 0 && (
        <div className="card-body" style={{ borderTop: "1px solid var(--color-border)" }} data-testid="network-pending">
          <h3 className="small" style={{ marginBottom: 8 }}>
            {t("members.pending")}
          </h3>
          <ul className="task-list">
            {n.invitations.map((i) => (
              <li key={i.organizationSlug} data-testid="network-pending-invitation">
                <div className="task-main">
                  <span className="row">
                    <Mail size={14} aria-hidden /> <span className="mono">{i.organizationSlug}</span>
                  </span>
                  <span className="task-sub">{t("members.invitedOn", { date: formatDate(i.invitedAt) })}</span>
                </div>
                <button
                  type="button"
                  className="btn btn-sm"
                  onClick={() => setRemoving({ id: i.organizationSlug, name: i.organizationSlug })}
                  data-testid="network-withdraw"
                >
                  {t("members.withdraw")}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {inviting && <InviteDialog networkId={n.id} onClose={() => setInviting(false)} />}
      <ConfirmDialog
        open={!!removing}
        onClose={() => setRemoving(null)}
        danger
        title={t("members.removeTitle", { name: removing?.name ?? "" })}
        description={t("members.removeBody")}
        confirmLabel={t("common:actions.remove")}
        busy={remove.isPending}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              toast.success(t("members.removed", { name: removing.name }));
              setRemoving(null);
            },
          });
        }}
      >
        <FormError error={remove.error} />
      </ConfirmDialog>
    </section>
  );
}

function InviteDialog({ networkId, onClose }: { networkId: string; onClose: () => void }) {
  const { t } = useTranslation("networks");
  const invite = useInviteOrganization(networkId);
  const toast = useToast();
  const [slug, setSlug] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("members.invite")}
      description={t("members.inviteHint")}
      onSubmit={() => {
        if (!slug.trim()) return setMissing(true);
        invite.mutate(slug.trim(), {
          onSuccess: () => {
            toast.success(t("members.invited", { slug: slug.trim() }));
            onClose();
          },
        });
      }}
      submitLabel={t("members.sendInvite")}
      pending={invite.isPending}
      error={invite.error}
      formTestId="network-invite-form"
      submitTestId="network-invite-save"
    >
      <FormField
        label={t("members.slug")}
        name="organizationSlug"
        hint={t("members.slugHint")}
        error={missing && !slug.trim() && t("members.slugRequired")}
      >
        {(p) => (
          <input {...p} className="input mono" value={slug} onChange={(e) => setSlug(e.target.value)} data-testid="network-invite-slug" />
        )}
      </FormField>
    </FormDialog>
  );
}

function Coordinators({ network: n, canEdit }: { network: Network; canEdit: boolean }) {
  const { t } = useTranslation("networks");
  const [adding, setAdding] = useState(false);
  const remove = useRemoveCoordinator(n.id);
  return (
    <section className="card" aria-labelledby="coordinators-title" data-testid="network-coordinators">
      <div className="card-header">
        <h2 id="coordinators-title">{t("coordinators.title")}</h2>
        {canEdit && (
          <div className="row" style={{ marginLeft: "auto" }}>
            <AddButton label={t("coordinators.add")} onClick={() => setAdding(true)} testId="coordinator-add" />
          </div>
        )}
      </div>
      <FormError error={remove.error} />
      <ul className="task-list">
        {n.coordinators.map((c) => (
          <li key={c.userId} data-testid="network-coordinator">
            <div className="task-main">
              <strong>{c.name}</strong>
              <span className="task-sub">{c.email}</span>
            </div>
            {canEdit && n.coordinators.length > 1 && (
              <button
                type="button"
                className="btn btn-ghost btn-icon btn-sm"
                onClick={() => remove.mutate(c.userId)}
                disabled={remove.isPending}
                aria-label={t("coordinators.removeNamed", { name: c.name })}
                title={t("coordinators.removeNamed", { name: c.name })}
              >
                <Trash2 size={14} aria-hidden />
              </button>
            )}
          </li>
        ))}
      </ul>
      {adding && <CoordinatorDialog networkId={n.id} onClose={() => setAdding(false)} />}
    </section>
  );
}

/** The network's public knowledge page (by its slug when it has one), and the slug a coordinator sets. */
function PublicKnowledge({ network: n, canEdit }: { network: Network; canEdit: boolean }) {
  const { t } = useTranslation("networks");
  const [editing, setEditing] = useState(false);
  const url = `${window.location.origin}${n.publicKnowledgePath}`;
  return (
    <section className="card" aria-labelledby="public-knowledge-title" data-testid="network-public-knowledge">
      <div className="card-header">
        <h2 id="public-knowledge-title">
          <Globe2 size={15} aria-hidden /> {t("publicPage.title")}
        </h2>
        {canEdit && (
          <button type="button" className="btn btn-sm" onClick={() => setEditing(true)} data-testid="network-slug-edit">
            <Pencil size={14} aria-hidden /> {n.slug ? t("publicPage.changeSlug") : t("publicPage.setSlug")}
          </button>
        )}
      </div>
      <div className="card-body stack">
        <p className="small muted">{t("publicPage.hint")}</p>
        <p>
          <a href={n.publicKnowledgePath} target="_blank" rel="noopener" data-testid="network-public-link">
            {url} <ExternalLink size={13} aria-hidden />
          </a>
        </p>
        {!n.slug && canEdit && <p className="small muted">{t("publicPage.noSlug")}</p>}
      </div>
      {editing && <SlugDialog network={n} onClose={() => setEditing(false)} />}
    </section>
  );
}

function SlugDialog({ network: n, onClose }: { network: Network; onClose: () => void }) {
  const { t } = useTranslation("networks");
  const update = useUpdateNetwork(n.id);
  const [slug, setSlug] = useState(n.slug ?? "");
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("publicPage.slugTitle")}
      description={t("publicPage.slugHint")}
      onSubmit={() => update.mutate({ slug: slug.trim() ? slug.trim() : null }, { onSuccess: onClose })}
      submitLabel={t("publicPage.save")}
      pending={update.isPending}
      error={update.error}
      formTestId="network-slug-form"
      submitTestId="network-slug-save"
    >
      <FormField label={t("publicPage.slug")} name="slug">
        {(p) => (
          <input
            {...p}
            className="input"
            value={slug}
            onChange={(e) => setSlug(e.target.value.toLowerCase())}
            placeholder="balkan-network"
            autoComplete="off"
            data-testid="network-slug"
          />
        )}
      </FormField>
    </FormDialog>
  );
}

function CoordinatorDialog({ networkId, onClose }: { networkId: string; onClose: () => void }) {
  const { t } = useTranslation("networks");
  const add = useAddCoordinator(networkId);
  const [email, setEmail] = useState("");
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("coordinators.add")}
      description={t("coordinators.addHint")}
      onSubmit={() => add.mutate(email.trim(), { onSuccess: onClose })}
      submitLabel={t("coordinators.add")}
      pending={add.isPending}
      error={add.error}
      formTestId="coordinator-form"
      submitTestId="coordinator-save"
    >
      <FormField label={t("coordinators.email")} name="email">
        {(p) => (
          <input
            {...p}
            className="input"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="coordinator-email"
          />
        )}
      </FormField>
    </FormDialog>
  );
}

type Criterion = NetworkCatalogueVersion["criteria"][number];

/** The network's default criteria: the published version members screen against, and the coordinators' draft. */
function Catalogue({
  networkId,
  canEdit,
  data,
}: {
  networkId: string;
  canEdit: boolean;
  data: {
    published: NetworkCatalogueVersion | null;
    draft: NetworkCatalogueVersion | null;
    builtinDefault: { criteria: Criterion[] } | null;
  };
}) {
  const { t } = useTranslation(["networks", "screening"]);
  // Built-in criteria are named in the reader's language (their translations live with the screening texts).
  const { t: ts } = useTranslation("screening");
  const title = (c: Criterion) => criterionTitle(ts, c.key, c.title);
  const open = useOpenDraft(networkId);
  const save = useSaveDraft(networkId);
  const publish = usePublishDraft(networkId);
  const discard = useDiscardDraft(networkId);
  const toast = useToast();
  const draft = canEdit ? data.draft : null;
  const [edits, setEdits] = useState<Record<string, Partial<Criterion>>>({});
  const [note, setNote] = useState("");
  const shown = draft ?? data.published;
  const criteria = (shown?.criteria ?? data.builtinDefault?.criteria ?? []).map((c) => ({ ...c, ...edits[c.key] }));
  const changed = Object.keys(edits).length > 0;
  return (
    <section className="card" aria-labelledby="catalogue-title" data-testid="network-catalogue">
      <div className="card-header">
        <h2 id="catalogue-title">{t("catalogue.title")}</h2>
        <span className="badge" data-testid="catalogue-status">
          {draft
            ? t("catalogue.draftOf", { version: draft.version })
            : data.published
              ? t("catalogue.version", {
                  version: data.published.version,
                  date: formatDate(data.published.publishedAt ?? data.published.createdAt),
                })
              : t("catalogue.builtIn")}
        </span>
        {canEdit && (
          <div className="row" style={{ marginLeft: "auto" }}>
            {!draft ? (
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => open.mutate()}
                disabled={open.isPending}
                data-testid="catalogue-open-draft"
              >
                {t("catalogue.openDraft")}
              </button>
            ) : (
              <>
                <button
                  type="button"
                  className="btn btn-sm"
                  onClick={() => discard.mutate(undefined, { onSuccess: () => setEdits({}) })}
                  disabled={discard.isPending}
                  data-testid="catalogue-discard"
                >
                  {t("catalogue.discard")}
                </button>
                <button
                  type="button"
                  className="btn btn-primary btn-sm"
                  disabled={changed || publish.isPending}
                  title={changed ? t("catalogue.saveFirst") : undefined}
                  onClick={() =>
                    publish.mutate(undefined, { onSuccess: (v) => toast.success(t("catalogue.published", { version: v.version })) })
                  }
                  data-testid="catalogue-publish"
                >
                  {t("catalogue.publish")}
                </button>
              </>
            )}
          </div>
        )}
      </div>
      <div className="card-body stack" style={{ gap: 8 }}>
        <p className="small muted">{t("catalogue.hint")}</p>
        <FormError error={open.error ?? save.error ?? publish.error ?? discard.error} />
      </div>
      <DataTable
        rows={criteria}
        label={t("catalogue.title")}
        testId="catalogue-table"
        rowTestId="catalogue-criterion"
        rowKey={(c) => c.key}
        empty={
          <EmptyState icon={ListChecks} title={t("catalogue.noneTitle")}>
            {t("catalogue.noneBody")}
          </EmptyState>
        }
        columns={[
          { id: "title", header: t("catalogue.criterion"), className: "wrap", cell: (c) => title(c) },
          {
            id: "kind",
            header: t("catalogue.kind"),
            cell: (c) =>
              draft ? (
                <select
                  className="select"
                  value={c.kind}
                  aria-label={t("catalogue.kindOf", { title: title(c) })}
                  onChange={(e) => setEdits((x) => ({ ...x, [c.key]: { ...x[c.key], kind: e.target.value as Criterion["kind"] } }))}
                >
                  <option value="hard_exclusion">{t("screening:kind.hard_exclusion")}</option>
                  <option value="weighted">{t("screening:kind.weighted")}</option>
                </select>
              ) : (
                t(`screening:kind.${c.kind}`)
              ),
          },
          {
            id: "weight",
            header: t("catalogue.weight"),
            cell: (c) =>
              draft ? (
                <select
                  className="select"
                  value={c.weight}
                  aria-label={t("catalogue.weightOf", { title: title(c) })}
                  onChange={(e) => setEdits((x) => ({ ...x, [c.key]: { ...x[c.key], weight: Number(e.target.value) } }))}
                  data-testid="catalogue-weight"
                >
                  {[1, 2, 3, 4, 5].map((w) => (
                    <option key={w} value={w}>
                      {w}
                    </option>
                  ))}
                </select>
              ) : (
                c.weight
              ),
          },
          { id: "group", header: t("catalogue.group"), cell: (c) => t(`catalogue.groups.${c.group ?? "core"}`) },
        ]}
      />
      {draft && (
        <div className="card-body row" style={{ borderTop: "1px solid var(--color-border)", alignItems: "flex-end" }}>
          <label className="field" style={{ flex: 1 }}>
            <span>{t("catalogue.note")}</span>
            <input className="input" value={note} onChange={(e) => setNote(e.target.value)} data-testid="catalogue-note" />
          </label>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!changed || save.isPending}
            onClick={() =>
              save.mutate(
                { criteria, excludedSectors: draft.excludedSectors, note: note.trim() || null },
                {
                  onSuccess: () => {
                    setEdits({});
                    toast.success(t("catalogue.saved"));
                  },
                },
              )
            }
            data-testid="catalogue-save"
          >
            {t("catalogue.save")}
          </button>
        </div>
      )}
    </section>
  );
}

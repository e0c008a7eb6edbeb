import { Network as NetworkIcon, Plus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { DataTable } from "../components/data-table";
import { FormDialog, FormField } from "../components/form-dialog";
import { EmptyState, PageHeader } from "../components/states";
import { useToast } from "../components/toast";
import { type NetworkSummary, useAnswerInvitation, useFoundNetwork, useNetworks } from "./api";

/** Networks home: the networks the user coordinates or whose member organisations they belong to, with invitations to answer. */
export default function NetworksPage() {
  const { t } = useTranslation("networks");
  const { isAdmin, org } = useActiveOrg();
  const q = useNetworks();
  const answer = useAnswerInvitation();
  const toast = useToast();
  const [founding, setFounding] = useState(false);
  const invited = (q.data?.items ?? []).filter((n) => n.organizations.some((o) => o.organizationId === org?.id && o.status === "invited"));
  const statusOf = (n: NetworkSummary) => n.organizations.find((o) => o.organizationId === org?.id)?.status;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          isAdmin && (
            <button type="button" className="btn btn-primary" onClick={() => setFounding(true)} data-testid="network-found">
              <Plus size={15} aria-hidden /> {t("found")}
            </button>
          )
        }
      />
      {invited.length > 0 && (
        <section className="card" style={{ marginBottom: 20 }} aria-labelledby="invitations-title" data-testid="network-invitations">
          <div className="card-header">
            <h2 id="invitations-title">{t("invitations.title", { org: org?.name ?? "" })}</h2>
          </div>
          <ul className="task-list">
            {invited.map((n) => (
              <li key={n.id} data-testid="network-invitation">
                <div className="task-main">
                  <strong>{n.name}</strong>
                  {n.description && <span className="small muted">{n.description}</span>}
                  <span className="task-sub">{t("invitations.hint")}</span>
                </div>
                {isAdmin ? (
                  <span className="row">
                    <button
                      type="button"
                      className="btn btn-primary btn-sm"
                      disabled={answer.isPending}
                      onClick={() =>
                        answer.mutate(
                          { id: n.id, answer: "accept" },
                          { onSuccess: () => toast.success(t("invitations.accepted", { name: n.name })) },
                        )
                      }
                      data-testid="network-accept"
                    >
                      {t("invitations.accept")}
                    </button>
                    <button
                      type="button"
                      className="btn btn-sm"
                      disabled={answer.isPending}
                      onClick={() =>
                        answer.mutate(
                          { id: n.id, answer: "decline" },
                          { onSuccess: () => toast.success(t("invitations.declined", { name: n.name })) },
                        )
                      }
                      data-testid="network-decline"
                    >
                      {t("invitations.decline")}
                    </button>
                  </span>
                ) : (
                  <span className="small muted">{t("invitations.adminsAnswer")}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <DataTable
        query={q}
        label={t("title")}
        testId="networks-table"
        rowTestId="network-row"
        rowKey={(n) => n.id}
        rowHref={(n) => `/networks/${n.id}`}
        empty={
          <div className="card">
            <EmptyState icon={NetworkIcon} title={t("emptyTitle")}>
              {t("emptyBody")}
            </EmptyState>
          </div>
        }
        columns={[
          {
            id: "name",
            header: t("columns.name"),
            className: "wrap",
            cell: (n) => (
              <>
                <Link to={`/networks/${n.id}`} className="cell-main">
                  {n.name}
                </Link>
                {n.description && <div className="cell-sub">{n.description}</div>}
              </>
            ),
          },
          { id: "members", header: t("columns.members"), className: "num", cell: (n) => n.memberCount },
          {
            id: "role",
            header: t("columns.role"),
            cell: (n) => (
              <span className="tag-list">
                {n.coordinator && <span className="badge badge-primary">{t("role.coordinator")}</span>}
                {statusOf(n) && <span className="badge">{t(`role.${statusOf(n)}`)}</span>}
              </span>
            ),
          },
        ]}
      />
      {founding && <FoundDialog onClose={() => setFounding(false)} />}
    </>
  );
}

function FoundDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("networks");
  const found = useFoundNetwork();
  const toast = useToast();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("found")}
      description={t("foundHint")}
      onSubmit={() => {
        if (!name.trim()) return setMissing(true);
        found.mutate(
          { name: name.trim(), description: description.trim() || null },
          {
            onSuccess: (n) => {
              toast.success(t("founded", { name: n.name }));
              onClose();
            },
          },
        );
      }}
      submitLabel={t("found")}
      pending={found.isPending}
      error={found.error}
      formTestId="network-form"
      submitTestId="network-save"
    >
      <FormField label={t("fields.name")} name="name" error={missing && !name.trim() && t("fields.nameRequired")}>
        {(p) => <input {...p} className="input" value={name} onChange={(e) => setName(e.target.value)} data-testid="network-name" />}
      </FormField>
      <FormField label={t("fields.description")} name="description">
        {(p) => <textarea {...p} className="textarea" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </FormField>
    </FormDialog>
  );
}

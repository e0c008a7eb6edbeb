import { AlertTriangle, Handshake, Plus, UserX } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../../app/session";
import { FormDialog, FormField } from "../../components/form-dialog";
import { ExportButtons } from "../../components/export-buttons";
import { EmptyState, ErrorState, Loading } from "../../components/states";
import { formatDate } from "../../lib/format";
import { useMembers } from "../../lib/members";
import type { Engagement } from "../api";
import { AddButton } from "../../components/add-button";
import { COMMITMENT_STATUSES, useAddCommitment, useCommitments, useUpdateCommitment } from "./api";

const STATUS_CLASS: Record<string, string> = { open: "badge-primary", done: "badge-success", missed: "badge-danger", cancelled: "" };

/** Who promised what by when: the NGO's and the company's commitments, overdue ones marked. */
export function CommitmentsTab({ engagement: e }: { engagement: Engagement }) {
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const q = useCommitments(e.id);
  const update = useUpdateCommitment(e.id);
  const [adding, setAdding] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const items = q.data.items;
  const overdue = items.filter((c) => c.overdue).length;
  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="commitments-title" data-testid="commitments">
        <div className="card-header">
          <h2 id="commitments-title">{t("commitments.title")}</h2>
          {overdue > 0 && (
            <span className="badge badge-danger">
              <AlertTriangle size={12} aria-hidden /> {t("commitments.overdueCount", { count: overdue })}
            </span>
          )}
          <div className="row" style={{ marginLeft: "auto" }}>
            {items.length > 0 && <ExportButtons path="/commitments/export" query={{ engagementId: e.id }} testId="commitments-export" />}
            {canWrite && <AddButton label={t("commitments.add")} onClick={() => setAdding(true)} testId="commitment-add" />}
          </div>
        </div>
        {items.length === 0 ? (
          <EmptyState icon={Handshake} title={t("commitments.noneTitle")}>
            {t("commitments.noneBody")}
          </EmptyState>
        ) : (
          <ul className="task-list">
            {items.map((c) => (
              <li key={c.id} className={c.overdue ? "overdue" : ""} data-testid="commitment" data-overdue={c.overdue || undefined}>
                <div className="task-main">
                  <span>{c.description}</span>
                  <span className="task-sub">
                    <span className="badge">{t(`commitments.parties.${c.party}`)}</span>
                    <span>
                      {c.party === "ngo"
                        ? (c.user?.name ?? t("commitments.someoneNgo"))
                        : (c.contact?.name ?? t("commitments.someoneCompany"))}
                    </span>
                    {c.dueOn && (
                      <span className={c.overdue ? "due overdue" : "due"}>
                        {c.overdue && <AlertTriangle size={13} aria-hidden />}
                        {c.overdue
                          ? t("commitments.overdueSince", { date: formatDate(c.dueOn) })
                          : t("commitments.dueOn", { date: formatDate(c.dueOn) })}
                      </span>
                    )}
                    {c.contactLeftOn && (
                      <span className="badge badge-warning">
                        <UserX size={12} aria-hidden /> {t("commitments.contactLeft", { date: formatDate(c.contactLeftOn) })}
                      </span>
                    )}
                  </span>
                </div>
                {canWrite ? (
                  <label className="chip" style={{ flex: "none" }}>
                    <span className="sr-only">{t("commitments.statusOf", { what: c.description })}</span>
                    <select
                      value={c.status}
                      onChange={(ev) => update.mutate({ commitmentId: c.id, status: ev.target.value })}
                      data-testid="commitment-status"
                    >
                      {COMMITMENT_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`commitments.statuses.${s}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : (
                  <span className={`badge ${STATUS_CLASS[c.status]}`}>{t(`commitments.statuses.${c.status}`)}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {adding && <CommitmentDialog engagement={e} onClose={() => setAdding(false)} />}
    </div>
  );
}

function CommitmentDialog({ engagement: e, onClose }: { engagement: Engagement; onClose: () => void }) {
  const { t } = useTranslation("engagements");
  const add = useAddCommitment(e.id);
  const members = useMembers();
  const { me } = useActiveOrg();
  const [party, setParty] = useState<"ngo" | "company">("ngo");
  const [userId, setUserId] = useState(me?.user.id ?? "");
  const [contactId, setContactId] = useState("");
  const [description, setDescription] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [missing, setMissing] = useState(false);
  const contacts = e.contacts.filter((c) => c.active);
  const submit = () => {
    if (!description.trim()) return setMissing(true);
    add.mutate(
      {
        party,
        userId: party === "ngo" ? userId || null : null,
        contactId: party === "company" ? contactId || null : null,
        description: description.trim(),
        dueOn: dueOn || null,
      },
      { onSuccess: onClose },
    );
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("commitments.add")}
      onSubmit={submit}
      submitLabel={t("commitments.save")}
      pending={add.isPending}
      error={add.error}
      formTestId="commitment-form"
      submitTestId="commitment-save"
    >
      <fieldset>
        <legend>{t("commitments.who")}</legend>
        <div className="kind-radios">
          {(["ngo", "company"] as const).map((p) => (
            <label key={p}>
              <input type="radio" name="commitment-party" checked={party === p} onChange={() => setParty(p)} />{" "}
              {t(`commitments.parties.${p}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        {party === "ngo" ? (
          <FormField label={t("commitments.person")} name="userId">
            {(p) => (
              <select {...p} className="select" value={userId} onChange={(ev) => setUserId(ev.target.value)}>
                <option value="">{t("commitments.noPerson")}</option>
                {members.data?.items.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        ) : (
          <FormField label={t("commitments.person")} name="contactId" hint={contacts.length ? undefined : t("commitments.noContacts")}>
            {(p) => (
              <select {...p} className="select" value={contactId} onChange={(ev) => setContactId(ev.target.value)}>
                <option value="">{t("commitments.noPerson")}</option>
                {contacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField label={t("commitments.due")} name="dueOn">
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={dueOn}
              onChange={(ev) => setDueOn(ev.target.value)}
              data-testid="commitment-due"
            />
          )}
        </FormField>
        <FormField
          label={t("commitments.what")}
          className="span-2"
          name="description"
          error={missing && !description.trim() && t("commitments.whatRequired")}
        >
          {(p) => (
            <input
              {...p}
              className="input"
              value={description}
              onChange={(ev) => setDescription(ev.target.value)}
              placeholder={t("commitments.whatPlaceholder")}
              data-testid="commitment-what"
            />
          )}
        </FormField>
      </div>
    </FormDialog>
  );
}

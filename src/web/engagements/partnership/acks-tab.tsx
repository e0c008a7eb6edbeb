import { ExternalLink, Megaphone } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../../app/session";
import { AddButton } from "../../components/add-button";
import { FormDialog, FormField } from "../../components/form-dialog";
import { ExportButtons } from "../../components/export-buttons";
import { EmptyState, ErrorState, Loading } from "../../components/states";
import { formatDate, todayIso } from "../../lib/format";
import type { Engagement } from "../api";
import { ACK_CHANNELS, useAcknowledgements, useAddAcknowledgement } from "./api";

/** Where and when the partner was publicly thanked or featured: a key to the partner's satisfaction. */
export function AcknowledgementsTab({ engagement: e }: { engagement: Engagement }) {
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const q = useAcknowledgements(e.id);
  const [adding, setAdding] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  return (
    <div className="stack-lg">
      <section className="card" aria-labelledby="acks-title" data-testid="acknowledgements">
        <div className="card-header">
          <h2 id="acks-title">{t("acks.title")}</h2>
          <div className="row" style={{ marginLeft: "auto" }}>
            {q.data.items.length > 0 && (
              <ExportButtons path="/acknowledgements/export" query={{ engagementId: e.id }} testId="acks-export" />
            )}
            {canWrite && <AddButton label={t("acks.add")} onClick={() => setAdding(true)} testId="ack-add" />}
          </div>
        </div>
        {q.data.items.length === 0 ? (
          <EmptyState icon={Megaphone} title={t("acks.noneTitle")}>
            {t("acks.noneBody")}
          </EmptyState>
        ) : (
          <ul className="task-list">
            {q.data.items.map((a) => (
              <li key={a.id} data-testid="acknowledgement">
                <div className="task-main">
                  <span className="row">
                    <strong>{a.title}</strong>
                    <span className="badge badge-primary">{t(`acks.channels.${a.channel}`)}</span>
                  </span>
                  <span className="task-sub">
                    <span>{formatDate(a.occurredOn)}</span>
                    {a.url && (
                      <a href={a.url} target="_blank" rel="noopener noreferrer" className="row" style={{ display: "inline-flex", gap: 4 }}>
                        {a.url.replace(/^https?:\/\//, "").slice(0, 60)} <ExternalLink size={12} aria-hidden />
                      </a>
                    )}
                  </span>
                  {a.notes && <span className="small muted">{a.notes}</span>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {adding && <AckDialog engagement={e} onClose={() => setAdding(false)} />}
    </div>
  );
}

function AckDialog({ engagement: e, onClose }: { engagement: Engagement; onClose: () => void }) {
  const { t } = useTranslation("engagements");
  const add = useAddAcknowledgement(e.id, e.companyId);
  const [channel, setChannel] = useState<string>("website");
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [notes, setNotes] = useState("");
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (!title.trim()) return setMissing(true);
    add.mutate({ channel, occurredOn, title: title.trim(), url: url.trim() || null, notes: notes.trim() || null }, { onSuccess: onClose });
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("acks.add")}
      onSubmit={submit}
      submitLabel={t("acks.save")}
      pending={add.isPending}
      error={add.error}
      formTestId="ack-form"
      submitTestId="ack-save"
    >
      <div className="form-grid">
        <FormField label={t("acks.channel")} name="channel">
          {(p) => (
            <select {...p} className="select" value={channel} onChange={(ev) => setChannel(ev.target.value)} data-testid="ack-channel">
              {ACK_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`acks.channels.${c}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("acks.date")} name="occurredOn">
          {(p) => <input {...p} type="date" className="input" value={occurredOn} onChange={(ev) => setOccurredOn(ev.target.value)} />}
        </FormField>
        <FormField label={t("acks.what")} className="span-2" name="title" error={missing && !title.trim() && t("acks.whatRequired")}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={title}
              onChange={(ev) => setTitle(ev.target.value)}
              placeholder={t("acks.whatPlaceholder")}
              data-testid="ack-title"
            />
          )}
        </FormField>
        <FormField label={t("acks.link")} className="span-2" name="url">
          {(p) => (
            <input
              {...p}
              className="input"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={url}
              onChange={(ev) => setUrl(ev.target.value)}
              data-testid="ack-url"
            />
          )}
        </FormField>
        <FormField label={t("acks.notes")} className="span-2">
          {(p) => <input {...p} className="input" value={notes} onChange={(ev) => setNotes(ev.target.value)} />}
        </FormField>
      </div>
    </FormDialog>
  );
}

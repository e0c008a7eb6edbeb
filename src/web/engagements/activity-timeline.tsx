import { Calendar, Mail, MessageSquare, Phone, Plus, StickyNote, Trash2, Users } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { useCompanyContacts } from "../companies/api";
import { ConfirmDialog } from "../components/confirm-dialog";
import { Field, FormError, fieldError } from "../components/field";
import { MultiSelectFilter } from "../components/multi-select";
import { ErrorState } from "../components/states";
import { formatDate, todayIso } from "../lib/format";
import { ACTIVITY_KINDS, useActivities, useAddActivity, useDeleteActivity, type Activity } from "./api";
import { SubmitButton } from "../components/form-dialog";

const KIND_ICON = { meeting: Users, call: Phone, email: Mail, note: StickyNote } as const;

/**
 * The timeline of an engagement (or, with only `companyId`, of a company: its own activities and all its
 * engagements'), newest first, with a form to record a meeting, call, e-mail or note and the contacts involved.
 */
export function ActivityTimeline({
  engagementId,
  companyId,
  headingLevel = 2,
}: {
  engagementId?: string;
  companyId: string;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("engagements");
  const { canWrite, isAdmin, me } = useActiveOrg();
  const scope = engagementId ? { engagementId } : { companyId };
  const q = useActivities(scope);
  const del = useDeleteActivity();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const H = headingLevel === 2 ? "h2" : "h3";
  const items = q.data?.items ?? [];

  return (
    <section className="card" aria-labelledby="timeline-title" data-testid="activity-timeline">
      <div className="card-header">
        <H id="timeline-title">{t("timeline.title")}</H>
        {canWrite && !adding && (
          <button type="button" className="btn btn-sm" onClick={() => setAdding(true)} data-testid="add-activity">
            <Plus size={14} aria-hidden /> {t("timeline.add")}
          </button>
        )}
      </div>
      {adding && <ActivityForm scope={scope} companyId={companyId} onDone={() => setAdding(false)} />}
      <div className="card-body">
        {q.isPending ? (
          <p className="muted">{t("common:loading")}</p>
        ) : q.error ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : items.length === 0 ? (
          <p className="muted">{engagementId ? t("timeline.empty") : t("timeline.emptyCompany")}</p>
        ) : (
          <ol className="timeline activities">
            {items.map((a) => {
              const Icon = KIND_ICON[a.kind] ?? MessageSquare;
              return (
                <li key={a.id} className="activity-item" data-testid="activity">
                  <div className="activity-head">
                    <span className="badge">
                      <Icon size={12} aria-hidden /> {t(`activityKinds.${a.kind}`)}
                    </span>
                    <span>
                      <Calendar size={12} aria-hidden /> <time dateTime={a.occurredOn}>{formatDate(a.occurredOn)}</time>
                    </span>
                    {!engagementId && a.engagementId && (
                      <Link to={`/partnerships/${a.engagementId}`} className="small">
                        {a.engagementTitle}
                      </Link>
                    )}
                    {a.createdBy && <span>· {a.createdBy.name}</span>}
                    {canWrite && (a.createdBy?.id === me?.user.id || isAdmin) && (
                      <button
                        type="button"
                        className="btn btn-ghost btn-icon btn-sm"
                        onClick={() => setDeleting(a)}
                        aria-label={t("timeline.delete")}
                        title={t("timeline.delete")}
                      >
                        <Trash2 size={14} aria-hidden />
                      </button>
                    )}
                  </div>
                  <p className="activity-summary">{a.summary}</p>
                  {a.contacts.length > 0 && (
                    <div className="small muted">
                      {t("timeline.with")}{" "}
                      {a.contacts.map((c, i) => (
                        <span key={c.id}>
                          {i > 0 && ", "}
                          <Link to={`/contacts/${c.id}`}>{c.name}</Link>
                        </span>
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </div>
      <ConfirmDialog
        open={!!deleting}
        onClose={() => setDeleting(null)}
        danger
        title={t("timeline.deleteTitle")}
        description={deleting?.summary.slice(0, 140)}
        confirmLabel={t("timeline.delete")}
        busy={del.isPending}
        onConfirm={() => {
          if (deleting) del.mutate(deleting.id, { onSuccess: () => setDeleting(null) });
        }}
      />
    </section>
  );
}

function ActivityForm({
  scope,
  companyId,
  onDone,
}: {
  scope: { engagementId?: string; companyId?: string };
  companyId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation("engagements");
  const add = useAddActivity(scope);
  const contacts = useCompanyContacts(companyId);
  const [kind, setKind] = useState<string>("meeting");
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [summary, setSummary] = useState("");
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const options = (contacts.data?.items ?? []).map((c) => {
    const active = c.employments.some((e) => e.companyId === companyId && e.active);
    return { value: c.id, label: active ? c.name : `${c.name} (${t("contacts.left")})` };
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!summary.trim()) return setMissing(true);
    add.mutate({ kind, occurredOn, summary: summary.trim(), contactIds }, { onSuccess: onDone });
  };

  return (
    <form
      className="form card-body"
      style={{ borderBottom: "1px solid var(--color-border)" }}
      onSubmit={submit}
      noValidate
      data-testid="activity-form"
    >
      <FormError error={add.error} />
      <fieldset>
        <legend>{t("timeline.kind")}</legend>
        <div className="kind-radios">
          {ACTIVITY_KINDS.map((k) => {
            const Icon = KIND_ICON[k];
            return (
              <label key={k}>
                <input type="radio" name="activity-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                <Icon size={13} aria-hidden /> {t(`activityKinds.${k}`)}
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="form-grid">
        <Field label={t("timeline.date")} error={fieldError(add.error, "occurredOn")}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={occurredOn}
              onChange={(e) => setOccurredOn(e.target.value)}
              required
              data-testid="activity-date"
            />
          )}
        </Field>
        <Field label={t("timeline.contacts")} error={fieldError(add.error, "contactIds")}>
          {(p) => (
            <MultiSelectFilter
              asField
              id={p.id}
              label={t("timeline.contacts")}
              options={options}
              value={contactIds}
              onChange={setContactIds}
              placeholder={options.length ? t("timeline.chooseContacts") : t("timeline.noContacts")}
              testId="activity-contacts"
            />
          )}
        </Field>
        <Field
          label={t("timeline.summary")}
          className="span-2"
          error={missing && !summary.trim() ? t("timeline.summaryRequired") : fieldError(add.error, "summary")}
        >
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={3}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              autoFocus
              data-testid="activity-summary"
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onDone}>
          {t("common:actions.cancel")}
        </button>
        <SubmitButton pending={add.isPending} testId="activity-save">
          {t("timeline.save")}
        </SubmitButton>
      </div>
    </form>
  );
}

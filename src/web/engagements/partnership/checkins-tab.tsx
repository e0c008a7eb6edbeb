import { CalendarCheck, CalendarX, Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../../app/session";
import { Field, FormError, fieldError } from "../../components/field";
import { ErrorState, Loading } from "../../components/states";
import { formatDate, formatNumber, todayIso } from "../../lib/format";
import { useAddCheckIn, useAgreement, useCheckIns, useMonitoring, type Indicator } from "./api";

const STATUS_CLASS: Record<string, string> = { done: "badge-success", missed: "badge-danger", due: "badge-warning", upcoming: "" };

/** Monitoring: the check-in schedule with missed check-ins, and check-ins recording indicator values and notes. */
export function CheckInsTab({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const checkIns = useCheckIns(engagementId);
  const monitoring = useMonitoring(engagementId);
  const agreement = useAgreement(engagementId);
  if (checkIns.isPending || monitoring.isPending) return <Loading />;
  if (checkIns.error) return <ErrorState error={checkIns.error} onRetry={() => void checkIns.refetch()} />;
  const m = monitoring.data;
  const indicators = agreement.data?.indicators ?? [];
  return (
    <div className="grid-2">
      <div className="stack-lg">
        {canWrite && <CheckInForm engagementId={engagementId} indicators={indicators} />}
        <section className="card" aria-labelledby="checkins-title" data-testid="check-ins">
          <div className="card-header">
            <h2 id="checkins-title">{t("checkins.title")}</h2>
          </div>
          {checkIns.data.items.length === 0 ? (
            <div className="card-body muted small">{t("checkins.none")}</div>
          ) : (
            <ul className="task-list">
              {checkIns.data.items.map((c) => (
                <li key={c.id} data-testid="check-in">
                  <div className="task-main">
                    <strong>{formatDate(c.occurredOn)}</strong>
                    {c.notes && <span className="activity-summary">{c.notes}</span>}
                    {c.values.length > 0 && (
                      <span className="tag-list">
                        {c.values.map((v) => (
                          <span key={v.indicatorId} className="badge badge-primary">
                            {v.indicator}: {formatNumber(v.value)}
                            {v.unit ? ` ${v.unit}` : ""}
                          </span>
                        ))}
                      </span>
                    )}
                    <span className="task-sub">{c.createdBy?.name}</span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className="stack-lg">
        {m && (
          <section className="card" aria-labelledby="schedule-title" data-testid="monitoring">
            <div className="card-header">
              <h2 id="schedule-title">{t("checkins.schedule")}</h2>
              {m.missed.length > 0 && (
                <span className="badge badge-danger" data-testid="missed-count">
                  <CalendarX size={12} aria-hidden /> {t("checkins.missedCount", { count: m.missed.length })}
                </span>
              )}
            </div>
            <div className="card-body stack" style={{ gap: 8 }}>
              {m.schedule.enabled ? (
                <p className="small">{t("checkins.every", { days: m.schedule.intervalDays, tolerance: m.schedule.toleranceDays })}</p>
              ) : (
                <p className="small muted">{t("checkins.noSchedule")}</p>
              )}
              {m.reason && <p className="small muted">{m.reason}</p>}
              {m.nextDue && (
                <p className="small">
                  <CalendarCheck size={13} aria-hidden /> {t("checkins.nextDue", { date: formatDate(m.nextDue) })}
                </p>
              )}
              {m.expected.length > 0 && (
                <ul className="menu stack" style={{ gap: 4 }}>
                  {m.expected.slice(-8).map((x) => (
                    <li key={x.due} className="row" data-testid="expected-check-in" data-status={x.status}>
                      <span className="small" style={{ minWidth: 96 }}>
                        {formatDate(x.due)}
                      </span>
                      <span className={`badge ${STATUS_CLASS[x.status]}`}>{t(`checkins.statuses.${x.status}`)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>
        )}
      </div>
    </div>
  );
}

function CheckInForm({ engagementId, indicators }: { engagementId: string; indicators: Indicator[] }) {
  const { t } = useTranslation("engagements");
  const add = useAddCheckIn(engagementId);
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [notes, setNotes] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const vs = Object.entries(values)
      .filter(([, v]) => v.trim() !== "")
      .map(([indicatorId, v]) => ({ indicatorId, value: Number(v.replace(",", ".")) }));
    add.mutate(
      { occurredOn, notes: notes.trim() || null, values: vs },
      {
        onSuccess: () => {
          setNotes("");
          setValues({});
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="checkin-form-title">
      <div className="card-header">
        <h2 id="checkin-form-title">{t("checkins.add")}</h2>
      </div>
      <form className="form card-body" onSubmit={submit} noValidate data-testid="check-in-form">
        <FormError error={add.error} />
        <div className="form-grid">
          <Field label={t("checkins.date")} error={fieldError(add.error, "occurredOn")}>
            {(p) => (
              <input
                {...p}
                type="date"
                className="input"
                value={occurredOn}
                onChange={(e) => setOccurredOn(e.target.value)}
                data-testid="check-in-date"
              />
            )}
          </Field>
          {indicators.map((i) => (
            <Field
              key={i.id}
              label={i.unit ? `${i.name} (${i.unit})` : i.name}
              hint={i.target !== null ? t("checkins.target", { value: formatNumber(i.target) }) : undefined}
            >
              {(p) => (
                <input
                  {...p}
                  className="input"
                  inputMode="decimal"
                  value={values[i.id] ?? ""}
                  onChange={(e) => setValues((x) => ({ ...x, [i.id]: e.target.value }))}
                  data-testid="check-in-value"
                />
              )}
            </Field>
          ))}
          <Field label={t("checkins.notes")} className="span-2" error={fieldError(add.error, "notes")}>
            {(p) => (
              <textarea
                {...p}
                className="textarea"
                rows={3}
                value={notes}
                onChange={(e) => setNotes(e.target.value)}
                data-testid="check-in-notes"
              />
            )}
          </Field>
        </div>
        {indicators.length === 0 && <p className="small muted">{t("checkins.noIndicators")}</p>}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={add.isPending} data-testid="check-in-save">
            <Plus size={15} aria-hidden /> {t("checkins.save")}
          </button>
        </div>
      </form>
    </section>
  );
}

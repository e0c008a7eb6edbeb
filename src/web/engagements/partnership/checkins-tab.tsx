import { CalendarCheck, CalendarClock, CalendarX, Settings2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../../app/session";
import { AddButton } from "../../components/add-button";
import { FormDialog, FormField } from "../../components/form-dialog";
import { EmptyState, ErrorState, Loading } from "../../components/states";
import { formatDate, formatNumber, formatWithUnit, todayIso } from "../../lib/format";
import { useAddCheckIn, useAgreement, useCheckIns, useMonitoring, useSaveMonitoring, type Indicator, type Monitoring } from "./api";

const STATUS_CLASS: Record<string, string> = { done: "badge-success", missed: "badge-danger", due: "badge-warning", upcoming: "" };

/** Monitoring: the check-ins (recording indicator values and notes), and the schedule with missed check-ins and its form. */
export function CheckInsTab({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const checkIns = useCheckIns(engagementId);
  const monitoring = useMonitoring(engagementId);
  const agreement = useAgreement(engagementId);
  const [adding, setAdding] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  if (checkIns.isPending || monitoring.isPending) return <Loading />;
  if (checkIns.error) return <ErrorState error={checkIns.error} onRetry={() => void checkIns.refetch()} />;
  const m = monitoring.data;
  const indicators = agreement.data?.indicators ?? [];
  return (
    <div className="grid-2">
      <div className="stack-lg">
        <section className="card" aria-labelledby="checkins-title" data-testid="check-ins">
          <div className="card-header">
            <h2 id="checkins-title">{t("checkins.title")}</h2>
            {canWrite && (
              <div className="row" style={{ marginLeft: "auto" }}>
                <AddButton label={t("checkins.add")} onClick={() => setAdding(true)} testId="check-in-add" />
              </div>
            )}
          </div>
          {checkIns.data.items.length === 0 ? (
            <EmptyState icon={CalendarClock} title={t("checkins.none")}>
              {t("checkins.noneBody")}
            </EmptyState>
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
                            {v.indicator}: {formatWithUnit(v.value, v.unit)}
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
              {canWrite && (
                <button
                  type="button"
                  className="btn btn-sm"
                  style={{ marginLeft: "auto" }}
                  onClick={() => setScheduling(true)}
                  data-testid="schedule-edit"
                >
                  <Settings2 size={14} aria-hidden /> {m.schedule.enabled ? t("checkins.changeSchedule") : t("checkins.setSchedule")}
                </button>
              )}
            </div>
            <div className="card-body stack" style={{ gap: 8 }}>
              {m.schedule.enabled ? (
                <p className="small" data-testid="schedule-summary">
                  {t("checkins.every", { count: m.schedule.intervalDays, tolerance: m.schedule.toleranceDays })}
                </p>
              ) : (
                <p className="small muted" data-testid="schedule-summary">
                  {t("checkins.noSchedule")}
                </p>
              )}
              {m.schedule.enabled && !m.schedule.startsOn && <p className="small muted">{t("checkins.noStart")}</p>}
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
      {adding && <CheckInDialog engagementId={engagementId} indicators={indicators} onClose={() => setAdding(false)} />}
      {scheduling && m && <ScheduleDialog engagementId={engagementId} monitoring={m} onClose={() => setScheduling(false)} />}
    </div>
  );
}

/** The monitoring schedule: on or off, how often, how much earlier or later still counts, from when. */
function ScheduleDialog({ engagementId, monitoring: m, onClose }: { engagementId: string; monitoring: Monitoring; onClose: () => void }) {
  const { t } = useTranslation("engagements");
  const save = useSaveMonitoring(engagementId);
  const [enabled, setEnabled] = useState(m.schedule.enabled || m.schedule.source === "default");
  const [intervalDays, setIntervalDays] = useState(String(m.schedule.intervalDays));
  const [toleranceDays, setToleranceDays] = useState(String(m.schedule.toleranceDays));
  const [startsOn, setStartsOn] = useState(m.schedule.source === "custom" ? (m.schedule.startsOn ?? "") : "");
  const [invalid, setInvalid] = useState<string[]>([]);
  const submit = () => {
    const interval = Number(intervalDays);
    const tolerance = Number(toleranceDays);
    const bad = [
      ...(!Number.isInteger(interval) || interval < 7 || interval > 730 ? ["intervalDays"] : []),
      ...(!Number.isInteger(tolerance) || tolerance < 0 || tolerance * 2 >= interval ? ["toleranceDays"] : []),
    ];
    setInvalid(bad);
    if (enabled && bad.length) return;
    save.mutate(
      {
        enabled,
        intervalDays: bad.includes("intervalDays") ? 90 : interval,
        toleranceDays: bad.length ? 14 : tolerance,
        startsOn: startsOn || null,
      },
      { onSuccess: onClose },
    );
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("checkins.scheduleTitle")}
      description={t("checkins.scheduleDescription")}
      onSubmit={submit}
      submitLabel={t("checkins.saveSchedule")}
      pending={save.isPending}
      error={save.error}
      formTestId="schedule-form"
      submitTestId="schedule-save"
    >
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} data-testid="schedule-enabled" />
        {t("checkins.scheduleEnabled")}
      </label>
      {enabled && (
        <div className="form-grid">
          <FormField
            label={t("checkins.intervalDays")}
            name="intervalDays"
            hint={t("checkins.intervalHint")}
            error={invalid.includes("intervalDays") && t("checkins.intervalInvalid")}
          >
            {(p) => (
              <input
                {...p}
                className="input"
                type="number"
                min={7}
                max={730}
                value={intervalDays}
                onChange={(e) => setIntervalDays(e.target.value)}
                data-testid="schedule-interval"
              />
            )}
          </FormField>
          <FormField
            label={t("checkins.toleranceDays")}
            name="toleranceDays"
            hint={t("checkins.toleranceHint")}
            error={invalid.includes("toleranceDays") && t("checkins.toleranceInvalid")}
          >
            {(p) => (
              <input
                {...p}
                className="input"
                type="number"
                min={0}
                max={90}
                value={toleranceDays}
                onChange={(e) => setToleranceDays(e.target.value)}
                data-testid="schedule-tolerance"
              />
            )}
          </FormField>
          <FormField label={t("checkins.startsOn")} name="startsOn" hint={t("checkins.startsOnHint")} className="span-2">
            {(p) => (
              <input
                {...p}
                className="input"
                type="date"
                value={startsOn}
                onChange={(e) => setStartsOn(e.target.value)}
                data-testid="schedule-starts"
              />
            )}
          </FormField>
        </div>
      )}
    </FormDialog>
  );
}

function CheckInDialog({ engagementId, indicators, onClose }: { engagementId: string; indicators: Indicator[]; onClose: () => void }) {
  const { t } = useTranslation("engagements");
  const add = useAddCheckIn(engagementId);
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [notes, setNotes] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const submit = () => {
    const vs = Object.entries(values)
      .filter(([, v]) => v.trim() !== "")
      .map(([indicatorId, v]) => ({ indicatorId, value: Number(v.replace(",", ".")) }));
    add.mutate({ occurredOn, notes: notes.trim() || null, values: vs }, { onSuccess: onClose });
  };
  return (
    <FormDialog
      open
      onClose={onClose}
      title={t("checkins.add")}
      onSubmit={submit}
      submitLabel={t("checkins.save")}
      pending={add.isPending}
      error={add.error}
      formTestId="check-in-form"
      submitTestId="check-in-save"
    >
      <div className="form-grid">
        <FormField label={t("checkins.date")} name="occurredOn">
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
        </FormField>
        {indicators.map((i) => (
          <FormField
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
          </FormField>
        ))}
        <FormField label={t("checkins.notes")} className="span-2" name="notes">
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
        </FormField>
      </div>
      {indicators.length === 0 && <p className="small muted">{t("checkins.noIndicators")}</p>}
    </FormDialog>
  );
}

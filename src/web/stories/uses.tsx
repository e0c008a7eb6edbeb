import { useQuery } from "@tanstack/react-query";
import { Flag, Megaphone, Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { Field, FormError, fieldError } from "../components/field";
import { ErrorState } from "../components/states";
import type { Engagement } from "../engagements/api";
import { api, ApiError, type Page } from "../lib/api";
import { formatDate, todayIso } from "../lib/format";
import { STORY_CHANNELS, useAddUse, useUses } from "./api";
import { SubmitButton } from "../components/form-dialog";

/** Engagements to record a use in (titles with their company). */
function useEngagementOptions() {
  return useQuery({
    queryKey: ["engagements", "options"],
    queryFn: () => api<Page<Engagement>>("/engagements", { query: { sort: "title", limit: 500 } }),
    staleTime: 60_000,
  });
}

/** Every use of a story; uses no consent covers any more are flagged (take them down), with the reason in words. */
export function Uses({ storyId }: { storyId: string }) {
  const { t } = useTranslation("stories");
  const { canWrite } = useActiveOrg();
  const q = useUses(storyId);
  const [adding, setAdding] = useState(false);
  const items = q.data?.items ?? [];
  const flagged = items.filter((u) => u.flagged).length;
  return (
    <section className="card" aria-labelledby="uses-title" data-testid="uses">
      <div className="card-header">
        <h2 id="uses-title" className="row">
          <Megaphone size={16} aria-hidden /> {t("uses.title")}
        </h2>
        {canWrite && !adding && (
          <button type="button" className="btn btn-sm" onClick={() => setAdding(true)} data-testid="add-use">
            <Plus size={14} aria-hidden /> {t("uses.add")}
          </button>
        )}
      </div>
      {adding && <UseForm storyId={storyId} onDone={() => setAdding(false)} />}
      {flagged > 0 && (
        <div className="card-body" style={{ paddingBottom: 0 }}>
          <div className="alert alert-danger" role="status">
            <Flag size={16} aria-hidden /> {t("uses.flaggedSummary", { count: flagged })}
          </div>
        </div>
      )}
      {q.isPending ? (
        <div className="card-body muted">{t("common:loading")}</div>
      ) : q.error ? (
        <div className="card-body">
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        </div>
      ) : items.length === 0 ? (
        <div className="card-body muted small">{t("uses.none")}</div>
      ) : (
        <div className="table-wrap flat">
          <table className="table" data-testid="uses-table">
            <thead>
              <tr>
                <th scope="col">{t("uses.date")}</th>
                <th scope="col">{t("uses.engagement")}</th>
                <th scope="col">{t("uses.channel")}</th>
                <th scope="col">{t("uses.status")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <tr key={u.id} data-testid="use" data-flagged={u.flagged || undefined} className={u.flagged ? "row-flagged" : undefined}>
                  <td className="small">{formatDate(u.usedOn)}</td>
                  <td className="wrap">
                    {u.engagement ? (
                      <Link to={`/partnerships/${u.engagement.id}`}>{u.engagement.title}</Link>
                    ) : (
                      <span className="muted">—</span>
                    )}
                    {u.note && <div className="cell-sub">{u.note}</div>}
                  </td>
                  <td>
                    <span className="badge badge-primary">{t(`channels.${u.channel}`)}</span>
                  </td>
                  <td className="wrap">
                    {u.flagged ? (
                      <span className="stack" style={{ gap: 2 }}>
                        <span className="badge badge-danger" style={{ alignSelf: "flex-start" }}>
                          <Flag size={12} aria-hidden /> {t("uses.flagged")}
                        </span>
                        <span className="small">
                          {t(`reasons.${u.flagReason ?? "no_consent"}`, { channel: t(`channels.${u.channel}`) })}
                        </span>
                      </span>
                    ) : (
                      <span className="badge badge-success">{t("uses.covered")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function UseForm({ storyId, onDone }: { storyId: string; onDone: () => void }) {
  const { t } = useTranslation("stories");
  const add = useAddUse(storyId);
  const engagements = useEngagementOptions();
  const [engagementId, setEngagementId] = useState("");
  const [channel, setChannel] = useState("");
  const [usedOn, setUsedOn] = useState(todayIso());
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  const refused = add.error instanceof ApiError && add.error.status === 409 ? add.error : null;
  const reason = refused && typeof refused.body.reason === "string" ? refused.body.reason : "no_consent";
  const err = (path: string) => (missing.includes(path) ? t("form.required") : fieldError(add.error, path));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = [...(!engagementId ? ["engagementId"] : []), ...(!channel ? ["channel"] : [])];
    setMissing(empty);
    if (empty.length) return;
    add.mutate({ engagementId, channel, usedOn, note: note.trim() || null }, { onSuccess: onDone });
  };

  return (
    <form
      className="form card-body"
      style={{ borderBottom: "1px solid var(--color-border)" }}
      onSubmit={submit}
      noValidate
      data-testid="use-form"
    >
      {refused ? (
        <div className="alert alert-danger" role="alert" data-testid="use-refused" data-reason={reason}>
          <Flag size={16} aria-hidden />
          <div>
            <strong>{t("uses.refused")}</strong> {t(`reasons.${reason}`, { channel: t(`channels.${channel}`) })}
            <div className="small">{t("uses.refusedHelp")}</div>
          </div>
        </div>
      ) : (
        <FormError error={add.error} />
      )}
      <div className="form-grid">
        <Field label={t("uses.engagement")} error={err("engagementId")}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={engagementId}
              onChange={(e) => setEngagementId(e.target.value)}
              data-testid="use-engagement"
            >
              <option value="">{t("uses.chooseEngagement")}</option>
              {engagements.data?.items.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title} · {e.company.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("uses.channel")} error={err("channel")}>
          {(p) => (
            <select {...p} className="select" value={channel} onChange={(e) => setChannel(e.target.value)} data-testid="use-channel">
              <option value="">{t("uses.chooseChannel")}</option>
              {STORY_CHANNELS.map((ch) => (
                <option key={ch} value={ch}>
                  {t(`channels.${ch}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("uses.date")} error={err("usedOn")}>
          {(p) => (
            <input {...p} type="date" className="input" value={usedOn} onChange={(e) => setUsedOn(e.target.value)} data-testid="use-date" />
          )}
        </Field>
        <Field label={t("uses.note")} error={err("note")}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={note}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t("uses.notePlaceholder")}
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onDone}>
          {t("common:actions.cancel")}
        </button>
        <SubmitButton pending={add.isPending} testId="use-save">
          {t("uses.save")}
        </SubmitButton>
      </div>
    </form>
  );
}

import { FileSignature, Plus, Undo2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useActiveOrg } from "../app/session";
import { useCompany } from "../companies/api";
import { CompanyPicker, type CompanyRef } from "../components/company-picker";
import { ConfirmDialog } from "../components/confirm-dialog";
import { Field, FormError, fieldError } from "../components/field";
import { ErrorState } from "../components/states";
import { formatDate, todayIso } from "../lib/format";
import { STORY_CHANNELS, useAddConsent, useConsents, useWithdrawConsent, type Consent } from "./api";
import { SubmitButton } from "../components/form-dialog";

const STATUS_CLASS = { active: "badge-success", not_yet_valid: "badge-warning", expired: "", withdrawn: "badge-danger" } as const;

/** A story's consents: who (pseudonymous), for which channels and partner, how long; withdrawal is one click and a confirmation. */
export function Consents({ storyId, onWithdrawn }: { storyId: string; onWithdrawn: (flagged: number) => void }) {
  const { t } = useTranslation("stories");
  const { canWrite } = useActiveOrg();
  const q = useConsents(storyId);
  const withdraw = useWithdrawConsent();
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [note, setNote] = useState("");
  const items = q.data?.items ?? [];

  return (
    <section className="card" aria-labelledby="consents-title" data-testid="consents">
      <div className="card-header">
        <h2 id="consents-title" className="row">
          <FileSignature size={16} aria-hidden /> {t("consents.title")}
        </h2>
        {canWrite && !adding && (
          <button type="button" className="btn btn-sm" onClick={() => setAdding(true)} data-testid="add-consent">
            <Plus size={14} aria-hidden /> {t("consents.add")}
          </button>
        )}
      </div>
      {adding && <ConsentForm storyId={storyId} onDone={() => setAdding(false)} />}
      {q.isPending ? (
        <div className="card-body muted">{t("common:loading")}</div>
      ) : q.error ? (
        <div className="card-body">
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        </div>
      ) : items.length === 0 ? (
        <div className="card-body muted small">{t("consents.none")}</div>
      ) : (
        <ul className="task-list">
          {[...items].reverse().map((c) => (
            <li key={c.id} data-testid="consent" data-status={c.status}>
              <div className="task-main">
                <span className="row">
                  <strong className="mono">{c.reference}</strong>
                  <span className={`badge ${STATUS_CLASS[c.status]}`}>{t(`consents.status.${c.status}`)}</span>
                </span>
                <span className="tag-list">
                  {c.channels.map((ch) => (
                    <span key={ch} className="badge badge-primary">
                      {t(`channels.${ch}`)}
                    </span>
                  ))}
                </span>
                <span className="task-sub">
                  <span>
                    {c.validUntil
                      ? t("consents.validRange", { from: formatDate(c.validFrom), until: formatDate(c.validUntil) })
                      : t("consents.validFrom", { from: formatDate(c.validFrom) })}
                  </span>
                  <span>{c.companyId ? <PartnerName id={c.companyId} /> : t("consents.anyPartner")}</span>
                </span>
                <span className="task-sub">
                  {t("consents.recordedBy", { name: c.recordedBy?.name ?? "—", date: formatDate(c.createdAt) })}
                  {c.withdrawnAt && (
                    <span>{t("consents.withdrawnOn", { date: formatDate(c.withdrawnAt), name: c.withdrawnBy?.name ?? "—" })}</span>
                  )}
                </span>
                {c.withdrawalNote && <span className="small muted">{c.withdrawalNote}</span>}
              </div>
              {canWrite && c.status !== "withdrawn" && (
                <button type="button" className="btn btn-sm" onClick={() => setWithdrawing(c)} data-testid="consent-withdraw">
                  <Undo2 size={14} aria-hidden /> {t("consents.withdraw")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={!!withdrawing}
        onClose={() => {
          setWithdrawing(null);
          setNote("");
        }}
        danger
        title={t("consents.withdrawTitle", { reference: withdrawing?.reference ?? "" })}
        description={t("consents.withdrawBody")}
        confirmLabel={t("consents.withdraw")}
        busy={withdraw.isPending}
        onConfirm={() => {
          if (!withdrawing) return;
          withdraw.mutate(
            { id: withdrawing.id, note },
            {
              onSuccess: (r) => {
                setWithdrawing(null);
                setNote("");
                onWithdrawn(r.flaggedUses);
              },
            },
          );
        }}
      >
        <Field label={t("consents.withdrawNote")}>
          {(p) => <input {...p} className="input" value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </ConfirmDialog>
    </section>
  );
}

function PartnerName({ id }: { id: string }) {
  const { t } = useTranslation("stories");
  const q = useCompany(id);
  return <>{t("consents.onlyPartner", { name: q.data?.name ?? "…" })}</>;
}

function ConsentForm({ storyId, onDone }: { storyId: string; onDone: () => void }) {
  const { t } = useTranslation("stories");
  const add = useAddConsent(storyId);
  const [reference, setReference] = useState("");
  const [channels, setChannels] = useState<string[]>([]);
  const [scoped, setScoped] = useState(false);
  const [company, setCompany] = useState<CompanyRef | null>(null);
  const [validFrom, setValidFrom] = useState(todayIso());
  const [validUntil, setValidUntil] = useState("");
  const [missing, setMissing] = useState<string[]>([]);
  const err = (path: string) => (missing.includes(path) ? t(`consents.missing.${path}`) : fieldError(add.error, path));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = [
      ...(!reference.trim() ? ["reference"] : []),
      ...(!channels.length ? ["channels"] : []),
      ...(scoped && !company ? ["companyId"] : []),
    ];
    setMissing(empty);
    if (empty.length) return;
    add.mutate(
      {
        reference: reference.trim(),
        channels,
        companyId: scoped ? (company?.id ?? null) : null,
        validFrom,
        validUntil: validUntil || null,
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form
      className="form card-body"
      style={{ borderBottom: "1px solid var(--color-border)" }}
      onSubmit={submit}
      noValidate
      data-testid="consent-form"
    >
      <FormError error={add.error} />
      <Field label={t("consents.reference")} hint={t("consents.referenceHint")} error={err("reference")}>
        {(p) => (
          <input
            {...p}
            className="input mono"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            autoComplete="off"
            autoFocus
            data-testid="consent-reference"
          />
        )}
      </Field>
      <fieldset aria-describedby={err("channels") ? "consent-channels-err" : undefined}>
        <legend>{t("consents.channels")}</legend>
        <div className="stack" style={{ gap: 6 }}>
          {STORY_CHANNELS.map((ch) => (
            <label key={ch} className="checkbox">
              <input
                type="checkbox"
                checked={channels.includes(ch)}
                onChange={() => setChannels((x) => (x.includes(ch) ? x.filter((y) => y !== ch) : [...x, ch]))}
                data-testid={`consent-channel-${ch}`}
              />
              {t(`channels.${ch}`)}
            </label>
          ))}
        </div>
        {err("channels") && (
          <span className="error small" id="consent-channels-err" style={{ color: "var(--color-danger)" }}>
            {err("channels")}
          </span>
        )}
      </fieldset>
      <fieldset>
        <legend>{t("consents.partner")}</legend>
        <div className="radio-row">
          <label className="checkbox">
            <input type="radio" name="consent-scope" checked={!scoped} onChange={() => setScoped(false)} /> {t("consents.anyPartner")}
          </label>
          <label className="checkbox">
            <input type="radio" name="consent-scope" checked={scoped} onChange={() => setScoped(true)} data-testid="consent-scoped" />{" "}
            {t("consents.onePartner")}
          </label>
        </div>
      </fieldset>
      {scoped && (
        <Field label={t("consents.partnerCompany")} error={err("companyId")}>
          {(p) => <CompanyPicker {...p} value={company} onChange={setCompany} testId="consent-company" />}
        </Field>
      )}
      <div className="form-grid">
        <Field label={t("consents.validFromLabel")} error={err("validFrom")}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={validFrom}
              onChange={(e) => setValidFrom(e.target.value)}
              data-testid="consent-valid-from"
            />
          )}
        </Field>
        <Field label={t("consents.validUntilLabel")} hint={t("consents.validUntilHint")} error={err("validUntil")}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={validUntil}
              onChange={(e) => setValidUntil(e.target.value)}
              data-testid="consent-valid-until"
            />
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onDone}>
          {t("common:actions.cancel")}
        </button>
        <SubmitButton pending={add.isPending} testId="consent-save">
          {t("consents.save")}
        </SubmitButton>
      </div>
    </form>
  );
}

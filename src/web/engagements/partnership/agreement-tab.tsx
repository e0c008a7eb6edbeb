import { FileDown, FileSignature, Paperclip, Pencil, Plus, Trash2 } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { docLang } from "../../lib/i18n";
import { useActiveOrg } from "../../app/session";
import { Field, FormError, fieldError } from "../../components/field";
import { EmptyState, ErrorState, Loading } from "../../components/states";
import { useToast } from "../../components/toast";
import { formatDate, formatNumber } from "../../lib/format";
import { useAddIndicator, useAgreement, useDeleteIndicator, useSaveAgreement, useUploadSignedFile, type Agreement } from "./api";
import { SubmitButton } from "../../components/form-dialog";

const lines = (s: string) =>
  s
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean);

/** The agreement (MoU or contract): terms, signatures, indicators with baseline and target, the signed copy, and draft downloads. */
export function AgreementTab({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const q = useAgreement(engagementId);
  const [editing, setEditing] = useState(false);
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  return (
    <div className="grid-2">
      <div className="stack-lg">
        {editing ? (
          <AgreementForm engagementId={engagementId} agreement={a} onDone={() => setEditing(false)} />
        ) : a ? (
          <AgreementView agreement={a} onEdit={canWrite ? () => setEditing(true) : undefined} />
        ) : (
          <div className="card">
            <EmptyState
              icon={FileSignature}
              title={t("agreement.noneTitle")}
              action={
                canWrite && (
                  <button type="button" className="btn btn-primary" onClick={() => setEditing(true)} data-testid="agreement-record">
                    <Plus size={15} aria-hidden /> {t("agreement.record")}
                  </button>
                )
              }
            >
              {t("agreement.noneBody")}
            </EmptyState>
          </div>
        )}
        {a && <Indicators engagementId={engagementId} agreement={a} />}
      </div>
      <div className="stack-lg">
        <section className="card" aria-labelledby="draft-title">
          <div className="card-header">
            <h2 id="draft-title">{t("agreement.draftTitle")}</h2>
          </div>
          <div className="card-body stack" style={{ gap: 10 }}>
            <p className="small muted">{t("agreement.draftHelp")}</p>
            <div className="row">
              <a
                className="btn btn-sm"
                href={`/api/v1/engagements/${engagementId}/agreement/draft.docx?lang=${docLang(i18n.language)}`}
                download
                data-testid="draft-docx"
              >
                <FileDown size={14} aria-hidden /> {t("agreement.draftDocx")}
              </a>
              <a
                className="btn btn-sm"
                href={`/api/v1/engagements/${engagementId}/agreement/draft.pdf?lang=${docLang(i18n.language)}`}
                download
                data-testid="draft-pdf"
              >
                <FileDown size={14} aria-hidden /> {t("agreement.draftPdf")}
              </a>
            </div>
          </div>
        </section>
        {a && <SignedFile engagementId={engagementId} agreement={a} canWrite={canWrite} />}
      </div>
    </div>
  );
}

function AgreementView({ agreement: a, onEdit }: { agreement: Agreement; onEdit?: () => void }) {
  const { t } = useTranslation("engagements");
  const dash = <span className="muted">—</span>;
  const list = (xs: string[]) =>
    xs.length ? (
      <ul style={{ margin: 0, paddingLeft: 18 }}>
        {xs.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ul>
    ) : (
      dash
    );
  return (
    <section className="card" aria-labelledby="agreement-title" data-testid="agreement">
      <div className="card-header">
        <h2 id="agreement-title" className="row">
          {t(`agreement.kinds.${a.kind}`)}
          <span className={`badge ${a.signed ? "badge-success" : "badge-warning"}`}>
            {a.signed ? t("agreement.signed") : t("agreement.notSigned")}
          </span>
          {a.confidential && <span className="badge badge-danger">{t("agreement.confidential")}</span>}
          {a.clearedForPublication && <span className="badge badge-primary">{t("agreement.cleared")}</span>}
        </h2>
        {onEdit && (
          <button type="button" className="btn btn-sm" onClick={onEdit} data-testid="agreement-edit">
            <Pencil size={14} aria-hidden /> {t("common:actions.edit")}
          </button>
        )}
      </div>
      <div className="card-body">
        <dl className="dl">
          <dt>{t("agreement.goals")}</dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{a.goals ?? dash}</dd>
          <dt>{t("agreement.ngoResponsibilities")}</dt>
          <dd>{list(a.ngoResponsibilities)}</dd>
          <dt>{t("agreement.companyResponsibilities")}</dt>
          <dd>{list(a.companyResponsibilities)}</dd>
          <dt>{t("agreement.activities")}</dt>
          <dd>{list(a.activities)}</dd>
          <dt>{t("agreement.period")}</dt>
          <dd>{a.startsOn || a.endsOn ? `${formatDate(a.startsOn) || "…"} – ${formatDate(a.endsOn) || "…"}` : dash}</dd>
          <dt>{t("agreement.signatures")}</dt>
          <dd>
            {t("agreement.ngoSigned", { date: formatDate(a.ngoSignedOn) || "—" })}
            <br />
            {t("agreement.companySigned", { date: formatDate(a.companySignedOn) || "—" })}
          </dd>
          <dt>{t("agreement.confidentialityClause")}</dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{a.confidentialityClause ?? dash}</dd>
          <dt>{t("agreement.nameUseTerms")}</dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{a.nameUseTerms ?? dash}</dd>
          <dt>{t("agreement.publicStatementTerms")}</dt>
          <dd style={{ whiteSpace: "pre-wrap" }}>{a.publicStatementTerms ?? dash}</dd>
        </dl>
      </div>
    </section>
  );
}

function AgreementForm({ engagementId, agreement: a, onDone }: { engagementId: string; agreement: Agreement | null; onDone: () => void }) {
  const { t } = useTranslation("engagements");
  const save = useSaveAgreement(engagementId);
  const toast = useToast();
  const [v, setV] = useState({
    kind: a?.kind ?? "mou",
    goals: a?.goals ?? "",
    ngoResponsibilities: a?.ngoResponsibilities.join("\n") ?? "",
    companyResponsibilities: a?.companyResponsibilities.join("\n") ?? "",
    activities: a?.activities.join("\n") ?? "",
    startsOn: a?.startsOn ?? "",
    endsOn: a?.endsOn ?? "",
    ngoSignedOn: a?.ngoSignedOn ?? "",
    companySignedOn: a?.companySignedOn ?? "",
    confidentialityClause: a?.confidentialityClause ?? "",
    nameUseTerms: a?.nameUseTerms ?? "",
    publicStatementTerms: a?.publicStatementTerms ?? "",
    confidential: a?.confidential ?? false,
    clearedForPublication: a?.clearedForPublication ?? false,
  });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const err = (p: string) => fieldError(save.error, p);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        ...v,
        goals: v.goals || null,
        ngoResponsibilities: lines(v.ngoResponsibilities),
        companyResponsibilities: lines(v.companyResponsibilities),
        activities: lines(v.activities),
        startsOn: v.startsOn || null,
        endsOn: v.endsOn || null,
        ngoSignedOn: v.ngoSignedOn || null,
        companySignedOn: v.companySignedOn || null,
        confidentialityClause: v.confidentialityClause || null,
        nameUseTerms: v.nameUseTerms || null,
        publicStatementTerms: v.publicStatementTerms || null,
      },
      {
        onSuccess: () => {
          toast.success(t("agreement.saved"));
          onDone();
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="agreement-form-title">
      <div className="card-header">
        <h2 id="agreement-form-title">{a ? t("agreement.editTitle") : t("agreement.record")}</h2>
      </div>
      <form className="form card-body" onSubmit={submit} noValidate data-testid="agreement-form">
        <FormError error={save.error} />
        <fieldset>
          <legend>{t("agreement.kind")}</legend>
          <div className="kind-radios">
            {(["mou", "contract"] as const).map((k) => (
              <label key={k}>
                <input type="radio" name="agreement-kind" checked={v.kind === k} onChange={() => setV((x) => ({ ...x, kind: k }))} />{" "}
                {t(`agreement.kinds.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t("agreement.goals")} error={err("goals")} hint={t("agreement.goalsHint")}>
          {(p) => <textarea {...p} className="textarea" rows={3} value={v.goals} onChange={set("goals")} />}
        </Field>
        <div className="form-grid">
          <Field label={t("agreement.ngoResponsibilities")} error={err("ngoResponsibilities")} hint={t("agreement.onePerLine")}>
            {(p) => (
              <textarea
                {...p}
                className="textarea"
                rows={3}
                value={v.ngoResponsibilities}
                onChange={set("ngoResponsibilities")}
                data-testid="agreement-ngo"
              />
            )}
          </Field>
          <Field label={t("agreement.companyResponsibilities")} error={err("companyResponsibilities")} hint={t("agreement.onePerLine")}>
            {(p) => (
              <textarea
                {...p}
                className="textarea"
                rows={3}
                value={v.companyResponsibilities}
                onChange={set("companyResponsibilities")}
                data-testid="agreement-company"
              />
            )}
          </Field>
          <Field label={t("agreement.activities")} className="span-2" error={err("activities")} hint={t("agreement.onePerLine")}>
            {(p) => <textarea {...p} className="textarea" rows={3} value={v.activities} onChange={set("activities")} />}
          </Field>
          <Field label={t("agreement.startsOn")} error={err("startsOn")}>
            {(p) => (
              <input {...p} type="date" className="input" value={v.startsOn} onChange={set("startsOn")} data-testid="agreement-starts" />
            )}
          </Field>
          <Field label={t("agreement.endsOn")} error={err("endsOn")}>
            {(p) => <input {...p} type="date" className="input" value={v.endsOn} onChange={set("endsOn")} data-testid="agreement-ends" />}
          </Field>
          <Field label={t("agreement.ngoSignedOn")} error={err("ngoSignedOn")}>
            {(p) => <input {...p} type="date" className="input" value={v.ngoSignedOn} onChange={set("ngoSignedOn")} />}
          </Field>
          <Field label={t("agreement.companySignedOn")} error={err("companySignedOn")}>
            {(p) => <input {...p} type="date" className="input" value={v.companySignedOn} onChange={set("companySignedOn")} />}
          </Field>
          <Field label={t("agreement.confidentialityClause")} className="span-2" error={err("confidentialityClause")}>
            {(p) => (
              <textarea {...p} className="textarea" rows={2} value={v.confidentialityClause} onChange={set("confidentialityClause")} />
            )}
          </Field>
          <Field label={t("agreement.nameUseTerms")} className="span-2" error={err("nameUseTerms")}>
            {(p) => <textarea {...p} className="textarea" rows={2} value={v.nameUseTerms} onChange={set("nameUseTerms")} />}
          </Field>
          <Field label={t("agreement.publicStatementTerms")} className="span-2" error={err("publicStatementTerms")}>
            {(p) => <textarea {...p} className="textarea" rows={2} value={v.publicStatementTerms} onChange={set("publicStatementTerms")} />}
          </Field>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={v.confidential} onChange={(e) => setV((x) => ({ ...x, confidential: e.target.checked }))} />{" "}
          {t("agreement.confidentialLabel")}
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={v.clearedForPublication}
            onChange={(e) => setV((x) => ({ ...x, clearedForPublication: e.target.checked }))}
          />{" "}
          {t("agreement.clearedLabel")}
        </label>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onDone}>
            {t("common:actions.cancel")}
          </button>
          <SubmitButton pending={save.isPending} testId="agreement-save">
            {t("agreement.save")}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

function Indicators({ engagementId, agreement: a }: { engagementId: string; agreement: Agreement }) {
  const { t } = useTranslation("engagements");
  const { canWrite } = useActiveOrg();
  const add = useAddIndicator(engagementId);
  const del = useDeleteIndicator(engagementId);
  const [v, setV] = useState({ name: "", unit: "", baseline: "", target: "" });
  const [missing, setMissing] = useState(false);
  const num = (s: string) => (s.trim() === "" ? null : Number(s.replace(",", ".")));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!v.name.trim()) return setMissing(true);
    add.mutate(
      { name: v.name.trim(), unit: v.unit.trim() || null, baseline: num(v.baseline), target: num(v.target) },
      { onSuccess: () => setV({ name: "", unit: "", baseline: "", target: "" }) },
    );
  };
  return (
    <section className="card" aria-labelledby="indicators-title" data-testid="indicators">
      <div className="card-header">
        <h2 id="indicators-title">{t("indicators.title")}</h2>
      </div>
      {a.indicators.length === 0 ? (
        <div className="card-body muted small">{t("indicators.none")}</div>
      ) : (
        <div className="table-wrap flat">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("indicators.name")}</th>
                <th scope="col" className="num">
                  {t("indicators.baseline")}
                </th>
                <th scope="col" className="num">
                  {t("indicators.target")}
                </th>
                <th scope="col" className="num">
                  {t("indicators.latest")}
                </th>
                <th scope="col">{t("indicators.progress")}</th>
                {canWrite && (
                  <th scope="col">
                    <span className="sr-only">{t("common:actions.delete")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {a.indicators.map((i) => {
                const pct = i.progress === null ? null : Math.round(i.progress * 100);
                return (
                  <tr key={i.id} data-testid="indicator">
                    <td className="wrap">
                      {i.name}
                      {i.unit && <div className="cell-sub">{i.unit}</div>}
                    </td>
                    <td className="num">{i.baseline === null ? "—" : formatNumber(i.baseline)}</td>
                    <td className="num">{i.target === null ? "—" : formatNumber(i.target)}</td>
                    <td className="num">{i.latest ? formatNumber(i.latest.value) : "—"}</td>
                    <td style={{ minWidth: 120 }}>
                      {pct === null ? (
                        <span className="muted small">—</span>
                      ) : (
                        <div className="row" style={{ flexWrap: "nowrap" }}>
                          <div
                            className="progress"
                            style={{ flex: 1 }}
                            role="progressbar"
                            aria-valuenow={Math.min(pct, 100)}
                            aria-valuemin={0}
                            aria-valuemax={100}
                            aria-label={t("indicators.progressOf", { name: i.name })}
                          >
                            <div style={{ width: `${Math.max(0, Math.min(pct, 100))}%` }} />
                          </div>
                          <span className="small">{pct}%</span>
                        </div>
                      )}
                    </td>
                    {canWrite && (
                      <td>
                        <button
                          type="button"
                          className="btn btn-ghost btn-icon btn-sm"
                          onClick={() => del.mutate(i.id)}
                          aria-label={t("indicators.delete", { name: i.name })}
                          title={t("indicators.delete", { name: i.name })}
                        >
                          <Trash2 size={14} aria-hidden />
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && (
        <form
          className="card-body stack"
          style={{ borderTop: "1px solid var(--color-border)", gap: 8 }}
          onSubmit={submit}
          noValidate
          data-testid="indicator-form"
        >
          <FormError error={add.error} />
          <div className="inline-form indicator-form">
            <Field
              label={t("indicators.name")}
              error={missing && !v.name.trim() ? t("indicators.nameRequired") : fieldError(add.error, "name")}
            >
              {(p) => (
                <input
                  {...p}
                  className="input"
                  value={v.name}
                  onChange={(e) => setV((x) => ({ ...x, name: e.target.value }))}
                  placeholder={t("indicators.namePlaceholder")}
                  data-testid="indicator-name"
                />
              )}
            </Field>
            <Field label={t("indicators.unit")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  value={v.unit}
                  onChange={(e) => setV((x) => ({ ...x, unit: e.target.value }))}
                  data-testid="indicator-unit"
                />
              )}
            </Field>
            <Field label={t("indicators.baseline")} error={fieldError(add.error, "baseline")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  inputMode="decimal"
                  value={v.baseline}
                  onChange={(e) => setV((x) => ({ ...x, baseline: e.target.value }))}
                  data-testid="indicator-baseline"
                />
              )}
            </Field>
            <Field label={t("indicators.target")} error={fieldError(add.error, "target")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  inputMode="decimal"
                  value={v.target}
                  onChange={(e) => setV((x) => ({ ...x, target: e.target.value }))}
                  data-testid="indicator-target"
                />
              )}
            </Field>
            <button type="submit" className="btn btn-primary" disabled={add.isPending} data-testid="indicator-add">
              <Plus size={15} aria-hidden /> {t("indicators.add")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function SignedFile({ engagementId, agreement: a, canWrite }: { engagementId: string; agreement: Agreement; canWrite: boolean }) {
  const { t } = useTranslation("engagements");
  const upload = useUploadSignedFile(engagementId);
  const toast = useToast();
  return (
    <section className="card" aria-labelledby="signed-title">
      <div className="card-header">
        <h2 id="signed-title">{t("agreement.signedCopy")}</h2>
      </div>
      <div className="card-body stack" style={{ gap: 10 }}>
        {a.signedFile ? (
          <a
            href={`/api/v1/engagements/${engagementId}/agreement/signed-file`}
            className="row"
            style={{ display: "inline-flex" }}
            data-testid="signed-file"
          >
            <Paperclip size={14} aria-hidden /> {a.signedFile.filename}
          </a>
        ) : (
          <p className="small muted">{t("agreement.noSignedCopy")}</p>
        )}
        {canWrite && (
          <label className="btn btn-sm" style={{ alignSelf: "flex-start" }}>
            <Paperclip size={14} aria-hidden /> {a.signedFile ? t("agreement.replaceSigned") : t("agreement.attachSigned")}
            <input
              type="file"
              className="sr-only"
              accept=".pdf,.docx,.doc,.odt,.png,.jpg,.jpeg"
              onChange={(e) => {
                const f = e.target.files?.[0];
                if (f) upload.mutate(f, { onSuccess: () => toast.success(t("agreement.signedAttached")) });
                e.target.value = "";
              }}
            />
          </label>
        )}
      </div>
    </section>
  );
}

import { Plus, X } from "lucide-react";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../components/dialog";
import { Field, FormError, fieldError } from "../components/field";
import { naceDivisionLabel } from "../lib/nace";
import { usePutSectorRisks, type SectorRisk } from "./sector-risks-api";
import { SubmitButton } from "../components/form-dialog";

const NACE = /^\d{2}(\.\d{1,2})?$/;
const blank: SectorRisk = { naceCode: "", label: "", level: "high", reason: "", sources: [] };

interface Props {
  open: boolean;
  onClose: () => void;
  /** The whole list as it is now (the API replaces the list). */
  items: SectorRisk[];
  /** Index of the row to edit; null: a new row. */
  index: number | null;
  onSaved: () => void;
}

/** Adds or changes one sector of the organisation's sector-risk list, with its reason and sources. */
export function SectorRiskDialog({ open, onClose, items, index, onSaved }: Props) {
  const { t } = useTranslation("sectorRisks");
  const [v, setV] = useState<SectorRisk>(blank);
  const [local, setLocal] = useState<Record<string, string>>({});
  const put = usePutSectorRisks();
  const at = index ?? items.length;

  useEffect(() => {
    if (open) {
      setV(index === null ? blank : structuredClone(items[index]));
      setLocal({});
      put.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, index]);

  useEffect(() => setLocal({}), [v]);
  // Server errors come as items.<index>.<field>; ours are keyed by field.
  const err = (p: string) => local[p] ?? fieldError(put.error, `items.${at}.${p}`);
  const setSource = (i: number, k: "title" | "publisher" | "url", value: string) =>
    setV((x) => ({ ...x, sources: x.sources.map((s, j) => (j === i ? { ...s, [k]: value } : s)) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = v.naceCode.trim();
    const problems: Record<string, string> = {};
    if (!NACE.test(code)) problems.naceCode = t("form.codeInvalid");
    else if (items.some((s, i) => i !== index && s.naceCode === code)) problems.naceCode = t("form.codeTwice", { code });
    if (!v.label.trim()) problems.label = t("form.labelRequired");
    if (!v.reason.trim()) problems.reason = t("form.reasonRequired");
    v.sources.forEach((s, i) => {
      if (!s.title.trim()) problems[`sources.${i}.title`] = t("form.sourceTitleRequired");
      if (s.url && !/^https?:\/\/\S+$/i.test(s.url.trim())) problems[`sources.${i}.url`] = t("form.urlInvalid");
    });
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const row: SectorRisk = {
      naceCode: code,
      label: v.label.trim(),
      level: v.level,
      reason: v.reason.trim(),
      sources: v.sources.map((s) => ({
        title: s.title.trim(),
        ...(s.publisher?.trim() ? { publisher: s.publisher.trim() } : {}),
        ...(s.url?.trim() ? { url: s.url.trim() } : {}),
      })),
    };
    const next = index === null ? [...items, row] : items.map((s, i) => (i === index ? row : s));
    put.mutate(next, { onSuccess: onSaved });
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title={index === null ? t("form.newTitle") : t("form.editTitle", { code: items[index]?.naceCode ?? "" })}
      description={t("form.description")}
      testId="sector-risk-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t("common:actions.cancel")}
          </button>
          <SubmitButton form="sector-risk-form" pending={put.isPending} testId="sector-risk-save">
            {index === null ? t("form.add") : t("common:actions.saveChanges")}
          </SubmitButton>
        </>
      }
    >
      <form id="sector-risk-form" className="stack-lg" onSubmit={submit} noValidate>
        <FormError error={put.error} />
        <div className="form-grid">
          <Field label={t("form.code")} error={err("naceCode")} hint={t("form.codeHint")}>
            {(p) => (
              <input
                {...p}
                className="input mono"
                value={v.naceCode}
                inputMode="decimal"
                maxLength={5}
                onChange={(e) => setV((x) => ({ ...x, naceCode: e.target.value }))}
                // Suggest the division's name when the label is still empty.
                onBlur={() => setV((x) => (x.label.trim() ? x : { ...x, label: naceDivisionLabel(x.naceCode.trim()) ?? "" }))}
                data-testid="sector-code"
              />
            )}
          </Field>
          <Field label={t("form.level")}>
            {(p) => (
              <select
                {...p}
                className="select"
                value={v.level}
                onChange={(e) => setV((x) => ({ ...x, level: e.target.value as SectorRisk["level"] }))}
                data-testid="sector-level"
              >
                <option value="high">{t("levels.high")}</option>
                <option value="medium">{t("levels.medium")}</option>
              </select>
            )}
          </Field>
          <Field label={t("form.label")} error={err("label")} className="span-2">
            {(p) => (
              <input
                {...p}
                className="input"
                value={v.label}
                maxLength={200}
                onChange={(e) => setV((x) => ({ ...x, label: e.target.value }))}
                data-testid="sector-label"
              />
            )}
          </Field>
          <Field label={t("form.reason")} error={err("reason")} hint={t("form.reasonHint")} className="span-2">
            {(p) => (
              <textarea
                {...p}
                className="textarea"
                rows={4}
                value={v.reason}
                maxLength={2000}
                onChange={(e) => setV((x) => ({ ...x, reason: e.target.value }))}
                data-testid="sector-reason"
              />
            )}
          </Field>
        </div>
        <fieldset className="stack">
          <legend>{t("form.sources")}</legend>
          {v.sources.length === 0 && (
            <p className="small muted" style={{ margin: 0 }}>
              {t("form.noSources")}
            </p>
          )}
          {v.sources.map((s, i) => (
            <div key={i} className="sr-source" data-testid="sector-source">
              <Field label={t("form.sourceTitle", { n: i + 1 })} error={err(`sources.${i}.title`)}>
                {(p) => (
                  <input {...p} className="input" value={s.title} maxLength={300} onChange={(e) => setSource(i, "title", e.target.value)} />
                )}
              </Field>
              <Field label={t("form.publisher")}>
                {(p) => (
                  <input
                    {...p}
                    className="input"
                    value={s.publisher ?? ""}
                    maxLength={200}
                    onChange={(e) => setSource(i, "publisher", e.target.value)}
                  />
                )}
              </Field>
              <Field label={t("form.url")} error={err(`sources.${i}.url`)}>
                {(p) => (
                  <input
                    {...p}
                    className="input"
                    type="url"
                    value={s.url ?? ""}
                    maxLength={2000}
                    onChange={(e) => setSource(i, "url", e.target.value)}
                    placeholder="https://"
                  />
                )}
              </Field>
              <button
                type="button"
                className="btn btn-ghost btn-icon btn-sm"
                aria-label={t("form.removeSource", { n: i + 1 })}
                title={t("form.removeSource", { n: i + 1 })}
                onClick={() => setV((x) => ({ ...x, sources: x.sources.filter((_, j) => j !== i) }))}
              >
                <X size={15} aria-hidden />
              </button>
            </div>
          ))}
          {v.sources.length < 20 && (
            <div>
              <button
                type="button"
                className="btn btn-sm"
                onClick={() => setV((x) => ({ ...x, sources: [...x.sources, { title: "" }] }))}
                data-testid="sector-add-source"
              >
                <Plus size={14} aria-hidden /> {t("form.addSource")}
              </button>
            </div>
          )}
        </fieldset>
      </form>
    </Dialog>
  );
}

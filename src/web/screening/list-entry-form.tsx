import { ShieldCheck, ShieldX } from "lucide-react";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CompanyPicker, type CompanyRef } from "../components/company-picker";
import { CountrySelect } from "../components/country-select";
import { Dialog } from "../components/dialog";
import { Field, FormError, fieldError } from "../components/field";
import { LIST_KINDS, useSaveListEntry, type ListEntry, type ListEntryBody, type ListKind } from "./lists-api";
import { SubmitButton } from "../components/form-dialog";

interface Values {
  list: ListKind;
  source: "register" | "other";
  company: CompanyRef | null;
  companyName: string;
  country: string;
  reason: string;
}

const toValues = (e: ListEntry | undefined, company: CompanyRef | undefined, list: ListKind): Values => ({
  list: e?.list ?? list,
  source: e ? (e.companyId ? "register" : "other") : "register",
  company: company ?? (e?.companyId ? { id: e.companyId, name: e.companyName } : null),
  companyName: e?.companyName ?? "",
  country: e?.country ?? "",
  reason: e?.reason ?? "",
});

interface Props {
  open: boolean;
  onClose: () => void;
  /** The entry to edit; none: a new entry. */
  entry?: ListEntry;
  /** A new entry about this company of the register (from the company page): the company is fixed. */
  company?: CompanyRef;
  defaultList?: ListKind;
  onSaved: (e: ListEntry) => void;
}

/** Puts a company on the black or white list with the reason, or changes an entry. */
export function ListEntryDialog({ open, onClose, entry, company, defaultList = "black", onSaved }: Props) {
  const { t } = useTranslation("lists");
  const [v, setV] = useState<Values>(() => toValues(entry, company, defaultList));
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useSaveListEntry(entry?.id);

  useEffect(() => {
    if (open) {
      setV(toValues(entry, company, defaultList));
      setLocal({});
      save.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, entry, company?.id, defaultList]);

  // Our own messages go as soon as the user edits; the server's stay until the next save.
  useEffect(() => setLocal({}), [v]);
  const err = (p: string) => local[p] ?? fieldError(save.error, p);
  const fixedCompany = !!company || (!!entry && !!entry.companyId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Checked here too, so the user reads our wording rather than a schema's.
    const problems: Record<string, string> = {};
    if (!v.reason.trim()) problems.reason = t("form.reasonRequired");
    if (!fixedCompany && v.source === "register" && !v.company) problems.companyId = t("form.companyRequired");
    if (!fixedCompany && v.source === "other") {
      if (!v.companyName.trim()) problems.companyName = t("form.nameRequired");
      if (!v.country) problems.country = t("form.countryRequired");
    }
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const linked = fixedCompany ? (company?.id ?? entry?.companyId ?? null) : v.source === "register" ? v.company!.id : null;
    let body: ListEntryBody | Partial<ListEntryBody>;
    if (entry) {
      body = { list: v.list, reason: v.reason.trim() };
      if (!fixedCompany)
        Object.assign(body, linked ? { companyId: linked } : { companyId: null, companyName: v.companyName.trim(), country: v.country });
    } else {
      body = linked
        ? { list: v.list, companyId: linked, reason: v.reason.trim() }
        : { list: v.list, companyId: null, companyName: v.companyName.trim(), country: v.country, reason: v.reason.trim() };
    }
    save.mutate(body, { onSuccess: onSaved });
  };

  const title = entry
    ? t("form.editTitle", { name: entry.companyName })
    : company
      ? t("form.newTitleFor", { name: company.name })
      : t("form.newTitle");
  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title={title}
      description={t("form.description")}
      testId="list-entry-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t("common:actions.cancel")}
          </button>
          <SubmitButton form="list-entry-form" pending={save.isPending} testId="list-entry-save">
            {entry ? t("common:actions.saveChanges") : t("form.add")}
          </SubmitButton>
        </>
      }
    >
      <form id="list-entry-form" className="stack-lg" onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <fieldset>
          <legend>{t("form.list")}</legend>
          <div className="kind-cards">
            {LIST_KINDS.map((k) => (
              <label key={k} className={`kind-card ${v.list === k ? "selected" : ""}`}>
                <input
                  type="radio"
                  name="list-kind"
                  value={k}
                  checked={v.list === k}
                  onChange={() => setV((x) => ({ ...x, list: k }))}
                  data-testid={`list-kind-${k}`}
                />
                {k === "black" ? <ShieldX size={20} aria-hidden /> : <ShieldCheck size={20} aria-hidden />}
                <span>
                  <strong>{t(`kinds.${k}`)}</strong>
                  <span className="small muted" style={{ display: "block" }}>
                    {t(`kinds.${k}Hint`)}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        {fixedCompany ? (
          <p style={{ margin: 0 }}>
            <span className="muted">{t("form.company")}:</span> <strong>{company?.name ?? entry?.companyName}</strong>
          </p>
        ) : (
          <fieldset className="stack">
            <legend>{t("form.company")}</legend>
            <div className="radio-row">
              {(["register", "other"] as const).map((s) => (
                <label key={s} className="checkbox">
                  <input
                    type="radio"
                    name="list-source"
                    value={s}
                    checked={v.source === s}
                    onChange={() => setV((x) => ({ ...x, source: s }))}
                    data-testid={`list-source-${s}`}
                  />
                  {t(`form.source.${s}`)}
                </label>
              ))}
            </div>
            {v.source === "register" ? (
              <Field label={t("form.pickCompany")} error={err("companyId")}>
                {(p) => (
                  <CompanyPicker
                    {...p}
                    value={v.company}
                    onChange={(c) => setV((x) => ({ ...x, company: c }))}
                    testId="list-company-picker"
                  />
                )}
              </Field>
            ) : (
              <div className="form-grid">
                <Field label={t("form.companyName")} error={err("companyName")}>
                  {(p) => (
                    <input
                      {...p}
                      className="input"
                      value={v.companyName}
                      onChange={(e) => setV((x) => ({ ...x, companyName: e.target.value }))}
                      maxLength={300}
                      data-testid="list-company-name"
                    />
                  )}
                </Field>
                <Field label={t("form.country")} error={err("country")}>
                  {(p) => (
                    <CountrySelect {...p} value={v.country} onChange={(c) => setV((x) => ({ ...x, country: c }))} testId="list-country" />
                  )}
                </Field>
              </div>
            )}
          </fieldset>
        )}

        <Field label={t("form.reason")} error={err("reason")} hint={t("form.reasonHint")}>
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={5}
              value={v.reason}
              maxLength={5000}
              onChange={(e) => setV((x) => ({ ...x, reason: e.target.value }))}
              data-testid="list-reason"
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}

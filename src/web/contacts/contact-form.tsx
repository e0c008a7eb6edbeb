import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CompanyPicker, type CompanyRef } from "../components/company-picker";
import { Dialog } from "../components/dialog";
import { Field, FormError, fieldError } from "../components/field";
import { todayIso } from "../lib/format";
import { languageOptions } from "../lib/languages";
import { useSaveContact, type Contact } from "./api";
import { SubmitButton } from "../components/form-dialog";

interface Values {
  name: string;
  roleTitle: string;
  email: string;
  phone: string;
  preferredLanguage: string;
  notes: string;
  company: CompanyRef | null;
  startedOn: string;
}

const toValues = (c?: Contact): Values => ({
  name: c?.name ?? "",
  roleTitle: c?.roleTitle ?? "",
  email: c?.email ?? "",
  phone: c?.phone ?? "",
  preferredLanguage: c?.preferredLanguage ?? "",
  notes: c?.notes ?? "",
  company: null,
  startedOn: "",
});

/** Create a contact (optionally working at a company from a date) or edit one. */
export function ContactFormDialog({
  open,
  onClose,
  contact,
  companyId,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  contact?: Contact;
  companyId?: string;
  onSaved: (c: Contact) => void;
}) {
  const { t, i18n } = useTranslation("contacts");
  const [v, setV] = useState<Values>(() => toValues(contact));
  const save = useSaveContact(contact?.id);

  useEffect(() => {
    if (open) {
      setV(toValues(contact));
      save.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, contact]);

  const set = (k: keyof Values) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const err = (p: string) => fieldError(save.error, p);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const base = {
      name: v.name,
      roleTitle: v.roleTitle || null,
      email: v.email || null,
      phone: v.phone || null,
      preferredLanguage: v.preferredLanguage || null,
      notes: v.notes || null,
    };
    const company = companyId ?? v.company?.id;
    const body = contact ? base : { ...base, companyId: company ?? null, startedOn: company ? v.startedOn || todayIso() : null };
    save.mutate(body, { onSuccess: onSaved });
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title={contact ? t("form.editTitle", { name: contact.name }) : t("form.newTitle")}
      description={contact ? undefined : t("form.newDescription")}
      testId="contact-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t("common:actions.cancel")}
          </button>
          <SubmitButton form="contact-form" pending={save.isPending} testId="contact-save">
            {contact ? t("common:actions.saveChanges") : t("form.create")}
          </SubmitButton>
        </>
      }
    >
      <form id="contact-form" className="form" onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <div className="form-grid">
          <Field label={t("fields.name")} error={err("name")}>
            {(p) => (
              <input
                {...p}
                className="input"
                autoComplete="off"
                value={v.name}
                onChange={set("name")}
                autoFocus
                data-testid="contact-name"
              />
            )}
          </Field>
          <Field label={t("fields.roleTitle")} error={err("roleTitle")}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={v.roleTitle}
                onChange={set("roleTitle")}
                placeholder={t("form.roleTitlePlaceholder")}
              />
            )}
          </Field>
          <Field label={t("fields.email")} error={err("email")}>
            {(p) => (
              <input
                {...p}
                className="input"
                type="email"
                autoComplete="off"
                value={v.email}
                onChange={set("email")}
                data-testid="contact-email"
              />
            )}
          </Field>
          <Field label={t("fields.phone")} error={err("phone")}>
            {(p) => <input {...p} className="input" type="tel" autoComplete="off" value={v.phone} onChange={set("phone")} />}
          </Field>
          <Field label={t("fields.preferredLanguage")} error={err("preferredLanguage")}>
            {(p) => (
              <select {...p} className="select" value={v.preferredLanguage} onChange={set("preferredLanguage")}>
                <option value="">{t("common:notSet")}</option>
                {languageOptions(i18n.language).map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {!contact && !companyId && (
            <>
              <Field label={t("fields.company")} error={err("companyId")} hint={t("form.companyHint")}>
                {(p) => (
                  <CompanyPicker
                    {...p}
                    value={v.company}
                    onChange={(company) => setV((x) => ({ ...x, company }))}
                    testId="contact-company"
                  />
                )}
              </Field>
              {v.company && (
                <Field label={t("fields.startedOn")} error={err("startedOn")}>
                  {(p) => <input {...p} className="input" type="date" value={v.startedOn} onChange={set("startedOn")} />}
                </Field>
              )}
            </>
          )}
          {!contact && companyId && (
            <Field label={t("fields.startedOn")} error={err("startedOn")} hint={t("form.startedHint")}>
              {(p) => <input {...p} className="input" type="date" value={v.startedOn} onChange={set("startedOn")} />}
            </Field>
          )}
          <Field label={t("fields.notes")} className="span-2" error={err("notes")} hint={t("form.notesHint")}>
            {(p) => <textarea {...p} className="textarea" rows={3} value={v.notes} onChange={set("notes")} />}
          </Field>
        </div>
      </form>
    </Dialog>
  );
}

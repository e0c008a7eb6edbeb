import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { CountrySelect } from "../components/country-select";
import { Dialog } from "../components/dialog";
import { Field, FormError, fieldError } from "../components/field";
import { useMembers } from "../lib/members";
import { NacePicker } from "../components/nace-picker";
import { naceSection } from "../lib/nace";
import { SIZE_CLASSES, useCompanyContacts, useSaveCompany, type Company } from "./api";
import { SubmitButton } from "../components/form-dialog";

interface Values {
  name: string;
  otherNames: string;
  legalForm: string;
  country: string;
  registrationId: string;
  website: string;
  naceCode: string;
  sizeClass: string;
  description: string;
  tags: string;
  csrPolicyUrl: string;
  ownerId: string;
  primaryContactId: string;
}

function toValues(c?: Company): Values {
  return {
    name: c?.name ?? "",
    otherNames: c?.otherNames.join("; ") ?? "",
    legalForm: c?.legalForm ?? "",
    country: c?.country ?? "",
    registrationId: c?.registrationId ?? "",
    website: c?.website ?? "",
    naceCode: c?.naceCode ?? "",
    sizeClass: c?.sizeClass ?? "",
    description: c?.description ?? "",
    tags: c?.tags.join(", ") ?? "",
    csrPolicyUrl: c?.csrPolicyUrl ?? "",
    ownerId: c?.ownerId ?? "",
    primaryContactId: c?.primaryContactId ?? "",
  };
}

const split = (s: string, sep: RegExp) =>
  s
    .split(sep)
    .map((x) => x.trim())
    .filter(Boolean);

function toBody(v: Values, editing: boolean) {
  return {
    name: v.name,
    otherNames: split(v.otherNames, /[;\n]/),
    legalForm: v.legalForm || null,
    country: v.country,
    registrationId: v.registrationId || null,
    website: v.website || null,
    naceCode: v.naceCode.trim() || null,
    sizeClass: v.sizeClass || null,
    description: v.description || null,
    tags: split(v.tags, /,/),
    csrPolicyUrl: v.csrPolicyUrl || null,
    ownerId: v.ownerId || null,
    ...(editing ? { primaryContactId: v.primaryContactId || null } : {}),
  };
}

/** Create or edit a company; the server's field errors appear beside their fields. */
export function CompanyFormDialog({
  open,
  onClose,
  company,
  onSaved,
}: {
  open: boolean;
  onClose: () => void;
  company?: Company;
  onSaved: (c: Company) => void;
}) {
  const { t } = useTranslation("companies");
  const [v, setV] = useState<Values>(() => toValues(company));
  const save = useSaveCompany(company?.id);
  const members = useMembers();
  const contacts = useCompanyContacts(company?.id ?? "");
  const activeContacts = company
    ? (contacts.data?.items ?? []).filter((c) => c.employments.some((e) => e.companyId === company.id && e.active))
    : [];

  useEffect(() => {
    if (open) {
      setV(toValues(company));
      setMissing([]);
      save.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, company]);

  const set = (k: keyof Values) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const [missing, setMissing] = useState<string[]>([]);
  const err = (path: string) => (missing.includes(path) ? t("form.required") : fieldError(save.error, path));
  const section = naceSection(v.naceCode.trim());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = (["name", "country"] as const).filter((k) => !v[k].trim());
    setMissing(empty);
    if (empty.length) return;
    save.mutate(toBody(v, !!company), { onSuccess: onSaved });
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      wide
      title={company ? t("form.editTitle", { name: company.name }) : t("form.newTitle")}
      description={company ? undefined : t("form.newDescription")}
      testId="company-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t("common:actions.cancel")}
          </button>
          <SubmitButton form="company-form" pending={save.isPending} testId="company-save">
            {company ? t("common:actions.saveChanges") : t("form.create")}
          </SubmitButton>
        </>
      }
    >
      <form id="company-form" className="form" onSubmit={submit} noValidate>
        <FormError error={save.error} />
        <div className="form-grid">
          <Field label={t("fields.legalName")} className="span-2" error={err("name")}>
            {(p) => <input {...p} className="input" required value={v.name} onChange={set("name")} autoFocus data-testid="company-name" />}
          </Field>
          <Field label={t("fields.country")} error={err("country")}>
            {(p) => (
              <CountrySelect
                {...p}
                required
                value={v.country}
                onChange={(country) => setV((x) => ({ ...x, country }))}
                testId="company-country"
              />
            )}
          </Field>
          <Field label={t("fields.legalForm")} error={err("legalForm")} hint={t("form.legalFormHint")}>
            {(p) => <input {...p} className="input" value={v.legalForm} onChange={set("legalForm")} />}
          </Field>
          <Field label={t("fields.registrationId")} error={err("registrationId")} hint={t("form.registrationHint")}>
            {(p) => <input {...p} className="input" value={v.registrationId} onChange={set("registrationId")} />}
          </Field>
          <Field label={t("fields.website")} error={err("website")}>
            {(p) => (
              <input
                {...p}
                className="input"
                type="url"
                inputMode="url"
                placeholder="https://"
                value={v.website}
                onChange={set("website")}
                data-testid="company-website"
              />
            )}
          </Field>
          <Field
            label={t("fields.naceCode")}
            error={err("naceCode")}
            hint={section ? `${section} · ${t(`nace.${section}`)}` : t("form.naceHint")}
          >
            {(p) => (
              <NacePicker {...p} value={v.naceCode} onChange={(code) => setV((x) => ({ ...x, naceCode: code }))} testId="company-nace" />
            )}
          </Field>
          <Field label={t("fields.size")} error={err("sizeClass")}>
            {(p) => (
              <select {...p} className="select" value={v.sizeClass} onChange={set("sizeClass")}>
                <option value="">{t("common:notSet")}</option>
                {SIZE_CLASSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`sizes.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("fields.tags")} error={err("tags")} hint={t("form.tagsHint")}>
            {(p) => <input {...p} className="input" value={v.tags} onChange={set("tags")} data-testid="company-tags" />}
          </Field>
          <Field label={t("fields.owner")} error={err("ownerId")} hint={t("form.ownerHint")}>
            {(p) => (
              <select {...p} className="select" value={v.ownerId} onChange={set("ownerId")}>
                <option value="">{t("form.noOwner")}</option>
                {members.data?.items.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {company && (
            <Field label={t("fields.primaryContact")} error={err("primaryContactId")}>
              {(p) => (
                <select {...p} className="select" value={v.primaryContactId} onChange={set("primaryContactId")}>
                  <option value="">{t("common:none")}</option>
                  {activeContacts.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t("fields.csrPolicyUrl")} className="span-2" error={err("csrPolicyUrl")} hint={t("form.csrHint")}>
            {(p) => (
              <input
                {...p}
                className="input"
                type="url"
                inputMode="url"
                placeholder="https://"
                value={v.csrPolicyUrl}
                onChange={set("csrPolicyUrl")}
              />
            )}
          </Field>
          <Field label={t("fields.otherNames")} className="span-2" error={err("otherNames")} hint={t("form.otherNamesHint")}>
            {(p) => <input {...p} className="input" value={v.otherNames} onChange={set("otherNames")} />}
          </Field>
          <Field label={t("fields.description")} className="span-2" error={err("description")}>
            {(p) => <textarea {...p} className="textarea" rows={3} value={v.description} onChange={set("description")} />}
          </Field>
        </div>
      </form>
    </Dialog>
  );
}

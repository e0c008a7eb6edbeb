import { AlertTriangle } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCompanyContacts } from "../companies/api";
import { CompanyPicker, type CompanyRef } from "../components/company-picker";
import { FormDialog } from "../components/form-dialog";
import { Field, fieldError } from "../components/field";
import { MultiSelectFilter } from "../components/multi-select";
import { useMembers } from "../lib/members";
import { useModes, useSaveEngagement, type Engagement } from "./api";
import { useModeLabel } from "./badges";

interface Values {
  company: CompanyRef | null;
  title: string;
  modes: string[];
  initiatedBy: string;
  goals: string;
  moneyAmount: string;
  currency: string;
  inKindDescription: string;
  inKindValue: string;
  nonMonetaryValue: string;
  ownerId: string;
  team: string[];
  contactIds: string[];
  publication: string;
  contactCadenceDays: string;
}

function toValues(e?: Engagement, company?: CompanyRef | null, ownerId?: string): Values {
  return {
    company: e ? e.company : (company ?? null),
    title: e?.title ?? "",
    modes: e?.modes ?? [],
    initiatedBy: e?.initiatedBy ?? "",
    goals: e?.goals ?? "",
    moneyAmount: e?.expectedValue.moneyAmount?.toString() ?? "",
    currency: e?.expectedValue.currency ?? "EUR",
    inKindDescription: e?.expectedValue.inKindDescription ?? "",
    inKindValue: e?.expectedValue.inKindValue?.toString() ?? "",
    nonMonetaryValue: e?.expectedValue.nonMonetaryValue ?? "",
    ownerId: e ? (e.ownerId ?? "") : (ownerId ?? ""),
    team: e?.team.map((m) => m.id) ?? [],
    contactIds: e?.contactIds ?? [],
    publication: e?.publication ?? "confidential",
    contactCadenceDays: String(e?.contactCadenceDays ?? 45),
  };
}

const num = (s: string) => (s.trim() === "" ? null : Number(s.replace(",", ".")));

function toBody(v: Values, editing: boolean) {
  const hasAmount = v.moneyAmount.trim() !== "" || v.inKindValue.trim() !== "";
  return {
    ...(editing ? {} : { companyId: v.company?.id }),
    title: v.title,
    modes: v.modes,
    initiatedBy: v.initiatedBy || null,
    goals: v.goals || null,
    moneyAmount: num(v.moneyAmount),
    currency: hasAmount ? v.currency || null : null,
    inKindDescription: v.inKindDescription || null,
    inKindValue: num(v.inKindValue),
    nonMonetaryValue: v.nonMonetaryValue || null,
    ownerId: v.ownerId || null,
    team: v.team,
    contactIds: v.contactIds,
    publication: v.publication,
    // An empty field keeps the current plan (the server's default for a new engagement).
    ...(v.contactCadenceDays.trim() === "" ? {} : { contactCadenceDays: num(v.contactCadenceDays) }),
  };
}

interface Props {
  open: boolean;
  onClose: () => void;
  engagement?: Engagement;
  /** A new engagement with this company (from the company page): the company is fixed. */
  company?: CompanyRef | null;
  defaultOwnerId?: string;
  onSaved: (e: Engagement) => void;
}

/** Creates an engagement (company, title, modes, …) or edits its fields; the stage moves elsewhere. */
export function EngagementFormDialog({ open, onClose, engagement, company, defaultOwnerId, onSaved }: Props) {
  const { t } = useTranslation(["engagements", "reports"]);
  const [v, setV] = useState<Values>(() => toValues(engagement, company, defaultOwnerId));
  const [missing, setMissing] = useState<string[]>([]);
  const save = useSaveEngagement(engagement?.id);
  const members = useMembers();
  const modes = useModes();
  const modeLabel = useModeLabel();
  const contacts = useCompanyContacts(v.company?.id ?? "");
  const companyId = v.company?.id;
  const activeContacts = (contacts.data?.items ?? []).filter((c) => c.employments.some((e) => e.companyId === companyId && e.active));

  useEffect(() => {
    if (open) {
      setV(toValues(engagement, company, defaultOwnerId));
      setMissing([]);
      save.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, engagement]);

  const set = (k: keyof Values) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [k]: e.target.value }));
  const err = (path: string) => (missing.includes(path) ? t("form.required") : fieldError(save.error, path));
  const editing = !!engagement;

  const submit = () => {
    const empty = [...(!v.title.trim() ? ["title"] : []), ...(!editing && !v.company ? ["companyId"] : [])];
    setMissing(empty);
    if (empty.length) return;
    save.mutate(toBody(v, editing), { onSuccess: onSaved });
  };

  const modeOptions = (modes.data?.items ?? [])
    .filter((m) => !m.archived || v.modes.includes(m.key))
    .map((m) => ({ value: m.key, label: modeLabel(m.key) }));
  const memberOptions = (members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name }));

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      wide
      title={editing ? t("form.editTitle", { title: engagement.title }) : t("form.newTitle")}
      description={editing ? undefined : t("form.newDescription")}
      testId="engagement-dialog"
      onSubmit={submit}
      submitLabel={editing ? t("common:actions.saveChanges") : t("form.create")}
      pending={save.isPending}
      error={save.error}
      submitTestId="engagement-save"
    >
      <div className="form-grid">
        {!editing && (
          <Field label={t("fields.company")} className="span-2" error={err("companyId")}>
            {(p) =>
              company ? (
                <input {...p} className="input" value={company.name} readOnly data-testid="engagement-company" />
              ) : (
                <CompanyPicker
                  {...p}
                  value={v.company}
                  onChange={(c) => setV((x) => ({ ...x, company: c, contactIds: [] }))}
                  testId="engagement-company"
                />
              )
            }
          </Field>
        )}
        <Field label={t("fields.title")} className="span-2" error={err("title")} hint={t("form.titleHint")}>
          {(p) => <input {...p} className="input" value={v.title} onChange={set("title")} autoFocus data-testid="engagement-title" />}
        </Field>
        <Field label={t("fields.modes")} error={err("modes")}>
          {(p) => (
            <MultiSelectFilter
              asField
              id={p.id}
              label={t("fields.modes")}
              options={modeOptions}
              value={v.modes}
              onChange={(m) => setV((x) => ({ ...x, modes: m }))}
              placeholder={t("form.chooseModes")}
              testId="engagement-modes"
            />
          )}
        </Field>
        <Field label={t("fields.initiatedBy")} error={err("initiatedBy")}>
          {(p) => (
            <select {...p} className="select" value={v.initiatedBy} onChange={set("initiatedBy")} data-testid="engagement-initiated-by">
              <option value="">{t("common:notSet")}</option>
              <option value="ngo">{t("initiators.ngo")}</option>
              <option value="business">{t("initiators.business")}</option>
            </select>
          )}
        </Field>
        <Field label={t("fields.owner")} error={err("ownerId")}>
          {(p) => (
            <select {...p} className="select" value={v.ownerId} onChange={set("ownerId")} data-testid="engagement-owner">
              <option value="">{t("form.noOwner")}</option>
              {members.data?.items.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("fields.team")} error={err("team")} hint={t("form.teamHint")}>
          {(p) => (
            <MultiSelectFilter
              asField
              id={p.id}
              label={t("fields.team")}
              options={memberOptions}
              value={v.team}
              onChange={(team) => setV((x) => ({ ...x, team }))}
              placeholder={t("form.nobody")}
              searchable
            />
          )}
        </Field>
        <Field label={t("fields.goals")} className="span-2" error={err("goals")} hint={t("form.goalsHint")}>
          {(p) => <textarea {...p} className="textarea" rows={3} value={v.goals} onChange={set("goals")} data-testid="engagement-goals" />}
        </Field>
        <Field
          label={t("reports:publication.label")}
          className="span-2"
          error={err("publication")}
          hint={t("reports:publication.formHint")}
        >
          {(p) => (
            <select {...p} className="select" value={v.publication} onChange={set("publication")} data-testid="engagement-publication">
              {(["confidential", "anonymous", "public"] as const).map((x) => (
                <option key={x} value={x}>
                  {t(`reports:publication.options.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {editing && (
          <>
            <fieldset className="span-2">
              <legend>{t("fields.expectedValue")}</legend>
              <div className="form-grid value-grid">
                <Field label={t("fields.moneyAmount")} error={err("moneyAmount")}>
                  {(p) => (
                    <input
                      {...p}
                      className="input"
                      inputMode="decimal"
                      value={v.moneyAmount}
                      onChange={set("moneyAmount")}
                      data-testid="engagement-money"
                    />
                  )}
                </Field>
                <Field label={t("fields.currency")} error={err("currency")}>
                  {(p) => (
                    <input
                      {...p}
                      className="input mono"
                      maxLength={3}
                      value={v.currency}
                      onChange={(e) => setV((x) => ({ ...x, currency: e.target.value.toUpperCase() }))}
                    />
                  )}
                </Field>
                <Field label={t("fields.inKindDescription")} error={err("inKindDescription")}>
                  {(p) => <input {...p} className="input" value={v.inKindDescription} onChange={set("inKindDescription")} />}
                </Field>
                <Field label={t("fields.inKindValue")} error={err("inKindValue")} hint={t("form.inKindValueHint")}>
                  {(p) => <input {...p} className="input" inputMode="decimal" value={v.inKindValue} onChange={set("inKindValue")} />}
                </Field>
                <Field
                  label={t("fields.nonMonetaryValue")}
                  className="span-2"
                  error={err("nonMonetaryValue")}
                  hint={t("form.nonMonetaryHint")}
                >
                  {(p) => <input {...p} className="input" value={v.nonMonetaryValue} onChange={set("nonMonetaryValue")} />}
                </Field>
              </div>
            </fieldset>
            <Field label={t("fields.companyContacts")} className="span-2" error={err("contactIds")} hint={t("form.contactsHint")}>
              {(p) => (
                <MultiSelectFilter
                  asField
                  id={p.id}
                  label={t("fields.companyContacts")}
                  options={activeContacts.map((c) => ({ value: c.id, label: c.roleTitle ? `${c.name} · ${c.roleTitle}` : c.name }))}
                  value={v.contactIds.filter((id) => activeContacts.some((c) => c.id === id))}
                  onChange={(contactIds) => setV((x) => ({ ...x, contactIds }))}
                  placeholder={activeContacts.length ? t("form.chooseContacts") : t("form.noActiveContacts")}
                  testId="engagement-contacts"
                />
              )}
            </Field>
            {v.contactIds.length === 1 && (
              <div className="alert alert-warning span-2" role="status">
                <AlertTriangle size={16} aria-hidden /> {t("warnings.single_company_contactHint")}
              </div>
            )}
            <Field label={t("fields.contactCadenceDays")} error={err("contactCadenceDays")} hint={t("form.contactCadenceHint")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  type="number"
                  min={7}
                  max={365}
                  step={1}
                  value={v.contactCadenceDays}
                  onChange={set("contactCadenceDays")}
                  data-testid="engagement-cadence"
                />
              )}
            </Field>
          </>
        )}
      </div>
    </FormDialog>
  );
}

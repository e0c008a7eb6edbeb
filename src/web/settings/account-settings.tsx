import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "../app/user-menu";
import { useMe } from "../app/session";
import { Field, FormError, fieldError } from "../components/field";
import { useToast } from "../components/toast";
import { api } from "../lib/api";
import { LANGUAGES, type Language } from "../lib/i18n";
import { TwoFactorSettings } from "./two-factor-settings";

/** The user's own account: name, interface language, two-factor authentication. */
export function AccountSettings() {
  const { t, i18n } = useTranslation("settings");
  const { data: me } = useMe();
  const qc = useQueryClient();
  const toast = useToast();
  const changeLanguage = useChangeLanguage();
  const [name, setName] = useState(me?.user.name ?? "");
  useEffect(() => setName(me?.user.name ?? ""), [me?.user.name]);
  const save = useMutation({
    meta: { inline: true },
    mutationFn: () => api("/me", { method: "PATCH", body: { name: name.trim() } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["me"] });
      void qc.invalidateQueries({ queryKey: ["members"] });
      toast.success(t("account.saved"));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <div className="stack-lg" style={{ maxWidth: 820 }}>
      <section className="card" aria-labelledby="account-title">
        <div className="card-header">
          <div>
            <h2 id="account-title">{t("account.title")}</h2>
            <p>{me?.user.email}</p>
          </div>
        </div>
        <div className="card-body">
          <form className="form" onSubmit={submit} noValidate>
            <FormError error={save.error} />
            <div className="form-grid">
              <Field label={t("account.name")} error={fieldError(save.error, "name")}>
                {(p) => <input {...p} className="input" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />}
              </Field>
              <Field label={t("account.language")} hint={t("account.languageHint")}>
                {(p) => (
                  <select
                    {...p}
                    className="select"
                    value={i18n.language}
                    onChange={(e) => void changeLanguage(e.target.value as Language)}
                    data-testid="account-language"
                  >
                    {LANGUAGES.map((l) => (
                      <option key={l} value={l} lang={l}>
                        {t(`common:languages.${l}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <div className="form-actions" style={{ justifyContent: "flex-start" }}>
              <button type="submit" className="btn btn-primary" disabled={save.isPending || !name.trim() || name.trim() === me?.user.name}>
                {t("common:actions.saveChanges")}
              </button>
            </div>
          </form>
        </div>
      </section>
      <TwoFactorSettings />
    </div>
  );
}

import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { Field, FormError } from "../components/field";
import { authClient, unwrap } from "../lib/auth-client";
import { AuthLayout, safeNext } from "./auth-layout";
import { SubmitButton } from "../components/form-dialog";

/** The second step of sign-in: a code from the authenticator app, or a backup code. */
export default function TwoFactor() {
  const { t } = useTranslation("auth");
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [backup, setBackup] = useState(false);
  const [code, setCode] = useState("");
  const [trust, setTrust] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const clean = code.trim();
      if (backup) await unwrap(authClient.twoFactor.verifyBackupCode({ code: clean, trustDevice: trust }));
      else await unwrap(authClient.twoFactor.verifyTotp({ code: clean.replace(/\s/g, ""), trustDevice: trust }));
      await qc.resetQueries();
      navigate(next, { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout
      title={t("twoFactor.title")}
      lead={backup ? t("twoFactor.leadBackup") : t("twoFactor.lead")}
      footer={<Link to="/sign-in">{t("forgot.back")}</Link>}
    >
      <form className="form" onSubmit={submit} noValidate>
        <FormError error={error} />
        <Field label={backup ? t("twoFactor.backupCode") : t("twoFactor.code")}>
          {(p) => (
            <input
              {...p}
              className="input mono"
              inputMode={backup ? "text" : "numeric"}
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoFocus
              data-testid="two-factor-code"
            />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={trust} onChange={(e) => setTrust(e.target.checked)} />
          {t("twoFactor.trust")}
        </label>
        <SubmitButton className="btn btn-primary btn-block" pending={busy} disabled={!code.trim()} testId="two-factor-submit">
          {t("twoFactor.submit")}
        </SubmitButton>
        <button
          type="button"
          className="link-button small"
          onClick={() => {
            setBackup((b) => !b);
            setCode("");
          }}
        >
          {backup ? t("twoFactor.useApp") : t("twoFactor.useBackup")}
        </button>
      </form>
    </AuthLayout>
  );
}

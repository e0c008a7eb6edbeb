import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { Field, FormError } from "../components/field";
import { useToast } from "../components/toast";
import { authClient, unwrap } from "../lib/auth-client";
import { AuthLayout } from "./auth-layout";

const MIN_PASSWORD = 10;

export default function ResetPassword() {
  const { t } = useTranslation("auth");
  const [params] = useSearchParams();
  const token = params.get("token");
  const navigate = useNavigate();
  const toast = useToast();
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mismatch = repeat.length > 0 && repeat !== password;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!token || password.length < MIN_PASSWORD || mismatch) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(authClient.resetPassword({ newPassword: password, token }));
      toast.success(t("reset.done"));
      navigate("/sign-in", { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!token || params.get("error")) {
    return (
      <AuthLayout title={t("reset.title")} footer={<Link to="/forgot-password">{t("reset.requestNew")}</Link>}>
        <div className="alert alert-danger" role="alert">
          {t("reset.invalidLink")}
        </div>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t("reset.title")} lead={t("reset.lead")} footer={<Link to="/sign-in">{t("forgot.back")}</Link>}>
      <form className="form" onSubmit={submit} noValidate>
        <FormError error={error} />
        <Field
          label={t("reset.newPassword")}
          hint={t("signUp.passwordHint", { min: MIN_PASSWORD })}
          error={password.length > 0 && password.length < MIN_PASSWORD ? t("signUp.passwordTooShort", { min: MIN_PASSWORD }) : undefined}
        >
          {(p) => (
            <input
              {...p}
              className="input"
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("reset.repeat")} error={mismatch ? t("reset.mismatch") : undefined}>
          {(p) => (
            <input
              {...p}
              className="input"
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
            />
          )}
        </Field>
        <button
          className="btn btn-primary btn-block"
          type="submit"
          disabled={busy || password.length < MIN_PASSWORD || repeat !== password}
        >
          {busy && <span className="spinner" aria-hidden />}
          {t("reset.submit")}
        </button>
      </form>
    </AuthLayout>
  );
}

import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { Field, FormError } from "../components/field";
import { authClient, unwrap } from "../lib/auth-client";
import { AuthLayout, safeNext } from "./auth-layout";
import { SubmitButton } from "../components/form-dialog";

export default function SignIn() {
  const { t } = useTranslation("auth");
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = await unwrap(authClient.signIn.email({ email, password }));
      if (data && typeof data === "object" && "twoFactorRedirect" in data && data.twoFactorRedirect) {
        navigate(`/two-factor?next=${encodeURIComponent(next)}`);
        return;
      }
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
      title={t("signIn.title")}
      lead={t("signIn.lead")}
      footer={
        <>
          {t("signIn.noAccount")}{" "}
          <Link to={`/sign-up${params.get("next") ? `?next=${encodeURIComponent(next)}` : ""}`}>{t("signIn.createAccount")}</Link>
        </>
      }
    >
      <form className="form" onSubmit={submit} noValidate>
        <FormError error={error} />
        <Field label={t("fields.email")}>
          {(p) => (
            <input
              {...p}
              className="input"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="signin-email"
            />
          )}
        </Field>
        <Field label={t("fields.password")}>
          {(p) => (
            <input
              {...p}
              className="input"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="signin-password"
            />
          )}
        </Field>
        <div className="spread small">
          <span />
          <Link to="/forgot-password">{t("signIn.forgot")}</Link>
        </div>
        <SubmitButton className="btn btn-primary btn-block" pending={busy} disabled={!email || !password} testId="signin-submit">
          {t("signIn.submit")}
        </SubmitButton>
      </form>
    </AuthLayout>
  );
}

import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { Field, FormError } from "../components/field";
import { MailCheck } from "lucide-react";
import { api, ApiError } from "../lib/api";
import { authClient, unwrap } from "../lib/auth-client";
import { AuthLayout, safeNext } from "./auth-layout";
import { SubmitButton } from "../components/form-dialog";

const MIN_PASSWORD = 10;

export default function SignUp() {
  const { t, i18n } = useTranslation("auth");
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"), "/onboarding");
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState(false);
  const [checkMail, setCheckMail] = useState(false);
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (password.length < MIN_PASSWORD || !name.trim() || !email.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(authClient.signUp.email({ name: name.trim(), email: email.trim(), password }));
      // A taken address is answered like a new one but not signed in (its owner gets a mail instead).
      const signedIn = await api("/me", { method: "PATCH", body: { locale: i18n.language } }).then(
        () => true,
        (e: unknown) => !(e instanceof ApiError && e.status === 401),
      );
      if (!signedIn) {
        setCheckMail(true);
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
      title={t("signUp.title")}
      lead={t("signUp.lead")}
      footer={
        <>
          {t("signUp.haveAccount")}{" "}
          <Link to={`/sign-in${params.get("next") ? `?next=${encodeURIComponent(next)}` : ""}`}>{t("signUp.signIn")}</Link>
        </>
      }
    >
      {checkMail && (
        <div className="alert alert-success" role="status" data-testid="signup-check-mail">
          <MailCheck size={16} aria-hidden />
          <div>{t("signUp.checkMail", { email: email.trim() })}</div>
        </div>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <FormError error={error} />
        <Field label={t("fields.name")} error={touched && !name.trim() ? t("signUp.nameRequired") : undefined}>
          {(p) => (
            <input
              {...p}
              className="input"
              autoComplete="name"
              required
              value={name}
              onChange={(e) => setName(e.target.value)}
              data-testid="signup-name"
            />
          )}
        </Field>
        <Field label={t("fields.email")} error={touched && !email.trim() ? t("signUp.emailRequired") : undefined}>
          {(p) => (
            <input
              {...p}
              className="input"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              data-testid="signup-email"
            />
          )}
        </Field>
        <Field
          label={t("fields.password")}
          hint={t("signUp.passwordHint", { min: MIN_PASSWORD })}
          error={(touched || tooShort) && password.length < MIN_PASSWORD ? t("signUp.passwordTooShort", { min: MIN_PASSWORD }) : undefined}
        >
          {(p) => (
            <input
              {...p}
              className="input"
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              data-testid="signup-password"
            />
          )}
        </Field>
        <SubmitButton className="btn btn-primary btn-block" pending={busy} testId="signup-submit">
          {t("signUp.submit")}
        </SubmitButton>
      </form>
    </AuthLayout>
  );
}

import { MailCheck } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Field, FormError } from "../components/field";
import { authClient, unwrap } from "../lib/auth-client";
import { AuthLayout } from "./auth-layout";
import { SubmitButton } from "../components/form-dialog";

export default function ForgotPassword() {
  const { t } = useTranslation("auth");
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(authClient.requestPasswordReset({ email: email.trim(), redirectTo: "/reset-password" }));
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t("forgot.title")} lead={sent ? undefined : t("forgot.lead")} footer={<Link to="/sign-in">{t("forgot.back")}</Link>}>
      {sent ? (
        <div className="alert alert-success" role="status">
          <MailCheck size={16} aria-hidden />
          <div>{t("forgot.sent", { email })}</div>
        </div>
      ) : (
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
              />
            )}
          </Field>
          <SubmitButton className="btn btn-primary btn-block" pending={busy} disabled={!email.trim()}>
            {t("forgot.submit")}
          </SubmitButton>
        </form>
      )}
    </AuthLayout>
  );
}

import { AlertCircle } from "lucide-react";
import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api";
import { AuthError } from "../lib/auth-client";

interface ControlProps {
  id: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

interface FieldProps {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** A labelled form control with its hint and its error, wired for screen readers. */
export function Field({ label, error, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = error ? `${id}-err` : undefined;
  const describedBy = [hintId, errId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={errId}>
          {error}
        </span>
      )}
    </div>
  );
}

/** A human message for any error thrown by api() or the auth client. */
export function useErrorMessage() {
  const { t, i18n } = useTranslation();
  return (error: unknown): string => {
    // better-auth's error codes have our own wording, in both languages.
    if (error instanceof AuthError && error.code && i18n.exists(`common:authErrors.${error.code}`))
      return t(`common:authErrors.${error.code}`);
    if (error instanceof ApiError || error instanceof AuthError) {
      if (error.code === "network" || error.status === 0) return t("errors.network");
      if (error instanceof ApiError && error.code === "validation") return t("errors.validation");
      if (error instanceof ApiError && error.status === 404) return t("errors.notFound");
      if (error instanceof ApiError && error.code === "rate_limited") return t("errors.rateLimited");
      if (error instanceof ApiError && error.detail) return error.detail;
      if (error instanceof AuthError && error.message) return error.message;
      if (error.status === 403) return t("errors.forbidden");
      if (error.status === 404) return t("errors.notFound");
      if (error.status >= 500) return t("errors.server");
    }
    return t("errors.unknown");
  };
}

/** The error of a form submission as an alert (the field errors are shown beside their fields). */
export function FormError({ error }: { error: unknown }) {
  const message = useErrorMessage();
  const { t } = useTranslation();
  if (!error) return null;
  const fieldCount = error instanceof ApiError ? error.errors.length : 0;
  return (
    <div className="alert alert-danger" role="alert">
      <AlertCircle size={16} aria-hidden />
      <div>
        {message(error)}
        {fieldCount > 0 && <div className="small">{t("errors.checkFields", { count: fieldCount })}</div>}
      </div>
    </div>
  );
}

/** The message of one field from an ApiError's `errors[].path`. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(path) : undefined;
}

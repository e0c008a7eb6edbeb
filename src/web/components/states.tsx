import { AlertTriangle, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api";
import { useErrorMessage } from "./field";

/** An empty list that says what to do next. */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  level = 2,
}: {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
  level?: 1 | 2;
}) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <div className="empty">
      <div className="empty-icon" aria-hidden>
        <Icon size={22} />
      </div>
      <Heading style={{ fontSize: "var(--text-lg)" }}>{title}</Heading>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

/** A load that failed, with a retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  return (
    <div className="empty" role="alert">
      <div className="empty-icon" aria-hidden style={{ background: "var(--color-danger-soft)", color: "var(--color-danger)" }}>
        <AlertTriangle size={22} />
      </div>
      <h2>{t("errors.loadFailed")}</h2>
      <p>{message(error)}</p>
      {error instanceof ApiError && error.status === 404 ? (
        <button type="button" className="btn" onClick={() => window.history.back()}>
          {t("actions.back")}
        </button>
      ) : (
        onRetry && (
          <button type="button" className="btn" onClick={onRetry}>
            {t("actions.retry")}
          </button>
        )
      )}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="center-fill" role="status">
      <span className="row muted">
        <span className="spinner" aria-hidden /> {label ?? t("loading")}
      </span>
    </div>
  );
}

export function PageHeader({
  title,
  description,
  actions,
  breadcrumb,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  breadcrumb?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {breadcrumb && (
        <nav className="breadcrumb" aria-label={t("breadcrumb")}>
          {breadcrumb}
        </nav>
      )}
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          {description && <p>{description}</p>}
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </header>
    </>
  );
}

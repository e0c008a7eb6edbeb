import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "../app/user-menu";
import { LANGUAGES, type Language } from "../lib/i18n";

/** The centred card of the signed-out pages, with a language switch. */
export function AuthLayout({
  title,
  lead,
  children,
  footer,
  wide,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <div className="auth-page">
      <header className="auth-lang">
        <label className="sr-only" htmlFor="auth-lang">
          {t("shell.language")}
        </label>
        <select
          id="auth-lang"
          className="select"
          style={{ width: "auto", height: 32 }}
          value={i18n.language}
          onChange={(e) => void changeLanguage(e.target.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
      </header>
      <main className={`auth-card${wide ? " wide" : ""}`}>
        <div className="sidebar-brand">
          <span className="brand-mark" aria-hidden>
            P
          </span>
          Partnerwise
        </div>
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
        {children}
        {footer && <div className="auth-footer">{footer}</div>}
      </main>
    </div>
  );
}

/** A safe in-app path from ?next= (never another site). */
export function safeNext(next: string | null, fallback = "/dashboard"): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : fallback;
}

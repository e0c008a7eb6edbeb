import { useQueryClient } from "@tanstack/react-query";
import { Check, LogOut, UserRound } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { api } from "../lib/api";
import { authClient } from "../lib/auth-client";
import { initials } from "../lib/format";
import { LANGUAGES, setLanguage, type Language } from "../lib/i18n";
import { Popover } from "../components/popover";
import { useMe } from "./session";

/** Saves the language on the account (and in this browser). */
export function useChangeLanguage() {
  const qc = useQueryClient();
  return async (lng: Language) => {
    await setLanguage(lng);
    try {
      await api("/me", { method: "PATCH", body: { locale: lng } });
      void qc.invalidateQueries({ queryKey: ["me"] });
    } catch {
      // Not signed in, or offline: the browser still remembers it.
    }
  };
}

export function UserMenu() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const changeLanguage = useChangeLanguage();

  const signOut = async () => {
    await authClient.signOut();
    qc.clear();
    navigate("/sign-in");
  };

  return (
    <Popover
      align="right"
      triggerClassName="org-button"
      panelLabel={t("shell.userMenuPanel")}
      testId="user-menu"
      trigger={
        <>
          <span className="avatar" aria-hidden>
            {initials(me?.user.name)}
          </span>
          <span style={{ fontWeight: 500 }}>{me?.user.name}</span>
          <span className="sr-only">{t("shell.accountMenu")}</span>
        </>
      }
    >
      {(close) => (
        <>
          <div style={{ padding: "4px 8px 8px" }}>
            <div style={{ fontWeight: 600 }}>{me?.user.name}</div>
            <div className="muted small">{me?.user.email}</div>
          </div>
          <div className="menu-sep" />
          <div className="menu-label" id="lang-label">
            {t("shell.language")}
          </div>
          <ul className="menu" aria-labelledby="lang-label">
            {LANGUAGES.map((l) => (
              <li key={l}>
                <button
                  type="button"
                  className="menu-item"
                  aria-pressed={i18n.language === l}
                  lang={l}
                  onClick={() => {
                    void changeLanguage(l);
                    close();
                  }}
                  data-testid={`lang-${l}`}
                >
                  <span style={{ width: 16 }}>{i18n.language === l && <Check size={15} aria-hidden />}</span>
                  {t(`languages.${l}`)}
                </button>
              </li>
            ))}
          </ul>
          <div className="menu-sep" />
          <Link to="/settings/account" className="menu-item" onClick={() => close()}>
            <UserRound size={15} aria-hidden /> {t("shell.myAccount")}
          </Link>
          <button type="button" className="menu-item" onClick={() => void signOut()} data-testid="sign-out">
            <LogOut size={15} aria-hidden /> {t("shell.signOut")}
          </button>
        </>
      )}
    </Popover>
  );
}

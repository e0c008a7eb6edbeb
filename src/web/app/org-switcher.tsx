import { useQueryClient } from "@tanstack/react-query";
import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { authClient, unwrap } from "../lib/auth-client";
import { initials } from "../lib/format";
import { Popover } from "../components/popover";
import { useToast } from "../components/toast";
import { setTwoFactorBlocked, useActiveOrg } from "./session";

/** Shows the active organisation; switching sets it active in the session and reloads every query. */
export function OrgSwitcher() {
  const { t } = useTranslation();
  const { me, org } = useActiveOrg();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();

  const switchTo = async (id: string, close: () => void) => {
    close();
    if (id === org?.id) return;
    try {
      await unwrap(authClient.organization.setActive({ organizationId: id }));
      setTwoFactorBlocked(false);
      await qc.resetQueries();
      navigate("/dashboard");
      toast.success(t("shell.switchedTo", { org: me?.organizations.find((o) => o.id === id)?.name }));
    } catch {
      toast.error(t("errors.unknown"));
    }
  };

  return (
    <Popover
      triggerClassName="org-button"
      panelLabel={t("shell.organisations")}
      testId="org-switcher"
      trigger={
        <>
          <span className="avatar square" aria-hidden>
            {initials(org?.name)}
          </span>
          <span>{org?.name}</span>
          <span className="sr-only">{t("shell.switchOrganisation")}</span>
          <ChevronsUpDown size={14} aria-hidden className="muted" />
        </>
      }
    >
      {(close) => (
        <>
          <div className="menu-label">{t("shell.organisations")}</div>
          <ul className="menu">
            {me?.organizations.map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="menu-item"
                  aria-current={o.id === org?.id ? "true" : undefined}
                  onClick={() => void switchTo(o.id, close)}
                >
                  <span className="avatar square" aria-hidden>
                    {initials(o.name)}
                  </span>
                  <span style={{ flex: 1 }}>
                    {o.name}
                    <span className="muted small"> · {t(`roles.${o.role}`, { defaultValue: o.role })}</span>
                  </span>
                  {o.id === org?.id && <Check size={15} aria-label={t("shell.active")} />}
                </button>
              </li>
            ))}
          </ul>
          <div className="menu-sep" />
          <Link to="/onboarding?new=1" className="menu-item" onClick={() => close()}>
            <Plus size={15} aria-hidden /> {t("shell.newOrganisation")}
          </Link>
        </>
      )}
    </Popover>
  );
}

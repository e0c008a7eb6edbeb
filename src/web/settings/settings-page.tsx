import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, NavLink, useParams } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { useActiveTabInView } from "../components/active-tab";
import { PageHeader } from "../components/states";
import { AccountSettings } from "./account-settings";
import { ApiKeySettings } from "./api-key-settings";
import { InvitationSettings } from "./invitation-settings";
import { MemberSettings } from "./member-settings";
import { OrganisationSettings } from "./organisation-settings";
import { PartnershipSettings } from "./partnership-settings";
import { ScreeningSettings } from "../screening/screening-settings";

const TABS = ["organisation", "members", "invitations", "account", "screening", "partnerships", "api-keys"] as const;
const ADMIN_TABS: readonly string[] = ["invitations", "api-keys"];

export default function SettingsPage() {
  const { t } = useTranslation(["settings", "screening"]);
  const { tab = "organisation" } = useParams();
  const { isAdmin } = useActiveOrg();
  const tabsRef = useRef<HTMLElement>(null);
  // On a phone the tabs scroll sideways: keep the active one in view.
  useActiveTabInView(tabsRef, [tab, isAdmin]);
  if (!(TABS as readonly string[]).includes(tab)) return <Navigate to="/settings/organisation" replace />;
  const visible = TABS.filter((x) => !ADMIN_TABS.includes(x) || isAdmin);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav className="tabs" aria-label={t("title")} ref={tabsRef}>
        {visible.map((x) => (
          <NavLink key={x} to={`/settings/${x}`} className="tab" data-testid={`settings-tab-${x}`}>
            {x === "screening" ? t("screening:settings.tab") : t(`tabs.${x}`)}
          </NavLink>
        ))}
      </nav>
      {tab === "organisation" && <OrganisationSettings />}
      {tab === "members" && <MemberSettings />}
      {tab === "invitations" && <InvitationSettings />}
      {tab === "account" && <AccountSettings />}
      {tab === "screening" && <ScreeningSettings />}
      {tab === "partnerships" && <PartnershipSettings />}
      {tab === "api-keys" && isAdmin && <ApiKeySettings />}
    </>
  );
}

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router-dom";
import { ApiError } from "../lib/api";
import { authClient } from "../lib/auth-client";
import { isLanguage, setLanguage } from "../lib/i18n";
import { ErrorState, Loading } from "../components/states";
import { useMe } from "./session";

/** Only for signed-in users; others go to /sign-in and come back afterwards. */
export function RequireUser() {
  const me = useMe();
  const location = useLocation();
  const synced = useRef(false);
  // The language saved on the account wins over the browser's, once per load.
  useEffect(() => {
    const locale = me.data?.user.locale;
    if (!synced.current && me.data) {
      synced.current = true;
      if (isLanguage(locale)) void setLanguage(locale);
    }
  }, [me.data]);
  if (me.isPending) return <Loading />;
  if (me.error) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      const next = location.pathname + location.search;
      return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
    }
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  }
  return <Outlet />;
}

/** Only with an active organisation: none yet → onboarding; none active → the first one is made active. */
export function RequireOrg() {
  const { data: me } = useMe();
  const { t } = useTranslation();
  const qc = useQueryClient();
  const activating = useRef(false);
  const active = me?.organizations.some((o) => o.id === me.activeOrganizationId);
  useEffect(() => {
    if (!me || active || me.organizations.length === 0 || activating.current) return;
    activating.current = true;
    void authClient.organization.setActive({ organizationId: me.organizations[0].id }).then(() => {
      activating.current = false;
      void qc.invalidateQueries();
    });
  }, [me, active, qc]);
  if (!me) return <Loading />;
  if (me.organizations.length === 0) return <Navigate to="/onboarding" replace />;
  if (!active) return <Loading label={t("shell.openingOrg")} />;
  return <Outlet />;
}

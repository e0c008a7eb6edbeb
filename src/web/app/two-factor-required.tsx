import { ShieldCheck } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { EmptyState } from "../components/states";
import { useActiveOrg } from "./session";

/** Shown instead of a page when the organisation requires two-factor authentication and the user has none. */
export function TwoFactorRequired() {
  const { t } = useTranslation();
  const { org } = useActiveOrg();
  return (
    <div className="card" data-testid="two-factor-required">
      <EmptyState
        icon={ShieldCheck}
        level={1}
        title={t("twoFactorRequired.title")}
        action={
          <Link to="/settings/account#two-factor" className="btn btn-primary">
            {t("twoFactorRequired.setUp")}
          </Link>
        }
      >
        {t("twoFactorRequired.body", { org: org?.name ?? "" })}
      </EmptyState>
    </div>
  );
}

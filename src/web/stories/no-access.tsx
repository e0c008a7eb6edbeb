import { Lock } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useActiveOrg } from "../app/session";
import { EmptyState } from "../components/states";

/** Shown instead of stories to members without the stories permission (the API answers 403). */
export function NoStoryAccess() {
  const { t } = useTranslation("stories");
  const { isAdmin } = useActiveOrg();
  return (
    <div className="card" data-testid="stories-no-access">
      <EmptyState
        icon={Lock}
        level={1}
        title={t("noAccess.title")}
        action={
          isAdmin && (
            <Link className="btn" to="/stories/settings">
              {t("noAccess.manage")}
            </Link>
          )
        }
      >
        {isAdmin ? t("noAccess.bodyAdmin") : t("noAccess.body")}
      </EmptyState>
    </div>
  );
}

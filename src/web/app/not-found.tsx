import { Compass } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { EmptyState } from "../components/states";

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="card">
      <h1 className="sr-only">{t("notFound.title")}</h1>
      <EmptyState
        icon={Compass}
        title={t("notFound.title")}
        action={
          <Link className="btn btn-primary" to="/companies">
            {t("notFound.back")}
          </Link>
        }
      >
        {t("notFound.body")}
      </EmptyState>
    </div>
  );
}

import { Compass } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { EmptyState } from "../components/states";

export default function NotFound() {
  const { t } = useTranslation();
  return (
    <div className="card">
      <EmptyState
        icon={Compass}
        level={1}
        title={t("notFound.title")}
        action={
          <Link className="btn btn-primary" to="/dashboard">
            {t("notFound.back")}
          </Link>
        }
      >
        {t("notFound.body")}
      </EmptyState>
    </div>
  );
}

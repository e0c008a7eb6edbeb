import { Download } from "lucide-react";
import { useTranslation } from "react-i18next";
import { toQueryString } from "../lib/api";

type Query = NonNullable<Parameters<typeof toQueryString>[0]>;

/** "Export CSV / Export XLSX" links for a list's export route, with the list's filters and the interface's language for the headers. */
export function ExportButtons({ path, query = {}, testId = "export" }: { path: string; query?: Query; testId?: string }) {
  const { t, i18n } = useTranslation("exports");
  const lang = i18n.language?.startsWith("de") ? "de" : "en";
  const href = (format: "csv" | "xlsx") => `/api/v1${path}${toQueryString({ ...query, format, lang })}`;
  return (
    <>
      <a className="btn" href={href("csv")} download data-testid={`${testId}-csv`}>
        <Download size={15} aria-hidden /> {t("csv")}
      </a>
      <a className="btn" href={href("xlsx")} download data-testid={`${testId}-xlsx`}>
        <Download size={15} aria-hidden /> {t("xlsx")}
      </a>
    </>
  );
}

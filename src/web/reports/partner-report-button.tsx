import { ChevronDown, Download, FileDown } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Popover } from "../components/popover";
import { partnerReportUrl, type ReportLanguage } from "./api";

/**
 * The partner report (PDF) of an engagement: a period (empty: from the agreement's start until today) and
 * a language — the company may read another language than the team — then the download.
 */
export function PartnerReportButton({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation("reports");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [lang, setLang] = useState<ReportLanguage>(i18n.language.startsWith("de") ? "de" : "en");
  const wrong = !!from && !!to && from > to;
  const href = `${partnerReportUrl(engagementId, lang)}${from ? `&from=${from}` : ""}${to ? `&to=${to}` : ""}`;

  return (
    <Popover
      trigger={
        <>
          <FileDown size={15} aria-hidden /> {t("partner.button")} <ChevronDown size={14} aria-hidden />
        </>
      }
      triggerClassName="btn"
      panelLabel={t("partner.button")}
      testId="partner-report"
    >
      {(close) => (
        <div className="stack" style={{ gap: 10, width: 290 }} data-testid="partner-report-panel">
          <p className="small muted" style={{ margin: 0 }}>
            {t("partner.buttonHint")}
          </p>
          <div className="row" style={{ gap: 8 }}>
            <label className="field" style={{ flex: 1 }}>
              <span className="field-label">{t("partner.from")}</span>
              <input
                type="date"
                className="input"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
                data-testid="partner-report-from"
              />
            </label>
            <label className="field" style={{ flex: 1 }}>
              <span className="field-label">{t("partner.to")}</span>
              <input type="date" className="input" value={to} onChange={(e) => setTo(e.target.value)} data-testid="partner-report-to" />
            </label>
          </div>
          <p
            className={wrong ? "small" : "small muted"}
            style={{ margin: 0, color: wrong ? "var(--color-danger)" : undefined }}
            role={wrong ? "alert" : undefined}
          >
            {wrong ? t("partner.periodWrong") : t("partner.periodHint")}
          </p>
          <label className="field">
            <span className="field-label">{t("partner.language")}</span>
            <select
              className="select"
              value={lang}
              onChange={(e) => setLang(e.target.value as ReportLanguage)}
              data-testid="partner-report-lang"
            >
              <option value="en">English</option>
              <option value="de">Deutsch</option>
            </select>
          </label>
          {wrong ? (
            <button type="button" className="btn btn-primary" disabled>
              <Download size={15} aria-hidden /> {t("partner.download")}
            </button>
          ) : (
            <a className="btn btn-primary" href={href} download onClick={() => close()} data-testid="partner-report-download">
              <Download size={15} aria-hidden /> {t("partner.download")}
            </a>
          )}
        </div>
      )}
    </Popover>
  );
}

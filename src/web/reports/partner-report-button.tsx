import { AlertCircle, ChevronDown, Download, FileDown } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorMessage } from "../components/field";
import { Popover } from "../components/popover";
import { ApiError } from "../lib/api";
import { downloadFile } from "../lib/download";
import { partnerReportUrl, type ReportLanguage } from "./api";

/**
 * The partner report (PDF) of an engagement: a period (empty: the agreement's term so far, see
 * partnerReportPeriod) and a language — the company may read another language than the team — then the download.
 * The file is fetched, not linked: a report the server refuses says why here instead of a silently cancelled download.
 */
export function PartnerReportButton({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation("reports");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  // The report's language follows the interface's (which may switch once the profile has loaded) until one is chosen.
  const [chosenLang, setLang] = useState<ReportLanguage | null>(null);
  const lang: ReportLanguage = chosenLang ?? (i18n.language.startsWith("de") ? "de" : "en");
  const [busy, setBusy] = useState(false);
  // Kept as what went wrong, worded at render, so the message follows a change of the interface's language.
  const [failure, setFailure] = useState<{ period: true } | { reason: string } | null>(null);
  const errorMessage = useErrorMessage();
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
                onChange={(e) => {
                  setFrom(e.target.value);
                  setFailure(null);
                }}
                data-testid="partner-report-from"
              />
            </label>
            <label className="field" style={{ flex: 1 }}>
              <span className="field-label">{t("partner.to")}</span>
              <input
                type="date"
                className="input"
                value={to}
                onChange={(e) => {
                  setTo(e.target.value);
                  setFailure(null);
                }}
                data-testid="partner-report-to"
              />
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
          {failure && (
            <div className="alert alert-danger small" role="alert" data-testid="partner-report-error">
              <AlertCircle size={16} aria-hidden />
              <div>{"period" in failure ? t("partner.failedPeriod") : t("partner.failed", { reason: failure.reason })}</div>
            </div>
          )}
          <button
            type="button"
            className="btn btn-primary"
            disabled={wrong || busy}
            aria-busy={busy || undefined}
            data-testid="partner-report-download"
            onClick={async () => {
              setBusy(true);
              setFailure(null);
              try {
                await downloadFile(href, "partner-report.pdf");
                close();
              } catch (e) {
                const period = e instanceof ApiError && e.status === 422 && e.errors.some((x) => x.path === "from" || x.path === "to");
                setFailure(period ? { period: true } : { reason: errorMessage(e) });
              } finally {
                setBusy(false);
              }
            }}
          >
            <Download size={15} aria-hidden /> {busy ? t("partner.preparing") : t("partner.download")}
          </button>
        </div>
      )}
    </Popover>
  );
}

import "./reports.css";
import { Download, FileBarChart, Info } from "lucide-react";
import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { modesChart, valueChart } from "../../domains/reports/reports.charts";
import { EmptyState, ErrorState, Loading, PageHeader } from "../components/states";
import { scrollRegion } from "../components/scroll-region";
import { EChart, type ChartOption } from "../dashboard/echart";
import { formatDate, formatLocale, formatNumber, formatWithUnit } from "../lib/format";
import { annualPdfUrl, useAnnualReport, type AnnualReport, type ReportLanguage } from "./api";

// The annual partnerships report as a web page: the same publishable content as the PDF (partners,
// modes, value, results, acknowledgements), with what it leaves out counted, never named.

const FIRST_YEAR = 2015;

function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(formatLocale(), { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${formatNumber(amount)} ${currency}`;
  }
}

/** The annual partnerships report of a year, with a year picker and the PDF download. */
export default function AnnualReportPage() {
  const { t, i18n } = useTranslation("reports");
  const lang: ReportLanguage = i18n.language.startsWith("de") ? "de" : "en";
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const asked = Number(params.get("year"));
  const year = Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= thisYear ? asked : thisYear;
  const q = useAnnualReport(year, lang);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);

  return (
    <>
      <PageHeader
        title={t("annual.title")}
        description={t("annual.description")}
        actions={
          <>
            <div className="report-year">
              <label htmlFor="report-year">{t("annual.year")}</label>
              <select
                id="report-year"
                className="select"
                value={year}
                onChange={(e) => setParams({ year: e.target.value }, { replace: true })}
                data-testid="report-year"
              >
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <a className="btn btn-primary" href={annualPdfUrl(year, lang)} download data-testid="annual-pdf">
              <Download size={15} aria-hidden /> {t("annual.download")}
            </a>
          </>
        }
      />
      {q.isPending ? <Loading /> : q.error ? <ErrorState error={q.error} onRetry={() => void q.refetch()} /> : <Report report={q.data} />}
    </>
  );
}

function Report({ report: r }: { report: AnnualReport }) {
  const { t } = useTranslation("reports");
  const main = r.totals[0] ?? null;
  const modeLabel = new Map(r.modes.map((m) => [m.key, m.label]));
  const notes = [
    ...(r.counts.anonymous ? [t("annual.anonymousNote")] : []),
    ...(r.leftOut.partnerships ? [t("annual.leftOut", { count: r.leftOut.partnerships })] : []),
    ...(r.leftOut.acknowledgements ? [t("annual.acksLeftOut", { count: r.leftOut.acknowledgements })] : []),
  ];
  const charts = useMemo(() => {
    const inMain = main
      ? r.modes.map((m) => ({ label: m.label, ...(m.value.find((v) => v.currency === main.currency) ?? { money: 0, inKind: 0 }) }))
      : [];
    return {
      modes: modesChart(r.modes) as ChartOption,
      value: main
        ? (valueChart(inMain, { money: t("annual.money"), inKind: t("annual.inKind") }, (n) =>
            new Intl.NumberFormat(formatLocale(), { notation: "compact" }).format(n),
          ) as ChartOption)
        : null,
    };
  }, [r, main, t]);
  const withResults = r.partners.filter((p) => p.indicators.length);

  return (
    <div data-testid="annual-report">
      {notes.length > 0 && (
        <div className="alert alert-info" role="status" style={{ marginBottom: 20 }} data-testid="annual-left-out">
          <Info size={16} aria-hidden />
          <div className="stack" style={{ gap: 2 }}>
            {notes.map((n) => (
              <span key={n}>{n}</span>
            ))}
          </div>
        </div>
      )}
      {!r.partners.length ? (
        <EmptyState icon={FileBarChart} title={t("annual.nothing", { year: r.year })}>
          {t("annual.nothingHint")}
        </EmptyState>
      ) : (
        <>
          <div className="report-tiles">
            <Tile value={String(r.counts.partnerships)} label={t("annual.tiles.partnerships")} />
            <Tile value={String(r.counts.companies)} label={t("annual.tiles.companies")} />
            <Tile value={main ? money(main.money, main.currency) : "—"} label={t("annual.tiles.value")} />
            <Tile value={main ? money(main.inKind, main.currency) : "—"} label={t("annual.tiles.inKind")} />
            <Tile
              value={r.counts.indicators ? `${r.counts.indicatorsAchieved} / ${r.counts.indicators}` : "—"}
              label={t("annual.tiles.achieved")}
            />
            <Tile value={String(r.counts.acknowledgements)} label={t("annual.tiles.acks")} />
          </div>

          <div className="report-charts">
            <section className="card" aria-labelledby="modes-title">
              <div className="card-header">
                <h2 id="modes-title">{t("annual.byMode")}</h2>
              </div>
              <div className="card-body">
                <EChart
                  option={charts.modes}
                  height={Math.max(140, 50 + r.modes.length * 36)}
                  label={r.modes.map((m) => `${m.label}: ${m.partnerships}`).join("; ")}
                  testId="annual-modes-chart"
                />
                <p className="small muted">{t("annual.byModeNote")}</p>
              </div>
            </section>
            {main && charts.value && (
              <section className="card" aria-labelledby="value-title">
                <div className="card-header">
                  <h2 id="value-title">{t("annual.valueByMode")}</h2>
                </div>
                <div className="card-body">
                  <EChart
                    option={charts.value}
                    height={Math.max(140, 70 + r.modes.length * 36)}
                    label={r.modes
                      .map((m) => `${m.label}: ${m.value.map((v) => money(v.money + v.inKind, v.currency)).join(", ")}`)
                      .join("; ")}
                  />
                  <p className="small muted">{t("annual.valueByModeNote", { currency: main.currency })}</p>
                </div>
              </section>
            )}
          </div>

          <Section id="partners" title={t("annual.partners")}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("annual.partnerCol")}</th>
                  <th scope="col">{t("annual.modesCol")}</th>
                  <th scope="col">{t("annual.sinceCol")}</th>
                  <th scope="col" className="num">
                    {t("annual.money")}
                  </th>
                  <th scope="col" className="num">
                    {t("annual.inKind")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.partners.map((p, i) => (
                  <tr key={`${p.name}-${i}`} data-testid="annual-partner">
                    <td className="wrap">
                      <div className={p.publication === "anonymous" ? "cell-main report-anonymous" : "cell-main"}>{p.name}</div>
                      {p.title && <div className="cell-sub">{p.title}</div>}
                    </td>
                    <td className="wrap">{p.modes.map((m) => modeLabel.get(m) ?? m).join(", ")}</td>
                    <td>
                      <div>{formatDate(p.since)}</div>
                      <div className="cell-sub">{p.endedOn ? t("annual.ended", { date: formatDate(p.endedOn) }) : t("annual.ongoing")}</div>
                    </td>
                    <td className="num">{p.value.money !== null && p.value.currency ? money(p.value.money, p.value.currency) : "—"}</td>
                    <td className="num">{p.value.inKind !== null && p.value.currency ? money(p.value.inKind, p.value.currency) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>

          <Section id="results" title={t("annual.results")} intro={withResults.length ? t("annual.resultsIntro") : t("annual.noResults")}>
            {withResults.length > 0 && (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t("annual.partnerCol")}</th>
                    <th scope="col">{t("partner.col.indicator")}</th>
                    <th scope="col" className="num">
                      {t("partner.col.latest")}
                    </th>
                    <th scope="col" className="num">
                      {t("partner.col.target")}
                    </th>
                    <th scope="col">{t("partner.col.progress")}</th>
                  </tr>
                </thead>
                <tbody>
                  {withResults.flatMap((p, i) =>
                    p.indicators.map((ind, k) => (
                      <tr key={`${i}-${k}`}>
                        <td className={p.publication === "anonymous" ? "report-anonymous" : undefined}>{k === 0 ? p.name : ""}</td>
                        <td className="wrap">{ind.name}</td>
                        <td className="num">{ind.latest === null ? "—" : formatWithUnit(ind.latest, ind.unit)}</td>
                        <td className="num">{ind.target === null ? "—" : formatWithUnit(ind.target, ind.unit)}</td>
                        <td>
                          {ind.achieved ? (
                            <span className="report-achieved">{t("annual.achieved")}</span>
                          ) : ind.progress === null ? (
                            <span className="muted">{t("annual.noValue")}</span>
                          ) : (
                            t("annual.notYet", { percent: `${Math.round(ind.progress * 100)} %` })
                          )}
                        </td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            )}
          </Section>

          <Section id="acks" title={t("annual.acknowledgements")} intro={r.acknowledgements.length ? undefined : t("annual.noAcks")}>
            {r.acknowledgements.length > 0 && (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t("partner.col.when")}</th>
                    <th scope="col">{t("annual.partnerCol")}</th>
                    <th scope="col">{t("partner.col.where")}</th>
                    <th scope="col">{t("partner.col.what")}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.acknowledgements.map((a, i) => (
                    <tr key={i}>
                      <td>{formatDate(a.occurredOn)}</td>
                      <td className="cell-main">{a.company}</td>
                      <td>{t(`channels.${a.channel}`)}</td>
                      <td className="wrap">
                        {a.url ? (
                          <a href={a.url} target="_blank" rel="noreferrer noopener">
                            {a.title}
                          </a>
                        ) : (
                          a.title
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
        </>
      )}
    </div>
  );
}

function Tile({ value, label }: { value: string; label: string }) {
  return (
    <div className="report-tile">
      <span className="value">{value}</span>
      <span className="label">{label}</span>
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children?: ReactNode }) {
  return (
    <section className="card report-section" aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`}>{title}</h2>
      </div>
      {intro && (
        <p className="card-body small muted" style={{ paddingBottom: children ? 0 : undefined }}>
          {intro}
        </p>
      )}
      {children && (
        <div className="table-wrap flat" {...scrollRegion(title)}>
          {children}
        </div>
      )}
    </section>
  );
}

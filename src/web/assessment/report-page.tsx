import { AlertTriangle, Check, Download, Undo2 } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { labelsOf, questionsOf } from "../../domains/assessment/assessment.rules";
import { DataTable } from "../components/data-table";
import { scrollRegion } from "../components/scroll-region";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { ChartCard } from "../dashboard/chart-card";
import { chartText, EChart, themeColour, type ChartOption } from "../dashboard/echart";
import { downloadFile } from "../lib/download";
import { useErrorMessage } from "../components/field";
import {
  type RoundDetail,
  type RoundReportOut,
  useApproveQuote,
  useComparison,
  useQuotes,
  useRound,
  useRoundReport,
  useRounds,
} from "./api";
import { RoundBreadcrumb } from "./round-page";

type QuestionStats = RoundReportOut["questions"][number];
type Labels = ReturnType<typeof labelsOf>;

const share = (p: number | undefined, ci: [number, number] | undefined) => (p === undefined ? "—" : `${p}% (${ci?.[0]}–${ci?.[1]})`);

/** The round's report: headline shares with intervals, a chart per question by section, breakdowns with small groups flagged. */
export default function ReportPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation("assessment");
  const round = useRound(id);
  const report = useRoundReport(id);
  const labels = useMemo(() => (round.data ? labelsOf(round.data.definition, i18n.language) : null), [round.data, i18n.language]);
  if (round.isPending || report.isPending) return <Loading />;
  if (round.error) return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  if (report.error) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  const r = round.data;
  const rep = report.data;
  const questions = questionsOf(r.definition);
  const stats = new Map(rep.questions.map((q) => [q.id, q]));
  const sections = [...new Set(questions.map((q) => q.section))];
  const headline = rep.questions.filter((q) => q.type === "yesno" && q.answered > 0);
  return (
    <>
      <PageHeader
        breadcrumb={<RoundBreadcrumb round={r} here={t("report.crumb")} />}
        title={<span data-testid="report-title">{t("report.title", { name: r.name })}</span>}
        description={t("report.respondents", { count: rep.respondents })}
        actions={<ReportDownloads roundId={r.id} name={r.name} />}
      />
      <div className="stack-lg" data-testid="assessment-report">
        <section className="card" aria-labelledby="summary-title" data-testid="report-summary">
          <div className="card-header">
            <div>
              <h2 id="summary-title">{t("report.summary")}</h2>
              <p>{t("report.summaryHint")}</p>
            </div>
          </div>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("report.question")}</th>
                <th scope="col">{t("report.yesShare")}</th>
                <th scope="col">{t("report.answered")}</th>
              </tr>
            </thead>
            <tbody>
              {headline.map((q) => (
                <tr key={q.id}>
                  <td className="wrap">{labels!.questions[q.id]}</td>
                  <td>{share(q.percent.yes, q.ci95.yes)}</td>
                  <td>{q.answered}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {sections.map((s) => (
          <section key={s} className="stack" aria-labelledby={`section-${s}`} data-testid="report-section">
            <h2 id={`section-${s}`}>{labels!.sections[s]}</h2>
            <div className="grid-2">
              {questions
                .filter((q) => q.section === s && q.type !== "text")
                .map((q) => (
                  <QuestionChart key={q.id} stats={stats.get(q.id)!} labels={labels!} />
                ))}
              {questions
                .filter((q) => q.section === s && q.type === "text")
                .map((q) => (
                  <div key={q.id} className="card" data-testid="report-quotes">
                    <div className="card-body stack-sm">
                      <strong>{labels!.questions[q.id]}</strong>
                      <p className="muted small">{t("report.textAnswers", { count: stats.get(q.id)?.answered ?? 0 })}</p>
                      {rep.quotes
                        .filter((x) => x.questionId === q.id)
                        .map((x) => (
                          <blockquote key={x.text} className="report-quote">
                            “{x.text}”
                          </blockquote>
                        ))}
                    </div>
                  </div>
                ))}
            </div>
          </section>
        ))}
        {Object.entries(rep.breakdowns).map(([by, groups]) => (
          <Breakdown key={by} by={by} groups={groups} labels={labels!} />
        ))}
        <Comparison round={r} labels={labels!} />
        {r.coordinator && <QuoteReview roundId={r.id} />}
      </div>
    </>
  );
}

function QuestionChart({ stats: q, labels }: { stats: QuestionStats; labels: Labels }) {
  const { t } = useTranslation("assessment");
  const options = Object.keys(q.counts);
  const names = options.map((o) => labels.options[q.id]?.[o] ?? o);
  const option = useMemo<ChartOption>(() => {
    const text = chartText();
    return {
      grid: { left: 8, right: 110, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", max: 100, show: false },
      yAxis: {
        type: "category",
        inverse: true,
        data: names,
        axisTick: { show: false },
        axisLabel: { ...text, color: themeColour("--color-text", "#15171c"), width: 200, overflow: "truncate" },
      },
      series: [
        {
          type: "bar",
          barMaxWidth: 20,
          itemStyle: { color: themeColour("--color-primary", "#4338ca") },
          label: {
            show: true,
            position: "right",
            ...text,
            formatter: (p: { dataIndex: number }) => share(q.percent[options[p.dataIndex]], q.ci95[options[p.dataIndex]]),
          },
          data: options.map((o) => q.percent[o] ?? 0),
        },
      ],
    };
  }, [q, names.join("|")]);
  return (
    <ChartCard
      title={labels.questions[q.id]}
      hint={t("report.answeredOf", { count: q.answered })}
      empty={q.answered === 0}
      emptyText={t("report.noAnswers")}
      testId="report-question"
      table={{
        caption: labels.questions[q.id],
        columns: [t("report.option"), t("report.count"), t("report.percent"), t("report.ci")],
        rows: options.map((o, i) => ({
          key: o,
          cells: [names[i], q.counts[o], q.percent[o] ?? "—", q.ci95[o] ? `${q.ci95[o][0]}–${q.ci95[o][1]}` : "—"],
        })),
      }}
    >
      <EChart option={option} height={Math.max(90, options.length * 34 + 16)} label={labels.questions[q.id]} testId="report-chart" />
    </ChartCard>
  );
}

function Breakdown({ by, groups, labels }: { by: string; groups: RoundReportOut["breakdowns"][string]; labels: Labels }) {
  const { t } = useTranslation("assessment");
  const ids = groups[0]?.questions.filter((q) => q.type === "yesno").map((q) => q.id) ?? [];
  return (
    <section className="card" aria-labelledby={`by-${by}`} data-testid="report-breakdown">
      <div className="card-header">
        <div>
          <h2 id={`by-${by}`}>{t("report.breakdownBy", { question: labels.questions[by] })}</h2>
          <p>{t("report.breakdownHint")}</p>
        </div>
      </div>
      <div {...scrollRegion(t("report.breakdownBy", { question: labels.questions[by] }))} className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("report.question")}</th>
              {groups.map((g) => (
                <th scope="col" key={g.value}>
                  {labels.options[by]?.[g.value] ?? g.value} <span className="muted">(n = {g.n})</span>
                  {g.small && (
                    <span className="badge badge-warning" title={t("report.smallHint")} data-testid="small-group">
                      <AlertTriangle size={12} aria-hidden /> {t("report.small")}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id}>
                <td className="wrap">{labels.questions[id]}</td>
                {groups.map((g) => {
                  const q = g.questions.find((x) => x.id === id)!;
                  return <td key={g.value}>{q.answered ? `${q.percent.yes}%` : "—"}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The report as PDF (in the interface's language) and as CSV; a failed download says why. */
function ReportDownloads({ roundId, name }: { roundId: string; name: string }) {
  const { t, i18n } = useTranslation("assessment");
  const message = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const lang = i18n.language.startsWith("de") ? "de" : "en";
  const get = (path: string, file: string) => {
    setBusy(path);
    setError(null);
    downloadFile(`/api/v1/assessment-rounds/${roundId}/${path}`, file)
      .catch((e: unknown) => setError(t("report.downloadFailed", { message: message(e) })))
      .finally(() => setBusy(null));
  };
  return (
    <div className="stack-sm">
      <div className="row">
        <button
          type="button"
          className="btn"
          disabled={!!busy}
          onClick={() => get(`report.pdf?lang=${lang}`, `${name}.pdf`)}
          data-testid="report-pdf"
        >
          <Download size={15} aria-hidden /> {t("report.pdf")}
        </button>
        <button type="button" className="btn" disabled={!!busy} onClick={() => get("report.csv", `${name}.csv`)} data-testid="report-csv">
          <Download size={15} aria-hidden /> {t("report.csv")}
        </button>
      </div>
      {error && (
        <div className="alert alert-danger" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

/** This round against an earlier round of the network: the change of each share, flagged where it may be chance. */
function Comparison({ round, labels }: { round: RoundDetail; labels: Labels }) {
  const { t } = useTranslation("assessment");
  const rounds = useRounds(round.networkId);
  const others = (rounds.data?.items ?? []).filter((x) => x.id !== round.id);
  const [other, setOther] = useState("");
  const cmp = useComparison(round.id, other);
  if (!others.length) return null;
  // A yes/no question shows its yes share only; the question's name heads its first row.
  const rows = (cmp.data?.questions ?? []).flatMap((q) =>
    q.options
      .filter((o) => (q.type === "yesno" ? o.option === "yes" : true))
      .map((o, i) => ({ q, o, first: i === 0, key: `${q.id}:${o.option}` })),
  );
  return (
    <section className="card" aria-labelledby="compare-title" data-testid="report-compare">
      <div className="card-header">
        <div>
          <h2 id="compare-title">{t("report.compare.title")}</h2>
          <p>{t("report.compare.hint")}</p>
        </div>
        <label className="row small">
          {t("report.compare.with")}
          <select className="select" value={other} onChange={(e) => setOther(e.target.value)} data-testid="compare-select">
            <option value="">{t("report.compare.choose")}</option>
            {others.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {cmp.error && <ErrorState error={cmp.error} onRetry={() => void cmp.refetch()} />}
      {cmp.data && (
        <DataTable
          rows={rows}
          label={t("report.compare.title")}
          testId="compare-table"
          rowKey={(x) => x.key}
          empty={<p className="muted card-body">{t("report.noAnswers")}</p>}
          columns={[
            {
              id: "question",
              header: t("report.question"),
              className: "wrap",
              cell: (x) => (x.first ? (labels.questions[x.q.id] ?? x.q.id) : ""),
            },
            {
              id: "option",
              header: t("report.option"),
              className: "wrap",
              cell: (x) => labels.options[x.q.id]?.[x.o.option] ?? x.o.option,
            },
            { id: "before", header: cmp.data.before.round, className: "num", cell: (x) => (x.o.before === null ? "—" : `${x.o.before}%`) },
            { id: "after", header: cmp.data.after.round, className: "num", cell: (x) => (x.o.after === null ? "—" : `${x.o.after}%`) },
            {
              id: "change",
              header: t("report.compare.change"),
              className: "num",
              cell: (x) =>
                x.o.change === null ? "—" : t("report.compare.points", { value: x.o.change > 0 ? `+${x.o.change}` : String(x.o.change) }),
            },
            {
              id: "reading",
              header: t("report.compare.reading"),
              cell: (x) =>
                x.o.overlap === null ? (
                  "—"
                ) : x.o.overlap ? (
                  <span className="muted small">{t("report.compare.mayBeChance")}</span>
                ) : (
                  <span className="badge badge-primary">{t("report.compare.clear")}</span>
                ),
            },
          ]}
        />
      )}
    </section>
  );
}

/** The coordinator's review of free-text answers: each is published in the report (anonymously) only once approved. */
function QuoteReview({ roundId }: { roundId: string }) {
  const { t } = useTranslation("assessment");
  const quotes = useQuotes(roundId, true);
  const approve = useApproveQuote(roundId);
  return (
    <section className="card" aria-labelledby="quotes-title" data-testid="quote-review">
      <div className="card-header">
        <div>
          <h2 id="quotes-title">{t("report.quotes.title")}</h2>
          <p>{t("report.quotes.hint")}</p>
        </div>
      </div>
      <div className="card-body stack-sm">
        {quotes.error && <ErrorState error={quotes.error} onRetry={() => void quotes.refetch()} />}
        {quotes.data && !quotes.data.items.length && <p className="muted">{t("report.quotes.none")}</p>}
        {quotes.data?.items.map((q) => (
          <div key={`${q.responseId}:${q.questionId}`} className="row quote-row" data-testid="quote-item">
            <blockquote className="report-quote" style={{ flex: 1 }}>
              “{q.text}”
            </blockquote>
            {q.approved ? (
              <>
                <span className="badge badge-success">{t("report.quotes.approved")}</span>
                <button
                  type="button"
                  className="btn btn-sm"
                  disabled={approve.isPending}
                  onClick={() => approve.mutate({ responseId: q.responseId, approved: false })}
                >
                  <Undo2 size={14} aria-hidden /> {t("report.quotes.withdraw")}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="btn btn-sm btn-primary"
                disabled={approve.isPending}
                onClick={() => approve.mutate({ responseId: q.responseId, approved: true })}
                data-testid="quote-approve"
              >
                <Check size={14} aria-hidden /> {t("report.quotes.approve")}
              </button>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

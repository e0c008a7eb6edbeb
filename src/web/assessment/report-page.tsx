import { AlertTriangle } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { labelsOf, questionsOf } from "../../domains/assessment/assessment.rules";
import { ErrorState, Loading, PageHeader } from "../components/states";
import { ChartCard } from "../dashboard/chart-card";
import { chartText, EChart, themeColour, type ChartOption } from "../dashboard/echart";
import { type RoundReportOut, useRound, useRoundReport } from "./api";
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
                  <div key={q.id} className="card">
                    <div className="card-body">
                      <strong>{labels!.questions[q.id]}</strong>
                      <p className="muted small">{t("report.textAnswers", { count: stats.get(q.id)?.answered ?? 0 })}</p>
                    </div>
                  </div>
                ))}
            </div>
          </section>
        ))}
        {Object.entries(rep.breakdowns).map(([by, groups]) => (
          <Breakdown key={by} by={by} groups={groups} labels={labels!} />
        ))}
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
      <div className="table-scroll">
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

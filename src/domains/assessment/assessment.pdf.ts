import type { EChartsOption } from "echarts";
import type { Content } from "pdfmake/interfaces";
import { renderPdf } from "../../platform/pdf.js";
import { chart, coverBand, documentOf, heading, INK, note, table, together } from "../reports/reports.pdf-parts.js";
import { labelsOf, questionsOf } from "./assessment.rules.js";
import type { QuestionStats, RoundReport } from "./assessment.stats.js";

// The round's report as a PDF, laid out like the brief it re-creates: an executive summary of the headline shares
// with their intervals, then each section (goals and roles, resources and perceptions, ethical screening,
// experiences, obstacles, success factors, capacity needs) with a chart and a table per question, then the
// breakdowns with small groups flagged. The charts are the same ECharts bars as the web page, rendered to SVG.

type Lang = "en" | "de";

const TEXT = {
  en: {
    kicker: "Network assessment",
    title: (round: string) => `Report ${round}`,
    respondents: (n: number) => `${n} respondents. Every share is of those who answered the question, with its 95% interval (Wilson).`,
    summary: "Executive summary",
    summaryNote: "The share answering yes to each yes/no question, with its 95% confidence interval.",
    question: "Question",
    yes: "Yes (95% interval)",
    answered: "Answered",
    option: "Option",
    count: "Count",
    percent: "Percent",
    ci: "95% interval",
    answeredN: (n: number) => `${n} answered`,
    nobody: "Nobody answered this question.",
    text: (n: number, approved: number) =>
      approved
        ? `${n} free-text answers; the ${approved === 1 ? "one" : approved} a coordinator approved for this report, without naming the organisation:`
        : `${n} free-text answers (listed for the coordinator; none approved for this report).`,
    by: (q: string) => `By: ${q}`,
    byNote: "Share answering yes in each group. Groups under 5 respondents are marked * : read them with care.",
    footer: (network: string) => `${network} · Network assessment`,
    page: (p: number, n: number) => `Page ${p} of ${n}`,
  },
  de: {
    kicker: "Erhebung im Netzwerk",
    title: (round: string) => `Bericht ${round}`,
    respondents: (n: number) =>
      `${n} antwortende Organisationen. Jeder Anteil bezieht sich auf die, die die Frage beantwortet haben, mit 95-%-Intervall (Wilson).`,
    summary: "Zusammenfassung",
    summaryNote: "Der Anteil der Ja-Antworten je Ja/Nein-Frage mit seinem 95-%-Konfidenzintervall.",
    question: "Frage",
    yes: "Ja (95-%-Intervall)",
    answered: "Beantwortet",
    option: "Option",
    count: "Anzahl",
    percent: "Prozent",
    ci: "95-%-Intervall",
    answeredN: (n: number) => `${n} Antworten`,
    nobody: "Niemand hat diese Frage beantwortet.",
    text: (n: number, approved: number) =>
      approved
        ? `${n} Freitextantworten; ${approved === 1 ? "die eine" : `die ${approved}`}, die die Koordination für diesen Bericht freigegeben hat, ohne die Organisation zu nennen:`
        : `${n} Freitextantworten (für die Koordination; keine für diesen Bericht freigegeben).`,
    by: (q: string) => `Nach: ${q}`,
    byNote: "Anteil der Ja-Antworten je Gruppe. Gruppen mit weniger als 5 Antworten sind mit * markiert: mit Vorsicht lesen.",
    footer: (network: string) => `${network} · Erhebung im Netzwerk`,
    page: (p: number, n: number) => `Seite ${p} von ${n}`,
  },
};

const num = (lang: Lang, x: number) => x.toLocaleString(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 });
const share = (lang: Lang, q: QuestionStats, o: string) =>
  q.percent[o] === undefined ? "—" : `${num(lang, q.percent[o])} % (${num(lang, q.ci95[o][0])}–${num(lang, q.ci95[o][1])})`;

/** Horizontal bars of the shares, each labelled with its interval. */
export function questionChart(q: QuestionStats, names: string[], lang: Lang): EChartsOption {
  const options = Object.keys(q.counts);
  return {
    grid: { left: 8, right: 150, top: 4, bottom: 4, containLabel: true },
    xAxis: { type: "value", max: 100, show: false },
    yAxis: {
      type: "category",
      inverse: true,
      data: names,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK.line } },
      axisLabel: { color: INK.text, fontSize: 12, width: 300, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        barMaxWidth: 18,
        itemStyle: { color: INK.primary },
        label: {
          show: true,
          position: "right",
          color: INK.text,
          fontSize: 12,
          formatter: (p) => share(lang, q, options[(p as { dataIndex: number }).dataIndex]),
        },
        data: options.map((o) => q.percent[o] ?? 0),
      },
    ],
  };
}

/** Renders the report of a round (A4). */
export async function renderRoundPdf(
  r: RoundReport & { quotes?: Array<{ questionId: string; text: string }> },
  definition: unknown,
  meta: { network: string; lang: Lang; generatedOn: string },
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  const { lang } = meta;
  const T = TEXT[lang];
  const labels = labelsOf(definition, lang);
  const questions = questionsOf(definition);
  const stats = new Map(r.questions.map((q) => [q.id, q]));
  const content: Content[] = [
    coverBand(T.kicker, T.title(r.round), [meta.network, meta.generatedOn]),
    note([T.respondents(r.respondents)]),
  ];

  const yesNo = r.questions.filter((q) => q.type === "yesno" && q.answered > 0);
  content.push(
    ...heading(T.summary),
    { text: T.summaryNote, style: "intro" },
    table(
      [T.question, T.yes, T.answered],
      yesNo.map((q) => [labels.questions[q.id], share(lang, q, "yes"), String(q.answered)]),
      ["*", 120, 60],
    ),
  );

  for (const section of [...new Set(questions.map((q) => q.section))]) {
    if (section === "organisation") continue;
    // The section's heading travels with its first question, so it never stays behind at the foot of a page.
    let lead: Content[] = heading(labels.sections[section]);
    for (const q of questions.filter((x) => x.section === section)) {
      const s = stats.get(q.id)!;
      const options = Object.keys(s.counts);
      const names = options.map((o) => labels.options[q.id]?.[o] ?? o);
      const body: Content[] =
        q.type === "text"
          ? [
              { text: T.text(s.answered, (r.quotes ?? []).filter((x) => x.questionId === q.id).length), style: "intro" },
              ...(r.quotes ?? [])
                .filter((x) => x.questionId === q.id)
                .map((x): Content => ({ text: `“${x.text}”`, italics: true, margin: [14, 0, 0, 6] })),
            ]
          : [
              { text: s.answered ? T.answeredN(s.answered) : T.nobody, style: "intro" },
              ...(s.answered ? [chart(questionChart(s, names, lang), Math.max(40, options.length * 22 + 8))] : []),
            ];
      content.push(together(...lead, { text: labels.questions[q.id], style: "h3" }, ...body));
      lead = [];
    }
  }

  for (const [by, groups] of Object.entries(r.breakdowns)) {
    const ids = groups[0]?.questions.filter((q) => q.type === "yesno").map((q) => q.id) ?? [];
    content.push(...heading(T.by(labels.questions[by])), { text: T.byNote, style: "intro" });
    content.push(
      table(
        [T.question, ...groups.map((g) => `${labels.options[by]?.[g.value] ?? g.value} (n = ${g.n})${g.small ? " *" : ""}`)],
        ids.map((id) => [
          labels.questions[id],
          ...groups.map((g) => {
            const q = g.questions.find((x) => x.id === id)!;
            return q.answered ? `${num(lang, q.percent.yes)} %` : "—";
          }),
        ]),
        ["*", ...groups.map(() => 52)],
      ),
    );
  }

  return renderPdf(
    documentOf(
      { title: T.title(r.round), author: meta.network, footer: T.footer(meta.network), page: T.page },
      content,
      opts.compress ?? true,
    ),
  );
}

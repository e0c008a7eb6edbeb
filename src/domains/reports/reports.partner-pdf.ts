import type { Content } from "pdfmake/interfaces";
import { renderPdf } from "../../platform/pdf.js";
import { progressChart, progressOverTimeChart } from "./reports.charts.js";
import { formats, translator } from "./reports.labels.js";
import { bullets, chart, coverBand, documentOf, heading, INK, subheading, table, tiles, together } from "./reports.pdf-parts.js";
import type { PartnerReport } from "./reports.schema.js";

// The partner impact report as a PDF: a cover band, figures at a glance, what was done, results against
// targets with charts, monitoring, commitments of both sides, acknowledgements and next steps.

/** Renders the partner report (A4). `compress: false` keeps the streams readable for tests. */
export async function renderPartnerPdf(r: PartnerReport, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const t = translator(r.lang);
  const f = formats(r.lang);
  const names = { org: r.org, company: r.company };
  const party = (p: "ngo" | "company") => t(`partner.party.${p}`, names);
  const withUnit = (n: number | null, unit: string | null) => (n === null ? "—" : unit ? `${f.number(n)} ${unit}` : f.number(n));
  const achievedCount = r.indicators.filter((i) => i.achieved).length;
  const content: Content[] = [];

  content.push(
    coverBand(t("partner.docTitle"), r.company, [
      r.title,
      t("partner.preparedFor", names),
      `${t("partner.period")}: ${f.date(r.period.from)} – ${f.date(r.period.to)}`,
    ]),
    { text: t("partner.atAGlance"), style: "h3", margin: [0, 0, 0, 4] },
    tiles([
      { value: String(r.exchanges.meetings + r.exchanges.calls), label: t("partner.tiles.contacts") },
      { value: String(r.checkIns.length), label: t("partner.tiles.checkIns") },
      { value: r.indicators.length ? `${achievedCount} / ${r.indicators.length}` : "—", label: t("partner.tiles.targets") },
      {
        value: r.commitments.kept.due ? `${r.commitments.kept.kept} / ${r.commitments.kept.due}` : "—",
        label: t("partner.tiles.commitments"),
      },
    ]),
  );

  // What was done
  content.push(...heading(t("partner.whatWasDone")));
  if (r.modes.length) content.push({ text: [{ text: `${t("partner.modes")}: `, bold: true }, r.modes.join(" · ")], margin: [0, 0, 0, 6] });
  if (r.goals) content.push(subheading(t("partner.goals")), { text: r.goals, margin: [0, 0, 0, 6] });
  if (r.agreement?.activities.length) content.push(subheading(t("partner.agreedActivities")), bullets(r.agreement.activities));
  const sides = [
    r.agreement?.ngoResponsibilities.length
      ? { stack: [{ text: t("partner.ngoCommitted", names), style: "h3" }, bullets(r.agreement.ngoResponsibilities)] }
      : null,
    r.agreement?.companyResponsibilities.length
      ? { stack: [{ text: t("partner.companyCommitted", names), style: "h3" }, bullets(r.agreement.companyResponsibilities)] }
      : null,
  ].filter((x): x is { stack: Content[] } => x !== null);
  // Both sides' lists are short: they stay on one page together, headings with their bullets.
  if (sides.length) content.push({ columns: sides, columnGap: 18, unbreakable: true });
  const exchanges = (["meetings", "calls", "emails"] as const)
    .filter((k) => r.exchanges[k] > 0)
    .map((k) => t(`partner.${k}`, { count: r.exchanges[k] }));
  if (exchanges.length) content.push({ text: t("partner.exchanges", { list: exchanges.join(", ") }), margin: [0, 6, 0, 4] });
  content.push(subheading(t("partner.milestones")));
  content.push(
    r.milestones.length
      ? table(
          [t("partner.col.date"), t("partner.col.what")],
          r.milestones.map((m) => [f.date(m.on), t(`partner.milestone.${m.kind}`, names)]),
          [110, "*"],
        )
      : { text: t("partner.noMilestones"), style: "small" },
  );

  // Results
  if (!r.indicators.length) content.push(...heading(t("partner.indicators")), { text: t("partner.noIndicators"), style: "small" });
  else {
    const bars = chart(
      progressChart(r.indicators, { progress: t("partner.chartProgress"), target: t("partner.chartTarget") }),
      Math.max(90, 30 + r.indicators.length * 34),
    );
    content.push(together(...heading(t("partner.indicators")), { text: t("partner.indicatorsIntro"), style: "intro" }, bars));
    content.push(
      table(
        [
          t("partner.col.indicator"),
          t("partner.col.baseline"),
          t("partner.col.latest"),
          t("partner.col.target"),
          t("partner.col.progress"),
        ],
        r.indicators.map((i) => [
          { text: i.name, bold: true },
          withUnit(i.baseline, i.unit),
          i.latest === null ? "—" : { stack: [withUnit(i.latest, i.unit), { text: f.shortDate(i.latestOn!), style: "small" }] },
          withUnit(i.target, i.unit),
          { text: f.percent(i.progress), bold: true, color: i.achieved ? INK.success : INK.primary },
        ]),
        ["*", 62, 78, 62, 56],
      ),
    );
    if (r.series.some((s) => s.points.length > 1)) {
      content.push(together({ text: t("partner.chartOverTime"), style: "h3" }, chart(progressOverTimeChart(r.series, f.shortDate), 170)));
    }
  }

  // Monitoring
  content.push(...heading(t("partner.checkIns")));
  content.push(
    r.checkIns.length
      ? table(
          [t("partner.col.date"), t("partner.col.values")],
          r.checkIns.map((c) => [
            f.date(c.on),
            c.values.length
              ? c.values.map((v) => `${v.name}: ${withUnit(v.value, v.unit)}`).join(" · ")
              : { text: t("partner.noValues"), style: "small" },
          ]),
          [110, "*"],
          { breakRows: true },
        )
      : { text: t("partner.noCheckIns"), style: "small" },
  );

  // Commitments
  content.push(...heading(t("partner.commitments")));
  const c = r.commitments;
  const recorded = (["ngo", "company"] as const).reduce((n, p) => n + c.byParty[p].done + c.byParty[p].open + c.byParty[p].missed, 0);
  if (!recorded) {
    content.push({ text: t("partner.noCommitments"), style: "small" });
  } else {
    content.push({ text: t("partner.commitmentsIntro"), style: "intro" });
    content.push({
      columns: (["ngo", "company"] as const).map((p) => ({
        stack: [
          { text: party(p), bold: true },
          { text: t("partner.partyLine", c.byParty[p]), style: "small" },
        ],
      })),
      columnGap: 18,
      margin: [0, 0, 0, 6],
    });
    if (c.kept.due) content.push({ text: t("partner.keptOnTime", c.kept), margin: [0, 0, 0, 6] });
    if (c.done.length) {
      content.push(
        table(
          [t("partner.col.what"), t("partner.col.status")],
          c.done.map((d) => [
            `${party(d.party)}: ${d.what}`,
            { text: d.on ? `${t("partner.status.done")} · ${f.shortDate(d.on)}` : t("partner.status.done"), color: INK.success },
          ]),
          ["*", 110],
        ),
      );
    }
  }

  // Acknowledgements
  content.push(...heading(t("partner.acknowledgements")));
  if (!r.acknowledgements.length) content.push({ text: t("partner.noAcks"), style: "small" });
  else {
    content.push({ text: t("partner.acksIntro", names), style: "intro" });
    content.push(
      table(
        [t("partner.col.when"), t("partner.col.where"), t("partner.col.what")],
        r.acknowledgements.map((a) => [
          f.date(a.on),
          t(`channels.${a.channel}`),
          a.url ? { stack: [a.title, { text: a.url, link: a.url, color: INK.primary, fontSize: 8 }] } : a.title,
        ]),
        [100, 80, "*"],
      ),
    );
  }

  // Next steps
  content.push(...heading(t("partner.nextSteps")));
  const next: Content[] = [
    ...r.nextSteps.open.map((o) => ({
      text: [
        t("partner.openCommitment", { party: party(o.party), what: o.what }),
        o.due ? { text: ` (${t("partner.dueBy", { date: f.date(o.due) })})`, color: INK.muted } : "",
      ],
    })),
    ...(r.nextSteps.nextCheckIn ? [{ text: t("partner.nextCheckIn", { date: f.date(r.nextSteps.nextCheckIn) }) }] : []),
    ...(r.nextSteps.agreementEnds ? [{ text: t("partner.agreementEnds", { date: f.date(r.nextSteps.agreementEnds) }) }] : []),
  ];
  content.push(
    next.length ? { ul: next, markerColor: INK.primary, margin: [0, 0, 0, 6] } : { text: t("partner.noNextSteps"), style: "small" },
  );
  content.push(
    { text: t("partner.thanks"), italics: true, color: INK.primary, fontSize: 11, margin: [0, 18, 0, 2] },
    { text: `${r.org} · ${t("partner.generated", { date: f.date(r.generatedOn) })}`, style: "small" },
  );

  return renderPdf(
    documentOf(
      {
        title: `${t("partner.docTitle")} — ${r.company}`,
        author: r.org,
        footer: t("partner.footer", names),
        page: (page, pages) => t("partner.page", { page, pages }),
      },
      content,
      opts.compress ?? true,
    ),
  );
}

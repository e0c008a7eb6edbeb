import type { Content } from "pdfmake/interfaces";
import { renderPdf } from "../../platform/pdf.js";
import { modesChart, valueChart } from "./reports.charts.js";
import { formats, translator } from "./reports.labels.js";
import { chart, coverBand, documentOf, heading, INK, note, table, tiles, together } from "./reports.pdf-parts.js";
import type { AnnualReport, ReportLanguage } from "./reports.schema.js";

// The annual partnerships report as a PDF, from the same (publishable) data as the JSON and the web page.

/** Renders the annual report (A4). */
export async function renderAnnualPdf(r: AnnualReport, lang: ReportLanguage, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const t = translator(lang);
  const f = formats(lang);
  const main = r.totals[0] ?? null;
  const money = (n: number, currency: string | null) => (currency ? f.money(n, currency) : f.number(n));
  const modeLabel = new Map(r.modes.map((m) => [m.key, m.label]));
  const content: Content[] = [];

  content.push(
    coverBand(t("annual.subtitle"), t("annual.docTitle", { year: r.year }), [
      r.organisation,
      t("annual.generated", { date: f.date(r.generatedAt) }),
    ]),
    tiles([
      { value: String(r.counts.partnerships), label: t("annual.tiles.partnerships") },
      { value: main ? money(main.money, main.currency) : "—", label: t("annual.tiles.value") },
      { value: main ? money(main.inKind, main.currency) : "—", label: t("annual.tiles.inKind") },
      { value: r.counts.indicators ? `${r.counts.indicatorsAchieved} / ${r.counts.indicators}` : "—", label: t("annual.tiles.achieved") },
    ]),
  );
  const notes = [
    ...(r.counts.anonymous ? [t("annual.anonymousNote")] : []),
    ...(r.leftOut.partnerships ? [t("annual.leftOut", { count: r.leftOut.partnerships })] : []),
    ...(r.leftOut.acknowledgements ? [t("annual.acksLeftOut", { count: r.leftOut.acknowledgements })] : []),
  ];
  if (notes.length) content.push(note(notes));

  if (!r.partners.length) {
    content.push(
      { text: t("annual.nothing", { year: r.year }), style: "h3", margin: [0, 24, 0, 4] },
      { text: t("annual.nothingHint"), style: "intro" },
    );
  } else {
    // Modes and value
    content.push(
      together(
        ...heading(t("annual.byMode")),
        { text: t("annual.byModeNote"), style: "intro" },
        chart(modesChart(r.modes), Math.max(80, 24 + r.modes.length * 28)),
      ),
    );
    if (main) {
      const inMain = r.modes.map((m) => ({
        label: m.label,
        ...(m.value.find((v) => v.currency === main.currency) ?? { money: 0, inKind: 0 }),
      }));
      const values = chart(
        valueChart(inMain, { money: t("annual.money"), inKind: t("annual.inKind") }, f.compact),
        Math.max(90, 40 + r.modes.length * 28),
      );
      content.push(
        together(
          { text: t("annual.valueByMode"), style: "h3" },
          { text: t("annual.valueByModeNote", { currency: main.currency }), style: "intro" },
          values,
        ),
      );
      content.push(
        table(
          [t("annual.mode"), t("annual.partnerships"), t("annual.money"), t("annual.inKind")],
          [
            ...r.modes.map((m) => [
              m.label,
              String(m.partnerships),
              m.value.map((v) => money(v.money, v.currency)).join(" · ") || "—",
              m.value.map((v) => money(v.inKind, v.currency)).join(" · ") || "—",
            ]),
            [
              { text: t("annual.totals"), bold: true },
              { text: String(r.counts.partnerships), bold: true },
              { text: r.totals.map((v) => money(v.money, v.currency)).join(" · "), bold: true },
              { text: r.totals.map((v) => money(v.inKind, v.currency)).join(" · "), bold: true },
            ],
          ],
          ["*", 70, 90, 90],
        ),
      );
    }

    // Partners
    content.push(...heading(t("annual.partners")));
    content.push(
      table(
        [t("annual.partnerCol"), t("annual.modesCol"), t("annual.sinceCol"), t("annual.valueCol")],
        r.partners.map((p) => [
          {
            stack: [
              { text: p.name, bold: p.publication === "public", italics: p.publication === "anonymous" },
              ...(p.title ? [{ text: p.title, style: "small" }] : []),
            ],
          },
          { text: p.modes.map((m) => modeLabel.get(m) ?? m).join(", "), fontSize: 8.5 },
          {
            stack: [
              f.shortDate(p.since),
              { text: p.endedOn ? t("annual.ended", { date: f.shortDate(p.endedOn) }) : t("annual.ongoing"), style: "small" },
            ],
          },
          [
            p.value.money !== null ? money(p.value.money, p.value.currency) : "",
            p.value.inKind !== null ? `${money(p.value.inKind, p.value.currency)} (${t("annual.inKind").toLowerCase()})` : "",
          ]
            .filter(Boolean)
            .join("\n") || "—",
        ]),
        ["*", 140, 72, 90],
      ),
    );

    // Results
    content.push(...heading(t("annual.results")));
    const withResults = r.partners.filter((p) => p.indicators.length);
    if (!withResults.length) content.push({ text: t("annual.noResults"), style: "small" });
    else {
      content.push({ text: t("annual.resultsIntro"), style: "intro" });
      const num = (n: number | null, unit: string | null) => (n === null ? "—" : `${f.number(n)}${unit ? ` ${unit}` : ""}`);
      const status = (i: AnnualReport["partners"][number]["indicators"][number]) =>
        i.achieved
          ? { text: t("annual.achieved"), color: INK.success, bold: true }
          : i.progress === null
            ? { text: t("annual.noValue"), color: INK.muted }
            : { text: t("annual.notYet", { percent: f.percent(i.progress) }), color: INK.primary };
      content.push(
        table(
          [t("annual.partnerCol"), t("partner.col.indicator"), t("partner.col.latest"), t("partner.col.target"), t("partner.col.progress")],
          withResults.flatMap((p) =>
            p.indicators.map((i, k) => [
              k === 0 ? { text: p.name, bold: p.publication === "public", italics: p.publication === "anonymous" } : "",
              i.name,
              num(i.latest, i.unit),
              num(i.target, i.unit),
              status(i),
            ]),
          ),
          [120, "*", 62, 62, 80],
        ),
      );
    }

    // Acknowledgements
    content.push(...heading(t("annual.acknowledgements")));
    content.push(
      r.acknowledgements.length
        ? table(
            [t("partner.col.when"), t("annual.partnerCol"), t("partner.col.where"), t("partner.col.what")],
            r.acknowledgements.map((a) => [
              f.shortDate(a.occurredOn),
              { text: a.company, bold: true },
              t(`channels.${a.channel}`),
              a.url ? { stack: [a.title, { text: a.url, link: a.url, color: INK.primary, fontSize: 8 }] } : a.title,
            ]),
            [70, 110, 70, "*"],
          )
        : { text: t("annual.noAcks"), style: "small" },
    );
  }

  return renderPdf(
    documentOf(
      {
        title: t("annual.docTitle", { year: r.year }),
        author: r.organisation,
        footer: t("annual.footer", { org: r.organisation, year: r.year }),
        page: (page, pages) => t("annual.page", { page, pages }),
      },
      content,
      opts.compress ?? true,
    ),
  );
}

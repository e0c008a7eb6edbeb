import type { EChartsOption } from "echarts";
import type { Content, ContentTable, StyleDictionary, TDocumentDefinitions } from "pdfmake/interfaces";
import { renderSvgChart } from "../../platform/charts.js";
import { keepHeadingsWithNext } from "../../platform/pdf.js";

// Building blocks shared by the partner and annual report PDFs: palette, styles, the cover band,
// section headings, figure tiles, tables and charts (ECharts SVG embedded in pdfmake).

export const INK = {
  primary: "#4338ca",
  dark: "#1e1b4b",
  soft: "#eef0ff",
  line: "#e3e5e9",
  muted: "#535966",
  text: "#15171c",
  success: "#11703f",
  successSoft: "#e6f6ec",
  band: "#312e81",
};

export const PAGE = { width: 595.28, margin: 50 };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const styles: StyleDictionary = {
  h2: { fontSize: 14, bold: true, color: INK.dark, margin: [0, 18, 0, 2] },
  h3: { fontSize: 10.5, bold: true, color: INK.text, margin: [0, 10, 0, 4] },
  intro: { fontSize: 9, color: INK.muted, margin: [0, 0, 0, 8] },
  small: { fontSize: 8.5, color: INK.muted },
  th: { fontSize: 8.5, bold: true, color: INK.muted },
  tileNumber: { fontSize: 20, bold: true, color: INK.primary },
  tileLabel: { fontSize: 8.5, color: INK.muted },
};

/** A section heading with a thin rule under it. */
export function heading(text: string): Content[] {
  return [
    { text, style: "h2", headlineLevel: 1 },
    { canvas: [{ type: "line", x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 1.2, lineColor: INK.primary }], margin: [0, 2, 0, 8] },
  ];
}

/** A sub-heading (kept with what follows it, like a section heading). */
export const subheading = (text: string, margin?: [number, number, number, number]): Content => ({
  text,
  style: "h3",
  headlineLevel: 2,
  ...(margin ? { margin } : {}),
});

/** The coloured band across the top of the first page, with the document's title lines. */
export function coverBand(kicker: string, title: string, lines: string[]): Content {
  return {
    stack: [
      { canvas: [{ type: "rect", x: 0, y: 0, w: PAGE.width, h: 190, color: INK.band }], absolutePosition: { x: 0, y: 0 } },
      { canvas: [{ type: "rect", x: 0, y: 0, w: PAGE.width, h: 6, color: "#818cf8" }], absolutePosition: { x: 0, y: 190 } },
      {
        text: kicker.toUpperCase(),
        color: "#c7d2fe",
        fontSize: 9,
        bold: true,
        characterSpacing: 1.2,
        absolutePosition: { x: PAGE.margin, y: 48 },
      },
      { text: title, color: "#ffffff", fontSize: 24, bold: true, absolutePosition: { x: PAGE.margin, y: 66 } },
      {
        stack: lines.map((l, i) => ({
          text: l,
          color: i === 0 ? "#ffffff" : "#e0e7ff",
          fontSize: i === 0 ? 13 : 10,
          margin: [0, 0, 0, 3],
        })),
        absolutePosition: { x: PAGE.margin, y: 104 },
      },
      { text: "", margin: [0, 170, 0, 0] },
    ],
  };
}

/** A row of figure tiles: a big number and what it counts. */
export function tiles(items: Array<{ value: string; label: string }>): Content {
  return {
    table: {
      widths: items.map(() => "*"),
      body: [
        items.map((x) => ({
          stack: [
            { text: x.value, style: "tileNumber" },
            { text: x.label, style: "tileLabel" },
          ],
          fillColor: INK.soft,
          margin: [10, 8, 10, 8],
        })),
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number, node: ContentTable) => (i === 0 || i === node.table.widths!.length ? 0 : 6),
      vLineColor: () => "#ffffff",
    },
    margin: [0, 4, 0, 6],
  };
}

/**
 * A light table with a header row (zebra rows, no vertical lines), repeated on each page and never left alone.
 * Rows stay whole unless `breakRows` (rows that can be taller than the room a heading keeps for its section).
 */
export function table(header: string[], rows: Content[][], widths: Array<string | number>, opts: { breakRows?: boolean } = {}): Content {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: opts.breakRows ? 0 : 1,
      dontBreakRows: !opts.breakRows,
      widths,
      body: [header.map((h) => ({ text: h, style: "th" })), ...rows],
    },
    layout: {
      hLineWidth: (i: number) => (i === 1 ? 1 : 0),
      hLineColor: () => INK.line,
      vLineWidth: () => 0,
      fillColor: (i: number) => (i > 0 && i % 2 === 0 ? "#f7f7fb" : null),
      paddingTop: () => 4,
      paddingBottom: () => 4,
      paddingLeft: () => 4,
      paddingRight: () => 4,
    },
    fontSize: 9,
    margin: [0, 2, 0, 8],
  };
}

/**
 * Blocks that stay on one page together (a heading with its chart). A heading inside loses its headline level: the
 * block moves as a whole, and a page break before a heading inside it would leave an empty page behind.
 */
export const together = (...blocks: Content[]): Content => ({
  stack: blocks.map((b) => (typeof b === "object" && b !== null && "headlineLevel" in b ? { ...b, headlineLevel: undefined } : b)),
  unbreakable: true,
});

/** A quiet box with a coloured edge, for what the reader should know about the report itself. */
export function note(lines: string[]): Content {
  return {
    table: {
      widths: ["*"],
      body: [[{ stack: lines.map((text) => ({ text })), fontSize: 8.5, color: INK.muted, fillColor: "#f7f7fb", margin: [8, 5, 8, 5] }]],
    },
    layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 3 : 0), vLineColor: () => "#818cf8" },
    margin: [0, 2, 0, 4],
  };
}

/** A bulleted list of plain strings. */
export const bullets = (items: string[]): Content => ({
  ul: items.map((text) => ({ text })),
  fontSize: 9.5,
  margin: [0, 0, 0, 6],
  markerColor: INK.primary,
});

/** An ECharts chart as SVG, `height` points tall across the content width. */
export function chart(option: EChartsOption, height: number): Content {
  const scale = 1.4; // draw larger, so fonts in the chart come out near the body text size
  return {
    svg: renderSvgChart(option, { width: Math.round(CONTENT_WIDTH * scale), height: Math.round(height * scale) }),
    width: CONTENT_WIDTH,
    margin: [0, 4, 0, 8],
  };
}

/** The document frame: A4, margins, footer with page numbers, styles, metadata. */
export function documentOf(
  meta: { title: string; author: string; footer: string; page: (p: number, n: number) => string },
  content: Content[],
  compress: boolean,
): TDocumentDefinitions {
  return {
    info: { title: meta.title, author: meta.author, creator: "Partnerwise", producer: "Partnerwise" },
    pageSize: "A4",
    pageMargins: [PAGE.margin, 50, PAGE.margin, 56],
    compress,
    content,
    styles,
    defaultStyle: { fontSize: 9.5, lineHeight: 1.25, color: INK.text },
    // A heading never ends a page: with nothing of its section after it, it moves to the next.
    pageBreakBefore: keepHeadingsWithNext,
    footer: (page, pages) => ({
      margin: [PAGE.margin, 18, PAGE.margin, 0],
      columns: [
        { text: meta.footer, fontSize: 8, color: INK.muted },
        { text: meta.page(page, pages), fontSize: 8, color: INK.muted, alignment: "right", width: 90 },
      ],
    }),
  };
}

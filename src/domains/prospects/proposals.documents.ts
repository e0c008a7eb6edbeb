import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Content, Node, TDocumentDefinitions } from "pdfmake/interfaces";
import { keepHeadingsWithNext, renderPdf } from "../../platform/pdf.js";
import de from "../../web/locales/de/prospects.json" with { type: "json" };
import en from "../../web/locales/en/prospects.json" with { type: "json" };
import type { ProposalContent } from "./prospects.rules.js";

// The proposal as a designed PDF and as a DOCX the user can edit further, and a one-page pitch sheet.
// Headings are in the proposal's language, from the web app's locale file (prospects.json, "document").
// Every value is inserted as text: nothing a user wrote is read as markup.

export interface ProposalDoc {
  title: string;
  language: "en" | "de";
  company: string;
  ngo: string;
  /** The organisation's logo: used when it is a PNG or JPEG data URL. */
  logo: string | null;
  color: string;
  content: ProposalContent;
  /** Stories covered by a consent today (title and anonymised text). */
  stories: Array<{ title: string; text: string }>;
  version: number;
  date: string;
}

type Labels = typeof en.document;
const LABELS: Record<"en" | "de", Labels> = { en: en.document, de: de.document };
const LOCALE = { en: "en-GB", de: "de-DE" } as const;

function formatters(d: ProposalDoc) {
  const locale = LOCALE[d.language];
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return {
    date: (iso: string) => day.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    money: (amount: number, currency: string | null) => {
      if (!currency) return new Intl.NumberFormat(locale).format(amount);
      return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
    },
  };
}

const IMAGE = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/;

/** The sections of a proposal, in order: heading and paragraphs, bullets or a table. */
function sections(d: ProposalDoc) {
  const l = LABELS[d.language];
  const f = formatters(d);
  const c = d.content;
  const budget: string[] = [];
  if (c.budget.amount !== null) budget.push(`${l.amount}: ${f.money(c.budget.amount, c.budget.currency)}`);
  if (c.budget.inKind) budget.push(`${l.inKind}: ${c.budget.inKind}`);
  return [
    { heading: l.problem, paragraphs: c.problem ? c.problem.split(/\n{2,}/) : [] },
    { heading: l.partnership, paragraphs: c.partnership ? c.partnership.split(/\n{2,}/) : [] },
    { heading: l.companyGains, bullets: c.companyGains.map((g) => g.text).filter(Boolean) },
    { heading: l.ngoGains, paragraphs: c.ngoGains ? c.ngoGains.split(/\n{2,}/) : [] },
    {
      heading: l.activities,
      table: c.activities.length
        ? {
            header: [l.activity, l.when, l.result],
            rows: c.activities.map((a) => [a.what, a.when ? f.date(a.when) : "—", a.result || "—"]),
          }
        : undefined,
    },
    { heading: l.visibility, paragraphs: c.visibility ? c.visibility.split(/\n{2,}/) : [] },
    { heading: l.budget, bullets: budget },
    ...(d.stories.length ? [{ heading: l.stories, quotes: d.stories }] : []),
    { heading: l.confidentiality, paragraphs: c.confidentiality ? c.confidentiality.split(/\n{2,}/) : [] },
  ].filter((s) => s.paragraphs?.length || s.bullets?.length || s.table || s.quotes?.length);
}

/**
 * Room (points) the heading of a table's section needs below its top: itself, the table's header and its first row.
 * The table's rows are not broken and its header stays with them, so when the first row does not fit the whole table
 * moves to the next page — the general rule's room (`keepHeadingsWithNext`) would leave the heading behind. Estimated
 * from the longest cell of the first row (about 34 characters a line in the wide columns, dates on two lines).
 */
function tableHeadingRoom(row: string[]): number {
  const lines = Math.max(2, ...row.map((cell) => Math.ceil(cell.length / 34)));
  return 36 + 22 + lines * 14 + 10;
}

/** `keepHeadingsWithNext`, with the room a table's heading needs carried in its id (`room:<points>`). */
function keepSectionsTogether(node: Node): boolean {
  const room = /^room:(\d+)$/.exec(node.id ?? "");
  if (!room) return keepHeadingsWithNext(node);
  const at = node.startPosition;
  if (at.verticalRatio < 0.02) return false;
  return at.pageInnerHeight * (1 - at.verticalRatio) < Number(room[1]);
}

/** The proposal as a PDF (A4): a coloured title band, the organisation's logo, sections with coloured headings. */
export async function renderProposalPdf(d: ProposalDoc, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const l = LABELS[d.language];
  const f = formatters(d);
  const logo = d.logo && IMAGE.test(d.logo) ? d.logo : null;
  const content: Content[] = [
    {
      columns: [
        {
          stack: [
            { text: d.ngo, style: "ngo" },
            { text: `${l.proposalFor} ${d.company}`, style: "for" },
          ],
          width: "*",
        },
        ...(logo ? [{ image: logo, fit: [110, 50] as [number, number], width: 110 }] : []),
      ],
      margin: [0, 0, 0, 10],
    },
    { canvas: [{ type: "rect", x: 0, y: 0, w: 475, h: 4, color: d.color }], margin: [0, 0, 0, 14] },
    { text: d.title, style: "title" },
    { text: `${f.date(d.date)} · ${l.version} ${d.version}`, style: "meta" },
  ];
  for (const s of sections(d)) {
    content.push({
      text: s.heading,
      style: "h2",
      headlineLevel: 2,
      ...(s.table?.rows[0] ? { id: `room:${tableHeadingRoom(s.table.rows[0])}` } : {}),
    });
    for (const p of s.paragraphs ?? []) content.push({ text: p, margin: [0, 0, 0, 8] });
    if (s.bullets?.length) content.push({ ul: s.bullets, margin: [0, 0, 0, 8] });
    if (s.table)
      content.push({
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: ["*", "auto", "*"],
          body: [s.table.header.map((h) => ({ text: h, bold: true, color: "#ffffff", fillColor: d.color })), ...s.table.rows],
        },
        layout: "lightHorizontalLines",
        margin: [0, 0, 0, 10],
      });
    for (const q of s.quotes ?? [])
      content.push({
        stack: [
          { text: q.title, bold: true },
          { text: q.text, italics: true },
        ],
        margin: [12, 0, 0, 10],
      });
  }
  const doc: TDocumentDefinitions = {
    info: { title: d.title, creator: d.ngo, producer: "Partnerwise" },
    pageSize: "A4",
    pageMargins: [60, 56, 60, 60],
    compress: opts.compress ?? true,
    content,
    styles: {
      ngo: { fontSize: 16, bold: true, color: d.color },
      for: { fontSize: 10, color: "#555555", margin: [0, 2, 0, 0] },
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 9, color: "#666666", margin: [0, 0, 0, 16] },
      h2: { fontSize: 13, bold: true, color: d.color, margin: [0, 10, 0, 6] },
    },
    defaultStyle: { fontSize: 10.5, lineHeight: 1.3 },
    pageBreakBefore: keepSectionsTogether,
    footer: (page, pages) => ({
      text: `${d.ngo} — ${d.title} — ${page} / ${pages}`,
      alignment: "center",
      fontSize: 8,
      color: "#777777",
      margin: [0, 20, 0, 0],
    }),
  };
  return renderPdf(doc);
}

/** Cuts a text to about `max` characters at a sentence or word end. */
function brief(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf(". ");
  return sentence > max * 0.5 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(" "))} …`;
}

/** One page to hand over or attach: the problem, the offer, what the company gains, the first steps. */
export async function renderPitchPdf(d: ProposalDoc, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const l = LABELS[d.language];
  const f = formatters(d);
  const c = d.content;
  const logo = d.logo && IMAGE.test(d.logo) ? d.logo : null;
  const first = c.activities.slice(0, 4).map((a) => (a.when ? `${a.what} (${f.date(a.when)})` : a.what));
  const doc: TDocumentDefinitions = {
    info: { title: `${d.title} — ${l.pitchSheet}`, creator: d.ngo, producer: "Partnerwise" },
    pageSize: "A4",
    pageMargins: [50, 50, 50, 50],
    compress: opts.compress ?? true,
    content: [
      {
        columns: [
          {
            stack: [
              { text: d.ngo, style: "ngo" },
              { text: l.pitchSheet, style: "for" },
            ],
            width: "*",
          },
          ...(logo ? [{ image: logo, fit: [100, 44] as [number, number], width: 100 }] : []),
        ],
      },
      { canvas: [{ type: "rect", x: 0, y: 0, w: 495, h: 4, color: d.color }], margin: [0, 8, 0, 12] },
      { text: d.title, style: "title" },
      { text: `${l.proposalFor} ${d.company}`, style: "for", margin: [0, 0, 0, 12] },
      { text: l.problem, style: "h2" },
      { text: brief(c.problem, 600) },
      { text: l.partnership, style: "h2" },
      { text: brief(c.partnership, 600) },
      ...(c.companyGains.length ? [{ text: l.companyGains, style: "h2" }, { ul: c.companyGains.map((g) => brief(g.text, 220)) }] : []),
      ...(first.length ? [{ text: l.firstSteps, style: "h2" }, { ul: first }] : []),
      { text: l.confidentiality, style: "h2" },
      { text: brief(c.confidentiality, 400), fontSize: 9 },
    ],
    styles: {
      ngo: { fontSize: 15, bold: true, color: d.color },
      for: { fontSize: 10, color: "#555555" },
      title: { fontSize: 18, bold: true },
      h2: { fontSize: 11.5, bold: true, color: d.color, margin: [0, 8, 0, 3] },
    },
    defaultStyle: { fontSize: 10, lineHeight: 1.25 },
  };
  return renderPdf(doc);
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "999999" };

/** The proposal as DOCX, for further editing in a word processor. */
export async function renderProposalDocx(d: ProposalDoc): Promise<Buffer> {
  const l = LABELS[d.language];
  const f = formatters(d);
  const color = d.color.replace("#", "");
  const children: Array<Paragraph | Table> = [];
  const logo = d.logo ? IMAGE.exec(d.logo) : null;
  if (logo)
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new ImageRun({
            type: logo[1] === "png" ? "png" : "jpg",
            data: Buffer.from(logo[2]!, "base64"),
            transformation: { width: 120, height: 50 },
          }),
        ],
      }),
    );
  children.push(
    new Paragraph({ children: [new TextRun({ text: d.ngo, bold: true, size: 32, color })] }),
    new Paragraph({ children: [new TextRun({ text: `${l.proposalFor} ${d.company}`, color: "555555" })], spacing: { after: 200 } }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: d.title })] }),
    new Paragraph({
      children: [new TextRun({ text: `${f.date(d.date)} · ${l.version} ${d.version}`, size: 18, color: "666666" })],
      spacing: { after: 240 },
    }),
  );
  for (const s of sections(d)) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: s.heading, color })] }));
    for (const p of s.paragraphs ?? []) children.push(new Paragraph({ children: [new TextRun(p)], spacing: { after: 120 } }));
    for (const b of s.bullets ?? []) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(b)] }));
    if (s.table) {
      const cell = (text: string, bold = false) =>
        new TableCell({
          children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
          borders: { top: border, bottom: border, left: border, right: border },
        });
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: s.table.header.map((h) => cell(h, true)) }),
            ...s.table.rows.map((r) => new TableRow({ children: r.map((x) => cell(x)) })),
          ],
        }),
      );
    }
    for (const q of s.quotes ?? [])
      children.push(
        new Paragraph({ children: [new TextRun({ text: q.title, bold: true })], indent: { left: 360 } }),
        new Paragraph({ children: [new TextRun({ text: q.text, italics: true })], indent: { left: 360 }, spacing: { after: 120 } }),
      );
  }
  const doc = new Document({ creator: d.ngo, title: d.title, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

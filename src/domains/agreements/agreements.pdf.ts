import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { keepHeadingsWithNext, renderPdf } from "../../platform/pdf.js";
import type { Block, Inline } from "./agreements.template.js";

// The draft agreement as a PDF, from the same blocks as the DOCX.

const text = (content: Inline[]) => content.map((i) => (i.bold ? { text: i.text, bold: true } : { text: i.text }));

function toContent(b: Block): Content {
  if (b.type === "heading") return { text: text(b.content), style: `h${b.level}`, headlineLevel: b.level };
  if (b.type === "paragraph") return { text: text(b.content), margin: [0, 0, 0, 8] };
  if (b.type === "bullets") return { ul: b.items.map((i) => ({ text: text(i) })), margin: [0, 0, 0, 8] };
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: b.header.map((_, i) => (i === 0 ? "*" : "auto")),
      body: [b.header.map((h) => ({ text: h, bold: true })), ...b.rows],
    },
    layout: "lightHorizontalLines",
    margin: [0, 0, 0, 10],
  };
}

/** Renders blocks to a PDF (A4). `compress: false` keeps streams readable (for tests). */
export async function renderDraftPdf(
  blocks: Block[],
  meta: { title: string; creator: string },
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc: TDocumentDefinitions = {
    info: { title: meta.title, creator: meta.creator, producer: "Partnerwise" },
    pageSize: "A4",
    pageMargins: [60, 60, 60, 60],
    compress: opts.compress ?? true,
    content: blocks.map(toContent),
    styles: {
      h1: { fontSize: 18, bold: true, alignment: "center", margin: [0, 0, 0, 14] },
      h2: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
    },
    defaultStyle: { fontSize: 10.5, lineHeight: 1.25 },
    // A heading never ends a page: with no room for its section's start, it moves to the next.
    pageBreakBefore: keepHeadingsWithNext,
    footer: (page, pages) => ({
      text: `${meta.title} — ${page} / ${pages}`,
      alignment: "center",
      fontSize: 8,
      color: "#777777",
      margin: [0, 20, 0, 0],
    }),
  };
  return renderPdf(doc);
}

import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, Inline } from "./agreements.template.js";

// The draft agreement as a Word document (DOCX), from the template's blocks.

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const;

/** Text runs of inline content; line breaks inside a value become breaks in the paragraph. */
function runs(content: Inline[]): TextRun[] {
  const out: TextRun[] = [];
  for (const part of content) {
    for (const [i, line] of part.text.split("\n").entries())
      out.push(new TextRun({ text: line, bold: part.bold, break: i > 0 ? 1 : undefined }));
  }
  return out;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "999999" };

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
      borders: { top: border, bottom: border, left: border, right: border },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

/** Renders blocks to a DOCX file. */
export async function renderDocx(blocks: Block[], meta: { title: string; creator: string }): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const b of blocks) {
    if (b.type === "heading")
      children.push(
        new Paragraph({
          heading: HEADINGS[b.level],
          alignment: b.level === 1 ? AlignmentType.CENTER : undefined,
          children: runs(b.content),
        }),
      );
    else if (b.type === "paragraph") children.push(new Paragraph({ children: runs(b.content), spacing: { after: 120 } }));
    else if (b.type === "bullets") for (const item of b.items) children.push(new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    else {
      children.push(table(b.header, b.rows));
      children.push(new Paragraph({ children: [] }));
    }
  }
  const doc = new Document({
    title: meta.title,
    creator: meta.creator,
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// Reads a produced PDF page by page with pdf.js (the text as it is placed on the page: position, size,
// width) and finds what a reader would trip over: a page with nothing on it but the footer, a heading as
// the last line of a page (its section starts on the next), and text running outside the page.

export interface PdfLine {
  text: string;
  /** Distance of the baseline from the top of the page, in points. */
  top: number;
  /** Left and right edge of the line's text, in points from the left. */
  left: number;
  right: number;
  /** The largest font size on the line, in points. */
  size: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  lines: PdfLine[];
}

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

/** The pages of a PDF with their lines of text (items on the same baseline joined, top to bottom). */
export async function pdfPages(bytes: ArrayBuffer | Uint8Array): Promise<PdfPage[]> {
  const data = new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).slice();
  const doc = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const width = x1 - x0;
      const height = y1 - y0;
      const content = await page.getTextContent();
      const byTop = new Map<number, PdfLine>();
      for (const raw of content.items) {
        const item = raw as TextItem;
        if (typeof item.str !== "string" || !item.str.trim()) continue;
        const [a, b, , , e, f] = item.transform;
        const size = Math.hypot(a, b);
        const top = Math.round((height - (f - y0)) * 2) / 2;
        const left = e - x0;
        const line = byTop.get(top) ?? { text: "", top, left, right: left, size };
        line.text = line.text ? `${line.text} ${item.str}` : item.str;
        line.left = Math.min(line.left, left);
        line.right = Math.max(line.right, left + item.width);
        line.size = Math.max(line.size, size);
        byTop.set(top, line);
      }
      pages.push({ number: n, width, height, lines: [...byTop.values()].sort((p, q) => p.top - q.top) });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return pages;
}

export interface LayoutRules {
  /** Lines whose baseline is this far from the top or further belong to the footer (page numbers). */
  footerTop: number;
  /** Font sizes of the document's headings (a line set entirely in one of them is a heading). */
  headingSizes: number[];
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.06;

/** Every layout problem of a document, one sentence each (empty when the document is fine). */
export function layoutProblems(pages: PdfPage[], rules: LayoutRules): string[] {
  const problems: string[] = [];
  for (const p of pages) {
    const body = p.lines.filter((l) => l.top < rules.footerTop);
    if (!body.length) {
      problems.push(`page ${p.number} of ${pages.length} has no content (only its footer)`);
      continue;
    }
    const last = body[body.length - 1]!;
    if (rules.headingSizes.some((s) => near(s, last.size)))
      problems.push(`page ${p.number} ends with the heading "${last.text}" (its section starts on the next page)`);
    for (const l of p.lines) {
      if (l.left < -0.5 || l.right > p.width + 0.5 || l.top < 0 || l.top > p.height)
        problems.push(
          `page ${p.number}: "${l.text.slice(0, 60)}" runs outside the page (x ${l.left.toFixed(0)}–${l.right.toFixed(0)} of ${p.width.toFixed(0)}, y ${l.top})`,
        );
    }
  }
  return problems;
}

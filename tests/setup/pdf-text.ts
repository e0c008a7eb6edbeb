import { inflateSync } from "node:zlib";

// Reads the text back out of a PDF that pdfmake (pdfkit) wrote, without a PDF library: streams are
// inflated, each font's ToUnicode map decodes the glyph ids that the page content shows. Enough for
// tests of our own generated documents (simple fonts, hex strings in Tj/TJ), not for PDFs in general.

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const out = new Map<number, PdfObject>();
  const text = pdf.toString("latin1");
  const re = /(\d+) 0 obj\b/g;
  // The loop moves lastIndex past each object it read, so the regular expression is stepped by hand.
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endobj", start);
    const body = text.slice(start, end);
    const s = body.indexOf("stream");
    let stream: Buffer | null = null;
    let dict = body;
    if (s >= 0 && /\/Length/.test(body.slice(0, s))) {
      dict = body.slice(0, s);
      let from = start + s + "stream".length;
      if (text[from] === "\r") from++;
      if (text[from] === "\n") from++;
      const to = text.indexOf("endstream", from);
      const raw = pdf.subarray(from, to);
      stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    }
    out.set(Number(m[1]), { dict, stream });
    re.lastIndex = end;
  }
  return out;
}

/** glyph id (hex) → text, from a ToUnicode CMap (bfchar and bfrange, as pdfkit writes them). */
function cmap(src: string): Map<string, string> {
  const map = new Map<string, string>();
  const hexText = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const block of src.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, g, u] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(g.toLowerCase(), hexText(u));
  }
  for (const block of src.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, rest] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const from = parseInt(lo, 16);
      const to = parseInt(hi, 16);
      const width = lo.length;
      // A ligature maps to several code units, written with spaces: <0066 0069> is "fi".
      const list = rest.startsWith("[") ? [...rest.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((x) => x[1].replace(/\s+/g, "")) : null;
      for (let g = from; g <= to; g++) {
        const key = g.toString(16).padStart(width, "0");
        map.set(key, list ? hexText(list[g - from] ?? "") : String.fromCodePoint(parseInt(rest.slice(1, -1), 16) + (g - from)));
      }
    }
  }
  return map;
}

/**
 * The text of every page, in content order. pdfmake shows one word (with its trailing space) at a time:
 * a piece without a trailing space ends a line.
 */
export function pdfText(pdf: Buffer): string {
  if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") throw new Error("not a PDF");
  const objs = objects(pdf);
  const fontMaps = new Map<number, Map<string, string>>();
  const fontMap = (ref: number) => {
    if (!fontMaps.has(ref)) {
      const tu = /\/ToUnicode (\d+) 0 R/.exec(objs.get(ref)?.dict ?? "");
      const cm = tu ? objs.get(Number(tu[1]))?.stream : null;
      fontMaps.set(ref, cm ? cmap(cm.toString("latin1")) : new Map());
    }
    return fontMaps.get(ref)!;
  };
  const lines: string[] = [];
  for (const [, page] of objs) {
    if (!/\/Type \/Page\b/.test(page.dict)) continue;
    const contents = /\/Contents (\d+) 0 R/.exec(page.dict);
    const res = /\/Resources (\d+) 0 R/.exec(page.dict);
    const resDict = res ? (objs.get(Number(res[1]))?.dict ?? "") : page.dict;
    const fonts = new Map<string, number>();
    const fontBlock = /\/Font <<([\s\S]*?)>>/.exec(resDict);
    for (const [, name, ref] of fontBlock?.[1].matchAll(/\/(\w+) (\d+) 0 R/g) ?? []) fonts.set(name, Number(ref));
    const content = contents ? (objs.get(Number(contents[1]))?.stream?.toString("latin1") ?? "") : "";
    let current = new Map<string, string>();
    for (const op of content.matchAll(/\/(\w+) [\d.]+ Tf|(\[[^\]]*\]) TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (op[1]) {
        current = fontMap(fonts.get(op[1]) ?? -1);
        continue;
      }
      const hexes = op[2] ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]) : [op[3]];
      lines.push(hexes.map((h) => (h.match(/.{4}/g) ?? []).map((g) => current.get(g.toLowerCase()) ?? "").join("")).join(""));
    }
  }
  return lines
    .map((l) => (/\s$/.test(l) ? l : `${l}\n`))
    .join("")
    .replace(/[ \t]+\n/g, "\n");
}

// The draft-agreement template: markdown-ish text with {{placeholders}}, turned into a small document
// model (headings, paragraphs, bullet lists, a table) that the DOCX and PDF renderers both draw. Pure.
//
// Markup comes from the template only: values are inserted as literal text, so a partner name or goal
// containing "#" or "**" never changes the layout.

export const TEMPLATE_SYNTAX =
  "Lines starting with '# ', '## ' or '### ' are headings; '- ' starts a bullet; a blank line ends a paragraph; **text** is bold. " +
  "{{name}} inserts a value. A list or table placeholder alone on its line becomes bullets or a table; inside a sentence it is written out inline. Missing values print as [to be agreed].";

export const PLACEHOLDERS = {
  "ngo.name": "Your organisation's name",
  "ngo.country": "Your organisation's country",
  "company.name": "The partner company's legal name",
  "company.country": "The company's country",
  "company.registrationId": "The company's registration number",
  "engagement.title": "The engagement's title",
  "engagement.modes": "The engagement's modes (list)",
  "agreement.kind": "Memorandum of Understanding or Contract",
  goals: "Goals (the agreement's, else the engagement's)",
  "responsibilities.ngo": "What your organisation does (list)",
  "responsibilities.company": "What the company does (list)",
  activities: "Activities (list)",
  indicators: "Indicators with unit, baseline and target (table)",
  startDate: "Start date",
  endDate: "End date",
  "signature.ngo": "Day your organisation signed",
  "signature.company": "Day the company signed",
  confidentiality: "Confidentiality clause",
  nameUse: "Use of name and logo",
  publicStatements: "What the partner may say publicly",
  expectedValue: "The expected contribution (money, in kind, non-monetary)",
  today: "Today's date",
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export interface TableValue {
  header: string[];
  rows: string[][];
}

/** A placeholder's value: text, a list, a table, or null (not known yet). */
export type Value = string | string[] | TableValue | null;
export type DraftValues = Record<PlaceholderName, Value>;

export interface Inline {
  text: string;
  bold?: boolean;
}

export type Block =
  | { type: "heading"; level: 1 | 2 | 3; content: Inline[] }
  | { type: "paragraph"; content: Inline[] }
  | { type: "bullets"; items: Inline[][] }
  | { type: "table"; header: string[]; rows: string[][] };

export const MISSING = "[to be agreed]";
/** What a missing value prints as, per document language. */
export const MISSING_TEXT = { en: MISSING, de: "[noch zu vereinbaren]" } as const;
const TOKEN = /\{\{\s*([A-Za-z0-9_.]+)\s*\}\}/g;

/** Placeholder names used in a template that do not exist (to refuse such a template with the names). */
export function unknownPlaceholders(body: string): string[] {
  const names = [...body.matchAll(TOKEN)].map((m) => m[1]);
  return [...new Set(names.filter((n) => !(n in PLACEHOLDERS)))];
}

function isTable(v: Value): v is TableValue {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

/** A value written inside a sentence. */
function inlineText(v: Value, missing: string): string {
  if (v === null || v === "" || (Array.isArray(v) && !v.length) || (isTable(v) && !v.rows.length)) return missing;
  if (Array.isArray(v)) return v.join("; ");
  if (isTable(v)) return v.rows.map((r) => r.filter(Boolean).join(", ")).join("; ");
  return v;
}

/** Inline runs of a template line: bold toggled by ** in the template text, values inserted literally. */
function inlines(line: string, values: DraftValues, missing: string): Inline[] {
  const out: Inline[] = [];
  let bold = false;
  const push = (text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && !!last.bold === bold) last.text += text;
    else out.push(bold ? { text, bold } : { text });
  };
  let i = 0;
  TOKEN.lastIndex = 0;
  for (const m of line.matchAll(TOKEN)) {
    for (const [k, part] of line.slice(i, m.index).split("**").entries()) {
      if (k > 0) bold = !bold;
      push(part);
    }
    push(inlineText(values[m[1] as PlaceholderName] ?? null, missing));
    i = m.index! + m[0].length;
  }
  for (const [k, part] of line.slice(i).split("**").entries()) {
    if (k > 0) bold = !bold;
    push(part);
  }
  return out;
}

/** Fills a template with values and lays it out as blocks (`missing`: what a value not known yet prints as). */
export function renderTemplate(body: string, values: DraftValues, missing: string = MISSING): Block[] {
  const blocks: Block[] = [];
  let para: Inline[] | null = null;
  let bullets: Inline[][] | null = null;
  const flush = () => {
    if (para) blocks.push({ type: "paragraph", content: para });
    if (bullets) blocks.push({ type: "bullets", items: bullets });
    para = null;
    bullets = null;
  };
  for (const raw of body.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: "heading", level: heading[1].length as 1 | 2 | 3, content: inlines(heading[2], values, missing) });
      continue;
    }
    const alone = /^\s*\{\{\s*([A-Za-z0-9_.]+)\s*\}\}\s*$/.exec(line);
    const value: Value = alone ? (values[alone[1] as PlaceholderName] ?? null) : null;
    if (alone && (Array.isArray(value) || isTable(value))) {
      flush();
      if (Array.isArray(value))
        blocks.push(
          value.length ? { type: "bullets", items: value.map((v) => [{ text: v }]) } : { type: "paragraph", content: [{ text: missing }] },
        );
      else if (value.rows.length) blocks.push({ type: "table", header: value.header, rows: value.rows });
      else blocks.push({ type: "paragraph", content: [{ text: missing }] });
      continue;
    }
    if (alone && typeof value === "string" && /\n\s*\n/.test(value)) {
      flush();
      for (const p of value
        .split(/\n\s*\n/)
        .map((s) => s.trim())
        .filter(Boolean))
        blocks.push({ type: "paragraph", content: [{ text: p }] });
      continue;
    }
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    if (bullet) {
      if (para) flush();
      bullets ??= [];
      bullets.push(inlines(bullet[1], values, missing));
      continue;
    }
    if (bullets) flush();
    const content = inlines(line.trim(), values, missing);
    if (para) {
      const last = para[para.length - 1];
      if (last) last.text += "\n";
      const [first, ...rest] = content;
      if (last && first && !!first.bold === !!last.bold) last.text += first.text;
      else if (first) para.push(first);
      para.push(...rest);
    } else para = content;
  }
  flush();
  return blocks;
}

/** The plain text of blocks (for tests, previews and search). */
export function blocksToText(blocks: Block[]): string {
  const text = (c: Inline[]) => c.map((i) => i.text).join("");
  return blocks
    .map((b) => {
      if (b.type === "heading" || b.type === "paragraph") return text(b.content);
      if (b.type === "bullets") return b.items.map((i) => `• ${text(i)}`).join("\n");
      return [b.header, ...b.rows].map((r) => r.join(" | ")).join("\n");
    })
    .join("\n\n");
}

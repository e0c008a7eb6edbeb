import { describe, expect, it } from "vitest";
import { DEFAULT_AGREEMENT_TEMPLATE, DEFAULT_AGREEMENT_TEMPLATE_DE } from "./data/default-template.js";
import {
  blocksToText,
  MISSING,
  MISSING_TEXT,
  PLACEHOLDERS,
  renderTemplate,
  unknownPlaceholders,
  type DraftValues,
} from "./agreements.template.js";

const empty = () => Object.fromEntries(Object.keys(PLACEHOLDERS).map((k) => [k, null])) as DraftValues;

describe("agreement template", () => {
  it("uses only known placeholders in the built-in template", () => {
    expect(unknownPlaceholders(DEFAULT_AGREEMENT_TEMPLATE)).toEqual([]);
    expect(unknownPlaceholders("Hi {{company.name}} {{ company.ceo }} {{nope}} {{nope}}")).toEqual(["company.ceo", "nope"]);
  });

  it("lays out headings, paragraphs, bullets and bold, and marks missing values", () => {
    const v = { ...empty(), "company.name": "Acme", goals: null };
    const blocks = renderTemplate("# Title for **{{company.name}}**\n\nLine one\nline two {{goals}}\n\n- first\n- second", v);
    expect(blocks).toEqual([
      { type: "heading", level: 1, content: [{ text: "Title for " }, { text: "Acme", bold: true }] },
      { type: "paragraph", content: [{ text: `Line one\nline two ${MISSING}` }] },
      { type: "bullets", items: [[{ text: "first" }], [{ text: "second" }]] },
    ]);
  });

  it("turns a list or table placeholder alone on its line into bullets or a table, and inline into text", () => {
    const v = { ...empty(), activities: ["Training", "Audit"], indicators: { header: ["Indicator", "Target"], rows: [["Jobs", "12"]] } };
    const blocks = renderTemplate("{{activities}}\n\nWe do {{activities}}.\n\n{{indicators}}", v);
    expect(blocks[0]).toEqual({ type: "bullets", items: [[{ text: "Training" }], [{ text: "Audit" }]] });
    expect(blocks[1]).toEqual({ type: "paragraph", content: [{ text: "We do Training; Audit." }] });
    expect(blocks[2]).toEqual({ type: "table", header: ["Indicator", "Target"], rows: [["Jobs", "12"]] });
    expect(blocksToText(renderTemplate("{{activities}}", { ...v, activities: [] }))).toBe(MISSING);
  });

  it("inserts values literally: markup inside a value does not change the layout", () => {
    const v = { ...empty(), "company.name": "# Not a heading **nor bold**" };
    const blocks = renderTemplate("Partner: {{company.name}}", v);
    expect(blocks).toEqual([{ type: "paragraph", content: [{ text: "Partner: # Not a heading **nor bold**" }] }]);
  });

  it("splits a long text value alone on its line into paragraphs", () => {
    const blocks = renderTemplate("{{goals}}", { ...empty(), goals: "One.\n\nTwo." });
    expect(blocks).toEqual([
      { type: "paragraph", content: [{ text: "One." }] },
      { type: "paragraph", content: [{ text: "Two." }] },
    ]);
  });

  it("has the built-in template in German, with the same placeholders, and German marks for missing values", () => {
    expect(unknownPlaceholders(DEFAULT_AGREEMENT_TEMPLATE_DE)).toEqual([]);
    const names = (t: string) => [...t.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
    expect(names(DEFAULT_AGREEMENT_TEMPLATE_DE)).toEqual(names(DEFAULT_AGREEMENT_TEMPLATE));
    const text = blocksToText(renderTemplate(DEFAULT_AGREEMENT_TEMPLATE_DE, empty(), MISSING_TEXT.de));
    expect(text).toContain("[noch zu vereinbaren]");
    expect(text).not.toContain(MISSING);
  });
});

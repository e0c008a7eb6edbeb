// The German walk: a coordinator reading in German visits the pages a company or a board sees — dashboard,
// companies (list, sector filter, a company), partnerships (board, a partnership), a screening, stories, the
// settings, the annual report — and finds no English left in the interface: headings, labels, buttons, tabs, table
// headers, badges, sector names, sector-risk labels and reasons, and what a screen reader reads (aria-label, title,
// visually hidden text). The German documents (draft agreement as DOCX and PDF, the annual and the partner report)
// are read whole. Data the organisation wrote (company names, titles, goals, notes) is not interface text: only the
// elements below are read, and the data's own strings are allowed.
import JSZip from "jszip";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PLACEHOLDERS } from "../../src/domains/agreements/agreements.template";
import { pdfText } from "../setup/pdf-text";
import { launchBrowser, newPage } from "./harness";
import { apiGet, demoLogin, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;

// Words that are English and never German (so a German sentence cannot contain them by accident).
const ENGLISH =
  /\b(the|and|of|with|for|from|your|this|these|those|add|edit|save|delete|cancel|show|view|search|loading|activities|activity|services|manufacture|production|agreed|none|overdue|open|new|all|risks?|approved|rejected|partnerships?|companies|company|contacts?|sector|stage|owner|tasks?|settings|report|download|page|of|to be agreed|wholesale|retail|repair|accommodation|food|construction|health|social work|education|manufacturing|human)\b/i;

// Interface text: what the layout itself says, not the organisation's data in table cells or paragraphs.
const INTERFACE = [
  "h1",
  "h2",
  "h3",
  "th",
  "label",
  "legend",
  "button",
  "[role=tab]",
  "nav a",
  ".badge",
  "dt",
  ".field-label",
  ".companies-sector .cell-sub",
  "option",
  ".sr-only",
  "[data-testid=sector-risk-row] td",
  "[data-testid=signal]",
];

/** Interface texts of the page that contain an English word, minus the allowed ones (data: names and titles). */
async function englishLeft(allowed: string[]): Promise<string[]> {
  const texts = await page.evaluate((selectors) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selectors.join(","))) {
      if (el.closest("[data-walk-skip]")) continue;
      const own = el.tagName === "OPTION" ? el.textContent : el.innerText;
      if (own?.trim()) out.push(own.trim());
    }
    for (const el of document.querySelectorAll<HTMLElement>("[aria-label],[title],[placeholder]"))
      for (const a of ["aria-label", "title", "placeholder"]) {
        const v = el.getAttribute(a);
        if (v?.trim()) out.push(v.trim());
      }
    return [...new Set(out)];
  }, INTERFACE);
  return englishIn(texts, allowed);
}

/** The texts (or lines of a document) that still contain an English word once the allowed data is taken out. */
function englishIn(texts: string[], allowed: string[]): string[] {
  // Documents break and space text their own way: compare with single spaces.
  const flat = (x: string) => x.replace(/\s+/g, " ").trim();
  const known = allowed.map(flat).filter(Boolean);
  return texts
    .map((t) => known.reduce((x, a) => x.split(a).join(" "), flat(t)))
    .filter((t) => ENGLISH.test(t))
    .map((t) => `${t.slice(0, 120)}  ← "${ENGLISH.exec(t)?.[0]}"`);
}

/** Every string inside an API answer (data the organisation wrote: allowed in the German documents). */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string" && value.length > 3) out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

async function download(path: string): Promise<Buffer> {
  const res = await page.request.get(`/api/v1${path}`);
  expect(res.status(), path).toBe(200);
  return Buffer.from(await res.body());
}

describe("the German walk", () => {
  const allowed: string[] = ["Partnerwise", "Check-in", "Check-ins", "Monitoring", "Demo"];
  let companyId: string;
  let engagementId: string;
  let screeningId: string;

  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    await page.evaluate(() => localStorage.setItem("partnerwise.lang", "de"));
    // Data the organisation wrote stays as written: names of its companies, people, partnerships and risks.
    const me = await apiGet<{ user: { name: string }; organization?: { name: string } | null }>(page, "/me");
    allowed.push(me.user.name, ...(me.organization ? [me.organization.name] : []));
    const engagements = await apiGet<{ items: Array<{ id: string; title: string; stage: string; company: { id: string; name: string } }> }>(
      page,
      "/engagements?limit=200",
    );
    const running = engagements.items.find((e) => e.stage === "active") ?? engagements.items[0]!;
    engagementId = running.id;
    companyId = running.company.id;
    for (const e of engagements.items) allowed.push(e.title, e.company.name);
    const companies = await apiGet<{ items: Array<{ name: string; tags: string[] }> }>(page, "/companies?limit=200");
    for (const c of companies.items) allowed.push(c.name, ...c.tags);
    // A screening of a company in a high-risk sector (its signal names the sector and the reason).
    const cleaning = engagements.items.find((e) => e.company.name.startsWith("Müller Gebäudereinigung"))!;
    const history = await apiGet<{ items: Array<{ id: string }> }>(page, `/companies/${cleaning.company.id}/screenings`);
    screeningId = history.items[0]!.id;
    // The demo user's tasks (titles written by the organisation), and the template's placeholder names (syntax).
    for (const task of (await apiGet<{ items: Array<{ title: string }> }>(page, "/tasks/mine")).items) allowed.push(task.title);
    allowed.push(...Object.keys(PLACEHOLDERS));
    // The publications a sector risk cites keep their own (English) titles.
    const risks = await apiGet<{ items: Array<{ sources: Array<{ title: string; publisher?: string | null }> }> }>(
      page,
      "/screening/sector-risks",
    );
    for (const r of risks.items) for (const src of r.sources) allowed.push(src.title, ...(src.publisher ? [src.publisher] : []));
    const members = await apiGet<{ items?: Array<{ name: string }> } | Array<{ name: string }>>(page, "/members").catch(() => []);
    for (const m of Array.isArray(members) ? members : (members.items ?? [])) allowed.push(m.name);
    allowed.sort((a, b) => b.length - a.length);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    if (page) await page.evaluate(() => localStorage.setItem("partnerwise.lang", "en")).catch(() => undefined);
    await context?.close();
    await browser?.close();
  });

  const pages: Array<[string, () => string, string]> = [
    ["dashboard", () => "/dashboard", "Übersicht"],
    ["companies", () => "/companies", "Unternehmen"],
    ["company", () => `/companies/${companyId}`, ""],
    ["board", () => "/partnerships", "Partnerschaften"],
    ["partnership", () => `/partnerships/${engagementId}`, ""],
    ["annual report", () => "/reports/annual", "Jahresbericht"],
    ["screening", () => `/screenings/${screeningId}`, ""],
    ["stories", () => "/stories", ""],
    ["tasks", () => "/tasks", ""],
    ["settings: screening", () => "/settings/screening", ""],
    ["settings: partnerships", () => "/settings/partnerships", ""],
  ];
  for (const [name, path, heading] of pages)
    it(`${name}: no English left in the interface`, async () => {
      await page.goto(path());
      if (heading) await visible(page.getByRole("heading", { level: 1, name: heading, exact: false }));
      await page.waitForLoadState("networkidle");
      await shot(page, `german-walk-${name.replace(/ /g, "-")}`);
      expect(await englishLeft(allowed)).toEqual([]);
    });

  it("the German documents: draft agreement (DOCX, PDF), partner report and annual report", async () => {
    // What the organisation wrote about the partnership is data; the rest of each document is German.
    const data = [...allowed];
    for (const path of [
      `/engagements/${engagementId}`,
      `/engagements/${engagementId}/agreement`,
      `/engagements/${engagementId}/agreement/indicators`,
      `/engagements/${engagementId}/commitments?limit=100`,
    ])
      data.push(...stringsOf(await apiGet(page, path)));
    data.push(...stringsOf(await apiGet(page, "/acknowledgements?limit=200")));
    data.sort((a, b) => b.length - a.length);

    const zip = await JSZip.loadAsync(await download(`/engagements/${engagementId}/agreement/draft.docx?lang=de`));
    const xml = await zip.file("word/document.xml")!.async("string");
    const docx = xml
      .split(/<\/w:p>/)
      .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
      .map((p) =>
        p
          .replace(/&amp;/g, "&")
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'"),
      )
      .filter(Boolean);
    expect(docx.join("\n")).toMatch(/Zweck und Ziele/);
    const docxText = docx.join("\n");
    expect(docxText).not.toContain("[to be agreed]");
    expect(englishIn(docx, data)).toEqual([]);

    const mou = pdfText(await download(`/engagements/${engagementId}/agreement/draft.pdf?lang=de`)).split("\n");
    expect(mou.join("\n")).toMatch(/Unterschriften/);
    expect(englishIn(mou, data)).toEqual([]);

    const partner = pdfText(await download(`/engagements/${engagementId}/report.pdf?lang=de`)).split("\n");
    expect(englishIn(partner, data)).toEqual([]);

    // The annual report also names the partners' indicators and contributions in the organisation's own words.
    type Partner = {
      title: string | null;
      value: { inKindDescription: string | null; nonMonetary: string | null };
      indicators: Array<{ name: string; unit: string | null }>;
    };
    const report = await apiGet<{ partners: Partner[] }>(page, "/reports/annual?lang=de");
    for (const p of report.partners) {
      data.push(...[p.title, p.value.inKindDescription, p.value.nonMonetary].filter((x): x is string => !!x));
      for (const i of p.indicators) data.push(i.name, ...(i.unit ? [i.unit] : []));
    }
    data.sort((a, b) => b.length - a.length);
    const annual = pdfText(await download("/reports/annual.pdf?lang=de")).split("\n");
    expect(englishIn(annual, data)).toEqual([]);
  });

  it("settings: the agreement template editor shows the built-in template in German", async () => {
    await page.goto("/settings/partnerships");
    const body = await visible(page.getByTestId("template-body"));
    expect(await page.getByTestId("template-origin").innerText()).toBe("Mitgelieferte Vorlage");
    const text = await body.inputValue();
    expect(text).toContain("## 1. Zweck und Ziele");
    // The template's own words (not its {{placeholders}}) are German.
    expect(englishIn(text.replace(/\{\{[^}]*\}\}/g, " ").split("\n"), allowed)).toEqual([]);
    await body.scrollIntoViewIfNeeded();
    await shot(page, "german-walk-template-editor");
  });

  it("companies: the sector filter offers the official German NACE sections", async () => {
    await page.goto("/companies");
    await page.getByTestId("filter-sector").click();
    await visible(page.getByText("Q · Gesundheits- und Sozialwesen"));
    await visible(page.getByText("M · Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen"));
    expect(await englishLeft(allowed)).toEqual([]);
    await page.keyboard.press("Escape");
  });
});

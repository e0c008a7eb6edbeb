// Choosing whom to approach and pitching in business terms, as a new staff member would: the prospect list with an
// explained fit score, a company's stakeholder page, a proposal built step by step and downloaded as PDF and DOCX
// (read back here), a first contact logged on the company's timeline, and the pages in German.
// Runs on the shared demo server; the proposal and the logged contact are this test's own.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Browser, BrowserContext, Download, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { layoutProblems, pdfPages } from "../setup/pdf-layout";
import { pdfText } from "../setup/pdf-text";
import { launchBrowser, newPage } from "./harness";
import { apiGet, axeViolations, demoLogin, formatViolations, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let companyId = "";
let companyName = "";
let proposalId = "";
const marker = `Pitch ${Date.now().toString(36)}`;
const setLang = (l: "en" | "de") => page.evaluate((x) => localStorage.setItem("partnerwise.lang", x), l);

async function downloaded(testId: string): Promise<Buffer> {
  const [download] = (await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()])) as [Download, void];
  return readFileSync(await download.path());
}

describe("prospects and proposals in the web app", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    if (page) await setLang("en").catch(() => undefined);
    await context?.close();
    await browser?.close();
  });

  it("lists prospects best fit first, each score explained factor by factor", async () => {
    await page.goto("/dashboard");
    await page.getByRole("link", { name: "Prospects" }).first().click();
    await visible(page.getByRole("heading", { name: "Prospects", level: 1 }));
    const rows = page.getByTestId("prospect-row");
    await visible(rows.first());
    const scores = (await page.getByTestId("fit-score").allInnerTexts()).map((s) => Number(s.match(/\d+/)?.[0]));
    expect(scores.length).toBeGreaterThan(5);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    await page.waitForLoadState("networkidle");
    const report = formatViolations("prospects", await axeViolations(page));
    if (report) throw new Error(report);
    await shot(page, "prospects-list");

    // The API says the same: not-engaged companies, each with points = weight × value.
    const api = await apiGet<{
      items: Array<{
        companyId: string;
        name: string;
        fit: { score: number; factors: Array<{ weight: number; value: number; points: number }> };
      }>;
    }>(page, "/prospects?limit=5");
    const first = api.items[0];
    for (const f of first.fit.factors) expect(f.points).toBeCloseTo(f.weight * f.value, 5);
    companyId = first.companyId;
    companyName = first.name;

    await rows.first().getByRole("link").first().click();
    await visible(page.getByTestId("prospect-title"));
    expect(await page.getByTestId("prospect-title").innerText()).toBe(companyName);
    const factors = await visible(page.getByTestId("fit-factors"));
    expect(await factors.locator("tr").count()).toBeGreaterThan(3);
    await visible(page.getByTestId("stakeholder-map"));
    await visible(page.getByTestId("prospect-peers"));
    await shot(page, "prospect-detail");
  });

  it("builds a proposal step by step, keeps versions, and downloads it as PDF and DOCX", async () => {
    await page.goto(`/prospects/${companyId}`);
    await (await visible(page.getByTestId("proposal-new"))).click();
    await page.getByTestId("proposal-title").fill(marker);
    await page.getByTestId("proposal-mode-joint_project").check();
    await page.getByTestId("proposal-create").click();
    await page.waitForURL(/\/proposals\/[0-9a-f-]{36}$/);
    proposalId = page.url().split("/").pop()!;
    expect(await (await visible(page.getByTestId("proposal-heading"))).innerText()).toBe(marker);
    // The knowledge hub's write-up of the chosen mode is offered beside the builder.
    await visible(page.getByTestId("proposal-knowledge").getByRole("link", { name: /joint projects/i }));

    // Every step is pre-filled with suggested wording, and the builder walks through them all.
    const builder = page.getByTestId("proposal-builder");
    const firstField = builder.locator("textarea").first();
    expect((await firstField.inputValue()).length).toBeGreaterThan(20);
    // The wording comes from the knowledge hub: each suggestion names its item, linked, and is inserted editable.
    const suggested = await visible(builder.getByTestId("suggestions-problem"));
    const source = suggested.getByTestId("suggestion-source").first();
    expect(await source.getAttribute("href")).toMatch(/^\/knowledge\/[0-9a-f-]{36}$/);
    expect(await source.innerText()).toMatch(/^Proposal wording/);
    await firstField.fill("to be replaced");
    await suggested.getByTestId("suggestion-use").first().click();
    await expect.poll(() => firstField.inputValue()).toContain(companyName);
    expect(await firstField.inputValue()).not.toContain("to be replaced");
    await shot(page, "proposal-builder-suggestions");
    await firstField.fill(`${marker}: the hotel chain's guests and staff meet trafficking where it is least expected.`);
    let steps = 1;
    while (await page.getByTestId("step-next").isEnabled()) {
      await page.getByTestId("step-next").click();
      steps++;
    }
    expect(steps).toBeGreaterThan(5);
    await page.getByTestId("proposal-save").click();
    await visible(page.getByTestId("proposal-versions").locator("li").nth(1));
    await shot(page, "proposal-builder");

    const pdf = await downloaded("download-pdf");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain(marker);
    expect(text).toContain("the hotel chain's guests and staff");
    const problems = layoutProblems(await pdfPages(pdf), { footerTop: 800, headingSizes: [13, 20] });
    expect(problems).toEqual([]);

    const docx = await downloaded("download-docx");
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    expect(xml).toContain(marker);

    const pitch = await downloaded("download-pitch.pdf");
    expect((await pdfPages(pitch)).length).toBe(1);
  });

  it("fills a first letter from the prospect and logs the contact on the company's timeline", async () => {
    await page.goto(`/prospects/${companyId}`);
    const subject = await visible(page.getByTestId("letter-subject"));
    await expect.poll(() => subject.inputValue()).not.toBe("");
    expect(await page.getByTestId("letter-body").inputValue()).toContain(companyName);
    expect(await page.getByTestId("letter-open").getAttribute("href")).toMatch(/^mailto:/);
    const sent = await subject.inputValue();
    await page.getByTestId("letter-log").click();
    await expect
      .poll(async () => {
        const acts = await apiGet<{ items: Array<{ summary?: string | null }> }>(page, `/companies/${companyId}/activities?limit=50`);
        return acts.items.some((a) => (a.summary ?? "").includes(sent));
      })
      .toBe(true);
  });

  it("shows on an engagement's overview the knowledge hub's items for its mode and the company's proposals", async () => {
    const list = await apiGet<{ items: Array<{ id: string; modes: string[] }> }>(page, "/engagements?limit=100");
    const e = list.items.find((x) => x.modes.includes("joint_project"));
    expect(e, "a demo engagement with a joint project").toBeTruthy();
    await page.goto(`/partnerships/${e!.id}`);
    const suggested = await visible(page.getByTestId("knowledge-suggestions"));
    await visible(suggested.getByTestId("knowledge-suggestion").first());
    expect(await suggested.innerText()).toMatch(/joint projects/i);
    const proposals = await visible(page.getByTestId("engagement-proposals"));
    expect(await proposals.getByRole("link").first().getAttribute("href")).toMatch(/^\/prospects\/[0-9a-f-]{36}$/);
  });

  it("speaks German on the prospect pages", async () => {
    await setLang("de");
    await page.goto("/prospects");
    await visible(page.getByRole("heading", { name: "Potenzielle Partner", level: 1 }));
    await visible(page.getByTestId("prospect-row").first());
    const main = await page.locator("main").innerText();
    expect(main).not.toMatch(/\b(Prospects|Fit and risk|Company|Not screened)\b/);
    await shot(page, "prospects-list-de");
    await page.goto(`/proposals/${proposalId}`);
    await visible(page.getByTestId("proposal-heading"));
    expect(await page.locator("main").innerText()).not.toMatch(/\b(Next|Previous|Save|Downloads)\b/);
    await shot(page, "proposal-builder-de");
    await setLang("en");
  });
});

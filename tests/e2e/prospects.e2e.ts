// The prospect journey of a new staff member: open the prospect list, see an explained fit score, open a prospect,
// build a proposal step by step, download it as PDF and DOCX, and log a first contact on the company's timeline.
// axe-core checks the three pages (serious and critical violations fail).
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { layoutProblems, pdfPages } from "../setup/pdf-layout";
import { launchBrowser, newPage } from "./harness";
import {
  axeViolations,
  createOrganisation,
  formatViolations,
  freshAccount,
  sharedServer,
  shot,
  shotOnFailure,
  signUp,
  visible,
} from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let companyId = "";

async function post(path: string, data: unknown, method: "POST" | "PUT" | "PATCH" = "POST") {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data, headers: { Origin: server.url } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as { id: string };
}

async function expectAccessible(name: string) {
  await page.waitForLoadState("networkidle");
  const report = formatViolations(name, await axeViolations(page));
  if (report) throw new Error(report);
}

describe("prospects and proposals", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    await signUp(page, freshAccount("prospects"));
    await createOrganisation(page, "Hilfe am Bahnhof e.V.");
    await post("/organization", { country: "AT" }, "PATCH");
    companyId = (
      await post("/companies", {
        name: "Alpen Bahn Express AG",
        country: "AT",
        naceCode: "49.10",
        sizeClass: "large",
        csrPolicyUrl: "https://example.org/human-rights",
      })
    ).id;
    await post("/companies", { name: "Kleine Bäckerei", country: "AT", naceCode: "10.71", sizeClass: "local" });
    await post("/contacts", { name: "Maria Huber", email: "maria.huber@example.org", companyId });
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("lists prospects best fit first, each score explained", async () => {
    await page.goto("/prospects");
    const rows = page.getByTestId("prospect-row");
    await visible(rows.first());
    expect(await rows.first().innerText()).toContain("Alpen Bahn Express AG");
    expect(await rows.first().innerText()).toMatch(/meets victims and travellers/);
    await visible(page.getByTestId("fit-risk-chart"));
    await shot(page, "prospects-list");
    await expectAccessible("prospects list");
  });

  it("opens a prospect with its factors, builds a proposal and downloads it as PDF and DOCX", async () => {
    await page.getByRole("link", { name: "Alpen Bahn Express AG" }).click();
    await visible(page.getByTestId("fit-factors"));
    expect(await page.getByTestId("fit-factor-csr").innerText()).toContain("10 points");
    await expectAccessible("prospect page");

    await page.getByTestId("proposal-new").click();
    await page.getByTestId("proposal-title").fill("Station staff who recognise trafficking");
    await page.getByTestId("proposal-mode-business_practice").check();
    await page.getByTestId("proposal-create").click();
    await visible(page.getByTestId("proposal-builder"));
    expect(await page.getByTestId("field-problem").inputValue()).toContain("Alpen Bahn Express AG");

    await page.getByTestId("step-activities").click();
    await page.getByTestId("activity-add").click();
    await page.getByTestId("activity-row").getByLabel("Activity").fill("Training for 200 station staff");
    await page.getByTestId("activity-row").getByLabel("Result").fill("200 staff trained");
    await page.getByTestId("proposal-save").click();
    await visible(page.getByText("Saved as version 2"));
    await shot(page, "proposal-builder");
    await expectAccessible("proposal builder");

    const [pdf] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.getByTestId("download-pdf").click()]);
    expect(pdf.suggestedFilename()).toMatch(/v2\.pdf$/);
    const pages = await pdfPages(readFileSync((await pdf.path())!));
    const text = pages.map((p) => p.lines.map((l) => l.text).join("\n")).join("\n");
    expect(text).toContain("Training for 200 station staff");
    expect(text).toContain("How we protect survivors");
    expect(layoutProblems(pages, { footerTop: 800, headingSizes: [13, 20] })).toEqual([]);

    const [docx] = await Promise.all([page.waitForEvent("download", { timeout: 30_000 }), page.getByTestId("download-docx").click()]);
    const zip = await JSZip.loadAsync(readFileSync((await docx.path())!));
    expect(await zip.file("word/document.xml")!.async("string")).toContain("200 staff trained");
  });

  it("drafts a first contact to send from the user's own mail program and logs it on the company's timeline", async () => {
    await page.goto(`/prospects/${companyId}`);
    await visible(page.getByTestId("first-contact"));
    await expect.poll(() => page.getByTestId("letter-body").inputValue()).toContain("Dear Maria Huber");
    expect(await page.getByTestId("letter-open").getAttribute("href")).toMatch(/^mailto:maria\.huber%40example\.org\?subject=/);
    await page.getByTestId("letter-log").click();
    await visible(page.getByText("Logged on the company's timeline"));
    const res = await page.request.get(`/api/v1/companies/${companyId}/activities`);
    expect(JSON.stringify(await res.json())).toContain("First contact email");
  });
});

// The annual partnerships report in a real browser, on the demo organisation: the page shows named and
// anonymous partners, says how many were left out without naming them, passes axe, switches year, and its
// PDF holds the same publishable content. Setting a partnership's publication in the form changes the report.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AnnualReport } from "../../src/domains/reports/reports.schema";
import { pdfText } from "../setup/pdf-text";
import { launchBrowser, newPage } from "./harness";
import { apiGet, axeViolations, demoLogin, formatViolations, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const year = new Date().getFullYear();

describe("annual partnerships report", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    await page.waitForLoadState("networkidle");
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("opens from the navigation with figures, charts, partners and what was left out", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Annual report" }).click();
    await page.waitForURL(/\/reports\/annual$/);
    await visible(page.getByRole("heading", { level: 1, name: "Annual partnerships report" }));
    await visible(page.getByTestId("annual-report"));
    const report = await apiGet<AnnualReport>(page, `/reports/annual?year=${year}`);
    expect(report.partners.length, "the demo has publishable partnerships this year").toBeGreaterThan(0);
    const named = report.partners.find((p) => p.publication === "public");
    if (named) await visible(page.getByTestId("annual-partner").filter({ hasText: named.name }).first());
    expect(await page.getByTestId("annual-partner").count()).toBe(report.partners.length);
    if (report.leftOut.partnerships) await visible(page.getByTestId("annual-left-out").getByText(/not cleared for publication/));
    await visible(page.getByTestId("annual-modes-chart").locator("svg"));
    await page.waitForLoadState("networkidle");
    await shot(page, "reports-01-annual");
    await page.getByRole("heading", { name: "Our partners", exact: true }).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, "reports-02-annual-partners");
  });

  it("has no serious or critical axe violations", async () => {
    const found = formatViolations("annual report", await axeViolations(page));
    if (found) throw new Error(found);
  });

  it("downloads the PDF with the same partners, and switches to an empty earlier year", async () => {
    const report = await apiGet<AnnualReport>(page, `/reports/annual?year=${year}`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("annual-pdf").click()]);
    expect(download.suggestedFilename()).toBe(`partnerships-report-${year}.pdf`);
    const text = pdfText(readFileSync((await download.path())!));
    for (const p of report.partners.filter((x) => x.publication === "public")) expect(text).toContain(p.name);

    await page.getByLabel("Year").selectOption(String(year - 5));
    await page.waitForURL(new RegExp(`year=${year - 5}`));
    await visible(page.getByText(`No partnerships to show for ${year - 5}.`));
  });

  it("a partnership set to confidential in the form leaves the report, counted but not named", async () => {
    const before = await apiGet<AnnualReport>(page, `/reports/annual?year=${year}`);
    const named = before.partners.find((p) => p.publication === "public");
    // The demo network always has a partnership published by name this year; without it this test would prove nothing.
    expect(named, "a partnership published by name in the demo data").toBeDefined();
    if (!named) throw new Error("unreachable");
    const list = await apiGet<{ items: Array<{ id: string; company: { name: string }; title: string }> }>(page, `/engagements?limit=200`);
    const e = list.items.find((x) => x.company.name === named.name && x.title === named.title)!;
    await page.goto(`/partnerships/${e.id}`);
    await visible(page.getByTestId("engagement-publication").getByText("Published: named"));
    // The partner report's options (period, language) pass axe too.
    await page.getByTestId("partner-report").click();
    await visible(page.getByTestId("partner-report-panel"));
    await page.getByTestId("partner-report-from").fill(`${year}-06-01`);
    await page.getByTestId("partner-report-to").fill(`${year}-01-01`);
    await visible(page.getByText("The period ends before it starts."));
    await shot(page, "reports-04-partner-report-options");
    const found = formatViolations("partner report options", await axeViolations(page));
    if (found) throw new Error(found);
    await page.keyboard.press("Escape");
    await page.getByTestId("engagement-edit").click();
    const dialog = page.getByTestId("engagement-dialog");
    await dialog.getByLabel("Published reports").selectOption("confidential");
    await dialog.getByLabel("Published reports").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, "reports-03-publication-field");
    await dialog.getByTestId("engagement-save").click();
    await visible(page.getByTestId("engagement-publication").getByText("Not published"));

    await page.goto(`/reports/annual?year=${year}`);
    const n = before.leftOut.partnerships + 1;
    await visible(
      page
        .getByTestId("annual-left-out")
        .getByText(
          n === 1
            ? "1 partnership not cleared for publication is not shown."
            : `${n} partnerships not cleared for publication are not shown.`,
        ),
    );
    const after = await apiGet<AnnualReport>(page, `/reports/annual?year=${year}`);
    expect(JSON.stringify(after)).not.toContain(e.title);
    // Leave the shared demo data as it was.
    const restored = await page.request.patch(`/api/v1/engagements/${e.id}`, {
      data: { publication: "public" },
      headers: { Origin: server.url },
    });
    expect(restored.status()).toBe(200);
  });
});

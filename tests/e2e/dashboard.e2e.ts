// The dashboard on the demo data: every chart is drawn (SVG) with the API's numbers, a click on a pipeline stage
// opens the board filtered to it, a risk-matrix cell lists its risks with links, axe finds nothing serious, and a new
// organisation sees an empty state instead of empty axes.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Dashboard } from "../../src/domains/dashboard/dashboard.schema";
import { launchBrowser, newPage } from "./harness";
import {
  apiGet,
  axeViolations,
  createOrganisation,
  demoLogin,
  eventually,
  formatViolations,
  freshAccount,
  sharedServer,
  shot,
  shotOnFailure,
  signIn,
  signUp,
  visible,
} from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;

async function expectAccessible(name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const report = formatViolations(name, await axeViolations(page));
  if (report) throw new Error(report);
}

const CHARTS = ["pipeline-chart", "matrix-chart", "modes-chart", "value-chart", "sizes-chart"];

describe("dashboard", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("is first in the navigation and draws every chart with the API's numbers", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link").first().click();
    await page.waitForURL(/\/dashboard$/);
    await visible(page.getByRole("heading", { name: "Dashboard", level: 1 }));
    for (const chart of CHARTS) await visible(page.getByTestId(chart).locator("svg"));
    const d = await apiGet<Dashboard>(page, "/dashboard");
    expect(d.totals.open).toBeGreaterThan(0);
    expect(await page.getByTestId("kpi-open").locator(".value").innerText()).toBe(String(d.totals.open));
    expect(await page.getByTestId("list-overdue-count").innerText()).toBe(String(d.overdueCommitments.count));
    expect(await page.getByTestId("list-risks-count").innerText()).toBe(String(d.risksAboveThreshold.count));
    expect(d.overdueCommitments.count).toBeGreaterThan(0);
    expect(await page.getByTestId("overdue-item").count()).toBe(Math.min(6, d.overdueCommitments.count));
    // Each chart names its numbers for screen readers.
    const alt = await page.getByTestId("pipeline-chart").getAttribute("aria-label");
    expect(alt).toContain(`Identified ${d.funnel[0].count}`);
    await shot(page, "dashboard-01-overview");
    await page.getByTestId("list-overdue").scrollIntoViewIfNeeded();
    await shot(page, "dashboard-02-attention");
    await page.getByTestId("chart-value").scrollIntoViewIfNeeded();
    await shot(page, "dashboard-03-portfolio");
  });

  it("paints the charts in view first and draws those below the fold right after, without a scroll", async () => {
    const fresh = await context.newPage();
    try {
      // Counts painted frames and notes, for each chart, the frame in which its drawing (its SVG) appeared.
      await fresh.addInitScript(() => {
        const w = window as unknown as { frames_: number; drawnAt: Record<string, number> };
        w.frames_ = 0;
        w.drawnAt = {};
        const tick = () => {
          w.frames_++;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        new MutationObserver(() => {
          for (const el of document.querySelectorAll<HTMLElement>(".echart")) {
            const id = el.dataset.testid;
            if (id && !(id in w.drawnAt) && el.querySelector("svg")) w.drawnAt[id] = w.frames_;
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await fresh.goto("/dashboard");
      for (const chart of CHARTS) await visible(fresh.getByTestId(chart).locator("svg"));
      const drawnAt = await fresh.evaluate(() => (window as unknown as { drawnAt: Record<string, number> }).drawnAt);
      const below = await fresh.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".echart")]
          .filter((el) => el.getBoundingClientRect().top > window.innerHeight + 200)
          .map((el) => el.dataset.testid!),
      );
      expect(below.length).toBeGreaterThan(0);
      expect(await fresh.evaluate(() => window.scrollY)).toBe(0);
      // The pipeline (in view) was on screen at least one frame before any chart below the fold was drawn.
      for (const id of below) expect(drawnAt[id], id).toBeGreaterThan(drawnAt["pipeline-chart"]!);
    } finally {
      await fresh.close();
    }
  });

  it("has no serious or critical accessibility violations, also with the tables open", async () => {
    await page.goto("/dashboard");
    await visible(page.getByTestId("pipeline-chart").locator("svg"));
    await expectAccessible("dashboard");
    for (const summary of await page.locator("details.dash-table > summary").all()) await summary.click();
    await expectAccessible("dashboard with tables");
  });

  it("lists the risks of a matrix cell, with links to their engagements", async () => {
    await page.goto("/dashboard");
    const matrix = page.getByTestId("chart-matrix");
    await visible(matrix.locator("svg"));
    await matrix.locator("summary").click();
    await matrix.locator("td button").first().click();
    const list = page.getByTestId("matrix-cell-risks");
    await visible(list.getByRole("link"));
    expect(await list.getByRole("link").first().getAttribute("href")).toMatch(/^\/partnerships\/[0-9a-f-]{36}\/risks$/);
    await page.keyboard.press("Escape");
    await list.getByRole("link").first().waitFor({ state: "detached" });
    // A click on a cell of the heatmap itself selects it too.
    const d = await apiGet<Dashboard>(page, "/dashboard");
    const fullest = [...d.riskMatrix.cells].sort((a, b) => b.count - a.count)[0];
    // The heatmap's grid (risk-heatmap.tsx): 56 px left, 8 px right and top, 48 px bottom; likelihood 5 on top.
    const box = (await matrix.getByTestId("matrix-chart").boundingBox())!;
    const cellW = (box.width - 64) / 5;
    const cellH = (box.height - 56) / 5;
    await page.mouse.click(box.x + 56 + (fullest.impact - 0.5) * cellW, box.y + 8 + (5 - fullest.likelihood + 0.5) * cellH);
    await visible(
      list.getByRole("heading", {
        name: new RegExp(`Likelihood ${fullest.likelihood} × impact ${fullest.impact} .*: ${fullest.count} risks`),
      }),
    );
    expect(await list.getByRole("link").count()).toBe(Math.min(20, fullest.count));
    await shot(page, "dashboard-04-matrix-cell");
    await expectAccessible("risk matrix cell dialog");
    await list.getByRole("link").first().click();
    await page.waitForURL(/\/partnerships\/[0-9a-f-]{36}\/risks$/);
  });

  it("opens the board filtered to a stage when the stage is clicked in the pipeline chart", async () => {
    await page.goto("/dashboard");
    const chart = page.getByTestId("pipeline-chart");
    await visible(chart.locator("svg"));
    await chart
      .locator("svg text")
      .filter({ hasText: /^Active$/ })
      .click();
    await page.waitForURL(/\/partnerships\?stage=active$/);
    await visible(page.getByTestId("board-card"));
    const board = await apiGet<{ columns: Array<{ stage: string; total: number }> }>(page, "/engagements/board?stage=active");
    const active = board.columns.find((c) => c.stage === "active")!;
    expect(active.total).toBeGreaterThan(0);
    await eventually(async () => expect(await page.getByTestId("board-card").count()).toBe(active.total));
  });

  it("narrows every number to one mode and shows German labels", async () => {
    await page.goto("/dashboard?mode=business_practice");
    await visible(page.getByTestId("pipeline-chart").locator("svg"));
    const d = await apiGet<Dashboard>(page, "/dashboard?mode=business_practice");
    await eventually(async () => expect(await page.getByTestId("kpi-open").locator(".value").innerText()).toBe(String(d.totals.open)));
    await page.evaluate(() => localStorage.setItem("partnerwise.lang", "de"));
    await page.goto("/dashboard");
    await visible(page.getByRole("heading", { name: "Übersicht", level: 1 }));
    await visible(page.getByTestId("pipeline-chart").locator("svg"));
    await shot(page, "dashboard-05-de");
    await page.evaluate(() => localStorage.setItem("partnerwise.lang", "en"));
  });

  it("shows a new organisation what to do instead of empty charts", async () => {
    const fresh = await newPage(browser, server.url);
    try {
      const a = freshAccount("dashboard");
      await signUp(fresh.page, a);
      await createOrganisation(fresh.page, "Neue Brücke e.V.");
      await fresh.page.goto("/dashboard");
      await visible(fresh.page.getByTestId("dashboard-empty"));
      await visible(fresh.page.getByTestId("chart-pipeline-empty"));
      expect(await fresh.page.getByTestId("pipeline-chart").count()).toBe(0);
      await shot(fresh.page, "dashboard-06-empty");
      const report = formatViolations("empty dashboard", await axeViolations(fresh.page));
      if (report) throw new Error(report);
    } finally {
      await fresh.context.close();
    }
  });
});

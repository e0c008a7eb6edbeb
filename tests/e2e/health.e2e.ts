// Partnership health on the demo data: the health card of a running demo engagement (score, outlook,
// every factor, reasons, renewal next step), in English and German, axe-clean; and the portfolio list the
// dashboard reads has every outlook.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, axeViolations, demoLogin, formatViolations, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

interface HealthList {
  items: Array<{ engagementId: string; title: string; score: number; outlook: "likely" | "at_risk" | "unlikely"; topReasons: string[] }>;
}

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let list: HealthList;

/** Scrolls the card's top just below the sticky top bar, for the screenshot. */
async function showTop(card: Locator): Promise<void> {
  await card.evaluate((el) => {
    el.scrollIntoView({ block: "start" });
    window.scrollBy(0, -72);
  });
}

describe("partnership health", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    list = await apiGet<HealthList>(page, "/health");
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("the demo portfolio has partnerships of every outlook, worst first", () => {
    const outlooks = new Set(list.items.map((i) => i.outlook));
    expect([...outlooks].sort()).toEqual(["at_risk", "likely", "unlikely"]);
    const scores = list.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(list.items.every((i) => i.topReasons.length > 0)).toBe(true);
  });

  it("shows the health card of a healthy demo partnership factor by factor", async () => {
    const hotline = list.items.find((i) => i.title === "Hotline and mobile field team")!;
    expect(hotline.outlook).toBe("likely");
    await page.goto(`/partnerships/${hotline.engagementId}`);
    const card = page.getByTestId("health-card");
    await visible(card.getByTestId("health-score"));
    expect(await card.getByTestId("health-score").innerText()).toContain(String(hotline.score));
    expect(await card.getByTestId("health-outlook").getAttribute("data-outlook")).toBe("likely");
    expect(await card.getByTestId("health-factor").count()).toBe(7);
    expect(await card.getByTestId("health-factors").innerText()).toContain("Contact vs. planned cadence");
    expect(await card.getByTestId("health-reasons").innerText()).toMatch(/commitments kept on time/);
    expect(await card.getByTestId("health-next-step").innerText()).not.toBe("");
    await showTop(card);
    await shot(page, "health-card-likely");
    await page.waitForLoadState("networkidle");
    const report = formatViolations("engagement page with health card", await axeViolations(page));
    if (report) throw new Error(report);
  });

  it("shows each running partnership's outlook and score in the table view", async () => {
    await page.goto("/partnerships?view=table&stage=agreed,active,reviewing,renewed");
    await visible(page.getByTestId("engagement-row").getByTestId("health-outlook"));
    const rows = page.getByTestId("engagement-row");
    const hotline = rows.filter({ hasText: "Hotline and mobile field team" });
    expect(await hotline.getByTestId("health-outlook").getAttribute("data-outlook")).toBe("likely");
    expect(await rows.getByTestId("health-outlook").count()).toBe(await rows.count());
    await shot(page, "health-table");
    await page.waitForLoadState("networkidle");
    const report = formatViolations("partnerships table with health", await axeViolations(page));
    if (report) throw new Error(report);
  });

  it("shows the score and outlook on the board's cards of running partnerships only", async () => {
    await page.goto("/partnerships");
    await visible(page.getByTestId("column-active").getByTestId("health-outlook"));
    const worst = list.items[0];
    const card = page.locator(`[data-testid=board-card][data-id="${worst.engagementId}"]`);
    const badge = card.getByTestId("health-outlook");
    expect(await badge.getAttribute("data-outlook")).toBe(worst.outlook);
    expect(await badge.innerText()).toContain(String(worst.score));
    // Every scored card has its badge; cards before an agreement have none.
    for (const stage of ["agreed", "active", "reviewing", "renewed"]) {
      const column = page.getByTestId(`column-${stage}`);
      expect(await column.getByTestId("health-outlook").count()).toBe(await column.getByTestId("board-card").count());
    }
    expect(await page.getByTestId("column-negotiating").getByTestId("health-outlook").count()).toBe(0);
    await shot(page, "health-board");
    await page.waitForLoadState("networkidle");
    const report = formatViolations("partnerships board with health", await axeViolations(page));
    if (report) throw new Error(report);
  });

  it("explains an unlikely partnership with its reasons and the renewal step, also in German", async () => {
    const worst = list.items[0];
    expect(worst.outlook).toBe("unlikely");
    await page.goto(`/partnerships/${worst.engagementId}`);
    const card = page.getByTestId("health-card");
    await visible(card.getByTestId("health-reasons"));
    expect(await card.getByTestId("health-outlook").getAttribute("data-outlook")).toBe("unlikely");
    expect(await card.getByTestId("health-reasons").locator("li").count()).toBeGreaterThanOrEqual(3);
    await showTop(card);
    await shot(page, "health-card-unlikely");

    await page.evaluate(() => localStorage.setItem("partnerwise.lang", "de"));
    await page.reload();
    await visible(page.getByTestId("health-card").getByText("Gesundheit der Partnerschaft"));
    expect(await page.getByTestId("health-factors").innerText()).toContain("Kontakt im geplanten Rhythmus");
    expect(await page.getByTestId("health-outlook").innerText()).toContain("unwahrscheinlich");
    await showTop(page.getByTestId("health-card"));
    await shot(page, "health-card-de");
    const report = formatViolations("health card (de)", await axeViolations(page));
    await page.evaluate(() => localStorage.setItem("partnerwise.lang", "en"));
    if (report) throw new Error(report);
  });
});

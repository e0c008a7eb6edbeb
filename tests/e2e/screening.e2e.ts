// The ethical-screening journey in a real browser, on the demo organisation: start a screening from a company page,
// answer the criteria, see the risk summary explain itself (factors as a list and an accessible chart), pass an axe
// scan of the workspace, decide "approved with conditions" — after which the screening is read-only history — and
// find the company's new status on its page and in the companies list's screening filter.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, axeViolations, demoLogin, formatViolations, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let company: { id: string; name: string };
let screeningId = "";

async function answer(scope: string, value: string, index: number): Promise<void> {
  const radio = page.locator(`[data-testid=${scope}] input[type=radio][value=${value}]`).nth(index);
  await radio.click();
  await expect.poll(() => radio.isChecked(), { timeout: 15_000 }).toBe(true);
}

describe("screening journey", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    // An unscreened company from the middle of the alphabet (other journeys use the start and the end).
    const list = await apiGet<{ items: Array<{ id: string; name: string }> }>(page, "/companies?screening=none&limit=100&sort=name");
    company = list.items[Math.floor(list.items.length / 2)];
    expect(company, "an unscreened demo company").toBeTruthy();
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("starts a screening from the company page", async () => {
    await page.goto(`/companies/${company.id}`);
    const card = await visible(page.getByTestId("company-screening"));
    expect(await card.getByTestId("screening-status").innerText()).toMatch(/Not screened/);
    await page.locator("[data-testid=screening-start]:not([disabled])").click();
    await page.waitForURL(/\/screenings\/[0-9a-f-]+$/);
    screeningId = page.url().split("/").pop()!;
    await visible(page.getByTestId("risk-summary"));
    expect(await page.getByTestId("screening-title").innerText()).toContain(company.name);
  });

  it("answers criteria and the risk summary explains every factor", async () => {
    const hard = await page.locator("[data-testid=group-hard] [data-testid^=criterion-]").count();
    for (let i = 0; i < hard; i++) await answer("group-hard", "meets", i);
    const weighted = await page.locator("[data-testid=group-weighted] [data-testid^=criterion-]").count();
    await answer("group-weighted", "does_not_meet", 0);
    for (let i = 1; i < weighted; i++) await answer("group-weighted", "meets", i);
    // A company whose sector implies a supply chain also gets the supply-chain questions (which demo company is
    // picked depends on the demo data): answer them too, as "unknown" is an answer.
    if (
      await page
        .getByTestId("has-supply-chain")
        .isChecked()
        .catch(() => false)
    ) {
      const details = page.locator("[data-testid=group-supply] > details.sc-group");
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator(":scope > summary").click();
      const supply = await page.locator("[data-testid=group-supply] [data-testid^=criterion-]").count();
      for (let i = 0; i < supply; i++) await answer("group-supply", "unknown", i);
    }
    const firstWeighted = await page.locator("[data-testid=group-weighted] h3").first().innerText();
    const factors = page.getByTestId("risk-factor");
    await expect.poll(async () => (await factors.allInnerTexts()).join("\n"), { timeout: 15_000 }).toContain(firstWeighted);
    expect((await factors.allInnerTexts()).join("\n")).toMatch(/Does not meet/);
    // The chart has a text alternative naming the factor.
    expect(await page.locator("[data-testid=risk-chart] desc").textContent()).toContain(firstWeighted.slice(0, 10));
    expect(await page.getByTestId("risk-score").innerText()).toMatch(/^\d+$/);
    await visible(page.getByTestId("signals-panel"));
    await shot(page, "screening-workspace");
  });

  it("the workspace has no serious or critical axe violations", async () => {
    await page.waitForLoadState("networkidle");
    const report = formatViolations("screening workspace", await axeViolations(page));
    if (report) throw new Error(report);
  });

  it("decides approved with conditions; the screening becomes read-only history", async () => {
    const form = page.getByTestId("decision-form");
    await form.getByTestId("decision-approved_with_conditions").check();
    await form.getByTestId("decision-submit").click();
    // Conditions are required for this decision.
    await visible(form.getByText("Add at least one condition with a due date."));
    await form.getByTestId("condition-add").click();
    await form.getByTestId("condition-text-0").fill("Publish a supplier code of conduct (e2e)");
    await form.getByTestId("decision-rationale").fill("Good record; one gap to close within three months (e2e).");
    const override = form.getByTestId("decision-override");
    if (await override.count()) await override.check();
    await form.getByTestId("decision-submit").click();
    const view = await visible(page.getByTestId("decision-view"));
    expect(await view.innerText()).toContain("Publish a supplier code of conduct (e2e)");
    expect(await page.getByTestId("screening-state").innerText()).toMatch(/Decided/);
    expect(await page.locator("input[type=radio]").first().isDisabled()).toBe(true);
    await shot(page, "screening-decided");
  });

  it("the company shows its new status, its history and the list filter finds it", async () => {
    await page.goto(`/companies/${company.id}`);
    const card = await visible(page.getByTestId("company-screening"));
    await expect.poll(() => card.getByTestId("screening-status").innerText(), { timeout: 15_000 }).toMatch(/Approved with conditions/);
    await card.getByTestId("screening-history-link").click();
    await visible(page.getByTestId("screening-history"));
    expect(await page.getByTestId("screening-history-row").count()).toBeGreaterThanOrEqual(1);
    await page.locator(`a[href="/screenings/${screeningId}"]`).first().click();
    await visible(page.getByTestId("decision-view"));
    const filtered = await apiGet<{ items: Array<{ id: string }> }>(page, "/companies?screening=approved_with_conditions&limit=200");
    expect(filtered.items.map((c) => c.id)).toContain(company.id);
  });
});

// The ethical-screening journey in a real browser, on the demo organisation: start a screening from a company page,
// walk the guided workspace (steps with what is open in each, the open criteria and the way to the decision always in
// view, at 1366 px and on a phone), try to decide early and see the refusal's list of open criteria follow the answers,
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

/** Whether the whole of the element is inside the window. */
async function inViewport(locator: ReturnType<Page["locator"]>): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

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

  it("guides through steps; the open criteria and the decision stay in view while scrolling", async () => {
    const steps = await visible(page.getByTestId("screening-steps"));
    expect(await steps.locator("[aria-current=step]").innerText()).toMatch(/Signals and risk/);
    await page.getByTestId("step-weighted").click();
    await visible(page.getByTestId("group-weighted"));
    expect(await page.getByTestId("group-hard").isVisible()).toBe(false);
    const open = page.getByTestId("guide-open").getByTestId("open-criterion");
    const applicable = await page.locator("[data-testid^=criterion-]").count();
    expect(await open.count()).toBeGreaterThan(0);
    expect(await page.getByTestId("step-weighted-state").innerText()).toMatch(/\d+ open/);
    // Far down the longest step, what is open and the way to the decision are still on the screen.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await inViewport(page.getByTestId("guide-decide"))).toBe(true);
    expect(await inViewport(open.first())).toBe(true);
    expect(applicable).toBeGreaterThanOrEqual(await open.count());
    // On a phone: the steps scroll sideways with the open one in view, and a bar at the bottom carries the rest.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("step-supply").or(page.getByTestId("step-decision")).first().click();
    await page.getByTestId("step-weighted").click();
    expect(await inViewport(page.locator("[data-testid=screening-steps] [aria-current=step]"))).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    expect(await inViewport(page.getByTestId("guide-bar-decide"))).toBe(true);
    expect(await page.getByTestId("guide-bar-open").innerText()).toMatch(/criteri(on|a) open/);
    await shot(page, "screening-guide-phone");
    await page.setViewportSize({ width: 1366, height: 860 });
  });

  it("German step titles break between words only, at 1366 px and on a phone", async () => {
    // A title or state line narrower than its longest word has been cut inside a word ("Ausschluss|kriterien").
    const cutInsideWords = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("[data-testid=screening-steps] :is(.sg-step-title, .sg-step-state)")]
          .filter((el) => {
            const probe = el.cloneNode(true) as HTMLElement;
            probe.style.cssText =
              "position:absolute;visibility:hidden;width:min-content;overflow-wrap:normal;word-break:normal;hyphens:manual";
            el.parentElement!.appendChild(probe);
            const longestWord = probe.getBoundingClientRect().width;
            probe.remove();
            return el.getBoundingClientRect().width + 0.5 < longestWord;
          })
          .map((el) => el.textContent),
      );
    await page.evaluate(() => localStorage.setItem("partnerwise.lang", "de"));
    try {
      for (const [width, height] of [
        [1366, 768],
        [390, 844],
      ]) {
        await page.setViewportSize({ width, height });
        await page.goto(`/screenings/${screeningId}`);
        await visible(page.getByTestId("step-hard").getByText("Ausschlusskriterien"));
        expect(await cutInsideWords(), `${width} px`).toEqual([]);
        await shot(page, `screening-steps-de-${width}`);
      }
    } finally {
      await page.evaluate(() => localStorage.setItem("partnerwise.lang", "en"));
      await page.setViewportSize({ width: 1366, height: 860 });
      await page.goto(`/screenings/${screeningId}`);
      await visible(page.getByTestId("screening-steps"));
    }
  });

  it("a decision tried early names the open criteria, and the list follows the answers", async () => {
    await page.getByTestId("guide-decide").click();
    const form = await visible(page.getByTestId("decision-form"));
    await form.getByTestId("decision-approved").check();
    await form.getByTestId("decision-rationale").fill("Trying before every criterion is answered (e2e).");
    await form.getByTestId("decision-submit").click();
    const listed = (await visible(form.getByTestId("decision-unanswered"))).locator("li");
    const openCount = await page.getByTestId("guide-open").getByTestId("open-criterion").count();
    expect(await listed.count()).toBe(openCount);
    // An item opens its criterion, with the focus on its first answer.
    const first = await listed.first().innerText();
    await listed.first().getByRole("button").click();
    const focused = page.locator("[data-testid^=criterion-]:visible", { has: page.locator("input:focus") });
    await visible(focused);
    expect(await focused.locator("h3").innerText()).toBe(first);
    await focused.locator("input[value=unknown]").click();
    await expect.poll(() => page.getByTestId("guide-open").getByTestId("open-criterion").count(), { timeout: 15_000 }).toBe(openCount - 1);
    await page.getByTestId("guide-decide").click();
    await expect.poll(() => form.getByTestId("decision-unanswered").locator("li").count(), { timeout: 15_000 }).toBe(openCount - 1);
    expect(await form.getByTestId("decision-unanswered").innerText()).not.toContain(first);
    await shot(page, "screening-refused-open");
  });

  it("answers criteria step by step and the risk summary explains every factor", async () => {
    await page.getByTestId("step-hard").click();
    const hard = await page.locator("[data-testid=group-hard] [data-testid^=criterion-]").count();
    for (let i = 0; i < hard; i++) await answer("group-hard", "meets", i);
    await expect.poll(() => page.getByTestId("step-hard-state").innerText(), { timeout: 15_000 }).toMatch(/answered/);
    await page.getByTestId("step-next").click();
    await visible(page.getByTestId("group-weighted"));
    const weighted = await page.locator("[data-testid=group-weighted] [data-testid^=criterion-]").count();
    await answer("group-weighted", "does_not_meet", 0);
    for (let i = 1; i < weighted; i++) await answer("group-weighted", "meets", i);
    // A company whose sector implies a supply chain also gets the supply-chain questions (which demo company is
    // picked depends on the demo data): they are shown, not folded away, and are answered too ("unknown" is an answer).
    if (await page.getByTestId("step-supply").count()) {
      await page.getByTestId("step-supply").click();
      if (await page.getByTestId("has-supply-chain").isChecked()) {
        const supply = await page.locator("[data-testid=group-supply] [data-testid^=criterion-]").count();
        for (let i = 0; i < supply; i++) await answer("group-supply", "unknown", i);
      }
    }
    await visible(page.getByTestId("guide-open-done"));
    const firstWeighted = await page.locator("[data-testid=group-weighted] h3").first().innerText();
    await page.getByTestId("step-signals").click();
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
    await page.getByTestId("guide-decide").click();
    const form = page.getByTestId("decision-form");
    // The earlier refusal is answered now: the form says so instead of a stale list.
    await visible(form.getByTestId("decision-resolved"));
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

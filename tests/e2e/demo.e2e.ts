// The demo data as a newcomer meets it: the printed demo login works, the register is full, and a company nobody
// is in touch with any more carries the warning.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, demoLogin, eventually, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;

const WARNING = "This company has no active contact.";

describe("demo data", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("signs in with the demo login printed at start-up and shows the full register", async () => {
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    await visible(page.getByRole("heading", { name: "Dashboard", level: 1 }));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Companies" }).click();
    await visible(page.getByRole("heading", { name: "Companies", level: 1 }));
    await visible(page.getByTestId("company-row"));

    const total = (await apiGet<{ total: number }>(page, "/companies?limit=1")).total;
    expect(total).toBeGreaterThanOrEqual(150);
    expect(total).toBeLessThanOrEqual(300);
    // The page says how many there are, and shows the first page of them.
    await visible(page.getByText(new RegExp(`^${total} companies$`)));
    expect(await page.getByTestId("company-row").count()).toBe(50);
    await shot(page, "demo-01-companies");
  });

  it("opens a company with active contacts without the warning", async () => {
    const withContact = page
      .getByTestId("company-row")
      .filter({ hasNot: page.getByTestId("no-contact-badge") })
      .first();
    const name = (await withContact.getByRole("link").innerText()).trim();
    await withContact.getByRole("link").click();
    await visible(page.getByTestId("company-title").getByText(name, { exact: true }));
    await visible(page.getByRole("heading", { name: "People at this company" }));
    expect(await page.getByText(WARNING).count()).toBe(0);
    await page.goBack();
  });

  it("filters the companies without an active contact and shows the warning on one", async () => {
    await page.getByRole("button", { name: "No active contact" }).click();
    await page.waitForURL(/noActiveContact=true/);
    const expected = (await apiGet<{ total: number }>(page, "/companies?limit=1&noActiveContact=true")).total;
    expect(expected).toBeGreaterThan(0);
    // The list keeps the previous rows on screen while it loads: wait for the filtered count in the header.
    await visible(page.getByText(new RegExp(`^${expected} compan(y|ies)$`)));
    await eventually(async () => {
      expect(await page.getByTestId("company-row").count()).toBe(Math.min(expected, 50));
      expect(await page.getByTestId("no-contact-badge").count()).toBe(Math.min(expected, 50));
    });

    const first = page.getByTestId("company-row").first().getByRole("link");
    const name = (await first.innerText()).trim();
    await first.click();
    await visible(page.getByTestId("company-title").getByText(name, { exact: true }));
    await visible(page.getByRole("status").filter({ hasText: WARNING }));
    await shot(page, "demo-02-no-contact-warning");
  });

  it("shows the headline partner approved only with every criterion answered and a risk the app lets a reviewer approve", async () => {
    const [telenova] = (await apiGet<{ items: Array<{ id: string }> }>(page, "/companies?limit=1&q=TeleNova%20Mobilfunk")).items;
    const [latest] = (
      await apiGet<{ items: Array<{ id: string; decision: string | null }> }>(page, `/companies/${telenova!.id}/screenings`)
    ).items;
    expect(latest!.decision).toBe("approved");
    const s = await apiGet<{
      criteria: Array<{ applicable: boolean; answer: unknown }>;
      risk: { level: string };
      decidedBy: { name: string } | null;
    }>(page, `/screenings/${latest!.id}`);
    expect(s.criteria.filter((c) => c.applicable && !c.answer)).toEqual([]);
    expect(["low", "medium"]).toContain(s.risk.level);
    expect(s.decidedBy).not.toBeNull();
    await page.goto(`/screenings/${latest!.id}`);
    const answered = s.criteria.filter((c) => c.applicable).length;
    await visible(page.getByTestId("screening-progress").getByText(`${answered} of ${answered} criteria answered`));
    await shot(page, "demo-03-headline-screening");
  });
});

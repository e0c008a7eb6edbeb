// The smaller things a coordinator trips over: the board at 1366 px, the table's warnings, plurals of units, one
// toast at a time, one word ("partnership"), the explained contact badge, human field names in the history, and the
// active tab in view on a phone.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, demoLogin, eventually, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;

const call = async <T>(method: string, path: string, data?: unknown): Promise<T> => {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data, headers: { Origin: server.url } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
};
const setLang = (l: "en" | "de") => page.evaluate((x) => localStorage.setItem("partnerwise.lang", x), l);

describe("UI polish", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    await page.setViewportSize({ width: 1366, height: 768 });
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    if (page) await setLang("en").catch(() => undefined);
    await context?.close();
    await browser?.close();
  });

  it("board at 1366 px: closed stages fold, empty columns fold, and the board says it scrolls", async () => {
    await page.goto("/partnerships");
    await visible(page.getByTestId("board-card"));
    const ended = page.getByTestId("column-ended");
    expect(await ended.getAttribute("data-folded")).toBe("true");
    expect((await ended.boundingBox())!.width).toBeLessThan(80);
    await visible(page.getByTestId("board-scroll-right"));
    await page.getByTestId("board-scroll-right").click();
    await eventually(async () => expect(await page.getByTestId("board").evaluate((b) => b.scrollLeft)).toBeGreaterThan(0));
    await ended.getByTestId("column-unfold").click();
    await visible(ended.getByTestId("board-card"));
    await shot(page, "ux-board-1366");
  });

  it("partnerships table at 1366 px: the warnings column is in view, its badges whole", async () => {
    await page.goto("/partnerships?view=table");
    await visible(page.getByTestId("engagement-row"));
    const warning = page.locator('[data-testid="engagement-row"] [data-testid^="warning-"]').first();
    await visible(warning);
    const box = (await warning.boundingBox())!;
    const region = (await page.locator(".table-wrap").boundingBox())!;
    expect(box.x + box.width, "the badge ends inside the visible table").toBeLessThanOrEqual(region.x + region.width);
    expect(await page.locator(".table-wrap").evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await shot(page, "ux-table-1366");
  });

  it("the 'only one contact' badge explains itself to screen readers and on hover", async () => {
    await page.goto("/partnerships?view=table");
    const badge = page.getByTestId("warning-single_company_contact").first();
    await visible(badge);
    expect(await badge.innerText()).toContain("Only one contact");
    expect(await badge.textContent()).toContain("if this person leaves");
    expect(await badge.getAttribute("title")).toContain("Add a second contact");
  });

  it("says 'partnership', never 'engagement', in English and German", async () => {
    for (const lang of ["en", "de"] as const) {
      await setLang(lang);
      for (const path of ["/partnerships", "/partnerships?view=table", "/dashboard"]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const text = await page.locator("main").innerText();
        expect(text, `${lang} ${path}`).not.toMatch(/engagement/i);
      }
      await page.goto("/partnerships");
      await page.getByTestId("new-engagement").click();
      const dialog = await visible(page.getByTestId("engagement-dialog"));
      expect(await dialog.innerText()).not.toMatch(/engagement/i);
      await page.keyboard.press("Escape");
    }
    await setLang("en");
  });

  it("units follow the plural rule: '1 (vehicles)', not '1 vehicles'", async () => {
    const co = (await apiGet<{ items: Array<{ id: string }> }>(page, "/companies?limit=1&sort=name")).items[0];
    const e = await call<{ id: string }>("POST", "/engagements", { companyId: co.id, title: "Plural units", modes: ["joint_project"] });
    await call("PUT", `/engagements/${e.id}/agreement`, { kind: "mou", startsOn: "2026-01-01" });
    const ind = await call<{ id: string }>("POST", `/engagements/${e.id}/agreement/indicators`, {
      name: "Vehicle bought",
      unit: "vehicles",
      target: 2,
    });
    await call("POST", `/engagements/${e.id}/check-ins`, { occurredOn: "2026-02-01", values: [{ indicatorId: ind.id, value: 1 }] });
    await page.goto(`/partnerships/${e.id}/check-ins`);
    const item = await visible(page.getByTestId("check-in"));
    expect(await item.innerText()).toContain("Vehicle bought: 1 (vehicles)");
    expect(await item.innerText()).not.toContain("1 vehicles");
  });

  it("shows one success message at a time", async () => {
    const co = (await apiGet<{ items: Array<{ id: string }> }>(page, "/companies?limit=1&sort=name")).items[0];
    const e = await call<{ id: string }>("POST", "/engagements", { companyId: co.id, title: "Toasts", modes: ["joint_project"] });
    await page.goto(`/partnerships/${e.id}`);
    for (const title of ["Toasts one", "Toasts two", "Toasts three"]) {
      await page.getByTestId("engagement-edit").click();
      const dialog = await visible(page.getByTestId("engagement-dialog"));
      await dialog.getByTestId("engagement-title").fill(title);
      await page.getByTestId("engagement-save").click();
      await visible(page.getByTestId("toast-success"));
    }
    expect(await page.getByTestId("toast-success").count()).toBe(1);
  });

  it("the history names changed fields as the form does ('NACE code', not 'naceCode')", async () => {
    const co = (await apiGet<{ items: Array<{ id: string; naceCode: string | null }> }>(page, "/companies?limit=1&sort=-name")).items[0];
    await call("PATCH", `/companies/${co.id}`, { naceCode: co.naceCode === "62" ? "63" : "62" });
    await page.goto(`/companies/${co.id}`);
    const summary = await visible(page.getByTestId("trail-summary").first());
    expect(await summary.innerText()).toContain("NACE code");
    expect(await summary.innerText()).not.toContain("naceCode");
    await setLang("de");
    await page.goto(`/companies/${co.id}`);
    await visible(
      page
        .getByTestId("trail-summary")
        .getByText(/Geändert: .*NACE/)
        .first(),
    );
    await setLang("en");
  });

  it("on a phone the active engagement tab is scrolled into view", async () => {
    const list = await apiGet<{ items: Array<{ id: string }> }>(page, "/engagements?limit=1");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/partnerships/${list.items[0].id}/history`);
    const tab = await visible(page.getByTestId("engagement-tab-history"));
    const nav = page.getByTestId("engagement-tabs");
    await eventually(async () => {
      const t = (await tab.boundingBox())!;
      const n = (await nav.boundingBox())!;
      expect(t.x).toBeGreaterThanOrEqual(n.x - 1);
      expect(t.x + t.width).toBeLessThanOrEqual(n.x + n.width + 1);
    });
    await shot(page, "ux-tabs-390");
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it("on a phone no engagement tab is wider than the screen (long check-in values wrap)", async () => {
    const list = await apiGet<{ items: Array<{ id: string; title: string }> }>(page, "/engagements?limit=100");
    // The hotline partnership has check-in values with long indicator names.
    const e = list.items.find((x) => x.title === "Hotline and mobile field team") ?? list.items[0]!;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const tab of [
        "overview",
        "timeline",
        "tasks",
        "history",
        "agreement",
        "commitments",
        "check-ins",
        "risks",
        "acknowledgements",
      ]) {
        await page.goto(tab === "overview" ? `/partnerships/${e.id}` : `/partnerships/${e.id}/${tab}`);
        await visible(page.locator(`[data-testid="engagement-tab-${tab}"][aria-current="page"]`));
        await page.waitForLoadState("networkidle");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${tab}: the page is wider than the phone's screen`).toBeLessThanOrEqual(1);
      }
      await page.goto(`/partnerships/${e.id}/check-ins`);
      await visible(page.getByTestId("check-in"));
      await shot(page, "ux-check-ins-390");
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });
});

// A cold load of the pages a coordinator opens first: the reads each page makes on opening are started at boot,
// beside its scripts (preloadRoute), instead of one after another once the code has arrived. This journey opens each
// page in a fresh tab and checks that every read started early was taken by the page (none wasted: a page that
// changed what it asks for fails here), that no read was made twice, and that the page only asked for the chart
// library where it draws a chart. Timings live in the pages benchmark (`npm run bench -- pages`), never here.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, demoLogin, sharedServer, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;

describe("cold loads", () => {
  let pages: Array<{ path: string; ready: string; charts: boolean }>;
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    const first = await newPage(browser, server.url);
    context = first.context;
    const { email, password } = demoLogin(server);
    await signIn(first.page, email, password);
    const list = await apiGet<{ items: Array<{ id: string; stage: string; company: { id: string } }> }>(
      first.page,
      "/engagements?limit=200",
    );
    const e = list.items.find((x) => x.stage === "active") ?? list.items[0]!;
    // A partnership still being looked into shows fewer parts than a running one: both must take what was started.
    const early = list.items.find((x) => x.stage === "identified") ?? list.items[0]!;
    pages = [
      { path: `/partnerships/${early.id}`, ready: '[data-testid="engagement-title"]', charts: false },
      { path: `/companies/${early.company.id}`, ready: '[data-testid="company-title"]', charts: false },
      { path: "/dashboard", ready: ".echart svg", charts: true },
      { path: "/partnerships", ready: '[data-testid="board-card"]', charts: false },
      { path: `/partnerships/${e.id}`, ready: '[data-testid="engagement-title"]', charts: false },
      { path: `/companies/${e.company.id}`, ready: '[data-testid="company-title"]', charts: false },
      { path: "/companies", ready: "tbody tr", charts: false },
    ];
    await first.page.close();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("each page takes every read started for it at boot, asks for nothing twice, and loads charts only where it draws them", async () => {
    const failures: string[] = [];
    for (const p of pages) {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
      await page.goto(p.path);
      await visible(page.locator(p.ready).first());
      await page.waitForLoadState("networkidle");
      const unused = await page.evaluate(() =>
        (window as unknown as { partnerwiseUnusedPreloads: () => string[] }).partnerwiseUnusedPreloads(),
      );
      if (unused.length) failures.push(`${p.path}: reads started at boot that the page never took: ${unused.join(", ")}`);
      const api = requests.filter((u) => u.startsWith("/api/v1/"));
      const twice = api.filter((u, i) => api.indexOf(u) !== i);
      if (twice.length) failures.push(`${p.path}: reads made twice: ${twice.join(", ")}`);
      expect(api.length, `${p.path}: the page reads its data`).toBeGreaterThan(2);
      expect(
        requests.some((u) => /\/assets\/echart-/.test(u)),
        `${p.path}: chart library loaded`,
      ).toBe(p.charts);
      await page.close();
    }
    expect(failures).toEqual([]);
  });
});

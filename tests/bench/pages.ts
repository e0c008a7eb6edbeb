// Benchmark section: how fast the pages a coordinator opens first appear on a cold load, in Debian's Chromium against
// the real server (built web app, demo data): dashboard, partnerships board, a partnership, a company, the companies
// list and the API reference. Each run is a fresh browser context (empty cache, new connection), signed in by the API;
// "ready" is when the page's own content is on screen (its heading and the data it shows). Also: bytes over the wire
// against the bytes unpacked (the responses are compressed), and whether the chart library was loaded.
// Run alone with `npm run bench -- pages`; BENCH_PAGES_RUNS sets the runs per page (default 7).
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, startServer } from "../e2e/harness.js";
import { progress, table } from "./harness.js";

const RUNS = Number(process.env.BENCH_PAGES_RUNS ?? 7);
const TARGET_MS = 1000;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

interface Sample {
  ready: number;
  /** Until every chart on the page is drawn (the charts below the fold are drawn after the first paint). */
  complete: number;
  domContentLoaded: number;
  wire: number;
  unpacked: number;
  chartLoaded: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;

/** Signs a browser context in through the API and makes the first organisation active (what the app does after sign-in). */
async function signIn(context: BrowserContext, url: string, login: { email: string; password: string }) {
  const signedIn = await context.request.post("/api/auth/sign-in/email", { data: login, headers: { Origin: url } });
  if (!signedIn.ok()) throw new Error(`sign-in: ${signedIn.status()}`);
  const me = (await (await context.request.get("/api/v1/me")).json()) as { organizations: Array<{ id: string }> };
  const active = await context.request.post("/api/auth/organization/set-active", {
    data: { organizationId: me.organizations[0]!.id },
    headers: { Origin: url },
  });
  if (!active.ok()) throw new Error(`set-active: ${active.status()}`);
}

/** One cold load: a new context, signed in through the API, then the page until `ready` is on screen. */
async function coldLoad(browser: Browser, url: string, login: { email: string; password: string }, path: string, ready: string) {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1366, height: 860 }, locale: "en-GB" });
  try {
    await signIn(context, url, login);
    const page: Page = await context.newPage();
    const started = Date.now();
    await page.goto(path, { waitUntil: "commit" });
    await page.locator(ready).first().waitFor({ state: "visible", timeout: 30_000 });
    const readyMs = Date.now() - started;
    await page.waitForFunction(() => [...document.querySelectorAll(".echart")].every((e) => e.querySelector("svg")), null, {
      timeout: 30_000,
    });
    const completeMs = Date.now() - started;
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      return {
        domContentLoaded: nav.domContentLoadedEventEnd,
        wire: nav.transferSize + res.reduce((n, r) => n + r.transferSize, 0),
        unpacked: nav.decodedBodySize + res.reduce((n, r) => n + r.decodedBodySize, 0),
        chartLoaded: res.some((r) => /\/assets\/echart-/.test(r.name)),
      };
    });
    return { ready: readyMs, complete: completeMs, ...t } satisfies Sample;
  } finally {
    await context.close();
  }
}

export async function run(): Promise<string> {
  const load = loadavg()[0]!;
  progress("pages: building the web app");
  const built = spawnSync(process.execPath, ["scripts/build-web.mjs", "--if-stale"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) throw new Error("the web app did not build");
  progress("pages: starting the server with the demo data");
  const server = await startServer({ seedDemo: true });
  const browser = await launchBrowser();
  try {
    const m = /Demo login: (\S+) \/ (\S+)/.exec(server.log());
    if (!m) throw new Error("no demo login in the server's log");
    const login = { email: m[1]!, password: m[2]! };
    // Ids of a running partnership and its company, through the API.
    const ctx = await browser.newContext({ baseURL: server.url });
    await signIn(ctx, server.url, login);
    const list = (await (await ctx.request.get("/api/v1/engagements?limit=200")).json()) as {
      items: Array<{ id: string; stage: string; company: { id: string } }>;
    };
    await ctx.close();
    const e = list.items.find((x) => x.stage === "active") ?? list.items[0]!;
    const pages: Array<[string, string, string]> = [
      ["Dashboard", "/dashboard", ".echart svg"],
      ["Partnerships board", "/partnerships", '[data-testid="board-card"]'],
      ["A partnership", `/partnerships/${e.id}`, '[data-testid="engagement-title"]'],
      ["A company", `/companies/${e.company.id}`, '[data-testid="company-title"]'],
      ["Companies list", "/companies", "tbody tr"],
      ["API reference", "/api/docs", ".opblock-tag"],
    ];
    const rows: string[][] = [];
    for (const [name, path, ready] of pages) {
      progress(`pages: ${name}, ${RUNS} cold loads`);
      await coldLoad(browser, server.url, login, path, ready); // the server's own first answer (caches, JIT) is not counted
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await coldLoad(browser, server.url, login, path, ready));
      const ready50 = median(samples.map((s) => s.ready));
      rows.push([
        name,
        `${ready50} ms`,
        `${Math.max(...samples.map((s) => s.ready))} ms`,
        samples[0]!.chartLoaded ? `${median(samples.map((s) => s.complete))} ms` : "–",
        `${Math.round(median(samples.map((s) => s.domContentLoaded)))} ms`,
        kb(median(samples.map((s) => s.wire))),
        kb(median(samples.map((s) => s.unpacked))),
        samples[0]!.chartLoaded ? "yes" : "no",
        ready50 < TARGET_MS ? "yes" : "**no**",
      ]);
    }
    return [
      "## Pages on a cold load",
      "",
      `Each page ${RUNS} times in a fresh Chromium context (empty cache, signed in through the API, window 1366 × 860),`,
      "against `partnerwise serve` on the embedded database with the demo data, both on this machine. *Ready*: from the",
      "navigation until the page's own content is visible (dashboard: a chart; board: a card; partnership and company:",
      "the title; companies: a row; API reference: the first group of operations). *All charts*: until every chart on the",
      "page is drawn (charts below the fold are drawn right after the first paint, or when scrolled to). *Wire*: bytes transferred, against",
      "*unpacked* — what they are after decompression. *Charts*: whether the chart library's chunk was loaded.",
      `Load average (1 min) at start: ${load.toFixed(1)} on ${cpus().length} cores${
        load > cpus().length ? " — **other work was running; the times are inflated**" : ""
      }.`,
      "",
      table(
        [
          "page",
          "ready (median)",
          "ready (max)",
          "all charts (median)",
          "DOMContentLoaded",
          "wire",
          "unpacked",
          "charts",
          `under ${TARGET_MS} ms`,
        ],
        rows,
      ),
    ].join("\n");
  } finally {
    await browser.close();
    await server.stop();
  }
}

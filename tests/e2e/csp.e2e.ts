// The app's own code must live within its Content-Security-Policy (src/server/security.ts): every main page, the
// sanctions-list pages first, is visited signed in to the demo organisation while the page records every
// `securitypolicyviolation` event and console error mentioning the policy — the test expects none. (Zod in the web
// bundle once probed `new Function` on the sanctions-list pages: an `eval` violation on every visit.)
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, demoLogin, sharedServer, shotOnFailure, signIn, visible } from "./helpers";

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  source: string;
  line: number;
  column: number;
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleErrors: string[] = [];

/** The first id of a list endpoint's page, if it has any item. */
async function firstId(path: string): Promise<string | undefined> {
  const body = await apiGet<{ items?: Array<{ id: string }> }>(page, path);
  return body.items?.[0]?.id;
}

/** Opens a page, lets it settle, and returns the violations it reported. */
async function violationsOn(path: string): Promise<Violation[]> {
  await page.goto(path);
  await visible(page.locator("h1"));
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations ?? []);
}

describe("Content-Security-Policy", () => {
  beforeAll(async () => {
    const server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    await context.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        const w = window as unknown as { __cspViolations?: unknown[] };
        w.__cspViolations ??= [];
        w.__cspViolations.push({
          page: location.pathname,
          directive: e.violatedDirective,
          blocked: e.blockedURI,
          source: e.sourceFile,
          line: e.lineNumber,
          column: e.columnNumber,
        });
      });
    });
    page.on("console", (m) => {
      if (m.type() === "error" && /Content.Security.Policy|unsafe-eval|Refused to/i.test(m.text())) consoleErrors.push(m.text());
    });
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("the sanctions-list pages (lists, quick check, batches, a batch report) report no violation", async () => {
    const res = await page.request.post("/api/v1/screening-batches", {
      headers: { Origin: sharedServer().url },
      multipart: {
        file: {
          name: "prospects.csv",
          mimeType: "text/csv",
          buffer: Buffer.from("name,country\nHavin Bank Ltd,GB\nNordlicht Textil GmbH,DE\n"),
        },
      },
    });
    expect(res.status(), await res.text()).toBe(202);
    const batch = (await res.json()) as { id: string };
    const found: Violation[] = [];
    for (const path of ["/watchlists", "/watchlists/check", "/watchlists/batches", `/watchlists/batches/${batch.id}`])
      found.push(...(await violationsOn(path)));
    expect(found).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("every other main page reports no violation", async () => {
    const company = await firstId("/companies?limit=1");
    const contact = await firstId("/contacts?limit=1");
    const engagement = await firstId("/engagements?limit=1");
    const story = await firstId("/stories?limit=1");
    const pages = [
      "/dashboard",
      "/companies",
      ...(company ? [`/companies/${company}`, `/companies/${company}/screenings`] : []),
      "/screening/lists",
      "/contacts",
      ...(contact ? [`/contacts/${contact}`] : []),
      "/import",
      "/partnerships",
      ...(engagement ? [`/partnerships/${engagement}`] : []),
      "/tasks",
      "/stories",
      ...(story ? [`/stories/${story}`] : []),
      "/reports/annual",
      "/audit",
      "/settings",
      "/settings/screening",
      "/settings/partnerships",
    ];
    expect(company && contact && engagement).toBeTruthy();
    const found: Violation[] = [];
    for (const path of pages) found.push(...(await violationsOn(path)));
    expect(found).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

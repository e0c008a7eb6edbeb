import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, inject } from "vitest";
import type { Locator, Page } from "playwright-core";

/** The server that global-setup.ts started for all e2e files (demo data seeded; its start-up log holds the demo login). */
export function sharedServer(): { url: string; log: () => string } {
  const { url, startLog } = inject("e2eServer");
  return { url, log: () => startLog };
}

/** Screenshots of the journeys land here (git-ignored), for a human look at the UI. What the viewport shows: a
 * full-page capture misplaces the sticky sidebar, top bar and toasts. */
export const SHOTS_DIR = join(process.cwd(), "scratch", "shots");

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: false });
}

/** Waits until a locator is visible (playwright-core has no `expect(locator)`; this is its small stand-in). */
export async function visible(locator: Locator, timeout = 15_000): Promise<Locator> {
  await locator.first().waitFor({ state: "visible", timeout });
  return locator;
}

/** Polls `fn` until it stops throwing (for assertions on text that settles after a debounce or a fetch). */
export async function eventually<T>(fn: () => Promise<T>, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

export interface Account {
  name: string;
  email: string;
  password: string;
}

export function freshAccount(label = "e2e"): Account {
  const n = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { name: "Amira Haddad", email: `${label}-${n}@example.org`, password: "correct horse battery" };
}

/** Signs up through the form; ends on the onboarding page. */
export async function signUp(page: Page, a: Account): Promise<void> {
  await page.goto("/sign-up");
  await visible(page.getByRole("heading", { name: "Create your account" }));
  await page.getByLabel("Full name").fill(a.name);
  await page.getByLabel("Email").fill(a.email);
  await page.getByLabel("Password").fill(a.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/onboarding/);
}

/** Creates the organisation on the onboarding page; ends on the (empty) dashboard, the start page. */
export async function createOrganisation(page: Page, name: string): Promise<void> {
  await visible(page.getByTestId("onboarding-form"));
  await page.getByLabel("Organisation name").fill(name);
  await page.getByRole("button", { name: /create (the )?organisation/i }).click();
  await page.waitForURL(/\/dashboard$/);
  await visible(page.getByRole("heading", { name: "Dashboard", level: 1 }));
}

/** Signs in through the form; ends on the dashboard (the start page) with the organisation active. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/dashboard$/);
  // The app's navigation, with the dashboard current, appears only once the organisation is active (any language:
  // the account may have chosen German). Not just "a heading": the sign-in page stays on screen while the
  // dashboard's code loads.
  await visible(page.locator('[data-testid="nav-dashboard"][aria-current="page"]'));
}

/** A GET of the JSON API with the page's session cookie. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`/api/v1${path}`, { headers: { Accept: "application/json" } });
  expect(res.status(), `GET ${path}: ${await res.text()}`).toBe(200);
  return (await res.json()) as T;
}

// ---------------------------------------------------------------- accessibility

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe-core on the page (injected by evaluate: the CSP forbids inline scripts) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, {
      resultTypes: ["violations"],
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
}

/** Serious and critical violations as readable text ("" when there are none). */
export function formatViolations(page: string, violations: AxeViolation[]): string {
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (!bad.length) return "";
  const lines = [`${page}: ${bad.length} serious/critical accessibility violation(s)`];
  for (const v of bad) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help}  (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 5)) {
      lines.push(`    at ${n.target.join(" ")}`);
      lines.push(`       ${n.html.slice(0, 200)}`);
      if (n.failureSummary) lines.push(`       ${n.failureSummary.replace(/\n/g, "\n       ")}`);
    }
    if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more`);
  }
  return lines.join("\n");
}

/** The demo login that `serve` prints when it seeds the demo data ("Demo login: <email> / <password>"). */
export function demoLogin(server: { log: () => string }): { email: string; password: string } {
  const m = /Demo login: (\S+@\S+) \/ (\S+)/.exec(server.log());
  if (!m) throw new Error(`no demo login in the server log:\n${server.log()}`);
  return { email: m[1], password: m[2] };
}

/** Saves a screenshot of the page when a test failed (call from afterEach). */
export async function shotOnFailure(page: Page | undefined, task: { name: string; result?: { state?: string } }): Promise<void> {
  if (page && task.result?.state === "fail")
    await shot(page, `FAILED-${task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}`).catch(() => undefined);
}

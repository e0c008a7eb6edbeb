// Texts the server composes (screening signals, risk factors, built-in engagement modes and risk catalogue
// items) appear in German when the user switches to German: the API carries codes, the web app translates.
// Runs on the shared demo server: it adds a company in a high-risk sector, opens a draft screening of it, and
// deletes both again, so other journeys see the demo data unchanged.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, axeViolations, demoLogin, formatViolations, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let draftId: string | null = null;
let companyId: string | null = null;

/** A same-origin request from the page (the CSRF guard wants the browser's own origin). */
async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: res.status === 204 ? null : await res.json() };
    },
    { method, path, body },
  );
}

const setLang = (l: "en" | "de") => page.evaluate((x) => localStorage.setItem("partnerwise.lang", x), l);

describe("server-made texts in German", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    if (draftId) await call("DELETE", `/screenings/${draftId}`).catch(() => undefined);
    if (companyId) await call("DELETE", `/companies/${companyId}`).catch(() => undefined);
    if (page) await setLang("en").catch(() => undefined);
    await context?.close();
    await browser?.close();
  });

  it("shows a screening's signals and risk factors in German", async () => {
    // A textile company of its own (a high-risk sector, never screened, so no answer is carried over from a
    // decided screening); it is deleted again afterwards.
    const made = await call("POST", "/companies", { name: `Textilwerk Probe ${Date.now()}`, naceCode: "14.13", country: "DE" });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    companyId = made.body.id;
    const r = await call("POST", `/companies/${companyId}/screenings`, {});
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const screening: { id: string; signals: Array<{ source: string; code?: string }> } = r.body;
    draftId = screening.id;
    expect(screening.signals.find((s) => s.source === "sector_risk")?.code).toMatch(/^sector_risk\./);

    await setLang("de");
    await page.goto(`/screenings/${draftId}`);
    const panel = await visible(page.getByTestId("signals-panel"));
    await visible(panel.getByText("Automatische Hinweise"));
    const titles = await panel.locator("[data-testid=signal] h3").allInnerTexts();
    expect(titles.join("\n")).toMatch(/Hochrisikobranche|Branche mit erhöhtem Risiko/);
    expect(titles.join("\n")).not.toMatch(/High-risk sector|Elevated-risk sector/);
    const factors = await page.getByTestId("risk-factors").innerText();
    expect(factors).toMatch(/Noch nicht beantwortet/);
    expect(factors).not.toMatch(/Not answered yet|High-risk sector/);
    expect(factors).toContain("Nicht in einer ausgeschlossenen Branche tätig");
    await page.getByTestId("risk-factors").scrollIntoViewIfNeeded();
    await shot(page, "i18n-screening-risk-de");
    await panel.scrollIntoViewIfNeeded();
    await shot(page, "i18n-screening-signals-de");
    // Built-in criteria keep their German titles (the demo organisation did not rename them).
    await page.getByTestId("step-weighted").click();
    expect(await page.getByTestId("step-weighted").innerText()).toContain("Gewichtete Kriterien");
    await visible(page.getByRole("heading", { name: "Gemeinsame Werte" }));
    const report = formatViolations("screening (de)", await axeViolations(page));
    if (report) throw new Error(report);
  });

  it("shows built-in engagement modes and risk catalogue items in German", async () => {
    const list = await apiGet<{ items: Array<{ id: string; modes: string[] }> }>(page, "/engagements?limit=50");
    const e = list.items.find((x) => x.modes.includes("in_kind_donation") || x.modes.includes("financial_donation"));
    expect(e, "a demo engagement with a donation mode").toBeTruthy();
    await setLang("de");
    await page.goto(`/partnerships/${e!.id}`);
    await visible(page.getByText(/Sachspende|Geldspende/).first());
    expect(await page.locator("main").innerText()).not.toMatch(/In-kind donation|Financial donation/);
    await shot(page, "i18n-partnership-modes-de");

    await page.goto(`/partnerships/${e!.id}/risks`);
    await page.getByTestId("risk-add").click();
    const options = await (await visible(page.getByTestId("risk-catalogue"))).locator("option").allInnerTexts();
    expect(options).toContain("Abhängigkeit von einem Geldgeber");
    expect(options).not.toContain("Dependence on one funder");
  });
});

// The partner report's download, as a coordinator meets it: an agreement that starts in the future with the dates
// left empty (as the panel advises) downloads a report — it used to ask for "agreement start → today", which the
// server refused and the browser's download was cancelled without a word. A period the server refuses says why in
// the page, in English and German. The downloaded PDF passes the page-by-page layout checks.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { layoutProblems, pdfPages } from "../setup/pdf-layout";
import { launchBrowser, newPage } from "./harness";
import {
  axeViolations,
  createOrganisation,
  formatViolations,
  freshAccount,
  sharedServer,
  shot,
  shotOnFailure,
  signUp,
  visible,
} from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function post(path: string, data: unknown, method: "POST" | "PUT" = "POST") {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data, headers: { Origin: server.url } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as { id: string };
}

/** A partnership agreed (screened outside the tool) whose agreement starts in 30 days, with an indicator not yet measured. */
async function futurePartnership(): Promise<string> {
  const co = await post("/companies", { name: "Zukunft Logistik GmbH", country: "DE", naceCode: "49.41" });
  const e = await post("/engagements", { companyId: co.id, title: "Driver training from next month", modes: ["joint_project"] });
  await post(`/engagements/${e.id}/stage`, { stage: "agreed", override: { reason: "Screened outside the tool before the pilot" } });
  await post(`/engagements/${e.id}/agreement`, { kind: "mou", goals: "Train every driver to spot trafficking.", startsOn: day(30) }, "PUT");
  await post(`/engagements/${e.id}/agreement/indicators`, { name: "Drivers trained", unit: "people", target: 120 });
  return e.id;
}

describe("partner report download", () => {
  let engagementId: string;
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    await signUp(page, freshAccount("report"));
    await createOrganisation(page, "Zukunft hilft e.V.");
    engagementId = await futurePartnership();
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("downloads with empty dates when the agreement starts in the future, and the PDF's pages are sound", async () => {
    await page.goto(`/partnerships/${engagementId}`);
    await page.getByTestId("partner-report").click();
    await visible(page.getByTestId("partner-report-panel"));
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 20_000 }),
      page.getByTestId("partner-report-download").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pages = await pdfPages(readFileSync((await download.path())!));
    expect(pages.map((p) => p.lines.map((l) => l.text).join("\n")).join("\n")).toContain("Drivers trained");
    expect(layoutProblems(pages, { footerTop: 842 - 50, headingSizes: [14, 10.5] })).toEqual([]);
    expect(await page.getByTestId("partner-report-error").count()).toBe(0);
  });

  it("says in the page why a period is refused, in English and in German", async () => {
    await page.goto(`/partnerships/${engagementId}`);
    await page.getByTestId("partner-report").click();
    await visible(page.getByTestId("partner-report-panel"));
    // A start in the future, no end: the report would end today, before it starts.
    await page.getByTestId("partner-report-from").fill(day(10));
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByTestId("partner-report-download").click();
    const alert = page.getByTestId("partner-report-error");
    await visible(alert.getByText("The report could not be created: the period ends before it starts."));
    expect(await alert.getAttribute("role")).toBe("alert");
    expect(downloads).toBe(0);
    await shot(page, "partner-report-refused-en");
    const found = formatViolations("partner report refused", await axeViolations(page));
    if (found) throw new Error(found);

    await page.getByTestId("partner-report-from").fill("");
    expect(await alert.count(), "changing the period clears the message").toBe(0);

    const de = await page.request.patch("/api/v1/me", { data: { locale: "de" }, headers: { Origin: server.url } });
    expect(de.status()).toBeLessThan(300);
    await page.goto(`/partnerships/${engagementId}`);
    // The interface turns German once the profile has loaded; the panel may have been opened before.
    await page.getByTestId("partner-report").click();
    await page.getByTestId("partner-report-from").fill(day(10));
    await page.getByTestId("partner-report-download").click();
    await visible(
      page.getByTestId("partner-report-error").getByText("Der Bericht konnte nicht erstellt werden: Der Zeitraum endet, bevor er beginnt."),
    );
    expect(await page.getByTestId("partner-report-lang").inputValue(), "the report's language follows the interface's").toBe("de");
    await shot(page, "partner-report-refused-de");
  });
});

// The sanctions-list journey in a real browser, in a fresh organisation (its private list stays its own): an admin
// imports the real OFAC SDN snapshot (tests/fixtures/reference-data/watchlists/ofac-sdn, 8,976 entries) through the page and watches
// its progress and result; a newer version records what changed and was removed; a wrong file fails clearly. A quick
// name check explains its score. A company created under a DISGUISED name of a listed bank (legal form swapped,
// accent added, a typo) shows the hit explained in its screening; the admin marks it a true match and rejects the
// company. A batch CSV runs with progress into a report whose CSV download is read back. Axe runs on every new page.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import {
  apiGet,
  axeViolations,
  createOrganisation,
  demoLogin,
  eventually,
  formatViolations,
  freshAccount,
  sharedServer,
  shot,
  shotOnFailure,
  signIn,
  signUp,
  visible,
} from "./helpers";

const OFAC = resolve(process.cwd(), "tests/fixtures/reference-data/watchlists/ofac-sdn");
const OFAC_ENTRIES = 8976;
// HAVIN BANK LIMITED (OFAC ent_num 906, London and Havana), disguised: "Limited" → "GmbH", "á", "nn".
const DISGUISED = "Hávinn Bank GmbH";
const PROSPECTS = 1200;
const FILLER_WORDS = ["Nordlicht", "Rheintal", "Alpenblick", "Havelland", "Elbufer", "Schwarzwald", "Bodensee"];
const FILLER_TRADES = [
  "Textil",
  "Logistik",
  "Gebäudereinigung",
  "Gastronomie",
  "Verpackung",
  "Landbau",
  "Pflegedienst",
  "Bau",
  "Druckerei",
  "Bäckerei",
  "Hotel",
];

let browser: Browser;
let context: BrowserContext;
let page: Page;
let tmp: string;

async function noSeriousAxe(name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const report = formatViolations(name, await axeViolations(page));
  if (report) throw new Error(report);
}

/** The account's language (it wins over the browser's choice when the app loads). */
async function setLocale(lng: "en" | "de"): Promise<void> {
  const status = await page.evaluate(async (l) => {
    localStorage.setItem("partnerwise.lang", l);
    return (
      await fetch("/api/v1/me", { method: "PATCH", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ locale: l }) })
    ).status;
  }, lng);
  expect(status).toBeLessThan(300);
}

async function importOfac(sdn: string, shotName?: string): Promise<void> {
  const form = page.getByTestId("watchlist-import");
  await form.getByTestId("import-format").selectOption("ofac-csv");
  await form.getByTestId("import-file-sdn").setInputFiles(sdn);
  await form.getByTestId("import-file-alt").setInputFiles(join(OFAC, "alt.csv"));
  await form.getByTestId("import-file-add").setInputFiles(join(OFAC, "add.csv"));
  await form.getByTestId("import-submit").click();
  // The job reads 8,976 entries in batches of 2,000: the bar is there while it runs.
  await visible(form.getByTestId("import-progress"), 10_000);
  if (shotName) {
    // Once the job has read its first batch the bar says how many entries so far (a re-import: how far along).
    await form
      .getByText(/entries read/)
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    await shot(page, shotName);
  }
  await visible(form.getByTestId("import-result"), 60_000);
}

describe("sanctions lists journey", () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), "pw-wl-e2e-"));
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, sharedServer().url));
    await signUp(page, freshAccount("wl"));
    await createOrganisation(page, "Safe Passage Watch e.V.");
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("imports the real OFAC SDN list through the page, with progress, then its counts", async () => {
    await page.getByTestId("nav-watchlists").click();
    await visible(page.getByRole("heading", { name: "Sanctions lists", level: 1 }));
    await visible(page.getByText("No lists imported yet"));
    await noSeriousAxe("watchlists (empty)");
    await page.getByTestId("watchlists-tab-check").click();
    await visible(page.getByTestId("check-no-lists"));
    await page.getByTestId("watchlists-tab-lists").click();
    await importOfac(join(OFAC, "sdn.csv"), "watchlists-import-progress");
    expect(await page.getByTestId("import-added").innerText()).toBe("8,976");
    expect(await page.getByTestId("import-removed").innerText()).toBe("0");
    const row = await visible(page.getByTestId("watchlist-row"));
    expect(await row.first().innerText()).toContain("ofac-sdn");
    expect(await page.getByTestId("watchlist-entities").first().innerText()).toBe("8,976");
    await shot(page, "watchlists-imported");
  });

  it("a newer version records what changed and was removed; a wrong file fails clearly and changes nothing", async () => {
    // The same snapshot with one entry renamed and the last ten gone (the file ends with CRLF and OFAC's ^Z).
    const lines = readFileSync(join(OFAC, "sdn.csv"), "latin1").split("\r\n");
    const eof = lines.pop()!;
    const kept = lines
      .slice(0, -10)
      .map((l) => (l.startsWith("36,") ? l.replace('"AEROCARIBBEAN AIRLINES"', '"AEROCARIBBEAN AIRLINES COMPANY"') : l));
    const newer = join(tmp, "sdn.csv");
    writeFileSync(newer, [...kept, eof].join("\r\n"), "latin1");
    await page.getByRole("button", { name: "Import another file" }).click();
    await importOfac(newer, "watchlists-reimport-progress");
    expect(await page.getByTestId("import-added").innerText()).toBe("0");
    expect(await page.getByTestId("import-changed").innerText()).toBe("1");
    expect(await page.getByTestId("import-removed").innerText()).toBe("10");
    expect(await page.getByTestId("import-result").innerText()).toContain("version 2");
    await eventually(async () =>
      expect(await page.getByTestId("watchlist-entities").first().innerText()).toBe((OFAC_ENTRIES - 10).toLocaleString("en")),
    );

    // An OFAC CSV given as the UN XML list.
    await page.getByRole("button", { name: "Import another file" }).click();
    const form = page.getByTestId("watchlist-import");
    await form.getByTestId("import-format").selectOption("un-xml");
    await form.getByTestId("import-name").fill("ofac-sdn");
    await form.getByTestId("import-file-file").setInputFiles(join(OFAC, "sdn.csv"));
    await form.getByTestId("import-submit").click();
    const failed = await visible(form.getByTestId("import-failed"), 30_000);
    expect(await failed.innerText()).toMatch(/not the UN Security Council consolidated list[\s\S]*Nothing was changed/);
    await eventually(async () => expect(await page.getByTestId("watchlist-import-row").count()).toBe(3));
    // The history is paged: it says how many imports there are, and older ones are a page away.
    expect(await page.locator('section[aria-labelledby="imports-title"] nav').innerText()).toContain("1–3 of 3");
    expect(await page.getByTestId("watchlist-entities").first().innerText()).toBe((OFAC_ENTRIES - 10).toLocaleString("en"));
    await shot(page, "watchlists-history");
    await noSeriousAxe("watchlists (imported, history)");
  });

  it("the quick name check finds the listed bank under its disguised name and explains the score", async () => {
    await page.getByTestId("watchlists-tab-check").click();
    await page.getByTestId("check-name").fill(DISGUISED);
    await page.getByTestId("check-country").selectOption("GB");
    await page.getByTestId("check-submit").click();
    const results = await visible(page.getByTestId("check-results"));
    expect(await results.getByTestId("check-verdict").innerText()).toBe("1 match");
    // It says what it checked: the list with its version, the engine and the threshold.
    expect(await results.getByTestId("check-checked").innerText()).toMatch(
      /^Checked against ofac-sdn version 2 \([\d,]+ entries\) · engine partnerwise-names@[\d.]+ · threshold 0\.8$/,
    );
    const best = results.getByTestId("match").first();
    expect(await best.innerText()).toContain("HAVIN BANK LIMITED");
    const why = await best.getByTestId("match-explanations").innerText();
    expect(why).toMatch(/Shared words/);
    expect(why).toMatch(/havinn~havin/);
    expect(why).toMatch(/Legal form/);
    await shot(page, "watchlists-name-check");
    await noSeriousAxe("name check");
  });

  it("screens a company created under the disguised name: the hit is explained, marked a true match, and the company rejected", async () => {
    await page.getByTestId("nav-companies").click();
    await page.getByTestId("new-company").click();
    await page.getByTestId("company-name").fill(DISGUISED);
    await page.getByTestId("company-country").selectOption("GB");
    await page.getByTestId("company-save").click();
    await page.waitForURL(/\/companies\/[0-9a-f-]+$/);
    const companyPath = new URL(page.url()).pathname;
    await page.locator("[data-testid=screening-start]:not([disabled])").click();
    await page.waitForURL(/\/screenings\/[0-9a-f-]+$/);

    const hit = await visible(page.locator("[data-testid=signal][data-source=watchlist]"));
    const text = await hit.innerText();
    expect(text).toContain("HAVIN BANK LIMITED");
    expect(text).toContain(`“${DISGUISED}” resembles`);
    expect(text).toMatch(/Score 0\.9\d/);
    expect(text).toMatch(/Shared words/);
    await hit.evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, "watchlists-screening-hit");
    await noSeriousAxe("screening with a watchlist hit");

    await hit.getByTestId("hit-note").fill("Same bank: London address and SWIFT code match the OFAC entry (e2e).");
    await hit.getByTestId("hit-true-match").click();
    const judged = await visible(page.locator("[data-testid=signal][data-source=watchlist] [data-testid=hit-judgement]"));
    expect(await judged.innerText()).toMatch(/True match[\s\S]*Amira Haddad/);
    await eventually(async () => expect(await page.getByTestId("risk-level").first().innerText()).toMatch(/Critical/i));
    await page.locator("[data-testid=signal][data-source=watchlist]").evaluate((el) => el.scrollIntoView({ block: "start" }));
    await shot(page, "watchlists-screening-judged");

    // Every applicable criterion needs an answer: the crime/political-links criterion fails, the rest unknown.
    for (const group of ["group-hard", "group-weighted"]) {
      await page.getByTestId(group === "group-hard" ? "step-hard" : "step-weighted").click();
      const items = page.locator(`[data-testid=${group}] [data-testid^=criterion-]`);
      for (let i = 0; i < (await items.count()); i++) {
        const item = items.nth(i);
        const key = ((await item.getAttribute("data-testid")) ?? "").replace("criterion-", "");
        const radio = item.getByTestId(`answer-${key}-${key === "no_crime_political_links" ? "does_not_meet" : "unknown"}`);
        await radio.click();
        await expect.poll(() => radio.isChecked(), { timeout: 15_000 }).toBe(true);
      }
    }
    await page.getByTestId("guide-decide").click();
    const form = page.getByTestId("decision-form");
    await form.getByTestId("decision-rejected").check();
    await form
      .getByTestId("decision-rationale")
      .fill("Listed on OFAC's SDN list (HAVIN BANK LIMITED, entry 906), confirmed as the same bank (e2e).");
    await form.getByTestId("decision-submit").click();
    const view = await visible(page.getByTestId("decision-view"));
    expect(await view.innerText()).toMatch(/Rejected/);
    expect(await page.getByTestId("screening-state").innerText()).toMatch(/Decided/);
    // The judgement is remembered with the company.
    const hits = await apiGet<{ hits: Array<{ sourceId: string; judgement: { verdict: string } | null }> }>(
      page,
      `${companyPath}/watchlist-hits`,
    );
    expect(hits.hits.find((h) => h.sourceId === "906")?.judgement?.verdict).toBe("true_match");
    await page.goto(companyPath);
    const card = await visible(page.getByTestId("company-screening"));
    await eventually(async () => expect(await card.getByTestId("screening-status").innerText()).toMatch(/Rejected/));
    await shot(page, "watchlists-company-rejected");
  });

  it("batch-screens a CSV of prospects: progress, the report with only-hit filter, and the CSV report read back", async () => {
    // Four real cases, then enough ordinary prospects (made-up names) for the job to run a few seconds.
    const csv = join(tmp, "prospects.csv");
    const filler = Array.from(
      { length: PROSPECTS - 4 },
      (_, i) => `F-${i + 1},${FILLER_WORDS[i % 7]} ${FILLER_TRADES[i % 11]} ${100 + i} GmbH,DE`,
    );
    writeFileSync(
      csv,
      [
        `id,name,country`,
        `P-1,${DISGUISED},GB`,
        `P-2,Bäckerei Sonnenschein GmbH,DE`,
        `P-3,Tropicc Tours Ltd,CU`,
        `P-4,Banco Nacional de Cuba S.A.,CU`,
        ...filler,
        "",
      ].join("\n"),
    );
    await page.goto("/watchlists/batches");
    await visible(page.getByRole("heading", { name: "Screen a list of prospects" }));
    await noSeriousAxe("batch screening tab");
    await page.getByTestId("batch-file").setInputFiles(csv);
    await page.waitForURL(/\/watchlists\/batches\/[0-9a-f-]+$/);
    // On an idle machine the job can finish before the page first polls it: progress shows while it runs, the
    // summary once it is done. Whatever the progress bar said while it was there must be a count of rows.
    await visible(page.locator("[data-testid=batch-progress], [data-testid=batch-summary]"));
    const said = await page
      .getByTestId("batch-progress")
      .innerText({ timeout: 1_000 })
      .catch(() => null);
    if (said !== null) expect(said).toMatch(/of 1,200 rows screened|Waiting to start/);
    await shot(page, "watchlists-batch-progress");
    await visible(page.getByTestId("batch-summary"), 60_000);
    const hits = Number(await page.getByTestId("batch-count-hit").innerText());
    expect(hits).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId("batch-row").count()).toBe(100);
    await page.getByTestId("batch-only-hits").check();
    expect(await page.getByTestId("batch-row").count()).toBe(Math.min(hits, 100));
    const first = page.getByTestId("batch-row").first();
    expect(await first.innerText()).toContain("HAVIN BANK LIMITED");
    await first.getByTestId("batch-row-details").click();
    await visible(first.getByTestId("match-explanations"));
    await shot(page, "watchlists-batch-report");
    await noSeriousAxe("batch report");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("batch-download").click()]);
    const report = readFileSync((await download.path())!, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(report[0]).toBe("id,name,country,status,best_match,score,match,list,source_id,explanation,matches,hits");
    expect(report).toHaveLength(PROSPECTS + 1);
    expect(report[1]).toMatch(/^P-1,Hávinn Bank GmbH,GB,hit,HAVIN BANK LIMITED,0\.9\d+,true,ofac-sdn,906,/);
    expect(report[2]).toMatch(/^P-2,Bäckerei Sonnenschein GmbH,DE,clear,/);

    await page.goto("/watchlists/batches");
    await visible(page.getByTestId("batch-history-row"));
    expect(await page.getByTestId("batch-history-row").first().innerText()).toContain("prospects.csv");
    expect(await page.locator('section[aria-labelledby="batches-title"] nav').innerText()).toContain("1–1 of 1");
  });

  it("reads in German", async () => {
    const batchUrl = await page.getByTestId("batch-history-row").first().locator("a").getAttribute("href");
    await setLocale("de");
    await page.goto(batchUrl!);
    await visible(page.getByRole("heading", { name: /Sammelprüfung: prospects\.csv/ }));
    expect(await page.getByTestId("batch-summary").innerText()).toContain("Zeilen mit Treffer");
    await shot(page, "watchlists-batch-report-de");
    await page.goto("/watchlists");
    await visible(page.getByRole("heading", { name: "Sanktionslisten", level: 1 }));
    await visible(page.getByText("Liste importieren"));
    await shot(page, "watchlists-lists-de");
    await setLocale("en");
  });

  it("a viewer of the demo organisation sees the lists and reports but no import or upload", async () => {
    const server = sharedServer();
    const viewer = await newPage(browser, server.url);
    try {
      const p = viewer.page;
      await signIn(p, "demo-viewer@partnerwise.org", demoLogin(server).password);
      await p.goto("/watchlists");
      await visible(p.getByTestId("import-admin-only"));
      expect(await p.getByTestId("watchlist-import").count()).toBe(0);
      await p.getByTestId("watchlists-tab-batches").click();
      await visible(p.getByText("Viewers can read the reports"));
      expect(await p.getByTestId("batch-file").count()).toBe(0);
      await shot(p, "watchlists-viewer");
    } finally {
      await viewer.context.close();
    }
  });
});

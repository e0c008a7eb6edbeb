// Partnership exports from the web app: the partnerships table downloads a CSV (and an XLSX) with its filters,
// read back here; the acknowledgements and commitments tabs offer the same buttons. Runs on the shared demo server with data of its own.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, axeViolations, demoLogin, formatViolations, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let engagementId = "";
// A word of its own, so the filtered table (and the file) holds only this test's engagement on the shared server.
const marker = `Exportprobe${Date.now().toString(36)}`;

const post = async <T>(path: string, data: unknown): Promise<T> => {
  const res = await page.request.post(`/api/v1${path}`, { data, headers: { Origin: server.url } });
  expect(res.status(), `POST ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
};

describe("partnership exports in the web app", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    const co = (await apiGet<{ items: Array<{ id: string; name: string }> }>(page, "/companies?limit=1&sort=name")).items[0];
    const e = await post<{ id: string }>("/engagements", {
      companyId: co.id,
      title: `${marker} =training`,
      modes: ["joint_project"],
      moneyAmount: 1200,
      currency: "EUR",
    });
    engagementId = e.id;
    await post(`/engagements/${e.id}/commitments`, {
      party: "ngo",
      description: `${marker} send the plan`,
      dueOn: "2020-01-31",
      status: "open",
    });
    await post(`/companies/${co.id}/acknowledgements`, {
      channel: "website",
      occurredOn: "2026-01-15",
      title: `${marker} thanks`,
      engagementId: e.id,
    });
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("downloads the filtered partnerships table as CSV and XLSX and reads them back", async () => {
    await page.goto(`/partnerships?view=table&q=${marker}`);
    await visible(page.getByTestId("engagements-table").getByText(`${marker} =training`));
    await page.waitForLoadState("networkidle");
    const report = formatViolations("partnerships table with export", await axeViolations(page));
    if (report) throw new Error(report);
    await shot(page, "exports-partnerships-table");

    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^partnerwise-engagements-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = Papa.parse<string[]>(readFileSync(await csvDownload.path(), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows[0].slice(0, 3)).toEqual(["Title", "Company", "Stage"]);
    // Only the search's match, with its formula-like title kept as text.
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
    expect(row).toMatchObject({
      Title: `${marker} =training`,
      Stage: "identified",
      Modes: "joint_project",
      "Expected money": "1200",
      Currency: "EUR",
      ID: engagementId,
    });

    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export XLSX" }).click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await xlsxDownload.path());
    const sheet = wb.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(`${marker} =training`);
  });

  it("offers the acknowledgements of an engagement as a file", async () => {
    await page.goto(`/partnerships/${engagementId}/acknowledgements`);
    await visible(page.getByTestId("acknowledgement"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("acks-export-csv").click()]);
    const rows = Papa.parse<string[]>(readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows.map((r) => r[4])).toEqual(["Title", `${marker} thanks`]);
    await page.waitForLoadState("networkidle");
    const report = formatViolations("acknowledgements tab with export", await axeViolations(page));
    if (report) throw new Error(report);
    await shot(page, "exports-acknowledgements-tab");
  });

  it("offers the commitments of an engagement as a file, overdue ones flagged", async () => {
    await page.goto(`/partnerships/${engagementId}/commitments`);
    await visible(page.getByTestId("commitment"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("commitments-export-csv").click()]);
    const rows = Papa.parse<string[]>(readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(expect.arrayContaining([`${marker} send the plan`, "2020-01-31", "open", "yes"]));
    await page.waitForLoadState("networkidle");
    const report = formatViolations("commitments tab with export", await axeViolations(page));
    if (report) throw new Error(report);
    await shot(page, "exports-commitments-tab");
  });
});

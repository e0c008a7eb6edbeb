// The network assessment (docs/assessment.md): the demo network's coordinator opens a round on the network page; a
// member organisation answers the survey in the browser (a conditional question appears only after a yes), saves a
// draft, comes back and submits; the coordinator follows the progress, reads the report with its charts and
// summary, and downloads it as PDF.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_COLUMNS, sampleCsv, sampleRows } from "../setup/assessment-sample";
import { launchBrowser, newPage } from "./harness";
import { axeViolations, demoLogin, eventually, formatViolations, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

const NETWORK = "European NGO Alliance against Trafficking (demo)";
const MEMBER = { email: "demo-pl@partnerwise.org", password: "partnerwise-demo" };
const ROUND = `Round ${Date.now().toString(36)}`;

let server: { url: string; log: () => string };
let browser: Browser;
let coordinator: { context: BrowserContext; page: Page };
let member: { context: BrowserContext; page: Page };
let roundPath = "";

async function expectAccessible(p: Page, name: string): Promise<void> {
  await p.waitForLoadState("networkidle");
  const report = formatViolations(name, await axeViolations(p));
  if (report) throw new Error(report);
}

/** A question of the survey by its id (SurveyJS names each question's element after it: the questionnaire's contract). */
const question = (p: Page, id: string): Locator => p.getByTestId("survey").locator(`[data-name="${id}"]`);

/** Answers a question by the label of one of its options (the radio or checkbox input itself is visually hidden). */
async function answer(p: Page, id: string, label: string): Promise<void> {
  const q = question(p, id);
  const multi = id === "engagement_modes" || id === "capacity_needs";
  const input = q.getByRole(multi ? "checkbox" : "radio", { name: label, exact: true });
  await q.getByText(label, { exact: true }).click();
  // A question that has just appeared (a condition became true) may still be re-rendered by the survey and lose the
  // first click: a radio is clicked again until it holds (clicking a chosen radio changes nothing); a checkbox, which
  // a second click would clear, is only waited for.
  await eventually(async () => {
    if (!multi && !(await input.isChecked())) await q.getByText(label, { exact: true }).click();
    expect(await input.isChecked(), `${id} = ${label}`).toBe(true);
  });
}

/** Goes to the survey's next page and waits until it shows `id`. */
async function next(p: Page, id: string): Promise<void> {
  await p.getByTestId("survey").getByRole("button", { name: "Next" }).click();
  await visible(question(p, id));
}

const status = (p: Page) => p.getByTestId("response-status").first();

describe("network assessment: a round from opening to the PDF report", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    coordinator = await newPage(browser, server.url);
    member = await newPage(browser, server.url);
    const { email, password } = demoLogin(server);
    await signIn(coordinator.page, email, password);
    await signIn(member.page, MEMBER.email, MEMBER.password);
  });
  afterEach(async ({ task }) => {
    await shotOnFailure(coordinator?.page, { ...task, name: `coordinator-${task.name}` });
    await shotOnFailure(member?.page, { ...task, name: `member-${task.name}` });
  });
  afterAll(async () => {
    await coordinator?.context.close();
    await member?.context.close();
    await browser?.close();
  });

  it("the coordinator opens a round on the network page; every member organisation is asked", async () => {
    const page = coordinator.page;
    await page.getByTestId("nav-networks").click();
    await page.waitForURL(/\/networks$/);
    await page.getByTestId("network-row").filter({ hasText: NETWORK }).getByRole("link", { name: NETWORK }).click();
    await visible(page.getByTestId("network-title").getByText(NETWORK));
    await page.getByTestId("round-open").click();
    await page.getByTestId("round-name").fill(ROUND);
    await page.getByTestId("round-save").click();
    const row = page.getByTestId("round-row").filter({ hasText: ROUND });
    await visible(row);
    await eventually(async () => expect(await row.getByTestId("round-progress").innerText()).toMatch(/2 not started/));
    await row.getByRole("link", { name: ROUND }).click();
    await page.waitForURL(/\/assessment\/[^/]+$/);
    roundPath = new URL(page.url()).pathname;
    await visible(page.getByTestId("round-title").getByText(ROUND));
    const orgs = page.getByTestId("round-organisation");
    await visible(orgs.filter({ hasText: "Brückenhaus e.V." }));
    await visible(orgs.filter({ hasText: /Wspólny Horyzont/i }));
    expect(await orgs.count()).toBe(2);
    await expectAccessible(page, "round page (coordinator)");
    await shot(page, "assessment-round-coordinator");
  });

  it("a member organisation answers: the conditional questions appear only after a yes; a draft is saved", async () => {
    const page = member.page;
    await page.goto("/networks");
    await page.getByTestId("network-row").filter({ hasText: NETWORK }).getByRole("link", { name: NETWORK }).click();
    await page.getByTestId("round-row").filter({ hasText: ROUND }).getByRole("link", { name: ROUND }).click();
    await page.waitForURL((u) => u.pathname === roundPath);
    const own = await visible(page.getByTestId("round-own"));
    expect(await own.getByTestId("response-status").innerText()).toBe("Not started");
    await own.getByTestId("round-answer").click();
    await visible(page.getByTestId("answer-title").getByText(ROUND));
    await visible(question(page, "org_region"), 30_000);

    await answer(page, "org_region", "Central and Eastern Europe");
    await answer(page, "org_scope", "National");
    await next(page, "targets_private_sector");
    await answer(page, "targets_private_sector", "Yes");
    await answer(page, "strategic_plan_mentions", "No");
    await next(page, "dedicated_staff");
    await answer(page, "dedicated_staff", "No");
    await answer(page, "recognises_risks", "Yes");
    await next(page, "applies_ethical_screening");
    await answer(page, "applies_ethical_screening", "No");
    await answer(page, "has_black_list", "No");
    await next(page, "joint_activities");

    // Not asked until there were joint activities.
    expect(await question(page, "cooperation_rated_positive").count()).toBe(0);
    expect(await question(page, "sure_to_continue").count()).toBe(0);
    await answer(page, "joint_activities", "No");
    expect(await question(page, "cooperation_rated_positive").count()).toBe(0);
    await answer(page, "joint_activities", "Yes");
    await visible(question(page, "cooperation_rated_positive"));
    await visible(question(page, "sure_to_continue"));
    await answer(page, "cooperation_rated_positive", "Yes");
    await answer(page, "sure_to_continue", "No");
    await answer(page, "engagement_modes", "In-kind donations");
    await expectAccessible(page, "survey");
    await shot(page, "assessment-survey-conditional");

    await page.getByTestId("survey-save-draft").click();
    await visible(page.getByText("Draft saved"));
    await eventually(async () => expect(await status(page).innerText()).toBe("Draft"));
  });

  it("the member comes back to the draft, finds its answers and submits", async () => {
    const page = member.page;
    await page.goto(roundPath);
    const own = await visible(page.getByTestId("round-own"));
    await eventually(async () => expect(await own.getByTestId("response-status").innerText()).toBe("Draft"));
    await own.getByTestId("round-answer").click();
    await visible(question(page, "org_region"), 30_000);
    expect(await question(page, "org_region").getByRole("radio", { name: "Central and Eastern Europe", exact: true }).isChecked()).toBe(
      true,
    );
    await next(page, "targets_private_sector");
    await next(page, "dedicated_staff");
    await next(page, "applies_ethical_screening");
    await next(page, "joint_activities");
    expect(await question(page, "joint_activities").getByRole("radio", { name: "Yes", exact: true }).isChecked()).toBe(true);
    await visible(question(page, "sure_to_continue"));
    expect(await question(page, "sure_to_continue").getByRole("radio", { name: "No", exact: true }).isChecked()).toBe(true);
    await answer(page, "reported_publicly", "No");
    await next(page, "obstacles");
    await next(page, "success_factors");
    await next(page, "capacity_needs");
    await answer(page, "capacity_needs", "A risk-mitigation strategy");
    await page.getByTestId("survey").getByRole("button", { name: "Submit" }).click();
    await visible(page.getByText("Response submitted"));
    await eventually(async () => expect(await status(page).innerText()).toBe("Submitted"));

    // The capacity profile names peers for each gap only with their consent; this organisation may give its own.
    await page.goto(roundPath);
    const steps = await visible(page.getByTestId("capacity-steps"));
    expect(await steps.getByTestId("gap-peers").first().innerText()).toContain("none has agreed to be named yet");
    const consent = page.getByTestId("peer-consent");
    expect(await consent.isChecked()).toBe(false);
    await consent.check();
    await page.reload();
    await eventually(async () => expect(await page.getByTestId("peer-consent").isChecked()).toBe(true));
    await shot(page, "assessment-profile-peers");
  });

  it("the coordinator sees the response submitted, reads the report with its charts and downloads the PDF", async () => {
    const page = coordinator.page;
    await page.goto(roundPath);
    const pl = await visible(page.getByTestId("round-organisation").filter({ hasText: /Wspólny Horyzont/i }));
    await eventually(async () => expect(await pl.getByTestId("response-status").innerText()).toBe("Submitted"));
    expect(
      await page.getByTestId("round-organisation").filter({ hasText: "Brückenhaus e.V." }).getByTestId("response-status").innerText(),
    ).toBe("Not started");

    // One organisation has not submitted: the coordinator reminds it once; the button then says when the next may go.
    const remind = page.getByTestId("round-remind");
    expect(await remind.innerText()).toContain("Remind 1 organisation");
    await remind.click();
    await visible(page.getByText("Reminder sent to 1 organisation."));
    await eventually(async () => expect(await remind.isDisabled()).toBe(true));
    expect(await page.getByTestId("round-reminder-status").innerText()).toMatch(/The next reminder can go out from .*Last reminder: /);
    await shot(page, "assessment-round-reminded");

    await page.getByTestId("round-report-link").click();
    await visible(page.getByTestId("report-title").getByText(ROUND));
    await visible(page.getByText(/^1 respondent\./));
    const summary = await visible(page.getByTestId("report-summary"));
    const joint = summary.getByRole("row").filter({ hasText: "Have you carried out joint activities with businesses?" });
    expect(await joint.innerText()).toMatch(/100%/);
    const continueRow = summary.getByRole("row").filter({ hasText: "Are you sure the cooperation will continue?" });
    expect(await continueRow.innerText()).toMatch(/\b0%/);
    const chart = page.getByTestId("report-chart").first();
    await visible(chart.locator("svg"));
    expect(await page.getByTestId("report-chart").count()).toBeGreaterThan(10);
    await expectAccessible(page, "assessment report");
    await shot(page, "assessment-report");

    // The PDF through the page's button (in the interface's language), as a file download.
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByTestId("report-pdf").click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it("the coordinator imports a year's responses collected elsewhere: every problem is shown first, nothing is written until the file is right", async () => {
    const page = coordinator.page;
    await page.getByTestId("nav-networks").click();
    await page.getByTestId("network-row").filter({ hasText: NETWORK }).getByRole("link", { name: NETWORK }).click();
    await page.getByTestId("assessment-import").click();
    const imported = `Imported ${Date.now().toString(36)}`;
    await page.getByTestId("assessment-import-round").fill(imported);
    const rows = sampleRows(12);
    rows[3]![SAMPLE_COLUMNS.indexOf("dedicated_staff")] = "maybe";
    const bad = [SAMPLE_COLUMNS, ...rows].map((r) => r.map((c) => (/[,;"]/.test(c) ? `"${c}"` : c)).join(",")).join("\n");
    await page
      .getByTestId("assessment-import-file")
      .setInputFiles({ name: "survey-2013.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
    await page.getByTestId("assessment-import-submit").click();
    const problem = await visible(page.getByTestId("assessment-import-problem"));
    expect(await problem.innerText()).toMatch(/5\s+dedicated_staff\s+Not an option/);
    await expectAccessible(page, "assessment import problems");
    await shot(page, "assessment-import-problems");

    // The corrected file: the preview counts it, then the import opens the new round.
    await page
      .getByTestId("assessment-import-file")
      .setInputFiles({ name: "survey-2013.csv", mimeType: "text/csv", buffer: Buffer.from(sampleCsv(12)) });
    await page.getByTestId("assessment-import-submit").click();
    await visible(page.getByTestId("assessment-import-ready").getByText(/12 responses are valid/));
    expect(await page.getByTestId("assessment-import-submit").innerText()).toContain("Import 12 responses");
    await page.getByTestId("assessment-import-submit").click();
    await page.waitForURL(/\/assessment\/[0-9a-f-]{36}$/);
    await visible(page.getByTestId("round-title").getByText(imported));
    await visible(page.getByTestId("round-progress").getByText("12 imported"));
  });
});

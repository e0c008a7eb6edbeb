// The partnership journey in a real browser, on the demo organisation: start an engagement from a company page, move
// it over the board towards "agreed" by mouse, by keyboard and by the "Move to…" menu — the screening gate refuses
// the move to "approaching" until the company has a screening decision — then record an activity and a task, find the
// task under "My tasks" with the calendar feed, and handle a survivor's story under consent.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { pdfText } from "../setup/pdf-text";
import { apiGet, demoLogin, eventually, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;

const TITLE = `Hotline support ${Date.now().toString(36)}`;
const OVERRIDE_TITLE = `Free venue for trainings ${Date.now().toString(36)}`;
let company: { id: string; name: string };
let engagementId = "";

interface CompanyRow {
  id: string;
  name: string;
  activeContactCount: number;
}

const post = async (path: string, data: unknown) => page.request.post(`/api/v1${path}`, { data, headers: { Origin: server.url } });
const card = () => page.getByTestId("board-card").filter({ hasText: TITLE });
/** The card in a column, once the server has confirmed the move (a card waiting for it is aria-busy). */
const cardIn = (stage: string) =>
  page.locator(`[data-testid="column-${stage}"] [data-testid="board-card"]:not([aria-busy])`).filter({ hasText: TITLE });

/** Moves the card with the "Move to…" menu (the keyboard alternative to dragging). */
async function moveWithMenu(stage: string): Promise<void> {
  await card().getByTestId("move-menu").click();
  await card().getByTestId(`move-to-${stage}`).click();
}

/** Drags a card by its handle onto a column with the mouse (pointer events, as a person would). */
async function dragTo(handle: Locator, column: Locator): Promise<void> {
  const from = (await handle.boundingBox())!;
  const to = (await column.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 15 });
  await page.mouse.up();
}

/**
 * Records an "approved" screening decision for the company through the screening API (every applicable criterion
 * answered "meets"). Returns false when this server has no screening API yet.
 */
async function recordScreening(companyId: string): Promise<boolean> {
  const draft = await post(`/companies/${companyId}/screenings`, {});
  if (draft.status() === 404 || draft.status() === 405) return false;
  expect(draft.status(), await draft.text()).toBe(201);
  const s = (await draft.json()) as { id: string; criteria: Array<{ key: string; applicable: boolean }> };
  for (const c of s.criteria.filter((x) => x.applicable)) {
    const res = await page.request.put(`/api/v1/screenings/${s.id}/answers/${c.key}`, {
      data: { answer: "meets" },
      headers: { Origin: server.url },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
  let decided = await post(`/screenings/${s.id}/decide`, { decision: "approved", rationale: "Record checked, no concerns (e2e)." });
  // At high risk an approval needs an admin's override; the demo user is the owner.
  if (decided.status() !== 200)
    decided = await post(`/screenings/${s.id}/decide`, {
      decision: "approved",
      rationale: "Record checked, no concerns (e2e).",
      override: true,
    });
  expect(decided.status(), await decided.text()).toBe(200);
  return true;
}

describe("partnerships journey", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    // A company with people at it and no engagement yet (from the end of the alphabet; the a11y scan uses the start).
    const list = await apiGet<{ items: CompanyRow[] }>(page, "/companies?limit=60&sort=-name");
    for (const c of list.items.filter((x) => x.activeContactCount > 0)) {
      const engaged = await apiGet<{ total: number }>(page, `/engagements?companyId=${c.id}&limit=1`);
      if (engaged.total === 0) {
        company = c;
        break;
      }
    }
    expect(company, "a demo company with contacts and no engagement").toBeTruthy();
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("starts an engagement from the company page, with the company filled in", async () => {
    await page.goto(`/companies/${company.id}`);
    await visible(page.getByTestId("company-engagements"));
    await page.getByTestId("company-new-engagement").click();
    const dialog = page.getByRole("dialog", { name: "New partnership" });
    await visible(dialog);
    expect(await dialog.getByTestId("engagement-company").inputValue()).toBe(company.name);
    await dialog.getByLabel("Title", { exact: true }).fill(TITLE);
    await dialog.getByTestId("engagement-modes").click();
    await dialog.getByRole("checkbox", { name: "Joint project or campaign" }).check();
    await dialog.getByTestId("engagement-modes").click();
    await dialog.getByLabel("Goals", { exact: true }).fill("Strengthen the hotline; two trainings for the field team.");
    await shot(page, "partnerships-01-new-engagement");
    await dialog.getByRole("button", { name: "Create partnership" }).click();
    await page.waitForURL(/\/partnerships\/[0-9a-f-]{36}$/);
    engagementId = page.url().split("/").pop()!;
    await visible(page.getByTestId("engagement-title").getByText(TITLE));
    expect(await page.getByTestId("stage-badge").first().innerText()).toBe("Identified");
    await visible(page.getByTestId("engagement-company-link").getByText(company.name));
    // Back on the company page, it is listed.
    await page.goto(`/companies/${company.id}`);
    await visible(page.getByTestId("company-engagement-row").getByText(TITLE));
  });

  it("drags the card to 'Researching' on the board", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Partnerships" }).click();
    await page.waitForURL(/\/partnerships$/);
    await visible(cardIn("identified"));
    await shot(page, "partnerships-02-board");
    await dragTo(card().getByTestId("drag-handle"), page.getByTestId("column-researching"));
    await visible(cardIn("researching"));
    await eventually(async () => expect((await apiGet<{ stage: string }>(page, `/engagements/${engagementId}`)).stage).toBe("researching"));
  });

  it("is refused at 'Approaching' without a screening decision, saying why, and passes once the company is screened", async () => {
    await moveWithMenu("approaching");
    const blocked = page.getByRole("dialog", { name: "Cannot move to Approaching" });
    await visible(blocked);
    expect(await blocked.getByTestId("move-rule").getAttribute("data-rule")).toBe("screening_required");
    await visible(
      blocked.getByText(`${company.name} has no screening decision yet — screen it first, or an admin can override with a reason.`),
    );
    expect(await blocked.getByTestId("move-company-link").getAttribute("href")).toBe(`/companies/${company.id}`);
    // The demo user is the owner: the override is offered.
    await visible(blocked.getByTestId("move-override"));
    await shot(page, "partnerships-03-screening-gate");
    await blocked.getByRole("button", { name: "OK" }).click();
    // The server refused: the card is back where it was.
    await visible(cardIn("researching"));
    expect((await apiGet<{ stage: string }>(page, `/engagements/${engagementId}`)).stage).toBe("researching");

    if (await recordScreening(company.id)) {
      await page.reload();
      await moveWithMenu("approaching");
    } else {
      // No screening API on this server yet: the admin override with a reason is the way through.
      await moveWithMenu("approaching");
      await page.getByTestId("move-override").click();
      const override = page.getByRole("dialog", { name: "Override the screening gate" });
      await override.getByLabel("Reason for the override").fill("Screening is scheduled; the first call cannot wait (e2e).");
      await override.getByRole("button", { name: "Move to Approaching" }).click();
    }
    await visible(cardIn("approaching"));
  });

  it("moves on to 'Negotiating' with the keyboard and to 'Agreed' with the menu", async () => {
    const handle = card().getByTestId("drag-handle");
    // dnd-kit announces every step in its live region: wait for each announcement before the next key.
    const announced = (text: string) => eventually(async () => expect(await page.locator("[id^=DndLiveRegion]").innerText()).toBe(text));
    // Start only once the board has reloaded after the last move (a re-render mid-drag would cancel it).
    await page.waitForLoadState("networkidle");
    await handle.focus();
    await page.keyboard.press("Space");
    await announced(`${TITLE} is over the column Approaching.`);
    await page.keyboard.press("ArrowRight");
    await announced(`${TITLE} is over the column Negotiating.`);
    await page.keyboard.press("Space");
    await announced(`${TITLE} was dropped on Negotiating.`);
    await visible(cardIn("negotiating"));

    await moveWithMenu("agreed");
    await visible(cardIn("agreed"));
    await shot(page, "partnerships-04-agreed");
    const e = await apiGet<{ stage: string; allowedMoves: string[] }>(page, `/engagements/${engagementId}`);
    expect(e.stage).toBe("agreed");
    expect(e.allowedMoves).toEqual(["negotiating", "active", "ended"]);
  });

  it("lets an admin pass the screening gate with a recorded reason", async () => {
    // A second engagement, with a company nobody has screened.
    const list = await apiGet<{ items: CompanyRow[] }>(page, "/companies?limit=60&sort=-name");
    let other: CompanyRow | undefined;
    for (const c of list.items.filter((x) => x.id !== company.id)) {
      const screened = await page.request.get(`/api/v1/companies/${c.id}/screenings?limit=1`);
      const engaged = await apiGet<{ total: number }>(page, `/engagements?companyId=${c.id}&limit=1`);
      if (engaged.total === 0 && (screened.status() === 404 || ((await screened.json()) as { total: number }).total === 0)) {
        other = c;
        break;
      }
    }
    expect(other, "an unscreened demo company without engagements").toBeTruthy();
    const created = await post("/engagements", { companyId: other!.id, title: OVERRIDE_TITLE, modes: ["in_kind_donation"] });
    expect(created.status()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    await page.reload();
    const overrideCard = page.getByTestId("board-card").filter({ hasText: OVERRIDE_TITLE });
    await overrideCard.getByTestId("move-menu").click();
    await overrideCard.getByTestId("move-to-approaching").click();
    await page.getByTestId("move-override").click();
    const dialog = page.getByRole("dialog", { name: "Override the screening gate" });
    await dialog.getByRole("button", { name: "Move to Approaching" }).click();
    await visible(dialog.getByText("Please give a reason."));
    await dialog.getByLabel("Reason for the override").fill("Long-standing donor; screening booked for next week (e2e).");
    await shot(page, "partnerships-04b-override");
    await dialog.getByRole("button", { name: "Move to Approaching" }).click();
    await visible(
      page.locator('[data-testid="column-approaching"] [data-testid="board-card"]:not([aria-busy])').filter({ hasText: OVERRIDE_TITLE }),
    );
    const history = await apiGet<{ items: Array<{ toStage: string; overrideReason: string | null }> }>(page, `/engagements/${id}/stages`);
    expect(history.items.at(-1)).toMatchObject({
      toStage: "approaching",
      overrideReason: "Long-standing donor; screening booked for next week (e2e).",
    });
  });

  it("asks why before ending an engagement", async () => {
    await moveWithMenu("ended");
    const dialog = page.getByRole("dialog", { name: `End “${TITLE}”` });
    await visible(dialog);
    await dialog.getByRole("button", { name: "End partnership" }).click();
    await visible(dialog.getByText("Please give a reason."));
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect((await apiGet<{ stage: string }>(page, `/engagements/${engagementId}`)).stage).toBe("agreed");
  });

  it("shows the stage history with the moves", async () => {
    await card().getByTestId("card-link").click();
    await page.waitForURL(new RegExp(`/partnerships/${engagementId}$`));
    await page.getByTestId("engagement-tab-history").click();
    await visible(page.getByTestId("stage-change"));
    expect(await page.getByTestId("stage-change").count()).toBe(5); // created, researching, approaching, negotiating, agreed
  });

  it("records a meeting on the timeline", async () => {
    await page.getByTestId("engagement-tab-timeline").click();
    await page.getByTestId("add-activity").click();
    const form = page.getByTestId("activity-form");
    await form.getByLabel("Call", { exact: true }).check();
    await form.getByLabel("What happened").fill("Call with the CSR manager: budget confirmed for two trainings.");
    await form.getByTestId("activity-contacts").click();
    await form.getByRole("group", { name: "Contacts involved" }).getByRole("checkbox").first().check();
    await form.getByTestId("activity-contacts").click();
    await form.getByRole("button", { name: "Add to timeline" }).click();
    await visible(page.getByTestId("activity").getByText("Call with the CSR manager: budget confirmed for two trainings."));
    await visible(page.getByTestId("activity").getByText("With"));
    await shot(page, "partnerships-05-timeline");
  });

  it("adds a task with a due date and an assignee, finds it under My tasks and marks it done", async () => {
    await page.getByTestId("engagement-tab-tasks").click();
    await page.getByTestId("task-new").click();
    const form = page.getByTestId("task-form");
    await form.getByLabel("Next step", { exact: true }).fill("Send the draft agreement");
    await form.getByLabel("Due", { exact: true }).fill("2020-01-31");
    await form.getByLabel("Assigned to").selectOption({ label: "Katrin Vogel" });
    await page.getByTestId("task-add").click();
    const task = page.getByTestId("task").filter({ hasText: "Send the draft agreement" });
    await visible(task);
    await visible(task.getByText(/^Overdue since/));

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My tasks" }).click();
    await page.waitForURL(/\/tasks$/);
    const mine = page.getByTestId("tasks-overdue").getByTestId("task").filter({ hasText: TITLE });
    await visible(mine);
    expect(await mine.getByTestId("task-engagement-link").getAttribute("href")).toBe(`/partnerships/${engagementId}`);
    await shot(page, "partnerships-06-my-tasks");
    // The done task leaves the list at once (so not check(), which looks at the checkbox afterwards).
    await mine.getByRole("checkbox").click();
    await eventually(async () => expect(await mine.count()).toBe(0));
    const tasks = await apiGet<{ items: Array<{ title: string; done: boolean }> }>(page, `/engagements/${engagementId}/tasks`);
    expect(tasks.items.find((x) => x.title === "Send the draft agreement")?.done).toBe(true);
  });

  it("records an agreement with an indicator, a check-in and a commitment, and downloads the draft MoU", async (ctx) => {
    // The agreements domain is built separately: this runs once the server offers it.
    const spec = (await (await page.request.get("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    if (!spec.paths["/api/v1/engagements/{id}/agreement"]) return ctx.skip();
    await page.goto(`/partnerships/${engagementId}`);
    await page.getByTestId("engagement-tab-agreement").click();
    await page.getByTestId("agreement-record").click();
    const form = page.getByTestId("agreement-form");
    await form.getByLabel("Our responsibilities").fill("Run two trainings for the field team\nReport every quarter");
    await form.getByLabel("The company's responsibilities").fill("Fund the trainings\nProvide a hotline number");
    await form.getByLabel("Starts on").fill("2026-01-01");
    await form.getByLabel("Ends on").fill("2026-12-31");
    await form.getByRole("button", { name: "Save agreement" }).click();
    await visible(page.getByTestId("agreement").getByText("Run two trainings for the field team"));
    const indicator = page.getByTestId("indicator-form");
    await indicator.getByLabel("Indicator", { exact: true }).fill("Staff trained");
    await indicator.getByLabel("Unit").fill("people");
    await indicator.getByLabel("Baseline").fill("0");
    await indicator.getByLabel("Target").fill("40");
    await indicator.getByRole("button", { name: "Add" }).click();
    await visible(page.getByTestId("indicator").filter({ hasText: "Staff trained" }));

    for (const [testId, type] of [
      ["draft-docx", "officedocument.wordprocessingml"],
      ["draft-pdf", "application/pdf"],
    ] as const) {
      const href = (await page.getByTestId(testId).getAttribute("href"))!;
      const res = await page.request.get(href);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toContain(type);
      expect((await res.body()).length).toBeGreaterThan(1000);
    }
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("draft-pdf").click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    await page.getByTestId("engagement-tab-check-ins").click();
    await page.getByTestId("check-in-add").click();
    const checkIn = page.getByTestId("check-in-form");
    await checkIn.getByLabel("Staff trained (people)").fill("12");
    await checkIn.getByLabel("Notes").fill("First training held with 12 staff.");
    await page.getByRole("button", { name: "Record check-in", exact: true }).click();
    await visible(page.getByTestId("check-in").getByText("Staff trained: 12 people"));
    await page.getByTestId("engagement-tab-agreement").click();
    await visible(page.getByTestId("indicator").filter({ hasText: "30%" }));
    await shot(page, "partnerships-08-agreement");

    await page.getByTestId("engagement-tab-commitments").click();
    await page.getByTestId("commitment-add").click();
    const commitment = page.getByTestId("commitment-form");
    await commitment.getByLabel("What was promised").fill("Send the training schedule");
    await commitment.getByLabel("Due").fill("2020-02-01");
    await page.getByRole("button", { name: "Add commitment", exact: true }).click();
    const row = page.locator('[data-testid="commitment"][data-overdue="true"]').filter({ hasText: "Send the training schedule" });
    await visible(row);
    await visible(row.getByText("Overdue since"));
    await shot(page, "partnerships-09-commitments");
  });

  it("downloads the partner report: a PDF with the indicator, and without the internal check-in notes", async (ctx) => {
    const spec = (await (await page.request.get("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    if (!spec.paths["/api/v1/engagements/{id}/agreement"]) return ctx.skip();
    await page.goto(`/partnerships/${engagementId}`);
    await page.getByTestId("partner-report").click();
    await shot(page, "partnerships-10-partner-report");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("partner-report-download").click()]);
    expect(download.suggestedFilename()).toMatch(/^impact-report-.+\.pdf$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toContain("Staff trained");
    expect(text).toContain(company.name);
    expect(text).toContain("Send the training schedule");
    expect(text).not.toContain("First training held with 12 staff.");
  });

  it("creates the secret calendar address, which serves an iCalendar feed", async () => {
    await page.goto("/tasks");
    const feed = page.getByTestId("ical-feed");
    await visible(feed.getByTestId("ical-create").or(feed.getByTestId("ical-regenerate")));
    if (await feed.getByTestId("ical-create").count()) await feed.getByTestId("ical-create").click();
    else {
      await feed.getByTestId("ical-regenerate").click();
      await page.getByTestId("confirm-button").click();
    }
    const url = await (await visible(feed.getByTestId("ical-url"))).inputValue();
    expect(url).toMatch(/\/api\/ical\/.+\.ics$/);
    const res = await page.request.get(new URL(url).pathname);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain("BEGIN:VCALENDAR");
    await shot(page, "partnerships-07-ical");
  });
});

describe("stories under consent", () => {
  const STORY = `From the hotline to a new job ${Date.now().toString(36)}`;

  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("records an anonymised story and says that opening it is audited", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Stories" }).click();
    await page.waitForURL(/\/stories$/);
    await page.getByTestId("new-story").click();
    const dialog = page.getByRole("dialog", { name: "New story" });
    expect(await dialog.getByLabel("The text is anonymised").isChecked()).toBe(true);
    await dialog.getByLabel("Title", { exact: true }).fill(STORY);
    await dialog
      .getByLabel("Text", { exact: true })
      .fill("A woman in her thirties called the hotline after her documents were withheld at work…");
    await dialog.getByRole("button", { name: "Record story" }).click();
    await page.waitForURL(/\/stories\/[0-9a-f-]{36}$/);
    await visible(page.getByTestId("story-audited"));
    await visible(page.getByTestId("story-text"));
  });

  it("refuses a use without consent, explaining why, then allows it under a consent and flags it on withdrawal", async () => {
    const engagement = (await apiGet<{ items: Array<{ id: string; title: string }> }>(page, "/engagements?limit=1&sort=-createdAt"))
      .items[0];
    expect(engagement, "an engagement to use the story in").toBeTruthy();

    const recordUse = async () => {
      await page.getByTestId("add-use").click();
      const form = page.getByTestId("use-form");
      await form.getByLabel("Partnership", { exact: true }).selectOption(engagement.id);
      await form.getByLabel("Channel", { exact: true }).selectOption("website");
      await form.getByRole("button", { name: "Record use" }).click();
    };
    await recordUse();
    const refused = page.getByTestId("use-refused");
    await visible(refused);
    expect(await refused.getAttribute("data-reason")).toBe("no_consent");
    await visible(refused.getByText("This story has no consent at all. Record the person's consent first."));
    await shot(page, "stories-01-use-refused");
    await page.getByTestId("use-form").getByRole("button", { name: "Cancel" }).click();

    await page.getByTestId("add-consent").click();
    const consent = page.getByTestId("consent-form");
    await consent.getByLabel("Pseudonymous reference").fill("TP-2025-014");
    await consent.getByLabel("Website", { exact: true }).check();
    await consent.getByLabel("Annual report", { exact: true }).check();
    await consent.getByRole("button", { name: "Record consent" }).click();
    await visible(page.getByTestId("consent").filter({ hasText: "TP-2025-014" }).getByText("Valid", { exact: true }));

    await recordUse();
    await visible(page.getByTestId("use").getByText("Covered"));

    await page.getByTestId("consent-withdraw").click();
    await page.getByTestId("confirm-button").click();
    await visible(page.getByTestId("withdrawn-notice").getByText("Consent withdrawn. 1 use of this story is now flagged: take it down."));
    await visible(page.locator('[data-testid="use"][data-flagged="true"]'));
    await visible(page.getByText("The consent that covered this was withdrawn."));
    await shot(page, "stories-02-withdrawn");
  });
});

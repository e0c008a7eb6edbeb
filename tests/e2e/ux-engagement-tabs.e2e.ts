// The engagement's tabs lead with their list and open the add form in a dialog; dialogs keep their work when a
// nested control takes Escape and ask before discarding changes; the monitoring schedule has a form (EN and DE).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, demoLogin, eventually, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let engagementId = "";

const post = async <T>(path: string, data: unknown, method = "POST"): Promise<T> => {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data, headers: { Origin: server.url } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
};
const setLang = (l: "en" | "de") => page.evaluate((x) => localStorage.setItem("partnerwise.lang", x), l);
const dialogOpen = () => page.locator("dialog[open]").count();

describe("engagement tabs and dialogs", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    const co = (await apiGet<{ items: Array<{ id: string }> }>(page, "/companies?limit=1&sort=-name")).items[0];
    const e = await post<{ id: string }>("/engagements", { companyId: co.id, title: "Tabs and dialogs", modes: ["joint_project"] });
    engagementId = e.id;
    await post(`/engagements/${e.id}/commitments`, { party: "ngo", description: "Send the trainer's CV", dueOn: "2030-01-01" });
    await post(`/engagements/${e.id}/tasks`, { title: "Book the room", dueOn: "2030-01-01" });
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    if (page) await setLang("en").catch(() => undefined);
    await context?.close();
    await browser?.close();
  });

  it("each tab shows its list first; the add form opens in a dialog from an Add button", async () => {
    const spec = (await (await page.request.get("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    const tabs: Array<[string, string, string]> = [
      ["tasks", "task-new", "task-form"],
      ...(spec.paths["/api/v1/engagements/{id}/agreement"]
        ? ([
            ["commitments", "commitment-add", "commitment-form"],
            ["check-ins", "check-in-add", "check-in-form"],
          ] as Array<[string, string, string]>)
        : []),
      ...(spec.paths["/api/v1/engagements/{id}/risks"] ? ([["risks", "risk-add", "risk-form"]] as Array<[string, string, string]>) : []),
      ...(spec.paths["/api/v1/acknowledgements"] ? ([["acknowledgements", "ack-add", "ack-form"]] as Array<[string, string, string]>) : []),
    ];
    expect(tabs.length).toBeGreaterThan(1);
    for (const [tab, add, form] of tabs) {
      await page.goto(`/partnerships/${engagementId}/${tab}`);
      await visible(page.getByTestId(add));
      expect(await page.getByTestId(form).count(), `${tab}: no form before Add`).toBe(0);
      await page.getByTestId(add).click();
      const dialog = page.locator("dialog[open]");
      await visible(dialog.getByTestId(form));
      await page.keyboard.press("Escape");
      await eventually(async () => expect(await dialogOpen()).toBe(0));
    }
    await page.goto(`/partnerships/${engagementId}/commitments`);
    await visible(page.getByTestId("commitment").filter({ hasText: "Send the trainer's CV" }));
    const listTop = await page.getByTestId("commitments").boundingBox();
    expect(listTop!.y, "the list starts above the fold").toBeLessThan(768);
  });

  it("adds a commitment through the dialog, which closes and shows the new row", async () => {
    await page.goto(`/partnerships/${engagementId}/commitments`);
    await page.getByTestId("commitment-add").click();
    const form = page.getByTestId("commitment-form");
    await page.getByTestId("commitment-save").click();
    await visible(form.getByText("Say what was promised."));
    await form.getByLabel("What was promised").fill("Share the audit results");
    await page.getByTestId("commitment-save").click();
    await visible(page.getByTestId("commitment").filter({ hasText: "Share the audit results" }));
    expect(await dialogOpen()).toBe(0);
  });

  it("Escape in the Modes dropdown closes the dropdown, not the New engagement dialog; changes are not discarded unasked", async () => {
    await page.goto("/partnerships");
    await page.getByTestId("new-engagement").click();
    const dialog = await visible(page.getByTestId("engagement-dialog"));
    await dialog.getByTestId("engagement-title").fill("Escape keeps my title");
    await dialog.getByTestId("engagement-modes").click();
    await visible(dialog.locator(".popover:not([hidden])"));
    await page.keyboard.press("Escape");
    await eventually(async () => expect(await dialog.locator(".popover:not([hidden])").count()).toBe(0));
    expect(await dialogOpen(), "the dialog stays open").toBe(1);
    expect(await dialog.getByTestId("engagement-title").inputValue()).toBe("Escape keeps my title");

    // Escape on the dialog itself asks first; "Keep editing" keeps the work.
    await page.keyboard.press("Escape");
    await visible(page.getByTestId("discard-question"));
    expect(await dialogOpen()).toBe(1);
    await shot(page, "ux-discard-question");
    await page.getByTestId("discard-keep").click();
    expect(await dialog.getByTestId("engagement-title").inputValue()).toBe("Escape keeps my title");
    // The × asks too; Discard closes.
    await dialog.getByRole("button", { name: "Close" }).click();
    await page.getByTestId("discard-confirm").click();
    await eventually(async () => expect(await dialogOpen()).toBe(0));
  });

  it("an untouched dialog closes on Escape without asking", async () => {
    await page.goto("/partnerships");
    await page.getByTestId("new-engagement").click();
    await visible(page.getByTestId("engagement-dialog"));
    await page.keyboard.press("Escape");
    await eventually(async () => expect(await dialogOpen()).toBe(0));
  });

  it("sets the monitoring schedule with a form, in English and German", async (ctx) => {
    const spec = (await (await page.request.get("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    if (!spec.paths["/api/v1/engagements/{id}/monitoring"]) return ctx.skip();
    await page.goto(`/partnerships/${engagementId}/check-ins`);
    const card = await visible(page.getByTestId("monitoring"));
    expect(await page.locator("main").innerText()).not.toContain("PUT");
    await card.getByTestId("schedule-edit").click();
    const form = await visible(page.getByTestId("schedule-form"));
    await form.getByTestId("schedule-enabled").check();
    await form.getByTestId("schedule-interval").fill("30");
    await form.getByTestId("schedule-tolerance").fill("20");
    await page.getByTestId("schedule-save").click();
    await visible(form.getByText("At least 0 and less than half the interval."));
    await form.getByTestId("schedule-tolerance").fill("5");
    await form.getByTestId("schedule-starts").fill("2026-01-05");
    await page.getByTestId("schedule-save").click();
    await visible(card.getByText("A check-in every 30 days (± 5 days)."));
    await visible(card.getByTestId("expected-check-in"));
    const m = await apiGet<{ schedule: { enabled: boolean; intervalDays: number; startsOn: string } }>(
      page,
      `/engagements/${engagementId}/monitoring`,
    );
    expect(m.schedule).toMatchObject({ enabled: true, intervalDays: 30, startsOn: "2026-01-05" });
    await shot(page, "ux-monitoring-en");

    await setLang("de");
    await page.goto(`/partnerships/${engagementId}/check-ins`);
    await visible(page.getByTestId("monitoring").getByText("Ein Check-in alle 30 Tage (± 5 Tage)."));
    await page.getByTestId("schedule-edit").click();
    await visible(page.getByRole("dialog", { name: "Monitoring-Plan" }));
    await visible(page.getByText("Alle (Tage)"));
    const text = await page.locator("main").innerText();
    expect(text).not.toContain("PUT");
    expect(text).not.toContain("Monitoring schedule");
    await shot(page, "ux-monitoring-de");
    await page.keyboard.press("Escape");
    await setLang("en");
  });
});

// Pages for networks (found, invite, accept, members, coordinators, the default criteria catalogue) and the
// searchable NACE sector picker.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import {
  apiGet,
  axeViolations,
  demoLogin,
  eventually,
  formatViolations,
  sharedServer,
  shot,
  shotOnFailure,
  signIn,
  visible,
} from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const NAME = `Balkan network ${Date.now().toString(36)}`;

async function expectAccessible(p: Page, name: string): Promise<void> {
  await p.waitForLoadState("networkidle");
  const report = formatViolations(name, await axeViolations(p));
  if (report) throw new Error(report);
}
const setLang = (l: "en" | "de") => page.evaluate((x) => localStorage.setItem("partnerwise.lang", x), l);

describe("network pages and the sector picker", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    if (page) await setLang("en").catch(() => undefined);
    await context?.close();
    await browser?.close();
  });

  it("a coordinator founds a network, invites an organisation, whose admin accepts; members and coordinators are listed", async () => {
    await page.getByTestId("nav-networks").click();
    await page.waitForURL(/\/networks$/);
    await page.getByTestId("network-found").click();
    await page.getByTestId("network-name").fill(NAME);
    await page.getByTestId("network-save").click();
    const row = page.getByTestId("network-row").filter({ hasText: NAME });
    await visible(row);
    await row.getByRole("link", { name: NAME }).click();
    await visible(page.getByTestId("network-title").getByText(NAME));
    await visible(page.getByTestId("network-coordinator").getByText("Katrin Vogel"));
    await visible(page.getByTestId("network-member").getByText("Brückenhaus e.V."));
    await expectAccessible(page, "network page");

    await page.getByTestId("network-invite").click();
    await page.getByTestId("network-invite-slug").fill("wspolny-horyzont-demo");
    await page.getByTestId("network-invite-save").click();
    await visible(page.getByTestId("network-pending-invitation").getByText("wspolny-horyzont-demo"));
    await shot(page, "ux-network-coordinator");

    // The invited organisation's admin answers on the networks page.
    const other = await newPage(browser, server.url);
    await signIn(other.page, "demo-pl@partnerwise.org", "partnerwise-demo");
    await other.page.goto("/networks");
    const invitation = await visible(other.page.getByTestId("network-invitation").filter({ hasText: NAME }));
    await expectAccessible(other.page, "networks home with an invitation");
    await invitation.getByTestId("network-accept").click();
    await visible(other.page.getByTestId("network-row").filter({ hasText: NAME }));
    await eventually(async () => expect(await other.page.getByTestId("network-invitation").filter({ hasText: NAME }).count()).toBe(0));
    await other.context.close();

    await page.reload();
    await visible(page.getByTestId("network-member").filter({ hasText: /Wspólny|Horyzont/i }));
    expect(await page.getByTestId("network-pending-invitation").count()).toBe(0);
  });

  it("the coordinator edits the network's default criteria in a draft and publishes it", async () => {
    const cat = page.getByTestId("network-catalogue");
    await visible(cat.getByTestId("catalogue-criterion"));
    await cat.getByTestId("catalogue-open-draft").click();
    const weight = cat.getByTestId("catalogue-weight").first();
    await visible(weight);
    const before = await weight.inputValue();
    await weight.selectOption(before === "5" ? "4" : "5");
    await cat.getByTestId("catalogue-note").fill("Weight changed for the test");
    await cat.getByTestId("catalogue-save").click();
    await eventually(async () => expect(await cat.getByTestId("catalogue-publish").isEnabled()).toBe(true));
    await cat.getByTestId("catalogue-publish").click();
    await visible(cat.getByTestId("catalogue-status").getByText(/^Version 1/));
    await expectAccessible(page, "network catalogue");
    await setLang("de");
    await page.reload();
    await visible(page.getByRole("heading", { name: "Standard-Kriterienkatalog" }));
    await visible(page.getByRole("heading", { name: "Mitglieder" }));
    await shot(page, "ux-network-de");
    await setLang("en");
  });

  it("picks a company's sector by name, with its code, in English and German", async () => {
    await page.goto("/companies");
    await page.getByTestId("new-company").click();
    const picker = await visible(page.getByTestId("company-nace"));
    await picker.fill("land transport");
    const option = page.getByTestId("nace-option").filter({ hasText: "Land transport" }).first();
    await visible(option);
    expect(await option.innerText()).toContain("49");
    await option.click();
    expect(await picker.inputValue()).toMatch(/^49 · Land transport/);
    await page.keyboard.press("Escape");
    // The first Escape closes the option list; the page is left below, so a discard question may or may not come.
    await page
      .getByTestId("discard-confirm")
      .click({ timeout: 1_500 })
      .catch(() => undefined);

    await setLang("de");
    await page.goto("/companies");
    await page.getByTestId("new-company").click();
    const de = await visible(page.getByTestId("company-nace"));
    await de.fill("verkehr");
    await visible(page.getByTestId("nace-option").filter({ hasText: "49" }).first());
    await shot(page, "ux-nace-picker-de");
    await de.press("Escape");
    expect(await page.locator("dialog[open]").count(), "Escape in the picker keeps the dialog").toBe(1);
    await setLang("en");
  });
});

// axe-core on the key pages, filled with the demo register: any serious or critical violation fails, listed readably.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { axeViolations, demoLogin, formatViolations, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Fails with every serious/critical violation of the page as it is now. */
async function expectAccessible(name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  const violations = await axeViolations(page);
  const report = formatViolations(name, violations);
  if (report) throw new Error(report);
}

const main = () => page.getByRole("main");

describe("accessibility (axe-core, serious and critical)", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("sign-up page", async () => {
    await page.goto("/sign-up");
    await visible(page.getByRole("heading", { name: "Create your account" }));
    // With the field errors shown, too.
    await page.getByRole("button", { name: "Create account" }).click();
    await visible(page.getByText("Enter your name."));
    await expectAccessible("sign-up");
  });

  it("sign-in page", async () => {
    await page.goto("/sign-in");
    await visible(page.getByRole("heading", { name: "Sign in" }));
    await expectAccessible("sign-in");
  });

  it("companies list", async () => {
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    await page.goto("/companies");
    await visible(page.getByTestId("company-row"));
    await expectAccessible("companies list");
  });

  it("company detail", async () => {
    await page.getByTestId("company-row").first().getByRole("link").click();
    await visible(page.getByTestId("company-title"));
    await visible(main().getByRole("heading", { name: "History" }));
    await expectAccessible("company detail");
  });

  it("new-company dialog", async () => {
    await page.goto("/companies");
    await page.getByRole("button", { name: "New company" }).click();
    await visible(page.getByRole("dialog", { name: "New company" }));
    await expectAccessible("new-company dialog");
    await page.keyboard.press("Escape");
  });

  it("contacts list", async () => {
    await page.goto("/contacts");
    await visible(page.getByTestId("contact-row"));
    await expectAccessible("contacts list");
  });

  it("import wizard: upload step", async () => {
    await page.goto("/import");
    await visible(page.getByRole("heading", { name: "Import", level: 1 }));
    await visible(page.getByText("Choose a file"));
    await expectAccessible("import wizard (upload)");
  });

  it("import wizard: column matching and a row with errors", async () => {
    const csv = "Name,Country\nHafenblick Catering GmbH,DE\nNowhere Ltd,Atlantis\n";
    await page.getByLabel("Choose a file").setInputFiles({ name: "a11y.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await visible(page.getByRole("heading", { name: "Which column holds what?" }));
    await expectAccessible("import wizard (mapping)");
    await page.getByRole("button", { name: "Check the file" }).click();
    await visible(page.getByTestId("invalid-row"));
    await shot(page, "a11y-import-review");
    await expectAccessible("import wizard (review)");
  });

  it("settings: organisation, members, account", async () => {
    await page.goto("/settings/organisation");
    await visible(main().getByRole("heading", { name: "Settings", level: 1 }));
    await visible(page.getByTestId("org-save"));
    await expectAccessible("settings (organisation)");
    await page.getByRole("link", { name: "Members" }).click();
    await visible(page.getByTestId("members-table"));
    await expectAccessible("settings (members)");
    await page.getByRole("link", { name: "My account" }).first().click();
    await visible(page.getByTestId("account-language"));
    await expectAccessible("settings (account)");
  });

  it("audit log", async () => {
    await page.goto("/audit");
    await visible(page.getByTestId("audit-table").getByRole("row").nth(1));
    await shot(page, "a11y-audit");
    await expectAccessible("audit log");
  });
});

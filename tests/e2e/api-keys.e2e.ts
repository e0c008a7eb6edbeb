// API keys in Settings, in a real browser: an owner of a fresh organisation creates a key (the secret shown once,
// copied with the button), a script uses it, the list shows its last use, the owner revokes it and the script is
// refused. The tab in German. Every state passes axe; screenshots land in scratch/shots.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import {
  axeViolations,
  createOrganisation,
  eventually,
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
let secret = "";

async function expectAccessible(p: Page, name: string): Promise<void> {
  await p.waitForLoadState("networkidle");
  const report = formatViolations(name, await axeViolations(p));
  if (report) throw new Error(report);
}

/** What a script does: only the key, no cookie, no Origin. */
const asScript = (key: string) =>
  fetch(`${server.url}/api/v1/companies?limit=1`, { headers: { Authorization: `Bearer ${key}`, Accept: "application/json" } });

describe("API keys in Settings", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await signUp(page, freshAccount("apikeys"));
    await createOrganisation(page, `Keys NGO ${Date.now().toString(36)}`);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("creates a key, shows its secret once with a copy button, and the key works for a script", async () => {
    await page.goto("/settings/api-keys");
    await visible(page.getByRole("heading", { name: "Create an API key" }));
    await visible(page.getByText("No API keys yet"));
    await expectAccessible(page, "settings → API keys (empty)");

    await page.getByTestId("api-key-name").fill("CRM sync");
    await page.getByTestId("api-key-role").selectOption("viewer");
    await page.getByTestId("api-key-expires").fill("2099-12-31");
    await page.getByTestId("api-key-create").click();
    const input = await visible(page.getByTestId("api-key-secret"));
    secret = await input.inputValue();
    expect(secret).toMatch(/^pw_[A-Za-z0-9_-]{43}$/);
    await page.getByTestId("api-key-copy").click();
    await visible(page.getByText("Key copied to the clipboard."));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    const row = await visible(page.getByTestId("api-keys-table").getByRole("row", { name: /CRM sync/ }));
    expect(await row.innerText()).toContain(secret.slice(0, 11));
    expect(await row.innerText()).toContain("Not used yet");
    await shot(page, "settings-api-keys-created");
    await expectAccessible(page, "settings → API keys (secret shown)");

    expect((await asScript(secret)).status).toBe(200);
    // Shown once: after a reload the secret is nowhere on the page, and the list shows the key's use.
    await page.reload();
    await visible(page.getByTestId("api-keys-table"));
    expect(await page.content()).not.toContain(secret);
    await eventually(async () => {
      await page.reload();
      const text = await page
        .getByTestId("api-keys-table")
        .getByRole("row", { name: /CRM sync/ })
        .innerText();
      expect(text).not.toContain("Not used yet");
      expect(text).toContain("Active");
    });
  });

  it("revokes the key after asking, and the script is refused from then on", async () => {
    await page.goto("/settings/api-keys");
    const row = await visible(page.getByTestId("api-keys-table").getByRole("row", { name: /CRM sync/ }));
    await row.getByRole("button", { name: /Revoke/ }).click();
    await visible(page.getByRole("dialog", { name: "Revoke the key “CRM sync”?" }));
    await expectAccessible(page, "settings → API keys (revoke dialog)");
    await page.getByTestId("confirm-button").click();
    await visible(page.getByText("The key is revoked."));
    await eventually(async () => expect(await row.innerText()).toContain("Revoked"));
    expect(await row.getByRole("button", { name: /Revoke/ }).count()).toBe(0);
    const refused = await asScript(secret);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
  });

  it("speaks German on the API keys tab", async () => {
    await page.goto("/settings/api-keys");
    await page.getByRole("button", { name: "Amira Haddad" }).click();
    await page.getByRole("button", { name: "Deutsch" }).click();
    await visible(page.getByRole("heading", { name: "API-Schlüssel erstellen" }));
    await visible(page.getByRole("heading", { name: "Schlüssel dieser Organisation" }));
    await visible(page.getByTestId("api-keys-table").getByText("Widerrufen"));
    await shot(page, "settings-api-keys-de");
    await expectAccessible(page, "settings → API keys (German)");
  });
});

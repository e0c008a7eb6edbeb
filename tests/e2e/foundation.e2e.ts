// The foundation journey in a real browser: sign up, set up the organisation, add a company, find it by a misspelt
// name, import a spreadsheet (refused while a row is bad, then corrected), export the register, switch to German.
import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, createOrganisation, eventually, freshAccount, sharedServer, shot, shotOnFailure, signUp, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const account = freshAccount("journey");

const companyCount = async () => (await apiGet<{ total: number }>(page, "/companies?limit=1")).total;
const rowNames = async () => (await page.getByTestId("company-row").getByRole("link").allInnerTexts()).map((s) => s.trim());

// Row 3 (the second data row) names a country that does not exist.
const BAD_CSV = [
  "Name;Country;Registration number;Tags",
  "Alpenglühen Textil GmbH;DE;HRB 4711;textiles",
  "Kanalwerft Reederei AG;Atlantis;HRB 815;shipping",
  "Lisboa Limpezas Lda;Portugal;PT 509 000 111;cleaning",
].join("\n");
const GOOD_CSV = BAD_CSV.replace("Atlantis", "Netherlands");

describe("foundation journey", () => {
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

  it("signs up and creates the organisation in onboarding", async () => {
    await signUp(page, account);
    await visible(page.getByRole("heading", { name: "Set up your organisation" }));
    await shot(page, "journey-01-onboarding");
    await createOrganisation(page, "Netzwerk gegen Ausbeutung e.V.");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Companies" }).click();
    await visible(page.getByRole("heading", { name: "No companies yet" }));
    await shot(page, "journey-02-empty-companies");
    expect(await companyCount()).toBe(0);
  });

  it("adds a company through the form", async () => {
    // A second company (by the API) that the misspelt search below must not return.
    const res = await page.request.post("/api/v1/companies", {
      data: { name: "Donauwelle Logistik AG", country: "AT" },
      headers: { Origin: server.url },
    });
    expect(res.status(), await res.text()).toBe(201);

    await page.getByRole("button", { name: "New company" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New company" });
    await visible(dialog);
    await dialog.getByLabel("Legal name").fill("Bergblick Hotels GmbH");
    await dialog.getByLabel("Country").selectOption("AT");
    await dialog.getByLabel("Tags").fill("hospitality, donor");
    await shot(page, "journey-03-new-company");
    await dialog.getByRole("button", { name: "Create company" }).click();
    await page.waitForURL(/\/companies\/[0-9a-f-]{36}$/);
    await visible(page.getByTestId("company-title").getByText("Bergblick Hotels GmbH"));
    // A new company has nobody at it yet: the page says so.
    await visible(page.getByText("This company has no active contact."));
    await shot(page, "journey-04-company-detail");
  });

  it("finds the company in the list by a misspelt name, searching as you type", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Companies" }).click();
    await page.waitForURL(/\/companies$/);
    await eventually(async () => expect((await rowNames()).sort()).toEqual(["Bergblick Hotels GmbH", "Donauwelle Logistik AG"]));

    const search = page.getByRole("searchbox", { name: "Search companies" });
    await search.pressSequentially("Bergblik", { delay: 40 });
    await page.waitForURL(/[?&]q=Bergblik/);
    await eventually(async () => expect(await rowNames()).toEqual(["Bergblick Hotels GmbH"]));
    await shot(page, "journey-05-search-misspelt");

    // A search that finds nothing says so, and "Clear all" brings the whole list back.
    await page.goto("/companies?q=Zzyzx%20Nirgendwo");
    await visible(page.getByRole("heading", { name: "No companies match" }));
    await page.getByRole("button", { name: "Clear filters" }).click();
    await eventually(async () => expect((await rowNames()).sort()).toEqual(["Bergblick Hotels GmbH", "Donauwelle Logistik AG"]));
    await page.goto("/contacts");
    await visible(page.getByRole("heading", { name: "No contacts yet" }));
    await visible(page.getByRole("link", { name: "Import contacts" }));
    await page.goto("/partnerships?view=table");
    await visible(page.getByRole("heading", { name: "No partnerships yet" }));
    await page.goto("/partnerships?view=table&q=Zzyzx");
    await visible(page.getByRole("heading", { name: "No partnership matches" }));
    await page.goto("/companies?q=Bergblik");

    await page.getByRole("link", { name: "Bergblick Hotels GmbH" }).click();
    await visible(page.getByTestId("company-title").getByText("Bergblick Hotels GmbH"));
  });

  it("refuses a spreadsheet with a bad row, shows the row's error, and imports the corrected file", async () => {
    const before = await companyCount();
    expect(before).toBe(2);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }).click();
    await visible(page.getByRole("heading", { name: "Import", level: 1 }));
    await page.getByRole("radio", { name: /Companies/ }).check();
    await page.getByLabel("Choose a file").setInputFiles({ name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(BAD_CSV) });

    // Column matching: the header names were recognised.
    await visible(page.getByRole("heading", { name: "Which column holds what?" }));
    expect(await page.getByLabel("Name", { exact: true }).inputValue()).toBe("Name");
    expect(await page.getByLabel("Country", { exact: true }).inputValue()).toBe("Country");
    await shot(page, "journey-06-import-mapping");
    await page.getByRole("button", { name: "Check the file" }).click();

    // The dry run: one row has errors, named with its reason; the import button stays disabled.
    await visible(page.getByRole("heading", { name: "1 row has errors" }));
    const invalid = page.getByTestId("invalid-row");
    expect(await invalid.count()).toBe(1);
    const invalidText = await invalid.innerText();
    expect(invalidText).toMatch(/\b3\b/);
    expect(invalidText).toMatch(/Unknown country [“"]Atlantis[”"]/);
    const importButton = page.getByRole("button", { name: /^Import \d+ rows?$/ });
    expect(await importButton.isDisabled()).toBe(true);
    await shot(page, "journey-07-import-bad-row");
    expect(await companyCount(), "nothing is imported while a row is bad").toBe(before);

    // The corrected file: every row valid, then imported.
    await page
      .getByLabel("Upload corrected file")
      .setInputFiles({ name: "partners-fixed.csv", mimeType: "text/csv", buffer: Buffer.from(GOOD_CSV) });
    await visible(page.getByText("Every row is valid."));
    expect(await page.getByTestId("invalid-row").count()).toBe(0);
    expect(await companyCount(), "the dry run writes nothing").toBe(before);
    await page.getByRole("button", { name: "Import 3 rows" }).click();
    await visible(page.getByText("Import complete"));
    await shot(page, "journey-08-import-done");
    expect(await companyCount()).toBe(before + 3);

    await page.getByRole("link", { name: "View the new companies" }).click();
    await eventually(async () =>
      expect(await rowNames()).toEqual(
        expect.arrayContaining(["Alpenglühen Textil GmbH", "Kanalwerft Reederei AG", "Lisboa Limpezas Lda"]),
      ),
    );
    await shot(page, "journey-09-list-after-import");

    // The import history is paged: it says how many imports there are, and older ones are a page away.
    await page.goto("/import");
    await visible(page.getByTestId("import-history"));
    expect(await page.locator('section[aria-labelledby="history-title"] nav').innerText()).toContain("1–1 of 1");
  });

  it("exports the list as a CSV file that holds the imported companies", async () => {
    await page.goto("/companies");
    await visible(page.getByTestId("company-row"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const path = await download.path();
    const csv = readFileSync(path, "utf8");
    const lines = csv.trim().split(/\r?\n/);
    // The header and this organisation's five companies: none of the demo organisations' on the same server.
    expect(lines.length).toBe(1 + 5);
    expect(csv).toContain("Kanalwerft Reederei AG");
    expect(csv).toContain("Alpenglühen Textil GmbH");
    expect(csv).toContain("Bergblick Hotels GmbH");
    expect(csv).toMatch(/HRB 815/);
  });

  it("switches to German, and the choice survives a reload and a new browser", async () => {
    await page.getByRole("button", { name: account.name }).click();
    await page.getByRole("button", { name: "Deutsch" }).click();
    await visible(page.getByRole("heading", { name: "Unternehmen", level: 1 }));
    const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
    await visible(nav.getByRole("link", { name: "Kontakte" }));
    expect(await page.getAttribute("html", "lang")).toBe("de");
    await shot(page, "journey-10-german");

    await page.reload();
    await visible(page.getByRole("heading", { name: "Unternehmen", level: 1 }));
    await visible(nav.getByRole("link", { name: "Einstellungen" }));

    // The language is saved on the account, not only in this browser: a fresh browser profile is German after sign-in.
    const other = await newPage(browser, server.url);
    try {
      await other.page.goto("/sign-in");
      await other.page.getByLabel("Email").fill(account.email);
      await other.page.getByLabel("Password").fill(account.password);
      await other.page.getByRole("button", { name: "Sign in" }).click();
      await other.page.waitForURL(/\/dashboard$/);
      await visible(other.page.getByRole("heading", { name: "Übersicht", level: 1 }));
      await visible(other.page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Unternehmen" }));
    } finally {
      await other.context.close();
    }
  });
});

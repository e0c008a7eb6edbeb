// Settings-like data a coordinator maintains, in a real browser:
// - black and white lists on the demo organisation: put a company on the black list from its page with a reason,
//   share it with the demo network with the rationale (an explicit choice, previewed), see it as a signal — not a
//   verdict — from the other member NGO, and read-only as a viewer;
// - on a fresh organisation (so the demo's screening and partnership journeys are untouched): edit the sector-risk
//   list and reset it, add/reorder/archive an engagement mode, save the agreement template with an unknown
//   placeholder (refused, shown inline) and then a valid one, reset it; the Partnerships tab in German.
// Every new page and tab passes axe (no serious or critical violations); screenshots land in scratch/shots.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import {
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

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const COMPANY = `Schattenbau Subunternehmen ${Date.now().toString(36)} GmbH`;
const REASON = "Workers on its sites reported withheld passports and wages (our counselling cases, spring 2026).";

async function expectAccessible(p: Page, name: string): Promise<void> {
  await p.waitForLoadState("networkidle");
  const report = formatViolations(name, await axeViolations(p));
  if (report) throw new Error(report);
}

async function asOtherUser(email: string, fn: (p: Page) => Promise<void>): Promise<void> {
  const other = await newPage(browser, server.url);
  try {
    await signIn(other.page, email, demoLogin(server).password);
    await fn(other.page);
  } finally {
    await other.context.close();
  }
}

describe("black and white lists (demo organisation and its network)", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));

  it("puts a company on the black list from its page, with the reason", async () => {
    // A company of its own, so no other journey's screening meets this list entry.
    const res = await page.request.post("/api/v1/companies", { data: { name: COMPANY, country: "DE" }, headers: { Origin: server.url } });
    expect(res.status(), await res.text()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await page.goto(`/companies/${id}`);
    const card = await visible(page.getByTestId("company-lists"));
    await visible(card.getByText(/not on your black or white list/));
    await card.getByTestId("company-list-add").click();
    const dialog = await visible(page.getByTestId("list-entry-dialog"));
    // Saving without a reason says what is missing, in our words.
    await dialog.getByTestId("list-entry-save").click();
    await visible(dialog.getByText("Say why the company is on the list."));
    await dialog.getByTestId("list-kind-black").check();
    await dialog.getByTestId("list-reason").fill(REASON);
    await shot(page, "lists-add-dialog");
    await dialog.getByTestId("list-entry-save").click();
    await visible(card.getByTestId("company-list-entry"));
    expect(await card.getByTestId("company-list-entry").innerText()).toContain("Black list");
    expect(await card.getByTestId("company-list-entry").innerText()).toContain("withheld passports");
    await card.scrollIntoViewIfNeeded();
    await shot(page, "lists-company-card");
    await expectAccessible(page, "company page with its lists card");
  });

  it("lists the entry and passes axe", async () => {
    await page.getByTestId("nav-screening/lists").click();
    await page.waitForURL(/\/screening\/lists/);
    await page.getByTestId("lists-search").fill("Schattenbau");
    const row = page.getByTestId("list-row").filter({ hasText: COMPANY });
    await visible(row);
    expect(await row.innerText()).toMatch(/Not shared/);
    await shot(page, "lists-own");
    await expectAccessible(page, "lists page");
  });

  it("shares the entry with the network only on an explicit choice, with the rationale", async () => {
    const row = page.getByTestId("list-row").filter({ hasText: COMPANY });
    await row.getByTestId("list-share").click();
    const dialog = await visible(page.getByTestId("share-dialog"));
    // Nothing is chosen for the user: the share button waits for the choice of what is shared.
    expect(await dialog.getByTestId("share-submit").isDisabled()).toBe(true);
    expect(await dialog.innerText()).toContain("European NGO Alliance against Trafficking (demo)");
    await dialog.getByTestId("share-mode-name_and_decision").check();
    expect(await dialog.getByTestId("share-preview").innerText()).toContain("(reason not shared)");
    await dialog.getByTestId("share-mode-with_rationale").check();
    expect(await dialog.getByTestId("share-preview").innerText()).toContain("withheld passports");
    await shot(page, "lists-share-dialog");
    await expectAccessible(page, "share dialog");
    await dialog.getByTestId("share-submit").click();
    await visible(dialog.getByTestId("share-current"));
    expect(await dialog.getByTestId("share-current").innerText()).toMatch(/With our rationale/);
    await dialog.getByRole("button", { name: "Close" }).first().click();
    await eventually(async () => expect(await row.innerText()).toMatch(/with reason/));
  });

  it("the other member organisation sees it as a signal, with the reason", async () => {
    await asOtherUser("demo-pl@partnerwise.org", async (p) => {
      await p.goto("/screening/lists?view=shared");
      const shared = await visible(p.getByTestId("lists-shared"));
      expect(await shared.innerText()).toMatch(/never a verdict/);
      const row = p.getByTestId("shared-row").filter({ hasText: COMPANY });
      await visible(row);
      expect(await row.innerText()).toContain("Brückenhaus");
      expect(await row.innerText()).toContain("withheld passports");
      await shot(p, "lists-shared-by-network");
      await expectAccessible(p, "shared by my network");
    });
  });

  it("a viewer reads the lists without ways to change them", async () => {
    await asOtherUser("demo-viewer@partnerwise.org", async (p) => {
      await p.goto("/screening/lists");
      await visible(p.getByTestId("lists-readonly"));
      await visible(p.getByTestId("list-row").first());
      expect(await p.getByTestId("list-add").count()).toBe(0);
      expect(await p.getByTestId("list-edit").count()).toBe(0);
      expect(await p.getByTestId("list-share").count()).toBe(0);
      // Settings the server lets only admins (sector risks, modes) or members (template) change are read-only too.
      await p.goto("/settings/screening");
      await visible(p.getByTestId("sector-risk-row").first());
      expect(await p.getByTestId("sector-risk-add").count()).toBe(0);
      expect(await p.getByTestId("sector-risk-edit").count()).toBe(0);
      await p.goto("/settings/partnerships");
      await visible(p.getByTestId("mode-row").first());
      expect(await p.getByTestId("mode-add-form").count()).toBe(0);
      expect(await p.getByTestId("mode-rename").count()).toBe(0);
      expect(await p.getByTestId("template-body").getAttribute("readonly")).not.toBeNull();
      expect(await p.getByTestId("template-save").count()).toBe(0);
      await shot(p, "settings-partnerships-viewer");
      if (await p.getByTestId("template-preview").count()) {
        await p.getByTestId("template-preview").scrollIntoViewIfNeeded();
        await shot(p, "settings-partnerships-template-viewer");
      }
    });
  });

  afterAll(async () => {
    await context?.close();
  });
});

describe("sector risks, engagement modes and the agreement template (a fresh organisation)", () => {
  beforeAll(async () => {
    ({ context, page } = await newPage(browser, server.url));
    await signUp(page, freshAccount("settings"));
    await createOrganisation(page, "Netzwerk Faire Arbeit e.V.");
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("shows empty lists that say what to do", async () => {
    await page.goto("/screening/lists");
    await visible(page.getByText("No companies on your lists yet"));
    await shot(page, "lists-empty");
    await page.getByTestId("lists-tab-shared").click();
    await visible(page.getByText(/not an active member of a network yet/));
  });

  it("adds a company that is not in the register to the white list, edits it and removes it after confirming", async () => {
    await page.getByTestId("lists-tab-own").click();
    await page.getByTestId("list-add").first().click();
    // The page has an add and an edit dialog: the open one.
    const dialog = await visible(page.locator("[data-testid=list-entry-dialog][open]"));
    await dialog.getByTestId("list-kind-white").check();
    await dialog.getByTestId("list-source-other").check();
    await dialog.getByTestId("list-entry-save").click();
    // Every missing field is named.
    await visible(dialog.getByText("Give the company's name."));
    await visible(dialog.getByText("Choose the company's country."));
    await visible(dialog.getByText("Say why the company is on the list."));
    await dialog.getByTestId("list-company-name").fill("Fair Fabrics Lda");
    await dialog.getByTestId("list-country").selectOption("PT");
    await dialog.getByTestId("list-reason").fill("Audited supply chain; partner since 2019.");
    await dialog.getByTestId("list-entry-save").click();
    const row = page.getByTestId("list-row").filter({ hasText: "Fair Fabrics Lda" });
    await visible(row);
    expect(await row.innerText()).toMatch(/not in the register[\s\S]*White list/);

    await row.getByTestId("list-edit").click();
    await visible(dialog);
    await dialog.getByTestId("list-reason").fill("Audited supply chain (2025 audit by an independent body); partner since 2019.");
    await dialog.getByTestId("list-entry-save").click();
    await eventually(async () => expect(await row.innerText()).toContain("independent body"));

    // Sharing needs a network: the dialog says so instead of offering a choice.
    await row.getByTestId("list-share").click();
    await visible(page.getByTestId("share-no-network"));
    await page.getByTestId("share-dialog").getByRole("button", { name: "Close" }).first().click();

    await row.getByTestId("list-remove").click();
    await visible(page.getByRole("heading", { name: "Remove Fair Fabrics Lda from the white list?" }));
    await shot(page, "lists-remove-confirm");
    await page.getByTestId("confirm-button").click();
    await visible(page.getByText("No companies on your lists yet"));
  });

  it("edits a sector risk, refuses a bad code readably, and resets to the built-in list", async () => {
    await page.goto("/settings/screening");
    const card = await visible(page.getByTestId("sector-risks"));
    expect(await card.getByTestId("sector-risks-origin").innerText()).toBe("Built-in list");
    const first = card.getByTestId("sector-risk-row").first();
    await first.getByTestId("sector-risk-edit").click();
    const dialog = await visible(page.getByTestId("sector-risk-dialog"));
    await dialog
      .getByTestId("sector-reason")
      .fill("Seasonal harvest work through chains of labour providers; our hotline's most frequent sector (edited in e2e).");
    await dialog.getByTestId("sector-add-source").click();
    await dialog
      .getByLabel(/Source \d+: title/)
      .last()
      .fill("Hotline annual report 2025");
    await dialog.getByTestId("sector-risk-save").click();
    await eventually(async () => expect(await card.getByTestId("sector-risks-origin").innerText()).toBe("Your own list"));
    expect(await first.innerText()).toContain("edited in e2e");
    expect(await first.innerText()).toContain("Hotline annual report 2025");

    await card.getByTestId("sector-risk-add").click();
    await visible(dialog);
    await dialog.getByTestId("sector-code").fill("8x");
    await dialog.getByTestId("sector-label").fill("Nonsense");
    await dialog.getByTestId("sector-reason").fill("x");
    await dialog.getByTestId("sector-risk-save").click();
    await visible(dialog.getByText(/Use a NACE Rev. 2 division, group or class/));
    await dialog.getByTestId("sector-label").fill("");
    await dialog.getByTestId("sector-code").fill("53");
    await dialog.getByTestId("sector-code").blur();
    // The division's name is suggested for an empty label.
    expect(await dialog.getByTestId("sector-label").inputValue()).toMatch(/postal and courier/i);
    await dialog
      .getByTestId("sector-reason")
      .fill("Parcel delivery through chains of subcontractors paying per parcel; drivers recruited abroad.");
    await dialog.getByTestId("sector-risk-save").click();
    await visible(card.getByTestId("sector-risk-row").filter({ hasText: "Parcel delivery through chains" }));

    await page.getByTestId("goods-toggle").click();
    await visible(page.getByTestId("goods-provenance"));
    expect(await page.getByTestId("goods-provenance").innerText()).toContain("US Department of Labor");
    await page.getByTestId("goods-filter").fill("cocoa");
    await eventually(async () => expect(await page.getByTestId("goods-row").count()).toBe(1));
    await card.scrollIntoViewIfNeeded();
    await shot(page, "settings-screening-sector-risks");
    await page.getByTestId("goods-risks").scrollIntoViewIfNeeded();
    await shot(page, "settings-screening-goods");
    await expectAccessible(page, "settings → screening");

    await card.getByTestId("sector-risks-reset").click();
    await page.getByTestId("confirm-button").click();
    await eventually(async () => expect(await card.getByTestId("sector-risks-origin").innerText()).toBe("Built-in list"));
  });

  it("adds, reorders and archives an engagement mode", async () => {
    await page.goto("/settings/partnerships");
    const modes = await visible(page.getByTestId("modes-settings"));
    await expectAccessible(page, "settings → partnerships");
    await modes.getByTestId("mode-new-label").fill("SMS donation line");
    expect(await modes.getByTestId("mode-new-key").inputValue()).toBe("sms_donation_line");
    await modes.getByTestId("mode-add").click();
    const row = modes.getByTestId("mode-row").filter({ hasText: "sms_donation_line" });
    await visible(row);
    expect(await modes.getByTestId("mode-row").last().innerText()).toContain("SMS donation line");
    // The same key again is refused beside the field.
    await modes.getByTestId("mode-new-label").fill("SMS donation line");
    await modes.getByTestId("mode-add").click();
    await visible(modes.getByText(/is in use already/));
    await modes.getByTestId("mode-new-label").fill("");

    await row.getByRole("button", { name: "Move SMS donation line up" }).click();
    await eventually(async () => {
      const rows = await modes.getByTestId("mode-row").allInnerTexts();
      expect(rows[rows.length - 2]).toContain("SMS donation line");
    });
    const other = modes.getByTestId("mode-row").filter({ has: page.getByText("other", { exact: true }) });
    await other.getByTestId("mode-archive").click();
    await eventually(async () => expect(await other.innerText()).toContain("Archived"));
    await shot(page, "settings-partnerships-modes");
  });

  it("refuses a template with an unknown placeholder inline, saves a valid one, resets it", async () => {
    const card = await visible(page.getByTestId("template-settings"));
    const body = card.getByTestId("template-body");
    const original = await body.inputValue();
    await body.fill(`${original}\n\nSigned for the company by {{company.ceo}}.`);
    await card.getByTestId("template-save").click();
    const errors = await visible(card.getByTestId("template-errors"));
    expect(await errors.innerText()).toContain("{{company.ceo}}");
    await card.getByTestId("template-errors").scrollIntoViewIfNeeded();
    await shot(page, "settings-partnerships-template-error");

    await body.fill(`${original}\n\nPrepared on `);
    await body.press("End");
    await card.getByTestId("placeholder-today").click();
    expect(await body.inputValue()).toMatch(/Prepared on \{\{today\}\}$/);
    await card.getByTestId("template-save").click();
    await eventually(async () => expect(await card.getByTestId("template-origin").innerText()).toMatch(/Your own template/));
    expect(await card.getByTestId("template-errors").count()).toBe(0);
    await card.scrollIntoViewIfNeeded();
    await shot(page, "settings-partnerships-template");
    await expectAccessible(page, "settings → partnerships (template saved)");

    await card.getByTestId("template-reset").click();
    await page.getByTestId("confirm-button").click();
    await eventually(async () => expect(await card.getByTestId("template-origin").innerText()).toBe("Built-in template"));
  });

  it("speaks German on the Partnerships tab", async () => {
    await page.goto("/settings/partnerships");
    await page.getByRole("button", { name: "Amira Haddad" }).click();
    await page.getByRole("button", { name: "Deutsch" }).click();
    await visible(page.getByRole("heading", { name: "Formen der Zusammenarbeit" }));
    await visible(page.getByRole("heading", { name: "Vorlage für Vereinbarungsentwürfe" }));
    await shot(page, "settings-partnerships-de");
    await page.goto("/screening/lists");
    await visible(page.getByRole("heading", { name: "Schwarze und weiße Listen", level: 1 }));
    await shot(page, "lists-empty-de");
  });
});

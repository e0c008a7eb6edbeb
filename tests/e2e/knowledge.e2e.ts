// The knowledge hub between the two demo NGOs: a staff member finds a practice guide by search and opens it, writes a
// case study from one of the organisation's partnerships (pre-filled, nothing confidential unless ticked), an admin
// approves it, and the other demo NGO of the network reads it. And an item carrying a script, an image with an
// onerror handler and javascript: links runs nothing, on the item page and on the network's public page.
// Runs on the shared demo server; the case studies and the hostile item are this test's own.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { apiGet, axeViolations, demoLogin, formatViolations, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const marker = `Hotline case ${Date.now().toString(36)}`;
let caseStudyId = "";
let companyName = "";
const setLang = (l: "en" | "de") => page.evaluate((x) => localStorage.setItem("partnerwise.lang", x), l);
const post = async (path: string, data: unknown) => {
  const res = await page.request.post(`/api/v1${path}`, { data, headers: { Origin: server.url } });
  expect(res.status(), `POST ${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
};

/** Records whether anything an item carries ran: a dialog opened, or the flag the payloads set got set. */
async function nothingRan(p: Page, dialogs: string[]): Promise<void> {
  await p.waitForLoadState("networkidle");
  expect(dialogs).toEqual([]);
  expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

describe("case studies and the knowledge hub between the demo NGOs", () => {
  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    await setLang("en");
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    if (page) await setLang("en").catch(() => undefined);
    await context?.close();
    await browser?.close();
  });

  it("finds a practice guide by search and opens it", async () => {
    await page.goto("/knowledge");
    await page.getByTestId("knowledge-search").fill("first meeting company");
    // The search lands in the address once typing pauses; wait for it, or that late update would take the page back.
    await page.waitForURL(/[?&]q=first/);
    const link = page.getByTestId("knowledge-link").filter({ hasText: "Preparing the first meeting with a company" });
    await visible(link);
    await link.first().click();
    await visible(page.getByTestId("knowledge-title").filter({ hasText: "Preparing the first meeting" }));
    await visible(page.getByTestId("knowledge-body").getByRole("heading", { name: "In the meeting" }));
  });

  it("writes a case study from a partnership: pre-filled, nothing confidential unless ticked, saved as a draft", async () => {
    const list = await apiGet<{ items: Array<{ id: string; title: string; company: { name: string } }> }>(page, "/engagements?limit=200");
    const e = list.items.find((x) => x.title === "Hotline and mobile field team")!;
    companyName = e.company.name;
    await page.goto(`/partnerships/${e.id}`);
    await page.getByTestId("engagement-write-case-study").click();
    const form = await visible(page.getByTestId("case-study-form"));
    await visible(form.getByTestId("markdown-editor"));
    const title = page.getByTestId("case-study-title");
    expect(await title.inputValue()).toMatch(/^Case study: /);
    // The company's name is a part, unticked; the pre-filled text does not name it.
    const namePart = page.getByTestId("case-study-part-company_name");
    expect(await namePart.isChecked()).toBe(false);
    expect(await page.getByTestId("case-study-preview").innerText()).not.toContain(companyName);
    expect(await page.getByTestId("case-study-scope-network").isChecked()).toBe(true);
    await page.waitForLoadState("networkidle");
    const report = formatViolations("case-study form", await axeViolations(page));
    if (report) throw new Error(report);
    await shot(page, "knowledge-case-study-form-en");

    // Typing the company's name into the title without ticking the part is refused, part named.
    await title.fill(`${marker} with ${companyName}`);
    await page.getByTestId("case-study-save").click();
    await visible(page.getByTestId("case-study-errors").getByText("The company's name"));
    await title.fill(marker);
    await page.getByTestId("case-study-save").click();
    await page.waitForURL(/\/knowledge\/[0-9a-f-]{36}$/);
    caseStudyId = page.url().split("/").pop()!;
    await visible(page.getByTestId("knowledge-draft-notice").getByText("Draft — awaiting an admin's approval"));
    expect(await page.getByTestId("knowledge-body").innerText()).not.toContain(companyName);
    await shot(page, "knowledge-case-study-draft-en");
  });

  it("an admin approves it, and the other demo NGO reads it; the draft was invisible to it before", async () => {
    const other = await newPage(browser, server.url);
    try {
      await signIn(other.page, "demo-pl@partnerwise.org", demoLogin(server).password);
      const before = await other.page.request.get(`/api/v1/knowledge/${caseStudyId}`);
      expect(before.status()).toBe(404);

      await page.goto(`/knowledge/${caseStudyId}`);
      await page.getByTestId("knowledge-approve").click();
      await page.getByTestId("knowledge-draft-notice").waitFor({ state: "detached" });
      await visible(page.getByTestId("knowledge-meta").getByText("European NGO Alliance"));
      await shot(page, "knowledge-case-study-approved-en");

      await other.page.goto("/knowledge");
      await other.page.getByTestId("knowledge-search").fill(marker);
      await other.page.waitForURL(/[?&]q=/);
      await other.page.getByTestId("knowledge-link").filter({ hasText: marker }).first().click();
      await visible(other.page.getByTestId("knowledge-title").filter({ hasText: marker }));
      await visible(other.page.getByTestId("knowledge-meta").getByText("Brückenhaus e.V."));
      expect(await other.page.getByTestId("knowledge-body").innerText()).not.toContain(companyName);
      expect(await other.page.getByTestId("knowledge-approve").count()).toBe(0);
      await shot(other.page, "knowledge-case-study-other-ngo");
    } finally {
      await other.context.close();
    }
  });

  it("lists a network peer's shared case study of the same company on the prospect's page", async () => {
    // The other NGO's shared demo case study was written from its partnership with a bakery: the same company,
    // entered in this organisation's register, shows it among the network peers and in its fit.
    const other = await newPage(browser, server.url);
    let company: { name: string; country: string };
    try {
      await signIn(other.page, "demo-pl@partnerwise.org", demoLogin(server).password);
      const theirs = await apiGet<{ items: Array<{ title: string; companyId: string }> }>(other.page, "/engagements?limit=200");
      const e = theirs.items.find((x) => x.title === "Apprenticeships for returning survivors")!;
      company = await apiGet<{ name: string; country: string }>(other.page, `/companies/${e.companyId}`);
    } finally {
      await other.context.close();
    }
    const mine = await post("/companies", { name: company.name, country: company.country });
    await page.goto(`/prospects/${mine.id}`);
    const peers = await visible(page.getByTestId("prospect-peer-case-studies"));
    await visible(peers.getByRole("link", { name: /apprenticeships for young women returning/i }));
    await visible(peers.getByText(/Fundacja Wspólny Horyzont/));
    const fit = await apiGet<{ fit: { factors: Array<{ key: string; code: string; points: number }> } }>(page, `/prospects/${mine.id}`);
    const peersFactor = fit.fit.factors.find((f) => f.key === "peers")!;
    expect(peersFactor.code).toMatch(/case_studies$/);
    expect(peersFactor.points).toBeGreaterThan(0);
    await peers.scrollIntoViewIfNeeded();
    await shot(page, "knowledge-prospect-peer-case-study");
  });

  it("shows the case-study form and the draft page in German", async () => {
    const list = await apiGet<{ items: Array<{ id: string; title: string }> }>(page, "/engagements?limit=200");
    const e = list.items.find((x) => x.title === "Foundation grant for the shelter") ?? list.items[0]!;
    const draft = await post(`/engagements/${e.id}/case-studies`, { language: "de", title: `Fallstudie ${marker}`, scope: "private" });
    await setLang("de");
    await page.goto(`/partnerships/${e.id}/case-study`);
    await visible(page.getByRole("heading", { name: "Fallstudie schreiben", level: 1 }));
    await visible(page.getByText("Vertrauliche Teile — ausgelassen, außer Sie schließen sie ein"));
    expect(await page.getByTestId("case-study-title").inputValue()).toMatch(/^Fallstudie: /);
    await page.waitForLoadState("networkidle");
    await shot(page, "knowledge-case-study-form-de");
    await page.goto(`/knowledge/${draft.id}`);
    await visible(page.getByTestId("knowledge-draft-notice").getByText(/Entwurf — wartet auf die Freigabe/));
    await visible(page.getByTestId("knowledge-approve").getByText("Freigeben und veröffentlichen"));
    await shot(page, "knowledge-case-study-draft-de");
    await page.goto(`/knowledge/${caseStudyId}`);
    await visible(page.getByTestId("knowledge-title"));
    await shot(page, "knowledge-case-study-approved-de");
    await setLang("en");
  });

  it("never runs a script an item carries, on the item page or on the network's public page", async () => {
    const networks = await apiGet<{ items: Array<{ id: string; name: string }> }>(page, "/networks");
    const net = networks.items.find((n) => n.name.startsWith("European NGO Alliance"))!;
    const hostile = await post("/knowledge", {
      title: `Hostile <img src=x onerror="window.__pwned=1;alert('title')"> ${marker}`,
      language: "en",
      kind: "practice_guide",
      scope: "public",
      networkId: net.id,
      body: [
        "Before <script>window.__pwned = 1; alert('script')</script> after.",
        "",
        '<img src="x" onerror="window.__pwned=2;alert(\'img\')">',
        "",
        "[a javascript link](javascript:window.__pwned=3;alert('link'))",
        "",
        '<a href="javascript:window.__pwned=4" id="raw-link">raw link</a>',
        "",
        "![image](javascript:window.__pwned=5)",
        "",
        "<svg onload=\"window.__pwned=6;alert('svg')\"></svg>",
      ].join("\n"),
    });
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });

    await page.goto(`/knowledge/${hostile.id}`);
    const body = await visible(page.getByTestId("knowledge-body"));
    await nothingRan(page, dialogs);
    // The markup is shown as text, never made elements or live links.
    expect(await body.innerText()).toContain("<script>");
    expect(await page.locator("[data-testid=knowledge-body] script, [data-testid=knowledge-body] svg").count()).toBe(0);
    expect(await page.locator("[data-testid=knowledge-body] [onerror], [data-testid=knowledge-body] [onload]").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i], img[src^="javascript:" i]').count()).toBe(0);
    await page.getByText("a javascript link").first().click();
    await nothingRan(page, dialogs);

    await page.goto(`/public/${net.id}/knowledge/${hostile.id}`);
    await visible(page.getByRole("heading", { name: /Hostile/ }));
    await nothingRan(page, dialogs);
    expect(await page.locator("main script, article script").count()).toBe(0);
    expect(await page.locator("[onerror], [onload]").count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i], img[src^="javascript:" i]').count()).toBe(0);
    expect(await page.content()).toContain("&lt;script&gt;");
    await shot(page, "knowledge-hostile-public-page");
  });
});

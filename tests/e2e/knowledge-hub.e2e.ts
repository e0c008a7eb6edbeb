// The knowledge hub's files, links and public pages: an image uploaded from the editor is inserted into the Markdown
// and rendered in the preview, on the item page and on the network's public page (by its slug, signed out); an
// attachment is listed; a linking item shows under "Linked from"; the network page shows the public link; a member's
// capacity profile lists hub items under each gap.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./harness";
import { demoLogin, eventually, sharedServer, shot, shotOnFailure, signIn, visible } from "./helpers";

let server: { url: string; log: () => string };
let browser: Browser;
let context: BrowserContext;
let page: Page;
const RUN = Date.now().toString(36);
const SLUG = `hub-e2e-${RUN}`;

async function call<T>(method: "POST" | "PATCH", path: string, data: unknown): Promise<T> {
  const res = await page.request.fetch(`/api/v1${path}`, { method, data, headers: { Origin: server.url } });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}
const setLang = (l: "en" | "de") => page.evaluate((x) => localStorage.setItem("partnerwise.lang", x), l);

/** A real PNG drawn in the page (a coloured card with a word), as bytes. */
async function pngBytes(p: Page): Promise<Buffer> {
  const dataUrl = await p.evaluate(() => {
    const c = document.createElement("canvas");
    c.width = 480;
    c.height = 200;
    const g = c.getContext("2d")!;
    g.fillStyle = "#3730a3";
    g.fillRect(0, 0, 480, 200);
    g.fillStyle = "#ffffff";
    g.font = "bold 36px sans-serif";
    g.fillText("Hotel lobby poster", 40, 110);
    return c.toDataURL("image/png");
  });
  return Buffer.from(dataUrl.split(",")[1], "base64");
}

/** Whether the image has loaded and decoded (a broken image has no natural width). */
const loaded = (p: Page, selector: string) =>
  eventually(async () => {
    const w = await p
      .locator(selector)
      .first()
      .evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(w).toBeGreaterThan(0);
  });

describe("knowledge hub: images, attachments, links and the public page by slug", () => {
  let netId = "";
  let itemId = "";
  let linkingId = "";

  beforeAll(async () => {
    server = sharedServer();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, server.url));
    const { email, password } = demoLogin(server);
    await signIn(page, email, password);
    const net = await call<{ id: string }>("POST", "/networks", { name: `Hub e2e network ${RUN}` });
    netId = net.id;
    await call("PATCH", `/networks/${netId}`, { slug: SLUG });
    const item = await call<{ id: string }>("POST", "/knowledge", {
      title: `Hotel partnership poster ${RUN}`,
      language: "en",
      scope: "public",
      networkId: netId,
      kind: "practice_guide",
      tags: ["approach"],
      body: "## Why a poster\n\nHotels put the hotline poster where staff see it.\n",
    });
    itemId = item.id;
    const linking = await call<{ id: string }>("POST", "/knowledge", {
      title: `Checklist for hotel visits ${RUN}`,
      language: "en",
      scope: "public",
      networkId: netId,
      kind: "checklist",
      body: `Before a visit read [the poster guide](/knowledge/${itemId}).`,
    });
    linkingId = linking.id;
  });
  afterEach(async ({ task }) => shotOnFailure(page, task));
  afterAll(async () => {
    if (page) await setLang("en").catch(() => undefined);
    await context?.close();
    await browser?.close();
  });

  it("uploads an image from the editor, inserts it and renders it; attaches a document; the item page lists it and its backlink", async () => {
    await page.goto(`/knowledge/${itemId}/edit`);
    await visible(page.getByTestId("markdown-editor"));
    // Put the cursor at the end of the text, then upload: the image's Markdown lands there.
    await page.getByTestId("markdown-editor").click();
    await page.keyboard.press("Control+End");
    await page
      .getByTestId("knowledge-image-input")
      .setInputFiles({ name: "hotel-lobby.png", mimeType: "image/png", buffer: await pngBytes(page) });
    await eventually(async () =>
      expect(await page.getByTestId("markdown-editor").textContent()).toMatch(/!\[hotel-lobby\]\(\/api\/v1\/knowledge\//),
    );
    await loaded(page, '[data-testid="knowledge-preview"] img');
    await page.getByTestId("knowledge-file-input").setInputFiles({
      name: "visit-handout.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
    });
    await visible(page.getByTestId("knowledge-editor-files").getByText("visit-handout.pdf"));
    // The link picker writes a link to another item.
    await page.getByTestId("knowledge-link-item").click();
    await page.getByTestId("knowledge-link-search").fill(`Checklist hotel visits ${RUN}`);
    await visible(page.getByTestId("knowledge-link-choice").filter({ hasText: "Checklist for hotel visits" }));
    await shot(page, "knowledge-link-picker-en");
    await page.getByTestId("knowledge-link-choice").filter({ hasText: "Checklist for hotel visits" }).first().click();
    await eventually(async () => expect(await page.getByTestId("markdown-editor").textContent()).toContain(`(/knowledge/${linkingId})`));
    await page.getByTestId("knowledge-preview").scrollIntoViewIfNeeded();
    await shot(page, "knowledge-editor-image-en");

    await page.getByTestId("knowledge-save").click();
    await page.waitForURL(new RegExp(`/knowledge/${itemId}$`));
    await loaded(page, '[data-testid="knowledge-body"] img');
    await visible(page.getByTestId("knowledge-attachment").getByText("visit-handout.pdf"));
    await visible(page.getByTestId("knowledge-backlinks").getByText(`Checklist for hotel visits ${RUN}`));
    await visible(page.getByTestId("knowledge-body").getByRole("link", { name: /Checklist for hotel visits/ }));
    await shot(page, "knowledge-item-files-backlinks-en");

    await setLang("de");
    await page.reload();
    await visible(page.getByTestId("knowledge-backlinks").getByText("Verlinkt von"));
    await visible(page.getByTestId("knowledge-attachments").getByText("Anhänge"));
    await loaded(page, '[data-testid="knowledge-body"] img');
    await shot(page, "knowledge-item-files-backlinks-de");
    await page.goto(`/knowledge/${itemId}/edit`);
    await visible(page.getByTestId("knowledge-insert-image").getByText("Bild einfügen"));
    await loaded(page, '[data-testid="knowledge-preview"] img');
    await page.getByTestId("knowledge-preview").scrollIntoViewIfNeeded();
    await shot(page, "knowledge-editor-image-de");
    await setLang("en");
  });

  it("shows the public page by slug without sign-in, with the image, and the network page's public link", async () => {
    await page.goto(`/networks/${netId}`);
    const link = await visible(page.getByTestId("network-public-link"));
    expect(await link.getAttribute("href")).toBe(`/public/${SLUG}/knowledge`);
    await page.getByTestId("network-public-knowledge").scrollIntoViewIfNeeded();
    await shot(page, "network-public-link-en");
    await setLang("de");
    await page.reload();
    await visible(page.getByTestId("network-public-knowledge").getByText("Öffentliche Wissensseite"));
    await page.getByTestId("network-public-knowledge").scrollIntoViewIfNeeded();
    await shot(page, "network-public-link-de");
    await setLang("en");

    // Signed out: a fresh browser context without the session.
    const anon = await newPage(browser, server.url);
    try {
      await anon.page.goto(`/public/${SLUG}/knowledge?lang=en`);
      await visible(anon.page.getByRole("link", { name: `Hotel partnership poster ${RUN}` }));
      await shot(anon.page, "knowledge-public-list-en");
      await anon.page.getByRole("link", { name: `Hotel partnership poster ${RUN}` }).click();
      await anon.page.waitForURL(new RegExp(`/public/${SLUG}/knowledge/${itemId}`));
      await loaded(anon.page, "article img");
      expect(await anon.page.locator("article img").first().getAttribute("src")).toMatch(
        new RegExp(`^/public/${SLUG}/knowledge/${itemId}/files/`),
      );
      await visible(anon.page.getByRole("link", { name: "visit-handout.pdf" }));
      await visible(anon.page.locator("article").getByRole("link", { name: /Checklist for hotel visits/ }));
      await shot(anon.page, "knowledge-public-item-en");
      await anon.page.goto(`/public/${SLUG}/knowledge/${itemId}?lang=de`);
      await visible(anon.page.getByText("Anhänge"));
      await loaded(anon.page, "article img");
      await shot(anon.page, "knowledge-public-item-de");
      // The signed-in file route refuses the signed-out reader.
      const src = await page.evaluate(async (id) => (await (await fetch(`/api/v1/knowledge/${id}`)).json()).files[0].url, itemId);
      expect((await anon.page.request.get(src)).status()).toBe(401);
    } finally {
      await anon.context.close();
    }
  });

  it("lists hub items under each gap of a member's capacity profile", async () => {
    const member = await newPage(browser, server.url);
    try {
      await signIn(member.page, "demo-pl@partnerwise.org", "partnerwise-demo");
      await call("POST", `/networks/${netId}/members`, { organizationSlug: "wspolny-horyzont-demo" });
      const accepted = await member.page.request.post(`/api/v1/networks/${netId}/accept`, { headers: { Origin: server.url } });
      expect(accepted.status()).toBe(200);
      const net = await (await page.request.get(`/api/v1/networks/${netId}`)).json();
      const pl = net.members.find((m: { name: string }) => /Horyzont/i.test(m.name)).organizationId as string;
      const round = await call<{ id: string }>("POST", `/networks/${netId}/assessment-rounds`, {
        name: `Gaps ${RUN}`,
        organizationIds: [pl],
      });
      const answered = await member.page.request.put(`/api/v1/assessment-rounds/${round.id}/response`, {
        data: { answers: { org_region: "central_eastern", org_scope: "national", joint_activities: "no" }, submit: true },
        headers: { Origin: server.url },
      });
      expect(answered.status(), await answered.text()).toBe(200);
      await member.page.evaluate(() => localStorage.setItem("partnerwise.lang", "en"));
      await member.page.goto(`/assessment/${round.id}`);
      const steps = await visible(member.page.getByTestId("capacity-steps"));
      await visible(steps.getByTestId("gap-knowledge-item").filter({ hasText: `Hotel partnership poster ${RUN}` }));
      await steps.scrollIntoViewIfNeeded();
      await shot(member.page, "assessment-gap-knowledge-en");
      await member.page.evaluate(() => localStorage.setItem("partnerwise.lang", "de"));
      await member.page.reload();
      await visible(member.page.getByTestId("capacity-steps").getByText("Passende Beiträge unter Wissen:").first());
      await member.page.getByTestId("capacity-steps").scrollIntoViewIfNeeded();
      await shot(member.page, "assessment-gap-knowledge-de");
      await member.page.evaluate(() => localStorage.setItem("partnerwise.lang", "en"));
    } finally {
      await member.context.close();
    }
  });
});

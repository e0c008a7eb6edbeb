import { describe, expect, it } from "vitest";
import { type Account, Client, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;

describe("public knowledge pages", () => {
  it("serve a network's public items as HTML without sign-in, never a network or private item, and run no script", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Pages");
    const b = await ownerWithOrg(app.get(), "NGO Other");
    const net = (await a.client.post("/api/v1/networks", { name: "Pages Network" })).body.id as string;
    const other = (await b.client.post("/api/v1/networks", { name: "Other Network" })).body.id as string;
    const post = async (who: Account, item: Record<string, unknown>) =>
      (await who.client.post("/api/v1/knowledge", { language: "en", body: "Hotel partnerships.", ...item })).body.id as string;
    const pub = await post(a, {
      title: "Public hotel guide",
      scope: "public",
      networkId: net,
      body: "## Steps\n\n<script>window.pwned = 1</script>\n\n[bad](javascript:alert(1)) <img src=x onerror=alert(1)>",
    });
    const shared = await post(a, { title: "Network-only hotel guide", scope: "network", networkId: net });
    const priv = await post(a, { title: "Private hotel guide", scope: "private" });
    const elsewhere = await post(b, { title: "Another network's public guide", scope: "public", networkId: other });

    const anon = new Client(app.get());
    const list = await anon.get(`/public/${net}/knowledge?lang=en`);
    expect(list.status).toBe(200);
    expect(list.headers.get("content-type")).toMatch(/text\/html/);
    expect(list.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const html = String(list.body);
    expect(html).toContain("Public hotel guide");
    expect(html).toContain("Engagement mode"); // the built-in write-ups are public on every network's pages
    expect(html).not.toContain("Network-only hotel guide");
    expect(html).not.toContain("Private hotel guide");
    expect(html).not.toContain("Another network");
    expect(html).not.toMatch(/<script/i);

    const searched = String((await anon.get(`/public/${net}/knowledge?q=hotels&lang=de`)).body);
    expect(searched).toContain("Public hotel guide");
    expect(searched).toContain('lang="de"');
    expect(searched).not.toContain("Engagement-Form: Sachspenden");

    const item = await anon.get(`/public/${net}/knowledge/${pub}`);
    expect(item.status).toBe(200);
    const body = String(item.body);
    expect(body).toContain("<h2>Steps</h2>");
    expect(body).toContain("&lt;script&gt;window.pwned = 1&lt;/script&gt;");
    expect(body).not.toMatch(/<script|<img|href="javascript:/i);
    expect(item.headers.get("content-security-policy")).toContain("script-src 'self'");

    for (const id of [shared, priv, elsewhere, "not-a-uuid"]) expect((await anon.get(`/public/${net}/knowledge/${id}`)).status).toBe(404);
    expect((await anon.get(`/public/${crypto.randomUUID()}/knowledge`)).status).toBe(404);
    expect((await anon.get(`/public/not-a-network/knowledge/${pub}`)).status).toBe(404);
  });
});

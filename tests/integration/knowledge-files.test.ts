import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filesRoot } from "../../src/platform/storage.js";
import { type Account, Client, isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

// Images and attachments of knowledge items (stored like agreement files: checked, in the owning organisation's
// storage, audited), served publicly only for public items; and links between items without leaking what a reader
// may not see.

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3]);
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

function form(bytes: Uint8Array<ArrayBuffer>, name: string, type: string) {
  const f = new FormData();
  f.append("file", new File([bytes], name, { type }));
  return f;
}

async function networkOf(coord: Account, ...others: Account[]): Promise<string> {
  const id = (await coord.client.post("/api/v1/networks", { name: `Files Network ${Math.random().toString(36).slice(2, 7)}` })).body.id;
  for (const o of others) {
    expect((await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(o) })).status).toBe(201);
    expect((await o.client.post(`/api/v1/networks/${id}/accept`)).status).toBe(200);
  }
  return id;
}

const post = async (who: Account, item: Record<string, unknown>) => {
  const r = await who.client.post("/api/v1/knowledge", { language: "en", body: "Text.", ...item });
  expect(r.status).toBe(201);
  return r.body.id as string;
};

describe("knowledge item files", () => {
  it("uploads, lists, downloads and removes an item's files; refuses bad content; another organisation gets 404", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Files A");
    const b = await ownerWithOrg(app.get(), "NGO Files B");
    const id = await post(a, { title: "Guide with a picture", scope: "private" });

    const up = await a.client.post(`/api/v1/knowledge/${id}/files`, form(PNG, "hotel lobby.png", "image/png"));
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ filename: "hotel lobby.png", contentType: "image/png", size: PNG.byteLength });
    expect(up.body.url).toBe(`/api/v1/knowledge/${id}/files/${up.body.id}`);
    const pdf = await a.client.post(`/api/v1/knowledge/${id}/files`, form(PDF, "checklist.pdf", ""));
    expect(pdf.status).toBe(201);
    expect(pdf.body.contentType).toBe("application/pdf");

    // Stored in the organisation's own folder.
    expect(readdirSync(join(filesRoot(), a.orgId, "knowledge"))).toHaveLength(2);
    const item = await a.client.get(`/api/v1/knowledge/${id}`);
    expect(item.body.files.map((f: { filename: string }) => f.filename)).toEqual(["hotel lobby.png", "checklist.pdf"]);
    expect((await a.client.get(`/api/v1/knowledge/${id}/files`)).body.items).toHaveLength(2);

    const down = await a.client.get(up.body.url);
    expect(down.status).toBe(200);
    expect(down.contentType).toBe("image/png");
    expect(down.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(down.body as ArrayBuffer).equals(Buffer.from(PNG))).toBe(true);

    // Bad content: an HTML page calling itself a PNG, a script, an empty file.
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    expect(isProblem(await a.client.post(`/api/v1/knowledge/${id}/files`, form(html, "x.png", "image/png")), 422)).toBe(true);
    expect(isProblem(await a.client.post(`/api/v1/knowledge/${id}/files`, form(html, "x.js", "application/javascript")), 422)).toBe(true);
    expect(isProblem(await a.client.post(`/api/v1/knowledge/${id}/files`, form(new Uint8Array(), "e.png", "image/png")), 422)).toBe(true);

    // Another organisation: the private item and its files are not there.
    expect(isProblem(await b.client.get(up.body.url), 404)).toBe(true);
    expect(isProblem(await b.client.get(`/api/v1/knowledge/${id}/files`), 404)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/knowledge/${id}/files`, form(PNG, "x.png", "image/png")), 404)).toBe(true);
    expect(isProblem(await b.client.delete(up.body.url), 404)).toBe(true);
    // A file id under another item is not found either.
    const other = await post(a, { title: "Other guide", scope: "private" });
    expect(isProblem(await a.client.get(`/api/v1/knowledge/${other}/files/${up.body.id}`), 404)).toBe(true);
    // A viewer reads but does not upload.
    const viewer = await memberOf(app.get(), a, "viewer");
    expect((await viewer.client.get(up.body.url)).status).toBe(200);
    expect(isProblem(await viewer.client.post(`/api/v1/knowledge/${id}/files`, form(PNG, "v.png", "image/png")), 403)).toBe(true);

    const audit = await a.client.get("/api/v1/audit?entityType=knowledge_item");
    expect(JSON.stringify(audit.body)).toContain("Attached hotel lobby.png to knowledge item Guide with a picture");

    expect((await a.client.delete(pdf.body.url)).status).toBe(204);
    expect(isProblem(await a.client.get(pdf.body.url), 404)).toBe(true);
    expect(readdirSync(join(filesRoot(), a.orgId, "knowledge"))).toHaveLength(1);
    // Deleting the item removes its remaining bytes too.
    expect((await a.client.delete(`/api/v1/knowledge/${id}`)).status).toBe(204);
    expect(readdirSync(join(filesRoot(), a.orgId, "knowledge"))).toHaveLength(0);
  });

  it("serves a public item's files on the network's public pages without sign-in, never a private or network item's", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Public Files");
    const net = await networkOf(a);
    const pub = await post(a, { title: "Public guide with image", scope: "public", networkId: net });
    const priv = await post(a, { title: "Private guide with image", scope: "private" });
    const shared = await post(a, { title: "Network guide with image", scope: "network", networkId: net });
    const upload = async (item: string) => (await a.client.post(`/api/v1/knowledge/${item}/files`, form(PNG, "p.png", "image/png"))).body;
    const pf = await upload(pub);
    const att = (await a.client.post(`/api/v1/knowledge/${pub}/files`, form(PDF, "handout.pdf", "application/pdf"))).body;
    const privFile = await upload(priv);
    const sharedFile = await upload(shared);
    await a.client.patch(`/api/v1/knowledge/${pub}`, { body: `Look:\n\n![The lobby](${pf.url})\n\n![tracker](http://evil.example/p.gif)` });

    const anon = new Client(app.get());
    const page = String((await anon.get(`/public/${net}/knowledge/${pub}?lang=en`)).body);
    const publicUrl = `/public/${net}/knowledge/${pub}/files/${pf.id}`;
    expect(page).toContain(`<img src="${publicUrl}" alt="The lobby">`);
    expect(page).not.toContain("evil.example");
    expect(page).toContain("handout.pdf");
    const img = await anon.get(publicUrl);
    expect(img.status).toBe(200);
    expect(img.contentType).toBe("image/png");
    expect(img.headers.get("cache-control")).toMatch(/^public/);
    expect(Buffer.from(img.body as ArrayBuffer).equals(Buffer.from(PNG))).toBe(true);
    expect((await anon.get(`/public/${net}/knowledge/${pub}/files/${att.id}`)).status).toBe(200);

    // Private and network items' files are not public, nor is a file asked for under the wrong item.
    expect((await anon.get(`/public/${net}/knowledge/${priv}/files/${privFile.id}`)).status).toBe(404);
    expect((await anon.get(`/public/${net}/knowledge/${shared}/files/${sharedFile.id}`)).status).toBe(404);
    expect((await anon.get(`/public/${net}/knowledge/${pub}/files/${privFile.id}`)).status).toBe(404);
    expect((await anon.get(`/public/${net}/knowledge/${pub}/files/not-an-id`)).status).toBe(404);
    // Nor through the signed-in API without a session.
    expect((await anon.get(pf.url)).status).toBe(401);
  });
});

describe("links between items", () => {
  it("lists backlinks and resolves links only to items the reader may read", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Links A");
    const b = await ownerWithOrg(app.get(), "NGO Links B");
    const net = await networkOf(a, b);
    const target = await post(a, { title: "Shared target guide", scope: "network", networkId: net });
    const secret = await post(a, { title: "Secret internal memo", scope: "private" });
    const fromShared = await post(a, {
      title: "Shared linking guide",
      scope: "network",
      networkId: net,
      body: `See [the guide](/knowledge/${target}) and [our memo](/knowledge/${secret}).`,
    });
    const fromPrivate = await post(a, { title: "Private linking note", scope: "private", body: `Builds on [it](/knowledge/${target}).` });

    // The author sees both links resolved and both backlinks.
    const own = await a.client.get(`/api/v1/knowledge/${fromShared}`);
    expect(own.body.links.map((l: { id: string }) => l.id).sort()).toEqual([target, secret].sort());
    const back = await a.client.get(`/api/v1/knowledge/${target}/backlinks`);
    expect(back.body.items.map((i: { id: string }) => i.id).sort()).toEqual([fromShared, fromPrivate].sort());

    // Another member organisation: the link to the private memo is not resolved (no title), the private note is no backlink.
    const seen = await b.client.get(`/api/v1/knowledge/${fromShared}`);
    expect(seen.status).toBe(200);
    expect(seen.body.links).toEqual([{ id: target, title: "Shared target guide" }]);
    expect(JSON.stringify(seen.body.links)).not.toContain("Secret internal memo");
    const theirs = await b.client.get(`/api/v1/knowledge/${target}/backlinks`);
    expect(theirs.body.items.map((i: { id: string }) => i.id)).toEqual([fromShared]);
    expect(isProblem(await b.client.get(`/api/v1/knowledge/${secret}/backlinks`), 404)).toBe(true);
    // An outsider sees neither.
    const c = await ownerWithOrg(app.get(), "NGO Links Outside");
    expect(isProblem(await c.client.get(`/api/v1/knowledge/${target}/backlinks`), 404)).toBe(true);
    // Taking the link out of the text takes the backlink away; deleting the linking item too.
    await a.client.patch(`/api/v1/knowledge/${fromPrivate}`, { body: "No link any more." });
    expect((await a.client.get(`/api/v1/knowledge/${target}/backlinks`)).body.items.map((i: { id: string }) => i.id)).toEqual([fromShared]);
    expect((await a.client.delete(`/api/v1/knowledge/${fromShared}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/knowledge/${target}/backlinks`)).body.items).toEqual([]);
  });

  it("renders links on public pages only to items those pages show", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Public Links");
    const net = await networkOf(a);
    const other = await post(a, { title: "Another public guide", scope: "public", networkId: net });
    const hidden = await post(a, { title: "Hidden private guide", scope: "private" });
    const pub = await post(a, {
      title: "Public guide with links",
      scope: "public",
      networkId: net,
      body: `Read [the other guide](/knowledge/${other}) and [the private one](/knowledge/${hidden}).`,
    });
    const page = String((await new Client(app.get()).get(`/public/${net}/knowledge/${pub}?lang=en`)).body);
    expect(page).toContain(`<a href="/public/${net}/knowledge/${other}?lang=en">the other guide</a>`);
    expect(page).toContain('<span class="unavailable-link">the private one</span>');
    expect(page).not.toContain(hidden);
    expect(page).not.toContain("Hidden private guide");
  });

  it("pages a search in rank order with the total of all matches, also past the last page", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Paging");
    for (const [i, title] of ["Zebrafinch hotline guide", "Zebrafinch notes", "Zebrafinch zebrafinch checklist"].entries())
      await post(a, { title, scope: "private", body: i === 2 ? "zebrafinch zebrafinch zebrafinch" : "Other text." });
    const first = await a.client.get("/api/v1/knowledge?q=zebrafinch&limit=2&offset=0&mine=true");
    expect(first.body.total).toBe(3);
    expect(first.body.items[0].title).toBe("Zebrafinch zebrafinch checklist");
    expect(first.body.items).toHaveLength(2);
    const second = await a.client.get("/api/v1/knowledge?q=zebrafinch&limit=2&offset=2&mine=true");
    expect(second.body.items).toHaveLength(1);
    expect(second.body.total).toBe(3);
    const past = await a.client.get("/api/v1/knowledge?q=zebrafinch&limit=2&offset=10&mine=true");
    expect(past.body).toMatchObject({ items: [], total: 3 });
    expect((await a.client.get("/api/v1/knowledge?q=nosuchwordanywhere&mine=true")).body).toMatchObject({ items: [], total: 0 });
  });
});

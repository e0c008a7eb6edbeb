import { describe, expect, it } from "vitest";
import { seedBuiltIns } from "../../src/domains/knowledge/knowledge.service.js";
import { type Account, Client, isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
const ids = (r: { body: { items: Array<{ id: string }> } }) => r.body.items.map((i) => i.id);

/** A network founded by `coord`'s owner, which `others` join (an owner invited, then accepting). */
async function networkOf(coord: Account, ...others: Account[]): Promise<string> {
  const id = (await coord.client.post("/api/v1/networks", { name: `Network ${Math.random().toString(36).slice(2, 7)}` })).body.id;
  for (const o of others) {
    expect((await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(o) })).status).toBe(201);
    expect((await o.client.post(`/api/v1/networks/${id}/accept`)).status).toBe(200);
  }
  return id;
}

describe("knowledge hub", () => {
  it("searches each item in its own language: German by an inflected form, English by singular or plural", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Search");
    const de = await a.client.post("/api/v1/knowledge", {
      title: "Lieferanten prüfen",
      body: "Wir prüfen die Lieferketten unserer Partner auf Zwangsarbeit und Kinderarbeit.",
      language: "de",
      scope: "private",
      tags: ["selection", "Country:de"],
    });
    expect(de.status).toBe(201);
    expect(de.body).toMatchObject({
      language: "de",
      scope: "private",
      status: "published",
      version: 1,
      tags: ["selection", "country:DE"],
      own: true,
    });
    const en = (
      await a.client.post("/api/v1/knowledge", {
        title: "Sustaining partnerships",
        body: "How we sustained our partnerships with companies beyond the first year.",
        language: "en",
        scope: "private",
        tags: ["sustaining"],
      })
    ).body;
    const search = (q: string) => a.client.get(`/api/v1/knowledge?q=${encodeURIComponent(q)}&mine=true`);
    expect(ids(await search("Lieferkette"))).toEqual([de.body.id]);
    expect(ids(await search("Zwangsarbeiten"))).toEqual([de.body.id]);
    expect(ids(await search("partnership"))).toEqual([en.id]);
    expect(ids(await search("company"))).toEqual([en.id]);
    expect(ids(await search("sustain"))).toEqual([en.id]);
    expect(ids(await search("Lieferkette OR partnership")).sort()).toEqual([de.body.id, en.id].sort());
    expect(ids(await search("Fahrzeug"))).toEqual([]);
    // Tag, kind and language filters narrow the list.
    expect(ids(await a.client.get("/api/v1/knowledge?mine=true&tags=selection,country:DE"))).toEqual([de.body.id]);
    expect(ids(await a.client.get("/api/v1/knowledge?mine=true&tags=selection,sustaining"))).toEqual([]);
    expect(ids(await a.client.get("/api/v1/knowledge?mine=true&language=en"))).toEqual([en.id]);
    expect(isProblem(await a.client.get("/api/v1/knowledge?language=fr"), 422)).toBe(true);
    expect(isProblem(await a.client.post("/api/v1/knowledge", { title: "x", body: "y", language: "fr", scope: "private" }), 422)).toBe(
      true,
    );
    expect(isProblem(await a.client.post("/api/v1/knowledge", { title: " ", body: "y", language: "en" }), 422)).toBe(true);
  });

  it("keeps private items private, shares network items with the network only, and shows public items to anyone", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Alpha");
    const b = await ownerWithOrg(app.get(), "NGO Beta");
    const outsider = await ownerWithOrg(app.get(), "NGO Outside");
    const net = await networkOf(a, b);
    const post = (who: Account, item: Record<string, unknown>) =>
      who.client.post("/api/v1/knowledge", { language: "en", body: "Shelter partnerships with hotels.", ...item });

    const priv = (await post(a, { title: "Alpha private", scope: "private" })).body;
    const shared = (await post(a, { title: "Alpha network", scope: "network", networkId: net, tags: ["approach"] })).body;
    const pub = (await post(a, { title: "Alpha public", scope: "public", tags: ["approach"] })).body;
    expect(shared).toMatchObject({ scope: "network", network: { id: net }, networkId: net });

    // B (in the network) reads the network and public items, never A's private one.
    const bList = ids(await b.client.get("/api/v1/knowledge?q=hotel"));
    expect(bList).toContain(shared.id);
    expect(bList).toContain(pub.id);
    expect(bList).not.toContain(priv.id);
    expect(isProblem(await b.client.get(`/api/v1/knowledge/${priv.id}`), 404)).toBe(true);
    expect((await b.client.get(`/api/v1/knowledge/${shared.id}`)).body).toMatchObject({ own: false, organization: { name: "NGO Alpha" } });
    // The outsider reads only the public one.
    const oList = ids(await outsider.client.get("/api/v1/knowledge?q=hotel"));
    expect(oList).toContain(pub.id);
    expect(oList).not.toContain(shared.id);
    expect(oList).not.toContain(priv.id);
    expect(isProblem(await outsider.client.get(`/api/v1/knowledge/${shared.id}`), 404)).toBe(true);
    expect(isProblem(await outsider.client.get(`/api/v1/knowledge/${priv.id}/versions`), 404)).toBe(true);
    // Another organisation cannot change or delete what it may read.
    expect(isProblem(await b.client.patch(`/api/v1/knowledge/${pub.id}`, { title: "Taken over" }), 403)).toBe(true);
    expect(isProblem(await outsider.client.patch(`/api/v1/knowledge/${priv.id}`, { title: "x" }), 404)).toBe(true);
    expect(isProblem(await outsider.client.delete(`/api/v1/knowledge/${priv.id}`), 404)).toBe(true);
    // Sharing with a network the organisation is not in is refused.
    expect(isProblem(await post(outsider, { title: "Elsewhere", scope: "network", networkId: net }), 422)).toBe(true);
    expect(isProblem(await post(a, { title: "Nowhere", scope: "network" }), 422)).toBe(true);

    // Without signing in: the public item, and nothing else.
    const anon = new Client(app.get());
    const open = await anon.get(`/api/public/knowledge/${pub.id}`);
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ id: pub.id, title: "Alpha public", organization: "NGO Alpha" });
    expect(open.body).not.toHaveProperty("networkId");
    expect(isProblem(await anon.get(`/api/public/knowledge/${shared.id}`), 404)).toBe(true);
    expect(isProblem(await anon.get(`/api/public/knowledge/${priv.id}`), 404)).toBe(true);
    expect(isProblem(await anon.get("/api/public/knowledge/not-a-uuid"), 404)).toBe(true);
    expect((await anon.get(`/api/v1/knowledge/${pub.id}`)).status).toBe(401);
  });

  it("lets members write private items, admins share them, and the network's coordinators curate network items", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Curated");
    const aMember = await memberOf(app.get(), a, "member");
    const aViewer = await memberOf(app.get(), a, "viewer");
    const coordOrg = await ownerWithOrg(app.get(), "NGO Coordinator");
    const net = await networkOf(coordOrg, a);

    expect(isProblem(await aViewer.client.post("/api/v1/knowledge", { title: "v", language: "en" }), 403)).toBe(true);
    const draft = await aMember.client.post("/api/v1/knowledge", {
      title: "Our first MoU",
      body: "Draft",
      language: "en",
      kind: "template",
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ scope: "private", kind: "template", canEdit: true, author: { id: aMember.userId } });
    expect(isProblem(await aMember.client.patch(`/api/v1/knowledge/${draft.body.id}`, { scope: "network", networkId: net }), 403)).toBe(
      true,
    );
    expect(isProblem(await aMember.client.post("/api/v1/knowledge", { title: "p", language: "en", scope: "public" }), 403)).toBe(true);

    const shared = await a.client.patch(`/api/v1/knowledge/${draft.body.id}`, {
      scope: "network",
      networkId: net,
      body: "Signed MoU template",
    });
    expect(shared.body).toMatchObject({ scope: "network", version: 2 });
    // Once shared, only admins of the organisation and the network's coordinators change it.
    expect(isProblem(await aMember.client.patch(`/api/v1/knowledge/${draft.body.id}`, { title: "x" }), 403)).toBe(true);
    expect((await aMember.client.get(`/api/v1/knowledge/${draft.body.id}`)).body.canEdit).toBe(false);
    expect((await coordOrg.client.get(`/api/v1/knowledge/${draft.body.id}`)).body.canEdit).toBe(true);
    const curated = await coordOrg.client.patch(`/api/v1/knowledge/${draft.body.id}`, {
      title: "MoU template (checked)",
      tags: ["sustaining"],
    });
    expect(curated.status).toBe(200);
    expect(curated.body).toMatchObject({ title: "MoU template (checked)", version: 3, organization: { name: "NGO Curated" } });
    expect(isProblem(await coordOrg.client.patch(`/api/v1/knowledge/${draft.body.id}`, { scope: "public" }), 403)).toBe(true);
    expect(isProblem(await coordOrg.client.delete(`/api/v1/knowledge/${draft.body.id}`), 403)).toBe(true);
    // The coordinator withdraws it from the network: it is the organisation's private item again.
    expect((await coordOrg.client.patch(`/api/v1/knowledge/${draft.body.id}`, { scope: "private" })).body).toMatchObject({
      scope: "private",
      networkId: null,
    });
    expect(isProblem(await coordOrg.client.get(`/api/v1/knowledge/${draft.body.id}`), 404)).toBe(true);

    const versions = (await a.client.get(`/api/v1/knowledge/${draft.body.id}/versions`)).body.items;
    expect(versions.map((v: { version: number; title: string }) => [v.version, v.title])).toEqual([
      [4, "MoU template (checked)"],
      [3, "MoU template (checked)"],
      [2, "Our first MoU"],
      [1, "Our first MoU"],
    ]);
    expect(versions[3]).toMatchObject({ body: "Draft", scope: "private", editedBy: { id: aMember.userId } });
    const log = (await a.client.get(`/api/v1/audit?entityType=knowledge_item&entityId=${draft.body.id}`)).body.items;
    expect(log.map((x: { action: string }) => x.action).sort()).toEqual(["create", "update", "update", "update"]);

    expect((await a.client.delete(`/api/v1/knowledge/${draft.body.id}`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/knowledge/${draft.body.id}`), 404)).toBe(true);
  });

  it("ships built-in engagement modes and the worked example in English and German, read-only, with related items", async () => {
    const db = app.get().database.db;
    expect(await seedBuiltIns(db)).toBe(44);
    expect(await seedBuiltIns(db)).toBe(0);
    const a = await ownerWithOrg(app.get(), "NGO Reader");
    const modes = (await a.client.get("/api/v1/knowledge?kind=engagement_mode&limit=100")).body.items;
    expect(modes.filter((m: { language: string }) => m.language === "en")).toHaveLength(6);
    expect(modes.filter((m: { language: string }) => m.language === "de")).toHaveLength(6);
    expect(modes.every((m: { builtIn: boolean; organization: unknown }) => m.builtIn && m.organization === null)).toBe(true);
    // German search stems: "Sachspende" finds "Sachspenden"; English: "donation" finds "donations".
    const de = (await a.client.get("/api/v1/knowledge?q=Sachspende&language=de")).body.items;
    expect(de[0].title).toBe("Engagement-Form: Sachspenden");
    const example = (await a.client.get("/api/v1/knowledge?q=mobile%20operator%20hotline&language=en")).body.items[0];
    expect(example).toMatchObject({ kind: "case_study", title: "Worked example: a mobile operator strengthens a hotline" });
    expect(isProblem(await a.client.patch(`/api/v1/knowledge/${example.id}`, { title: "Mine now" }), 403)).toBe(true);
    expect(isProblem(await a.client.delete(`/api/v1/knowledge/${example.id}`), 403)).toBe(true);
    const related = (await a.client.get(`/api/v1/knowledge/${example.id}/related`)).body.items;
    expect(related.length).toBeGreaterThan(2);
    expect(related[0].language).toBe("en");
    expect(related.map((r: { id: string }) => r.id)).not.toContain(example.id);
    // Suggested in context: an engagement's mode and stage.
    const suggested = (await a.client.get("/api/v1/knowledge/suggested?tags=mode:employment_reintegration,stage:negotiating")).body.items;
    expect(
      suggested
        .slice(0, 2)
        .map((s: { title: string }) => s.title)
        .sort(),
    ).toEqual([
      "Engagement mode: employment and reintegration of survivors",
      "Engagement-Form: Beschäftigung und Wiedereingliederung Betroffener",
    ]);
    const anon = new Client(app.get());
    expect((await anon.get(`/api/public/knowledge/${example.id}`)).body).toMatchObject({ organization: null, kind: "case_study" });
  });
});

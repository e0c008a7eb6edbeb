import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
const company = async (a: Account, name: string, country: string) =>
  (await a.client.post("/api/v1/companies", { name, country })).body as { id: string };
const screen = async (a: Account, companyId: string) => {
  const r = await a.client.post(`/api/v1/companies/${companyId}/screenings`, {});
  expect(r.status).toBe(201);
  return r.body;
};
type Sig = { source: string; detail: string };
const listSignals = (s: { signals: Sig[] }): Sig[] => s.signals.filter((x) => x.source === "network_list" || x.source === "own_list");

describe("black and white lists", () => {
  it("keeps entries with reasons per organisation; members write, viewers read", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Lists");
    const m = await memberOf(app.get(), a, "member");
    const v = await memberOf(app.get(), a, "viewer");
    const co = await company(a, "Quickhire Personal GmbH", "DE");

    const linked = await m.client.post("/api/v1/screening-lists/entries", {
      list: "black",
      companyId: co.id,
      reason: "Charged recruitment fees to Romanian workers (our 2025 casework).",
    });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({
      list: "black",
      companyName: "Quickhire Personal GmbH",
      country: "DE",
      companyId: co.id,
      shares: [],
      createdBy: { id: m.userId },
    });
    const white = await m.client.post("/api/v1/screening-lists/entries", {
      list: "white",
      companyName: "Fair Fabrics Lda",
      country: "pt",
      reason: "Long-standing partner",
    });
    expect(white.body).toMatchObject({ country: "PT", companyId: null });
    const bad = await m.client.post("/api/v1/screening-lists/entries", { list: "grey", reason: "" });
    expect(isProblem(bad, 422)).toBe(true);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["list", "reason"]);
    const noName = await m.client.post("/api/v1/screening-lists/entries", { list: "black", reason: "why" });
    expect(noName.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["companyName", "country"]);

    expect(
      isProblem(
        await v.client.post("/api/v1/screening-lists/entries", { list: "black", companyName: "X", country: "DE", reason: "y" }),
        403,
      ),
    ).toBe(true);
    expect(isProblem(await v.client.patch(`/api/v1/screening-lists/entries/${white.body.id}`, { reason: "z" }), 403)).toBe(true);
    expect(isProblem(await v.client.delete(`/api/v1/screening-lists/entries/${white.body.id}`), 403)).toBe(true);
    expect((await v.client.get("/api/v1/screening-lists/entries?list=black")).body).toMatchObject({
      total: 1,
      items: [{ companyName: "Quickhire Personal GmbH" }],
    });
    expect((await v.client.get("/api/v1/screening-lists/entries?q=fabric")).body.total).toBe(1);
    expect((await v.client.get(`/api/v1/screening-lists/entries?companyId=${co.id}`)).body.total).toBe(1);

    const patched = await m.client.patch(`/api/v1/screening-lists/entries/${white.body.id}`, {
      reason: "Partner since 2019; audited supply chain.",
    });
    expect(patched.body).toMatchObject({ reason: "Partner since 2019; audited supply chain.", updatedBy: { id: m.userId } });

    // The organisation's own black list is a strong signal when screening the company.
    const s = await screen(m, co.id);
    expect(listSignals(s)).toEqual([
      expect.objectContaining({ source: "own_list", severity: "high", points: 25, detail: expect.stringContaining("Romanian workers") }),
    ]);
    expect(s.risk.factors.find((f: { source: string; key: string }) => f.key.startsWith("own_list:"))).toMatchObject({
      points: 25,
      effect: "raises",
    });

    expect((await m.client.delete(`/api/v1/screening-lists/entries/${white.body.id}`)).status).toBe(204);
    expect(isProblem(await m.client.get(`/api/v1/screening-lists/entries/${white.body.id}`), 404)).toBe(true);
  });

  it("shares entries with a network only on an explicit choice, never the reason unless chosen, and never across tenants", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Sharer");
    const aMember = await memberOf(app.get(), a, "member");
    const b = await ownerWithOrg(app.get(), "NGO Peer");
    const c = await ownerWithOrg(app.get(), "NGO Outsider");
    const net = (await a.client.post("/api/v1/networks", { name: "Sharing Network" })).body;
    await a.client.post(`/api/v1/networks/${net.id}/members`, { organizationSlug: await slugOf(b) });
    expect((await b.client.post(`/api/v1/networks/${net.id}/join`)).status).toBe(200);
    const cNet = (await c.client.post("/api/v1/networks", { name: "Outsider Network" })).body;

    const e1 = (
      await a.client.post("/api/v1/screening-lists/entries", {
        list: "black",
        companyName: "Shady Staffing Ltd",
        country: "GB",
        reason: "SECRET-REASON-ONE: debt bondage case",
      })
    ).body;
    const e2 = (
      await a.client.post("/api/v1/screening-lists/entries", {
        list: "black",
        companyName: "Hidden Harvest Farms SL",
        country: "ES",
        reason: "SECRET-REASON-TWO: never shared",
      })
    ).body;
    const e3 = (
      await a.client.post("/api/v1/screening-lists/entries", {
        list: "white",
        companyName: "Fair Fabrics Lda",
        country: "PT",
        reason: "Rationale we chose to share",
      })
    ).body;

    // Nothing is shared by default.
    expect((await b.client.get("/api/v1/screening-lists/shared")).body).toMatchObject({ total: 0, items: [] });
    const bShady = await company(b, "Shady Staffing Ltd", "GB");
    expect(listSignals(await screen(b, bShady.id))).toEqual([]);

    // Sharing: admins only, only with a network the organisation is in.
    expect(
      isProblem(
        await aMember.client.post(`/api/v1/screening-lists/entries/${e1.id}/share`, { networkId: net.id, mode: "name_and_decision" }),
        403,
      ),
    ).toBe(true);
    expect(
      isProblem(
        await a.client.post(`/api/v1/screening-lists/entries/${e1.id}/share`, { networkId: cNet.id, mode: "name_and_decision" }),
        404,
      ),
    ).toBe(true);
    expect(
      isProblem(await a.client.post(`/api/v1/screening-lists/entries/${e1.id}/share`, { networkId: net.id, mode: "everything" }), 422),
    ).toBe(true);
    const shared = await a.client.post(`/api/v1/screening-lists/entries/${e1.id}/share`, { networkId: net.id, mode: "name_and_decision" });
    expect(shared.body.shares).toEqual([
      expect.objectContaining({
        networkId: net.id,
        networkName: "Sharing Network",
        mode: "name_and_decision",
        sharedBy: { id: a.userId, name: expect.any(String) },
      }),
    ]);
    expect(
      (await a.client.post(`/api/v1/screening-lists/entries/${e3.id}/share`, { networkId: net.id, mode: "with_rationale" })).status,
    ).toBe(200);

    // B sees the shared entries, E1 without its reason; never E2.
    const seen = (await b.client.get("/api/v1/screening-lists/shared")).body;
    expect(seen.items).toEqual([
      {
        list: "white",
        companyName: "Fair Fabrics Lda",
        country: "PT",
        organizationName: "NGO Sharer",
        networkId: net.id,
        networkName: "Sharing Network",
        mode: "with_rationale",
        sharedAt: expect.any(String),
        reason: "Rationale we chose to share",
      },
      {
        list: "black",
        companyName: "Shady Staffing Ltd",
        country: "GB",
        organizationName: "NGO Sharer",
        networkId: net.id,
        networkName: "Sharing Network",
        mode: "name_and_decision",
        sharedAt: expect.any(String),
      },
    ]);
    expect(JSON.stringify(seen)).not.toContain("SECRET-REASON");

    // During screening the shared entry is a signal, never a verdict: on refresh of the earlier draft, and for a
    // new screening of a company whose name differs slightly.
    const draftId = (await b.client.get(`/api/v1/companies/${bShady.id}/screenings`)).body.items[0].id;
    const refreshed = (await b.client.post(`/api/v1/screenings/${draftId}/refresh-signals`)).body;
    const variant = await screen(b, (await company(b, "Shady Staffing Ltd.", "GB")).id);
    for (const scr of [refreshed, variant]) {
      const found = listSignals(scr);
      expect(found).toEqual([
        expect.objectContaining({ source: "network_list", severity: "medium", points: 12, title: expect.stringContaining("NGO Sharer") }),
      ]);
      expect(found[0].detail).toContain("name and decision only");
      expect(scr).toMatchObject({ status: "draft", decision: null });
      expect(JSON.stringify(scr)).not.toContain("SECRET-REASON");
    }
    expect(listSignals(await screen(b, (await company(b, "Shady Staffing Ltd", "IE")).id))).toEqual([]);
    expect(refreshed.risk.factors.find((f: { key: string }) => f.key.startsWith("network_list:"))).toMatchObject({
      points: 12,
      effect: "raises",
    });
    const fair = await screen(b, (await company(b, "Fair Fabrics Lda", "PT")).id);
    expect(listSignals(fair)).toEqual([
      expect.objectContaining({ source: "network_list", points: -5, detail: expect.stringContaining("Rationale we chose to share") }),
    ]);
    const hidden = await screen(b, (await company(b, "Hidden Harvest Farms SL", "ES")).id);
    expect(listSignals(hidden)).toEqual([]);
    expect(JSON.stringify(hidden)).not.toContain("SECRET-REASON");

    // An organisation outside the network sees nothing; no organisation reaches another's entries by id.
    expect((await c.client.get("/api/v1/screening-lists/shared")).body.total).toBe(0);
    expect(listSignals(await screen(c, (await company(c, "Shady Staffing Ltd", "GB")).id))).toEqual([]);
    for (const o of [b, c]) {
      expect(JSON.stringify((await o.client.get("/api/v1/screening-lists/entries")).body)).not.toContain("SECRET-REASON");
      for (const e of [e1, e2, e3]) {
        expect(isProblem(await o.client.get(`/api/v1/screening-lists/entries/${e.id}`), 404)).toBe(true);
        expect(isProblem(await o.client.patch(`/api/v1/screening-lists/entries/${e.id}`, { reason: "hijack" }), 404)).toBe(true);
        expect(isProblem(await o.client.delete(`/api/v1/screening-lists/entries/${e.id}`), 404)).toBe(true);
        expect(
          isProblem(
            await o.client.post(`/api/v1/screening-lists/entries/${e.id}/share`, { networkId: net.id, mode: "with_rationale" }),
            404,
          ),
        ).toBe(true);
        expect(isProblem(await o.client.delete(`/api/v1/screening-lists/entries/${e.id}/share`), 404)).toBe(true);
      }
    }

    // Unsharing removes it from the network at once.
    expect(isProblem(await a.client.delete(`/api/v1/screening-lists/entries/${e2.id}/share?networkId=${net.id}`), 404)).toBe(true);
    expect((await a.client.delete(`/api/v1/screening-lists/entries/${e1.id}/share?networkId=${net.id}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/screening-lists/entries/${e1.id}`)).body.shares).toEqual([]);
    expect((await b.client.get("/api/v1/screening-lists/shared")).body.items.map((i: { companyName: string }) => i.companyName)).toEqual([
      "Fair Fabrics Lda",
    ]);
    const after = (await b.client.post(`/api/v1/screenings/${refreshed.id}/refresh-signals`)).body;
    expect(listSignals(after)).toEqual([]);

    // Leaving the network hides what was shared there.
    expect((await b.client.delete(`/api/v1/networks/${net.id}/members/${b.orgId}`)).status).toBe(204);
    expect((await b.client.get("/api/v1/screening-lists/shared")).body.total).toBe(0);
  });
});

describe("list and sector-risk validation messages", () => {
  it("say what is missing in words a coordinator understands", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Messages");
    const e = (
      await a.client.post("/api/v1/screening-lists/entries", {
        list: "black",
        companyName: "Nordwind Zeitarbeit",
        country: "DE",
        reason: "Recruitment fees.",
      })
    ).body;
    const bad = await a.client.patch(`/api/v1/screening-lists/entries/${e.id}`, { companyName: " ", reason: "" });
    expect(isProblem(bad, 422)).toBe(true);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "companyName", message: "Give the company's name." }),
        expect.objectContaining({ path: "reason", message: "Say why the company is on the list." }),
      ]),
    );
    const sr = await a.client.req("PUT", "/api/v1/screening/sector-risks", {
      items: [{ naceCode: "53", label: "", level: "high", reason: " ", sources: [{ title: "", url: "not a url" }] }],
    });
    expect(isProblem(sr, 422)).toBe(true);
    const byPath = Object.fromEntries(sr.body.errors.map((x: { path: string; message: string }) => [x.path, x.message]));
    expect(byPath).toMatchObject({
      "items.0.label": "Give the sector's name.",
      "items.0.reason": "Say why the sector is at risk.",
      "items.0.sources.0.title": "Give the source's title.",
      "items.0.sources.0.url": "Use a full web address (https://…).",
    });
  });
});

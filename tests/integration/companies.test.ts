import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

describe("companies API", () => {
  it("creates, reads, changes and deletes a company, with problem+json on bad input", async () => {
    const a = await ownerWithOrg(app.get(), "NGO A");
    const created = await a.client.post("/api/v1/companies", {
      name: "Müller Logistik GmbH",
      country: "de",
      naceCode: "49.41",
      tags: ["logistics"],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Müller Logistik GmbH",
      country: "DE",
      naceLabel: "Land transport and transport via pipelines",
      tags: ["logistics"],
    });
    const id = created.body.id;

    const bad = await a.client.post("/api/v1/companies", { name: "", country: "Germany!" });
    expect(isProblem(bad, 422)).toBe(true);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["country", "name"]);

    const patched = await a.client.patch(`/api/v1/companies/${id}`, { sizeClass: "sme", website: "mueller-logistik.de" });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ sizeClass: "sme", website: "https://mueller-logistik.de" });

    expect((await a.client.get(`/api/v1/companies/${id}`)).body.name).toBe("Müller Logistik GmbH");
    // A patch touches only the fields it sends: lists it leaves out stay as they are.
    const described = await a.client.patch(`/api/v1/companies/${id}`, { description: "Road haulage" });
    expect(described.body).toMatchObject({ description: "Road haulage", tags: ["logistics"] });
    expect((await a.client.delete(`/api/v1/companies/${id}`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/companies/${id}`), 404)).toBe(true);
  });

  it("finds companies by misspelt, accent-less names and by description words", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Search");
    await a.client.post("/api/v1/companies", { name: "Müller Logistik GmbH", country: "DE" });
    await a.client.post("/api/v1/companies", {
      name: "Société Générale Services",
      country: "FR",
      description: "Facility cleaning and catering",
    });
    await a.client.post("/api/v1/companies", { name: "Nordic Timber AB", country: "SE" });
    const names = async (q: string) =>
      (await a.client.get(`/api/v1/companies?q=${encodeURIComponent(q)}`)).body.items.map((c: { name: string }) => c.name);
    expect(await names("Mueller Logistk")).toContain("Müller Logistik GmbH");
    expect(await names("muller")).toContain("Müller Logistik GmbH");
    expect(await names("Societe Generale")).toContain("Société Générale Services");
    expect(await names("catering")).toEqual(["Société Générale Services"]);
    expect(await names("Nordik Timbre")).toContain("Nordic Timber AB");
  });

  it("paginates, sorts and filters on the server", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Filters");
    for (let i = 0; i < 12; i++) {
      await a.client.post("/api/v1/companies", {
        name: `Company ${String(i).padStart(2, "0")}`,
        country: i % 2 ? "AT" : "PL",
        sizeClass: i % 3 === 0 ? "large" : "sme",
        naceCode: i % 2 ? "10.11" : "55",
        tags: i < 3 ? ["food"] : [],
        ownerId: i === 0 ? a.userId : null,
      });
    }
    const page = await a.client.get("/api/v1/companies?limit=5&offset=5&sort=-name");
    expect(page.body.total).toBe(12);
    expect(page.body.items.map((c: { name: string }) => c.name)).toEqual([
      "Company 06",
      "Company 05",
      "Company 04",
      "Company 03",
      "Company 02",
    ]);
    expect((await a.client.get("/api/v1/companies?country=AT")).body.total).toBe(6);
    expect((await a.client.get("/api/v1/companies?size=large")).body.total).toBe(4);
    expect((await a.client.get("/api/v1/companies?sector=C")).body.total).toBe(6);
    expect((await a.client.get("/api/v1/companies?sector=55")).body.total).toBe(6);
    expect((await a.client.get("/api/v1/companies?tag=food")).body.total).toBe(3);
    expect((await a.client.get(`/api/v1/companies?owner=${a.userId}`)).body.total).toBe(1);
    expect(isProblem(await a.client.get("/api/v1/companies?sort=bogus"), 422)).toBe(true);
    // Keyset pages carry the total; a page after the last row (nothing left to carry it) still counts every company.
    const first = (await a.client.get("/api/v1/companies?limit=6")).body;
    const second = (await a.client.get(`/api/v1/companies?limit=6&cursor=${first.nextCursor}`)).body;
    expect([first.total, second.total, second.items.length]).toEqual([12, 12, 6]);
    const past = (await a.client.get(`/api/v1/companies?limit=6&cursor=${second.nextCursor}`)).body;
    expect([past.total, past.items.length, past.nextCursor]).toEqual([12, 0, null]);
  });

  it("names the owner, creator and last editor on every read and write, read with the row", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Names");
    const m = await memberOf(app.get(), a, "member");
    const created = (await a.client.post("/api/v1/companies", { name: "Named Co", country: "DE", ownerId: m.userId })).body;
    const names = (c: { owner: { name: string } | null; createdBy: { name: string }; updatedBy: { name: string } }) => [
      c.owner?.name,
      c.createdBy.name,
      c.updatedBy.name,
    ];
    expect(names(created)).toEqual(["A member", "Owner of NGO Names", "Owner of NGO Names"]);
    const changed = (await m.client.patch(`/api/v1/companies/${created.id}`, { ownerId: null })).body;
    expect([changed.owner, changed.createdBy.name, changed.updatedBy.name]).toEqual([null, "Owner of NGO Names", "A member"]);
    const read = (await a.client.get(`/api/v1/companies/${created.id}`)).body;
    const listed = (await a.client.get("/api/v1/companies")).body.items[0];
    const found = (await a.client.get("/api/v1/companies?q=named")).body.items[0];
    for (const c of [read, listed, found])
      expect([c.owner, c.createdBy.name, c.updatedBy.name]).toEqual([null, "Owner of NGO Names", "A member"]);
  });

  it("merges a duplicate without losing names, fields or tags", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Merge");
    const t = (await a.client.post("/api/v1/companies", { name: "Acme Foods Ltd", country: "IE", tags: ["food"] })).body;
    const s = (
      await a.client.post("/api/v1/companies", {
        name: "ACME Foods Limited",
        country: "IE",
        registrationId: "IE123",
        tags: ["retail"],
        website: "acme.ie",
      })
    ).body;
    const merged = await a.client.post(`/api/v1/companies/${t.id}/merge`, { sourceId: s.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ registrationId: "IE123", website: "https://acme.ie", otherNames: ["ACME Foods Limited"] });
    expect(merged.body.tags.sort()).toEqual(["food", "retail"]);
    expect((await a.client.get(`/api/v1/companies/${s.id}`)).status).toBe(404);
    expect((await a.client.get("/api/v1/companies?q=acme%20limited")).body.items[0].id).toBe(t.id);
  });

  it("lets a viewer read but not write, and records an audit trail for admins only", async () => {
    const owner = await ownerWithOrg(app.get(), "NGO Roles");
    const viewer = await memberOf(app.get(), owner, "viewer");
    const co = (await owner.client.post("/api/v1/companies", { name: "Viewed Co", country: "NL" })).body;
    expect((await viewer.client.get(`/api/v1/companies/${co.id}`)).status).toBe(200);
    expect(isProblem(await viewer.client.post("/api/v1/companies", { name: "Nope", country: "NL" }), 403)).toBe(true);
    expect(isProblem(await viewer.client.patch(`/api/v1/companies/${co.id}`, { name: "Nope" }), 403)).toBe(true);
    expect(isProblem(await viewer.client.delete(`/api/v1/companies/${co.id}`), 403)).toBe(true);
    expect(isProblem(await viewer.client.get("/api/v1/audit"), 403)).toBe(true);
    const log = await owner.client.get(`/api/v1/audit?entityId=${co.id}`);
    expect(log.body.items[0]).toMatchObject({ action: "create", entityType: "company", actorId: owner.userId });
  });
});

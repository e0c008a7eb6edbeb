import { describe, expect, it } from "vitest";
import { isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

describe("cross-tenant isolation: contacts", () => {
  it("gives another organisation 404 on every contact route and never shows A's people", async () => {
    const a = await ownerWithOrg(app.get(), "NGO A");
    const b = await ownerWithOrg(app.get(), "NGO B");
    const aCo = (await a.client.post("/api/v1/companies", { name: "Müller Logistik GmbH", country: "DE" })).body;
    const aContact = (
      await a.client.post("/api/v1/contacts", { name: "Jürgen Geheim", email: "juergen@geheim.example", companyId: aCo.id })
    ).body;
    const bCo = (await b.client.post("/api/v1/companies", { name: "B's own", country: "DE" })).body;
    const bContact = (await b.client.post("/api/v1/contacts", { name: "Bea Own", companyId: bCo.id })).body;

    // B is owner (so admin) of its own organisation: every refusal below is tenancy, not role.
    const id = aContact.id;
    expect(isProblem(await b.client.get(`/api/v1/contacts/${id}`), 404)).toBe(true);
    expect(isProblem(await b.client.patch(`/api/v1/contacts/${id}`, { name: "hijack" }), 404)).toBe(true);
    expect(isProblem(await b.client.delete(`/api/v1/contacts/${id}`), 404)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/contacts/${id}/employments`, { companyId: bCo.id }), 404)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/contacts/${id}/leave`, {}), 404)).toBe(true);
    expect(isProblem(await b.client.get(`/api/v1/contacts/${id}/export`), 404)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/contacts/${id}/erase`, { reason: "hostile" }), 404)).toBe(true);
    expect(isProblem(await b.client.get(`/api/v1/companies/${aCo.id}/contacts`), 404)).toBe(true);

    // A's company cannot be used from B, in any body field.
    const viaCreate = await b.client.post("/api/v1/contacts", { name: "Sneaky", companyId: aCo.id });
    expect(isProblem(viaCreate, 422)).toBe(true);
    expect(viaCreate.body.errors[0].path).toBe("companyId");
    expect(isProblem(await b.client.post(`/api/v1/contacts/${bContact.id}/employments`, { companyId: aCo.id }), 422)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/contacts/${bContact.id}/leave`, { joinCompanyId: aCo.id }), 422)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/contacts/${bContact.id}/leave`, { companyId: aCo.id }), 422)).toBe(true);
    expect(isProblem(await b.client.patch(`/api/v1/companies/${bCo.id}`, { primaryContactId: id }), 422)).toBe(true);

    for (const q of [
      "",
      "?q=J%C3%BCrgen",
      "?q=juergen%20geheim",
      "?q=geheim.example",
      `?companyId=${aCo.id}`,
      "?status=active",
      "?status=left",
      "?status=all",
    ]) {
      const list = await b.client.get(`/api/v1/contacts${q}`);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toMatch(/Jürgen|geheim|Müller/);
    }
    expect((await b.client.get("/api/v1/contacts")).body.total).toBe(1);

    // B's export of its own person has nothing of A's.
    const bExport = await b.client.get(`/api/v1/contacts/${bContact.id}/export`);
    expect(bExport.status).toBe(200);
    expect(JSON.stringify(bExport.body)).not.toMatch(/Jürgen|geheim|Müller/);

    // Nothing B tried changed A's data.
    const still = (await a.client.get(`/api/v1/contacts/${id}`)).body;
    expect(still).toMatchObject({ name: "Jürgen Geheim", currentCompanies: [{ id: aCo.id }] });
    expect(still.employments).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

describe("cross-tenant isolation: companies", () => {
  it("gives another organisation 404 on every route and never shows its records", async () => {
    const a = await ownerWithOrg(app.get(), "NGO A");
    const b = await ownerWithOrg(app.get(), "NGO B");
    const co = (await a.client.post("/api/v1/companies", { name: "Müller Logistik GmbH", country: "DE", description: "secret notes" }))
      .body;
    const bOwn = (await b.client.post("/api/v1/companies", { name: "B's own", country: "DE" })).body;
    expect(isProblem(await b.client.get(`/api/v1/companies/${co.id}`), 404)).toBe(true);
    expect(isProblem(await b.client.patch(`/api/v1/companies/${co.id}`, { name: "hijack" }), 404)).toBe(true);
    expect(isProblem(await b.client.delete(`/api/v1/companies/${co.id}`), 404)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/companies/${bOwn.id}/merge`, { sourceId: co.id }), 404)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/companies/${co.id}/merge`, { sourceId: bOwn.id }), 404)).toBe(true);
    for (const q of ["", "?q=M%C3%BCller", "?q=secret", "?country=DE"]) {
      const list = await b.client.get(`/api/v1/companies${q}`);
      expect(JSON.stringify(list.body)).not.toContain("Müller");
    }
    expect((await a.client.get(`/api/v1/companies/${co.id}`)).body.name).toBe("Müller Logistik GmbH");
  });

  it("refuses an organisation header for an organisation the user is not a member of", async () => {
    const a = await ownerWithOrg(app.get(), "NGO A2");
    const b = await ownerWithOrg(app.get(), "NGO B2");
    const r = await b.client.req("GET", "/api/v1/companies", undefined, { "X-Organization-Id": a.orgId });
    expect(isProblem(r, 403)).toBe(true);
  });
});

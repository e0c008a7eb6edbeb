import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

describe("cross-tenant isolation: stories, consents, uses", () => {
  it("gives another organisation 404 on every story route and never shows A's stories", async () => {
    const a = await ownerWithOrg(app.get(), "NGO A");
    const b = await ownerWithOrg(app.get(), "NGO B");
    const aCo = (await a.client.post("/api/v1/companies", { name: "Partner of A", country: "DE" })).body;
    const aE = (await a.client.post("/api/v1/engagements", { companyId: aCo.id, title: "A's campaign" })).body;
    const s = (await a.client.post("/api/v1/stories", { title: "Vertrauliche Geschichte", text: "Streng vertraulich" })).body;
    const c = (
      await a.client.post(`/api/v1/stories/${s.id}/consents`, { reference: "TP-A-1", channels: ["website"], validFrom: "2020-01-01" })
    ).body;
    expect((await a.client.post(`/api/v1/stories/${s.id}/uses`, { engagementId: aE.id, channel: "website" })).status).toBe(201);

    // B's owner holds the stories permission in B: every refusal below is tenancy, not permission.
    const bCo = (await b.client.post("/api/v1/companies", { name: "Partner of B", country: "DE" })).body;
    const bE = (await b.client.post("/api/v1/engagements", { companyId: bCo.id, title: "B's campaign" })).body;
    const bS = (await b.client.post("/api/v1/stories", { title: "B's story", text: "B" })).body;
    for (const r of [
      await b.client.get(`/api/v1/stories/${s.id}`),
      await b.client.get(`/api/v1/stories/${s.id}?include=personName`),
      await b.client.patch(`/api/v1/stories/${s.id}`, { title: "hijack" }),
      await b.client.delete(`/api/v1/stories/${s.id}`),
      await b.client.get(`/api/v1/stories/${s.id}/consents`),
      await b.client.post(`/api/v1/stories/${s.id}/consents`, { reference: "x", channels: ["website"], validFrom: "2020-01-01" }),
      await b.client.post(`/api/v1/consents/${c.id}/withdraw`),
      await b.client.get(`/api/v1/stories/${s.id}/uses`),
      await b.client.post(`/api/v1/stories/${s.id}/uses`, { engagementId: bE.id, channel: "website" }),
    ]) {
      expect(isProblem(r, 404)).toBe(true);
    }
    // A member of B without the stories permission also gets 404 (not 403) for A's ids.
    const bMember = await memberOf(app.get(), b, "member");
    expect(isProblem(await bMember.client.get(`/api/v1/stories/${s.id}`), 404)).toBe(true);
    expect(isProblem(await bMember.client.get(`/api/v1/stories/${s.id}/uses`), 404)).toBe(true);
    expect(isProblem(await bMember.client.post(`/api/v1/consents/${c.id}/withdraw`), 404)).toBe(true);
    expect(isProblem(await bMember.client.get(`/api/v1/stories/${bS.id}`), 403)).toBe(true);

    // A's engagement and company cannot be named from B.
    expect(isProblem(await b.client.post(`/api/v1/stories/${bS.id}/uses`, { engagementId: aE.id, channel: "website" }), 422)).toBe(true);
    expect(
      isProblem(
        await b.client.post(`/api/v1/stories/${bS.id}/consents`, {
          reference: "x",
          channels: ["website"],
          validFrom: "2020-01-01",
          engagementId: aE.id,
        }),
        422,
      ),
    ).toBe(true);
    expect(
      isProblem(
        await b.client.post(`/api/v1/stories/${bS.id}/consents`, {
          reference: "x",
          channels: ["website"],
          validFrom: "2020-01-01",
          companyId: aCo.id,
        }),
        422,
      ),
    ).toBe(true);
    expect(isProblem(await b.client.req("PUT", "/api/v1/stories/access", { userIds: [b.userId, a.userId] }), 422)).toBe(true);

    for (const q of ["", "?include=text", "?q=Vertraulich"]) {
      const list = await b.client.get(`/api/v1/stories${q}`);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toMatch(/Vertraulich|vertraulich/);
    }
    expect((await b.client.get("/api/v1/stories")).body.total).toBe(1);
    expect(JSON.stringify((await b.client.get("/api/v1/stories/access")).body)).not.toContain(a.userId);

    // Nothing B tried changed A's data.
    expect((await a.client.get(`/api/v1/stories/${s.id}`)).body).toMatchObject({
      title: "Vertrauliche Geschichte",
      activeConsents: 1,
      uses: 1,
      flaggedUses: 0,
    });
  });
});

import { describe, expect, it } from "vitest";
import { isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("cross-tenant isolation: agreements, indicators, files, drafts, commitments, check-ins, monitoring", () => {
  it("answers 404 to another organisation on every route and never lists A's records", async () => {
    const a = await ownerWithOrg(app.get(), "NGO A");
    const b = await ownerWithOrg(app.get(), "NGO B");
    const co = (await a.client.post("/api/v1/companies", { name: "Geheim Partner AG", country: "DE" })).body;
    const contact = (await a.client.post("/api/v1/contacts", { name: "Greta Geheim", companyId: co.id })).body;
    const e = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Geheimprojekt", modes: ["business_practice"] })).body;
    await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, { kind: "mou", goals: "Geheime Ziele", startsOn: day(-100) });
    const ind = (await a.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, { name: "Geheimer Indikator" })).body;
    const form = () => {
      const f = new FormData();
      f.append("file", new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "geheim.pdf", { type: "application/pdf" }));
      return f;
    };
    expect((await a.client.post(`/api/v1/engagements/${e.id}/agreement/signed-file`, form())).status).toBe(201);
    const c = (
      await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
        party: "company",
        contactId: contact.id,
        description: "Geheimes Versprechen",
        dueOn: day(-1),
      })
    ).body;
    const ci = (
      await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, {
        occurredOn: day(-1),
        notes: "Geheime Notiz",
        values: [{ indicatorId: ind.id, value: 1 }],
      })
    ).body;
    await a.client.req("PUT", "/api/v1/agreement-template", { body: "# Geheime Vorlage {{company.name}}" });

    // B is owner of its own organisation: every refusal below is tenancy, not role.
    const E = `/api/v1/engagements/${e.id}`;
    for (const r of [
      await b.client.get(`${E}/agreement`),
      await b.client.req("PUT", `${E}/agreement`, { kind: "contract" }),
      await b.client.delete(`${E}/agreement`),
      await b.client.get(`${E}/agreement/indicators`),
      await b.client.post(`${E}/agreement/indicators`, { name: "x" }),
      await b.client.patch(`${E}/agreement/indicators/${ind.id}`, { name: "x" }),
      await b.client.delete(`${E}/agreement/indicators/${ind.id}`),
      await b.client.post(`${E}/agreement/signed-file`, form()),
      await b.client.get(`${E}/agreement/signed-file`),
      await b.client.delete(`${E}/agreement/signed-file`),
      await b.client.get(`${E}/agreement/draft.docx`),
      await b.client.get(`${E}/agreement/draft.pdf`),
      await b.client.get(`${E}/commitments`),
      await b.client.post(`${E}/commitments`, { party: "ngo", description: "x" }),
      await b.client.get(`/api/v1/commitments/${c.id}`),
      await b.client.patch(`/api/v1/commitments/${c.id}`, { status: "done" }),
      await b.client.delete(`/api/v1/commitments/${c.id}`),
      await b.client.get(`${E}/check-ins`),
      await b.client.post(`${E}/check-ins`, { occurredOn: day(-1) }),
      await b.client.delete(`${E}/check-ins/${ci.id}`),
      await b.client.get(`${E}/monitoring`),
      await b.client.req("PUT", `${E}/monitoring`, { intervalDays: 30 }),
    ]) {
      expect(isProblem(r, 404)).toBe(true);
    }

    // A's indicators, contacts and engagements cannot be used from B's own engagement.
    const bCo = (await b.client.post("/api/v1/companies", { name: "B Partner", country: "DE" })).body;
    const bE = (await b.client.post("/api/v1/engagements", { companyId: bCo.id, title: "B's own" })).body;
    expect(
      isProblem(
        await b.client.post(`/api/v1/engagements/${bE.id}/check-ins`, { occurredOn: day(-1), values: [{ indicatorId: ind.id, value: 9 }] }),
        422,
      ),
    ).toBe(true);
    expect(
      isProblem(
        await b.client.post(`/api/v1/engagements/${bE.id}/commitments`, { party: "company", contactId: contact.id, description: "x" }),
        422,
      ),
    ).toBe(true);
    expect(
      isProblem(await b.client.post(`/api/v1/engagements/${bE.id}/commitments`, { party: "ngo", userId: a.userId, description: "x" }), 422),
    ).toBe(true);
    expect(isProblem(await b.client.delete(`/api/v1/engagements/${bE.id}/check-ins/${ci.id}`), 404)).toBe(true);
    expect(isProblem(await b.client.patch(`/api/v1/engagements/${bE.id}/agreement/indicators/${ind.id}`, { name: "x" }), 404)).toBe(true);

    for (const q of ["", "?overdue=true", `?engagementId=${e.id}`, `?userId=${a.userId}`, "?status=open"]) {
      const list = await b.client.get(`/api/v1/commitments${q}`);
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(0);
    }
    const template = (await b.client.get("/api/v1/agreement-template")).body;
    expect(template.isDefault).toBe(true);
    expect(template.body).not.toContain("Geheim");

    // Nothing of A's changed.
    const still = (await a.client.get(`${E}/agreement`)).body;
    expect(still).toMatchObject({ kind: "mou", goals: "Geheime Ziele" });
    expect(still.signedFile).not.toBeNull();
    expect((await a.client.get(`/api/v1/commitments/${c.id}`)).body.status).toBe("open");
    expect((await a.client.get(`${E}/check-ins`)).body.items).toHaveLength(1);
  });
});

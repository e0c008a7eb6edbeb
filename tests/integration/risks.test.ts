import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();

async function engagement(a: Account, title: string) {
  const co = (await a.client.post("/api/v1/companies", { name: `${title} Co`, country: "DE" })).body;
  return (await a.client.post("/api/v1/engagements", { companyId: co.id, title })).body as { id: string };
}

type Cell = { likelihood: number; impact: number; count: number; riskIds: string[] };
const cell = (cells: Cell[], likelihood: number, impact: number) => cells.find((c) => c.likelihood === likelihood && c.impact === impact)!;

describe("risk catalogue", () => {
  it("starts with the brief's risks and is editable", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Catalogue");
    const items = (await a.client.get("/api/v1/risk-catalogue")).body.items;
    expect(items.map((i: { key: string }) => i.key)).toEqual([
      "reputational_spillover",
      "pr_over_change",
      "story_misuse",
      "exposure",
      "value_gap",
      "funder_dependence",
      "conflict_of_interest",
      "contact_turnover",
    ]);
    expect(items[0]).toMatchObject({ title: "Reputational spillover", archived: false });

    const own = await a.client.post("/api/v1/risk-catalogue", {
      title: "Data breach at the partner",
      defaultLikelihood: 2,
      defaultImpact: 4,
    });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ key: null, title: "Data breach at the partner" });
    expect(isProblem(await a.client.post("/api/v1/risk-catalogue", { title: "x", defaultImpact: 6 }), 422)).toBe(true);

    const renamed = await a.client.patch(`/api/v1/risk-catalogue/${items[1].id}`, { title: "PR over substance", archived: true });
    expect(renamed.body).toMatchObject({ title: "PR over substance", archived: true, key: "pr_over_change" });
    expect((await a.client.delete(`/api/v1/risk-catalogue/${items[6].id}`)).status).toBe(204);
    const after = (await a.client.get("/api/v1/risk-catalogue")).body.items;
    expect(after).toHaveLength(8);
    expect(after.at(-1).title).toBe("Data breach at the partner");
    expect(after.some((i: { key: string }) => i.key === "conflict_of_interest")).toBe(false);
  });
});

describe("risk registers and matrices", () => {
  it("scores likelihood × impact with residual risk, and counts risks in the engagement and portfolio matrices", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Risks");
    const other = await memberOf(app.get(), a, "member");
    const e1 = await engagement(a, "Hotline");
    const e2 = await engagement(a, "Campaign");
    const catalogue = (await a.client.get("/api/v1/risk-catalogue")).body.items;
    const misuse = catalogue.find((i: { key: string }) => i.key === "story_misuse");

    const r1 = await a.client.post(`/api/v1/engagements/${e1.id}/risks`, {
      catalogueItemId: misuse.id,
      likelihood: 4,
      impact: 5,
      mitigations: [{ action: "Review campaign material before publication", ownerId: other.userId, reviewOn: "2020-01-01" }],
    });
    expect(r1.status).toBe(201);
    expect(r1.body).toMatchObject({
      title: "Misuse of survivors' stories",
      catalogueKey: "story_misuse",
      score: 20,
      residualScore: null,
      currentScore: 20,
      band: "high",
      status: "open",
    });
    expect(r1.body.mitigations).toEqual([
      expect.objectContaining({
        action: "Review campaign material before publication",
        owner: { id: other.userId, name: "A member" },
        reviewOn: "2020-01-01",
        reviewDue: true,
      }),
    ]);

    // From the catalogue with its suggested scores (2 × 5), and a custom one.
    const r2 = (
      await a.client.post(`/api/v1/engagements/${e1.id}/risks`, {
        catalogueItemId: catalogue.find((i: { key: string }) => i.key === "exposure").id,
      })
    ).body;
    expect(r2).toMatchObject({ likelihood: 2, impact: 5, score: 10, band: "medium" });
    const r3 = (
      await a.client.post(`/api/v1/engagements/${e2.id}/risks`, {
        title: "Partner's CEO under investigation",
        likelihood: 3,
        impact: 5,
        residualLikelihood: 1,
        residualImpact: 5,
      })
    ).body;
    expect(r3).toMatchObject({ score: 15, residualScore: 5, currentScore: 5, band: "low", catalogueItemId: null });
    expect(isProblem(await a.client.post(`/api/v1/engagements/${e2.id}/risks`, { likelihood: 3, impact: 3 }), 422)).toBe(true);
    expect(isProblem(await a.client.post(`/api/v1/engagements/${e2.id}/risks`, { title: "x", likelihood: 6, impact: 3 }), 422)).toBe(true);
    expect(
      isProblem(
        await a.client.post(`/api/v1/engagements/${e2.id}/risks`, { title: "x", likelihood: 3, impact: 3, residualLikelihood: 1 }),
        422,
      ),
    ).toBe(true);

    const m1 = (await a.client.get(`/api/v1/engagements/${e1.id}/risk-matrix`)).body;
    expect(m1.cells).toHaveLength(25);
    expect(m1).toMatchObject({ basis: "current", threshold: 15, total: 2, high: 1, engagement: { id: e1.id } });
    expect(cell(m1.cells, 4, 5)).toMatchObject({ count: 1, riskIds: [r1.body.id], score: 20, band: "high" });
    expect(cell(m1.cells, 2, 5).riskIds).toEqual([r2.id]);

    const portfolio = (await a.client.get("/api/v1/risks/matrix")).body;
    expect(portfolio.total).toBe(3);
    expect(cell(portfolio.cells, 1, 5).riskIds).toEqual([r3.id]);
    const inherent = (await a.client.get("/api/v1/risks/matrix?basis=inherent")).body;
    expect(cell(inherent.cells, 3, 5).riskIds).toEqual([r3.id]);
    expect(inherent.high).toBe(2);
    expect((await a.client.get("/api/v1/risks/matrix?basis=residual")).body.total).toBe(1);

    // The dashboard's high risks: current score ≥ 15, highest first.
    const high = (await a.client.get("/api/v1/risks?minScore=15")).body;
    expect(high.items.map((r: { id: string }) => r.id)).toEqual([r1.body.id]);
    expect(high.threshold).toBe(15);
    expect((await a.client.get("/api/v1/risks")).body.items.map((r: { id: string }) => r.id)).toEqual([r1.body.id, r2.id, r3.id]);

    // Mitigating and closing moves the risk out of the matrix and the high list.
    const patched = await a.client.patch(`/api/v1/risks/${r1.body.id}`, {
      residualLikelihood: 2,
      residualImpact: 4,
      mitigations: [{ action: "Consent check before every use" }],
    });
    expect(patched.body).toMatchObject({ currentScore: 8, band: "medium" });
    expect(patched.body.mitigations.map((m: { action: string }) => m.action)).toEqual(["Consent check before every use"]);
    expect((await a.client.get("/api/v1/risks?minScore=15")).body.total).toBe(0);
    const closed = await a.client.patch(`/api/v1/risks/${r2.id}`, { status: "closed" });
    expect(closed.body.closedAt).toBeTruthy();
    expect((await a.client.get(`/api/v1/engagements/${e1.id}/risk-matrix`)).body.total).toBe(1);
    expect((await a.client.get(`/api/v1/engagements/${e1.id}/risk-matrix?status=all`)).body.total).toBe(2);
    expect((await a.client.get(`/api/v1/engagements/${e1.id}/risks`)).body.items.map((r: { id: string }) => r.id)).toEqual([
      r1.body.id,
      r2.id,
    ]);

    // Removing the catalogue item keeps the risk, as a custom one.
    expect((await a.client.delete(`/api/v1/risk-catalogue/${misuse.id}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/risks/${r1.body.id}`)).body).toMatchObject({
      catalogueItemId: null,
      title: "Misuse of survivors' stories",
    });
    expect((await a.client.delete(`/api/v1/risks/${r3.id}`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/risks/${r3.id}`), 404)).toBe(true);

    const log = (await a.client.get(`/api/v1/audit?entityType=risk&entityId=${r1.body.id}`)).body.items;
    expect(log.map((x: { action: string }) => x.action).sort()).toEqual(["create", "update"]);
  });

  it("renders the risk matrix as an SVG chart", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Chart");
    const e = await engagement(a, "Chart");
    await a.client.post(`/api/v1/engagements/${e.id}/risks`, { title: "Big one", likelihood: 5, impact: 5 });
    await a.client.post(`/api/v1/engagements/${e.id}/risks`, { title: "Another big one", likelihood: 5, impact: 5 });
    for (const path of [`/api/v1/engagements/${e.id}/risk-matrix.svg`, "/api/v1/risks/matrix.svg"]) {
      const r = await a.client.get(path);
      expect(r.status).toBe(200);
      expect(r.contentType).toContain("image/svg+xml");
      const svg = new TextDecoder().decode(r.body as ArrayBuffer);
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain("Likelihood");
      expect(svg).toMatch(/>2<\/text>/);
    }
  });

  it("lets a viewer read risks but not change them or the catalogue", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Risk Viewer");
    const e = await engagement(a, "Viewer");
    const r = (await a.client.post(`/api/v1/engagements/${e.id}/risks`, { title: "x", likelihood: 1, impact: 1 })).body;
    const item = (await a.client.get("/api/v1/risk-catalogue")).body.items[0];
    const v = await memberOf(app.get(), a, "viewer");
    for (const path of [
      "/api/v1/risk-catalogue",
      `/api/v1/engagements/${e.id}/risks`,
      `/api/v1/risks/${r.id}`,
      "/api/v1/risks",
      "/api/v1/risks/matrix",
      `/api/v1/engagements/${e.id}/risk-matrix`,
      `/api/v1/engagements/${e.id}/risk-matrix.svg`,
    ]) {
      expect((await v.client.get(path)).status).toBe(200);
    }
    for (const res of [
      await v.client.post("/api/v1/risk-catalogue", { title: "x" }),
      await v.client.patch(`/api/v1/risk-catalogue/${item.id}`, { title: "x" }),
      await v.client.delete(`/api/v1/risk-catalogue/${item.id}`),
      await v.client.post(`/api/v1/engagements/${e.id}/risks`, { title: "x", likelihood: 1, impact: 1 }),
      await v.client.patch(`/api/v1/risks/${r.id}`, { likelihood: 5 }),
      await v.client.delete(`/api/v1/risks/${r.id}`),
    ]) {
      expect(isProblem(res, 403)).toBe(true);
    }
  });

  it("answers 404 to another organisation on every risk route and never shows A's risks", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Risk A");
    const b = await ownerWithOrg(app.get(), "NGO Risk B");
    const e = await engagement(a, "Geheim");
    const r = (
      await a.client.post(`/api/v1/engagements/${e.id}/risks`, {
        title: "Geheimes Risiko",
        likelihood: 5,
        impact: 5,
        mitigations: [{ action: "Geheime Maßnahme", ownerId: a.userId }],
      })
    ).body;
    const item = (await a.client.post("/api/v1/risk-catalogue", { title: "Geheimer Katalogeintrag" })).body;
    for (const res of [
      await b.client.patch(`/api/v1/risk-catalogue/${item.id}`, { title: "x" }),
      await b.client.delete(`/api/v1/risk-catalogue/${item.id}`),
      await b.client.get(`/api/v1/engagements/${e.id}/risks`),
      await b.client.post(`/api/v1/engagements/${e.id}/risks`, { title: "x", likelihood: 1, impact: 1 }),
      await b.client.get(`/api/v1/engagements/${e.id}/risk-matrix`),
      await b.client.get(`/api/v1/engagements/${e.id}/risk-matrix.svg`),
      await b.client.get(`/api/v1/risks/${r.id}`),
      await b.client.patch(`/api/v1/risks/${r.id}`, { likelihood: 1 }),
      await b.client.delete(`/api/v1/risks/${r.id}`),
    ]) {
      expect(isProblem(res, 404)).toBe(true);
    }
    const bE = await engagement(b, "B's own");
    expect(isProblem(await b.client.post(`/api/v1/engagements/${bE.id}/risks`, { catalogueItemId: item.id }), 422)).toBe(true);
    expect(
      isProblem(
        await b.client.post(`/api/v1/engagements/${bE.id}/risks`, {
          title: "x",
          likelihood: 1,
          impact: 1,
          mitigations: [{ action: "x", ownerId: a.userId }],
        }),
        422,
      ),
    ).toBe(true);
    for (const path of ["/api/v1/risks", "/api/v1/risks?minScore=15", `/api/v1/risks?engagementId=${e.id}`, "/api/v1/risks?status=all"]) {
      const list = await b.client.get(path);
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(0);
    }
    expect((await b.client.get("/api/v1/risks/matrix?status=all")).body.total).toBe(0);
    expect(JSON.stringify((await b.client.get("/api/v1/risk-catalogue")).body)).not.toContain("Geheim");
    expect((await a.client.get(`/api/v1/risks/${r.id}`)).body).toMatchObject({ likelihood: 5, title: "Geheimes Risiko" });
  });
});

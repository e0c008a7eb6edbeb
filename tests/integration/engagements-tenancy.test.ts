import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

describe("cross-tenant isolation: engagements, timeline, tasks", () => {
  it("gives another organisation 404 on every engagement route and never shows A's engagements", async () => {
    const a = await ownerWithOrg(app.get(), "NGO A");
    const b = await ownerWithOrg(app.get(), "NGO B");
    const aCo = (await a.client.post("/api/v1/companies", { name: "Geheim Partner AG", country: "DE" })).body;
    const aContact = (await a.client.post("/api/v1/contacts", { name: "Greta Geheim", companyId: aCo.id })).body;
    await a.client.post("/api/v1/engagement-modes", { key: "secret_mode", label: "Secret mode" });
    const e = (
      await a.client.post("/api/v1/engagements", {
        companyId: aCo.id,
        title: "Geheimprojekt",
        modes: ["secret_mode"],
        contactIds: [aContact.id],
        ownerId: a.userId,
      })
    ).body;
    const act = (
      await a.client.post(`/api/v1/engagements/${e.id}/activities`, {
        kind: "meeting",
        occurredOn: "2025-01-01",
        summary: "Geheimes Treffen",
      })
    ).body;
    const t = (
      await a.client.post(`/api/v1/engagements/${e.id}/tasks`, { title: "Geheime Aufgabe", dueOn: "2025-01-02", assigneeId: a.userId })
    ).body;
    await a.client.post(`/api/v1/contacts/${aContact.id}/leave`, {});
    const flagId = (await a.client.get(`/api/v1/engagements/${e.id}`)).body.flags[0].id;
    expect(flagId).toBeTruthy();

    // B is owner (so admin) of its own organisation: every refusal below is tenancy, not role.
    for (const r of [
      await b.client.get(`/api/v1/engagements/${e.id}`),
      await b.client.patch(`/api/v1/engagements/${e.id}`, { title: "hijack" }),
      await b.client.post(`/api/v1/engagements/${e.id}/stage`, { stage: "researching" }),
      await b.client.post(`/api/v1/engagements/${e.id}/stage`, { stage: "approaching", override: { reason: "hostile" } }),
      await b.client.get(`/api/v1/engagements/${e.id}/stages`),
      await b.client.post(`/api/v1/engagements/${e.id}/flags/${flagId}/resolve`),
      await b.client.get(`/api/v1/engagements/${e.id}/activities`),
      await b.client.post(`/api/v1/engagements/${e.id}/activities`, { kind: "note", occurredOn: "2025-01-01", summary: "x" }),
      await b.client.get(`/api/v1/companies/${aCo.id}/activities`),
      await b.client.post(`/api/v1/companies/${aCo.id}/activities`, { kind: "note", occurredOn: "2025-01-01", summary: "x" }),
      await b.client.patch(`/api/v1/activities/${act.id}`, { summary: "x" }),
      await b.client.delete(`/api/v1/activities/${act.id}`),
      await b.client.get(`/api/v1/engagements/${e.id}/tasks`),
      await b.client.post(`/api/v1/engagements/${e.id}/tasks`, { title: "x" }),
      await b.client.patch(`/api/v1/tasks/${t.id}`, { done: true }),
      await b.client.delete(`/api/v1/tasks/${t.id}`),
      await b.client.delete(`/api/v1/engagements/${e.id}`),
      await b.client.patch("/api/v1/engagement-modes/secret_mode", { label: "x" }),
    ]) {
      expect(isProblem(r, 404)).toBe(true);
    }

    // A viewer of B gets 404 too (never a role error about A's records).
    const bViewer = await memberOf(app.get(), b, "viewer");
    for (const r of [
      await bViewer.client.post(`/api/v1/engagements/${e.id}/stage`, { stage: "approaching", override: { reason: "x" } }),
      await bViewer.client.patch(`/api/v1/engagements/${e.id}`, { title: "x" }),
      await bViewer.client.delete(`/api/v1/engagements/${e.id}`),
      await bViewer.client.patch(`/api/v1/activities/${act.id}`, { summary: "x" }),
      await bViewer.client.post(`/api/v1/engagements/${e.id}/tasks`, { title: "x" }),
      await bViewer.client.patch(`/api/v1/tasks/${t.id}`, { done: true }),
    ]) {
      expect(isProblem(r, 404)).toBe(true);
    }

    // A's company, contacts, users and modes cannot be used from B, in any body field.
    const bCo = (await b.client.post("/api/v1/companies", { name: "B's partner", country: "DE" })).body;
    expect(isProblem(await b.client.post("/api/v1/engagements", { companyId: aCo.id, title: "x" }), 422)).toBe(true);
    expect(isProblem(await b.client.post("/api/v1/engagements", { companyId: bCo.id, title: "x", contactIds: [aContact.id] }), 422)).toBe(
      true,
    );
    expect(isProblem(await b.client.post("/api/v1/engagements", { companyId: bCo.id, title: "x", ownerId: a.userId }), 422)).toBe(true);
    expect(isProblem(await b.client.post("/api/v1/engagements", { companyId: bCo.id, title: "x", team: [a.userId] }), 422)).toBe(true);
    expect(isProblem(await b.client.post("/api/v1/engagements", { companyId: bCo.id, title: "x", modes: ["secret_mode"] }), 422)).toBe(
      true,
    );
    const bE = (await b.client.post("/api/v1/engagements", { companyId: bCo.id, title: "B's own" })).body;
    expect(isProblem(await b.client.post(`/api/v1/engagements/${bE.id}/tasks`, { title: "x", assigneeId: a.userId }), 422)).toBe(true);
    expect(
      isProblem(
        await b.client.post(`/api/v1/engagements/${bE.id}/activities`, {
          kind: "note",
          occurredOn: "2025-01-01",
          summary: "x",
          contactIds: [aContact.id],
        }),
        422,
      ),
    ).toBe(true);

    for (const q of ["", "?q=Geheim", `?companyId=${aCo.id}`, `?ownerId=${a.userId}`, "?mode=secret_mode", "?stage=identified"]) {
      const list = await b.client.get(`/api/v1/engagements${q}`);
      expect(list.status).toBe(200);
      expect(JSON.stringify(list.body)).not.toMatch(/Geheim/);
      const board = await b.client.get(`/api/v1/engagements/board${q}`);
      expect(board.status).toBe(200);
      expect(JSON.stringify(board.body)).not.toMatch(/Geheim/);
    }
    expect((await b.client.get("/api/v1/engagements")).body.total).toBe(1);
    expect(JSON.stringify((await b.client.get("/api/v1/engagement-modes")).body)).not.toContain("secret_mode");
    expect((await b.client.get("/api/v1/tasks/mine")).body.items).toEqual([]);

    // Nothing B tried changed A's data.
    const still = (await a.client.get(`/api/v1/engagements/${e.id}`)).body;
    expect(still).toMatchObject({ title: "Geheimprojekt", stage: "identified", flags: [{ id: flagId }] });
    expect((await a.client.get(`/api/v1/engagements/${e.id}/activities`)).body.items).toHaveLength(1);
    expect((await a.client.get(`/api/v1/engagements/${e.id}/tasks`)).body.items.map((x: { done: boolean }) => x.done)).toEqual([
      false,
      false,
    ]);
  });
});

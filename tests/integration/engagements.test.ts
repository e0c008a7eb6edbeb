import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();

async function company(a: Account, name: string): Promise<{ id: string; name: string }> {
  const r = await a.client.post("/api/v1/companies", { name, country: "DE" });
  expect(r.status).toBe(201);
  return r.body;
}

async function contactAt(a: Account, companyId: string, name: string): Promise<{ id: string }> {
  const r = await a.client.post("/api/v1/contacts", { name, companyId });
  expect(r.status).toBe(201);
  return r.body;
}

async function engagement(a: Account, companyId: string, extra: Record<string, unknown> = {}) {
  const r = await a.client.post("/api/v1/engagements", { companyId, title: "Hotline support", modes: ["joint_project"], ...extra });
  expect(r.status).toBe(201);
  return r.body;
}

/** Records a decided screening directly in SQL (the screening API and its table are another domain's, still changing). */
async function decide(
  a: Account,
  companyId: string,
  decision: "approved" | "approved_with_conditions" | "engage_to_reform" | "rejected",
  decidedAt = new Date(),
) {
  await app
    .get()
    .database.query(
      "insert into screening (organization_id, company_id, status, decision, decided_at) values ($1, $2, 'decided', $3, $4)",
      [a.orgId, companyId, decision, decidedAt.toISOString()],
    );
}

const move = (a: Account, id: string, body: Record<string, unknown>) => a.client.post(`/api/v1/engagements/${id}/stage`, body);

describe("engagements", () => {
  it("creates an engagement in stage identified, reads, lists, filters, changes and deletes it", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Pipeline");
    const co = await company(a, "Mobilfunk AG");
    const anna = await contactAt(a, co.id, "Anna Kontakt");
    const created = await a.client.post("/api/v1/engagements", {
      companyId: co.id,
      title: "Hotline and field team",
      modes: ["joint_project", "financial_donation"],
      initiatedBy: "business",
      goals: "Strengthen the hotline",
      moneyAmount: 25000,
      currency: "eur",
      inKindDescription: "SMS donation line",
      inKindValue: 4000.5,
      nonMonetaryValue: "Staff time",
      ownerId: a.userId,
      team: [a.userId],
      contactIds: [anna.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      stage: "identified",
      companyId: co.id,
      company: { id: co.id, name: "Mobilfunk AG" },
      modes: ["joint_project", "financial_donation"],
      initiatedBy: "business",
      expectedValue: {
        moneyAmount: 25000,
        currency: "EUR",
        inKindDescription: "SMS donation line",
        inKindValue: 4000.5,
        nonMonetaryValue: "Staff time",
      },
      owner: { id: a.userId },
      team: [{ id: a.userId }],
      contacts: [{ id: anna.id, name: "Anna Kontakt", active: true }],
      screening: null,
      flags: [],
      warnings: ["single_company_contact"],
    });
    const id = created.body.id;
    expect((await a.client.get(`/api/v1/engagements/${id}`)).body).toMatchObject({
      id,
      title: "Hotline and field team",
      stage: "identified",
    });

    const other = await engagement(a, (await company(a, "Bäckerei Brot")).id, {
      title: "Food for the shelter",
      modes: ["in_kind_donation"],
    });
    const list = await a.client.get("/api/v1/engagements");
    expect(list.body.total).toBe(2);
    expect((await a.client.get("/api/v1/engagements?mode=in_kind_donation")).body.items.map((e: { id: string }) => e.id)).toEqual([
      other.id,
    ]);
    expect((await a.client.get(`/api/v1/engagements?companyId=${co.id}`)).body.items.map((e: { id: string }) => e.id)).toEqual([id]);
    expect((await a.client.get("/api/v1/engagements?q=brot")).body.items.map((e: { id: string }) => e.id)).toEqual([other.id]);
    expect((await a.client.get("/api/v1/engagements?q=field%20team")).body.items.map((e: { id: string }) => e.id)).toEqual([id]);
    expect((await a.client.get(`/api/v1/engagements?ownerId=${a.userId}`)).body.total).toBe(1);
    expect((await a.client.get("/api/v1/engagements?ownerId=none")).body.total).toBe(1);
    expect((await a.client.get("/api/v1/engagements?stage=identified&limit=1")).body).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect((await a.client.get("/api/v1/engagements?stage=active")).body.total).toBe(0);

    const patched = await a.client.patch(`/api/v1/engagements/${id}`, {
      title: "Hotline 2026",
      modes: ["joint_project"],
      moneyAmount: null,
      contactIds: [],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      title: "Hotline 2026",
      modes: ["joint_project"],
      expectedValue: { moneyAmount: null },
      contacts: [],
      warnings: [],
    });

    expect(isProblem(await a.client.post("/api/v1/engagements", { companyId: co.id, title: "x", modes: ["bribery"] }), 422)).toBe(true);
    expect(
      isProblem(await a.client.post("/api/v1/engagements", { companyId: "00000000-0000-4000-8000-000000000000", title: "x" }), 422),
    ).toBe(true);
    const stranger = await ownerWithOrg(app.get(), "Elsewhere");
    const badOwner = await a.client.post("/api/v1/engagements", { companyId: co.id, title: "x", ownerId: stranger.userId });
    expect(isProblem(badOwner, 422)).toBe(true);
    expect(badOwner.body.errors[0].path).toBe("ownerId");
    const elsewhere = await contactAt(a, other.companyId, "Bernd Anderswo");
    const badContact = await a.client.post("/api/v1/engagements", { companyId: co.id, title: "x", contactIds: [elsewhere.id] });
    expect(isProblem(badContact, 422)).toBe(true);
    expect(badContact.body.errors[0].path).toBe("contactIds");
    expect(isProblem(await a.client.post("/api/v1/engagements", { companyId: co.id, modes: [] }), 422)).toBe(true);

    expect((await a.client.delete(`/api/v1/engagements/${id}`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/engagements/${id}`), 404)).toBe(true);
    expect(isProblem(await a.client.get("/api/v1/engagements/not-a-uuid"), 404)).toBe(true);
  });

  it("gates approaching on a screening decision that is not rejected, with an admin override", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Gate");
    const admin = await memberOf(app.get(), a, "admin");
    const m = await memberOf(app.get(), a, "member");
    const co = await company(a, "Unscreened GmbH");
    const e = await engagement(a, co.id);

    const none = await move(m, e.id, { stage: "approaching" });
    expect(isProblem(none, 409)).toBe(true);
    expect(none.body).toMatchObject({ code: "rule_violation", rule: "screening_required", from: "identified", to: "approaching" });
    expect(isProblem(await move(m, e.id, { stage: "agreed" }), 409)).toBe(true);
    expect((await move(m, e.id, { stage: "screening" })).body.stage).toBe("screening");

    await decide(a, co.id, "rejected");
    const rejected = await move(m, e.id, { stage: "approaching" });
    expect(isProblem(rejected, 409)).toBe(true);
    expect(rejected.body.rule).toBe("screening_rejected");
    expect(rejected.body.screening).toMatchObject({ decision: "rejected" });

    const memberOverride = await move(m, e.id, { stage: "approaching", override: { reason: "We know them" } });
    expect(isProblem(memberOverride, 403)).toBe(true);
    expect(isProblem(await move(admin, e.id, { stage: "approaching", override: { reason: " " } }), 422)).toBe(true);
    const overridden = await move(admin, e.id, {
      stage: "approaching",
      override: { reason: "Board decided to engage to reform their supply chain" },
    });
    expect(overridden.status).toBe(200);
    expect(overridden.body.stage).toBe("approaching");

    const history = (await a.client.get(`/api/v1/engagements/${e.id}/stages`)).body.items;
    expect(history.map((h: { toStage: string }) => h.toStage)).toEqual(["identified", "screening", "approaching"]);
    expect(history[2]).toMatchObject({
      fromStage: "screening",
      overrideReason: "Board decided to engage to reform their supply chain",
      screeningDecision: "rejected",
      changedBy: { id: admin.userId },
    });

    // A later, better decision opens the gate for everyone.
    const co2 = await company(a, "Reformable Textiles");
    const e2 = await engagement(a, co2.id);
    await decide(a, co2.id, "rejected", new Date(Date.now() - 86_400_000));
    await decide(a, co2.id, "engage_to_reform");
    const ok = await move(m, e2.id, { stage: "negotiating" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ stage: "negotiating", screening: { decision: "engage_to_reform" } });
    expect(ok.body.screeningId).toBe(ok.body.screening.screeningId);
    expect((await a.client.get(`/api/v1/engagements/${e2.id}/stages`)).body.items[1].overrideReason).toBeNull();

    const co3 = await company(a, "Approved AG");
    await decide(a, co3.id, "approved_with_conditions");
    const e3 = await engagement(a, co3.id);
    expect((await move(m, e3.id, { stage: "approaching" })).body.stage).toBe("approaching");
    await decide(a, co3.id, "approved");
    expect((await move(m, e3.id, { stage: "agreed" })).body.stage).toBe("agreed");
  });

  it("enforces the stage transitions", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Transitions");
    const co = await company(a, "Lifecycle SE");
    await decide(a, co.id, "approved");
    const e = await engagement(a, co.id);
    const stageOf = async (body: Record<string, unknown>) => {
      const r = await move(a, e.id, body);
      return r.status === 200 ? r.body.stage : `${r.status}:${r.body.rule}`;
    };
    expect(await stageOf({ stage: "active" })).toBe("409:transition_not_allowed");
    expect(await stageOf({ stage: "negotiating" })).toBe("negotiating");
    expect(await stageOf({ stage: "approaching" })).toBe("approaching");
    expect(await stageOf({ stage: "identified" })).toBe("409:transition_not_allowed");
    expect(await stageOf({ stage: "agreed" })).toBe("agreed");
    expect(await stageOf({ stage: "reviewing" })).toBe("409:transition_not_allowed");
    expect(await stageOf({ stage: "active" })).toBe("active");
    expect(await stageOf({ stage: "renewed" })).toBe("409:transition_not_allowed");
    expect(await stageOf({ stage: "reviewing" })).toBe("reviewing");
    expect(await stageOf({ stage: "renewed" })).toBe("renewed");
    expect(await stageOf({ stage: "renewed" })).toBe("renewed");
    expect(await stageOf({ stage: "bogus" })).toBe("422:undefined");

    const noReason = await move(a, e.id, { stage: "ended" });
    expect(isProblem(noReason, 422)).toBe(true);
    expect(noReason.body).toMatchObject({ rule: "ended_reason_required", errors: [{ path: "reason" }] });
    const ended = await move(a, e.id, { stage: "ended", reason: "The company changed strategy" });
    expect(ended.body).toMatchObject({ stage: "ended", endedReason: "The company changed strategy", allowedMoves: ["renewed"] });
    expect(await stageOf({ stage: "identified" })).toBe("409:reopen_to_previous_stage");
    const reopened = await move(a, e.id, { stage: "renewed" });
    expect(reopened.body).toMatchObject({ stage: "renewed", endedReason: null });
    const history = (await a.client.get(`/api/v1/engagements/${e.id}/stages`)).body.items;
    expect(history.find((h: { toStage: string }) => h.toStage === "ended")).toMatchObject({
      endedReason: "The company changed strategy",
      fromStage: "renewed",
    });
  });

  it("groups engagements by stage for the board, with company, screening, owner and next task", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Board");
    const co = await company(a, "Kanban KG");
    await decide(a, co.id, "approved");
    const e1 = await engagement(a, co.id, { title: "First", ownerId: a.userId });
    const e2 = await engagement(a, co.id, { title: "Second", modes: ["in_kind_donation"] });
    await move(a, e2.id, { stage: "approaching" });
    await a.client.post(`/api/v1/engagements/${e1.id}/tasks`, { title: "Later", dueOn: "2031-05-01" });
    await a.client.post(`/api/v1/engagements/${e1.id}/tasks`, { title: "Sooner", dueOn: "2031-02-01" });
    const board = await a.client.get("/api/v1/engagements/board");
    expect(board.status).toBe(200);
    expect(board.body.columns.map((c: { stage: string }) => c.stage)).toEqual([
      "identified",
      "researching",
      "screening",
      "approaching",
      "negotiating",
      "agreed",
      "active",
      "reviewing",
      "renewed",
      "ended",
    ]);
    const identified = board.body.columns[0];
    expect(identified).toMatchObject({
      total: 1,
      items: [
        {
          id: e1.id,
          title: "First",
          company: { name: "Kanban KG" },
          owner: { id: a.userId },
          screening: { decision: "approved" },
          nextTaskDue: "2031-02-01",
          openTasks: 2,
        },
      ],
    });
    expect(board.body.columns[3]).toMatchObject({ total: 1, items: [{ id: e2.id, owner: null, nextTaskDue: null }] });
    const filtered = await a.client.get("/api/v1/engagements/board?mode=in_kind_donation&stage=approaching,active");
    expect(filtered.body.columns.map((c: { stage: string; total: number }) => [c.stage, c.total])).toEqual([
      ["approaching", 1],
      ["active", 0],
    ]);
  });

  it("keeps an editable list of modes per organisation", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Modes");
    const m = await memberOf(app.get(), a, "member");
    const modes = await m.client.get("/api/v1/engagement-modes");
    expect(modes.body.items.map((x: { key: string }) => x.key)).toEqual([
      "in_kind_donation",
      "financial_donation",
      "employment_reintegration",
      "joint_project",
      "business_practice",
      "business_expertise",
      "other",
    ]);
    expect(isProblem(await m.client.post("/api/v1/engagement-modes", { key: "sms_campaign", label: "SMS campaign" }), 403)).toBe(true);
    expect((await a.client.post("/api/v1/engagement-modes", { key: "sms_campaign", label: "SMS campaign" })).status).toBe(201);
    expect(isProblem(await a.client.post("/api/v1/engagement-modes", { key: "sms_campaign", label: "Again" }), 409)).toBe(true);
    const co = await company(a, "Telco");
    const e = await engagement(m, co.id, { modes: ["sms_campaign", "other"] });
    expect(e.modes).toEqual(["sms_campaign", "other"]);
    expect((await a.client.patch("/api/v1/engagement-modes/other", { archived: true, label: "Something else" })).body).toMatchObject({
      archived: true,
      label: "Something else",
    });
    expect(isProblem(await m.client.post("/api/v1/engagements", { companyId: co.id, title: "x", modes: ["other"] }), 422)).toBe(true);
    // An engagement keeps an archived mode it already has.
    expect((await m.client.patch(`/api/v1/engagements/${e.id}`, { modes: ["other"] })).status).toBe(200);
    expect(isProblem(await a.client.patch("/api/v1/engagement-modes/nope", { label: "x" }), 404)).toBe(true);
  });

  it("lets a viewer read but not write", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Viewer");
    const v = await memberOf(app.get(), a, "viewer");
    const co = await company(a, "Read Only Ltd");
    const e = await engagement(a, co.id);
    const t = (await a.client.post(`/api/v1/engagements/${e.id}/tasks`, { title: "Call", assigneeId: v.userId })).body;
    const act = (
      await a.client.post(`/api/v1/engagements/${e.id}/activities`, { kind: "call", occurredOn: "2025-01-10", summary: "Intro call" })
    ).body;
    expect((await v.client.get(`/api/v1/engagements/${e.id}`)).status).toBe(200);
    expect((await v.client.get("/api/v1/engagements/board")).status).toBe(200);
    expect((await v.client.get("/api/v1/tasks/mine")).body.total).toBe(1);
    for (const r of [
      await v.client.post("/api/v1/engagements", { companyId: co.id, title: "x" }),
      await v.client.patch(`/api/v1/engagements/${e.id}`, { title: "x" }),
      await v.client.delete(`/api/v1/engagements/${e.id}`),
      await move(v, e.id, { stage: "researching" }),
      await v.client.post(`/api/v1/engagements/${e.id}/activities`, { kind: "note", occurredOn: "2025-01-10", summary: "x" }),
      await v.client.post(`/api/v1/companies/${co.id}/activities`, { kind: "note", occurredOn: "2025-01-10", summary: "x" }),
      await v.client.patch(`/api/v1/activities/${act.id}`, { summary: "x" }),
      await v.client.delete(`/api/v1/activities/${act.id}`),
      await v.client.post(`/api/v1/engagements/${e.id}/tasks`, { title: "x" }),
      await v.client.patch(`/api/v1/tasks/${t.id}`, { done: true }),
      await v.client.delete(`/api/v1/tasks/${t.id}`),
      await v.client.post("/api/v1/engagement-modes", { key: "zz", label: "x" }),
    ]) {
      expect(isProblem(r, 403)).toBe(true);
    }
    expect((await a.client.get(`/api/v1/engagements/${e.id}`)).body.title).toBe("Hotline support");
  });

  it("moves engagements and their company activities when companies are merged", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Merge");
    const target = await company(a, "Acme Foods Ltd");
    const dup = await company(a, "ACME Foods Limited");
    const e = await engagement(a, dup.id);
    await a.client.post(`/api/v1/companies/${dup.id}/activities`, { kind: "note", occurredOn: "2025-02-01", summary: "Met at a fair" });
    expect((await a.client.post(`/api/v1/companies/${target.id}/merge`, { sourceId: dup.id })).status).toBe(200);
    expect((await a.client.get(`/api/v1/engagements/${e.id}`)).body.companyId).toBe(target.id);
    expect((await a.client.get(`/api/v1/companies/${target.id}/activities`)).body.items).toHaveLength(1);
  });
});

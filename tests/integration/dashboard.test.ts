import { describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../src/domains/demo/demo.seed.js";

/** Seeding the demo goes through the services (screenings, stories, tasks): give it time on a busy machine. */
const SEEDS_THE_DEMO = 240_000;
import { Client, isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();
const demoApp = useTestApp();

const DAY = 24 * 60 * 60 * 1000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

interface Setup {
  companyId?: string;
  size?: "local" | "sme" | "large" | null;
  modes?: string[];
  stage?: string;
  money?: number;
  inKind?: number;
  currency?: string;
  ownerId?: string | null;
}

/** A company and an engagement on it, moved to `stage` (the owner passes the screening gate with an override). */
async function engagement(a: Account, title: string, s: Setup = {}) {
  const companyId =
    s.companyId ?? (await a.client.post("/api/v1/companies", { name: `${title} Co`, country: "DE", sizeClass: s.size ?? null })).body.id;
  const created = await a.client.post("/api/v1/engagements", {
    companyId,
    title,
    modes: s.modes ?? [],
    moneyAmount: s.money ?? null,
    inKindValue: s.inKind ?? null,
    currency: s.currency ?? (s.money || s.inKind ? "EUR" : null),
    ownerId: s.ownerId === undefined ? a.userId : s.ownerId,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  const path: Record<string, string[]> = {
    agreed: ["agreed"],
    active: ["agreed", "active"],
    reviewing: ["agreed", "active", "reviewing"],
    renewed: ["agreed", "active", "reviewing", "renewed"],
  };
  const steps = s.stage === "ended" ? ["ended"] : (path[s.stage ?? ""] ?? (s.stage && s.stage !== "identified" ? [s.stage] : []));
  for (const stage of steps) {
    const moved = await a.client.post(`/api/v1/engagements/${id}/stage`, {
      stage,
      reason: "Test",
      override: { reason: "Screened outside the tool (test)" },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  }
  return { id, companyId };
}

const stageCount = (
  d: { funnel: Array<{ stage: string; count: number }>; outcomes: Array<{ stage: string; count: number }> },
  stage: string,
) => [...d.funnel, ...d.outcomes].find((s) => s.stage === stage)?.count;

describe("dashboard", () => {
  it("is empty for a new organisation, with every stage, mode, size and matrix cell present", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Empty");
    const res = await a.client.get("/api/v1/dashboard");
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.funnel.map((s: { stage: string }) => s.stage)).toEqual([
      "identified",
      "researching",
      "screening",
      "approaching",
      "negotiating",
      "agreed",
      "active",
      "reviewing",
    ]);
    expect(d.outcomes.map((s: { stage: string }) => s.stage)).toEqual(["renewed", "ended"]);
    expect([...d.funnel, ...d.outcomes].every((s: { count: number }) => s.count === 0)).toBe(true);
    expect(d.byMode.map((m: { mode: string }) => m.mode)).toContain("in_kind_donation");
    expect(d.byMode.every((m: { count: number }) => m.count === 0)).toBe(true);
    expect(d.bySize).toEqual([
      { sizeClass: "local", count: 0 },
      { sizeClass: "sme", count: 0 },
      { sizeClass: "large", count: 0 },
      { sizeClass: null, count: 0 },
    ]);
    expect(d.valueByMode).toEqual([]);
    expect(d.totals).toEqual({ open: 0, running: 0, ended: 0 });
    expect(d.overdueCommitments).toEqual({ count: 0, items: [] });
    expect(d.risksAboveThreshold).toEqual({ threshold: 15, count: 0, items: [] });
    expect(d.riskMatrix.cells).toHaveLength(25);
    expect(d.atRisk).toEqual({ source: "health", count: 0, items: [] });
  });

  it("counts the pipeline, modes, sizes and values from the organisation's engagements", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Counts");
    await engagement(a, "Hotline", {
      size: "large",
      modes: ["financial_donation", "joint_project"],
      stage: "active",
      money: 10000,
      inKind: 2000,
    });
    await engagement(a, "Bread", { size: "sme", modes: ["in_kind_donation"], stage: "agreed", inKind: 1500 });
    await engagement(a, "Shelter beds", { size: "sme", modes: ["in_kind_donation"], stage: "renewed", inKind: 500, currency: "CHF" });
    await engagement(a, "Prospect", { size: "local", modes: ["business_practice"], money: 99999 }); // identified: no value counted
    await engagement(a, "Unknown size", { modes: ["in_kind_donation"], stage: "researching" });
    await engagement(a, "Over", { size: "large", modes: ["financial_donation"], stage: "ended", money: 5000 });

    const d = (await a.client.get("/api/v1/dashboard")).body;
    expect(stageCount(d, "identified")).toBe(1);
    expect(stageCount(d, "researching")).toBe(1);
    expect(stageCount(d, "agreed")).toBe(1);
    expect(stageCount(d, "active")).toBe(1);
    expect(stageCount(d, "renewed")).toBe(1);
    expect(stageCount(d, "ended")).toBe(1);
    expect(d.totals).toEqual({ open: 5, running: 3, ended: 1 });

    const mode = (key: string) => d.byMode.find((m: { mode: string }) => m.mode === key);
    expect(mode("in_kind_donation")).toMatchObject({ count: 3, label: "In-kind donation" });
    expect(mode("financial_donation").count).toBe(1); // the ended one is not counted
    expect(mode("joint_project").count).toBe(1);
    expect(mode("business_practice").count).toBe(1);
    expect(d.bySize).toEqual([
      { sizeClass: "local", count: 1 },
      { sizeClass: "sme", count: 2 },
      { sizeClass: "large", count: 1 },
      { sizeClass: null, count: 1 },
    ]);

    // Running partnerships only, per mode and currency; an engagement with two modes counts under both.
    expect(d.valueByMode).toEqual([
      { mode: "in_kind_donation", label: "In-kind donation", money: 0, inKind: 500, currency: "CHF" },
      { mode: "in_kind_donation", label: "In-kind donation", money: 0, inKind: 1500, currency: "EUR" },
      { mode: "financial_donation", label: "Financial donation", money: 10000, inKind: 2000, currency: "EUR" },
      { mode: "joint_project", label: "Joint project or campaign", money: 10000, inKind: 2000, currency: "EUR" },
    ]);
    expect(d.valueTotals).toEqual([
      { currency: "EUR", money: 10000, inKind: 3500, engagements: 2 },
      { currency: "CHF", money: 0, inKind: 500, engagements: 1 },
    ]);

    // Filters: one mode; one owner; no owner.
    const byMode = (await a.client.get("/api/v1/dashboard?mode=in_kind_donation")).body;
    expect(byMode.totals.open).toBe(3);
    expect(byMode.filters).toEqual({ owner: null, mode: "in_kind_donation" });
    const colleague = await memberOf(app.get(), a, "member");
    await engagement(a, "Colleague's", { ownerId: colleague.userId });
    await engagement(a, "Nobody's", { ownerId: null });
    expect((await a.client.get(`/api/v1/dashboard?owner=${colleague.userId}`)).body.totals.open).toBe(1);
    expect((await a.client.get("/api/v1/dashboard?owner=none")).body.totals.open).toBe(1);
    expect((await a.client.get(`/api/v1/dashboard?owner=${a.userId}`)).body.totals.open).toBe(5);
  });

  it("lists overdue commitments (open, due before today) and open risks at or above the threshold, with the matrix", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Overdue");
    const e = await engagement(a, "Campaign", { stage: "active", modes: ["joint_project"] });
    const ended = await engagement(a, "Finished", { stage: "active" });
    const add = (id: string, description: string, dueOn: string | null, status = "open") =>
      a.client.post(`/api/v1/engagements/${id}/commitments`, { party: "ngo", userId: a.userId, description, dueOn, status });
    const late = await add(e.id, "Send the report", day(-10));
    expect(late.status, JSON.stringify(late.body)).toBe(201);
    await add(e.id, "Later promise", day(-3));
    await add(e.id, "Due today", day(0));
    await add(e.id, "Done late", day(-20), "done");
    await add(e.id, "No date", null);
    await add(ended.id, "On an engagement that will end", day(-5));
    await a.client.post(`/api/v1/engagements/${ended.id}/stage`, { stage: "ended", reason: "Done" });

    const risk = (id: string, body: object) => a.client.post(`/api/v1/engagements/${id}/risks`, body);
    const high = (await risk(e.id, { title: "Story misuse", likelihood: 4, impact: 5 })).body;
    const edge = (await risk(e.id, { title: "Exactly at the threshold", likelihood: 3, impact: 5 })).body;
    await risk(e.id, { title: "Mitigated", likelihood: 5, impact: 5, residualLikelihood: 2, residualImpact: 2 });
    await risk(e.id, { title: "Closed", likelihood: 5, impact: 5, status: "closed" });
    await risk(e.id, { title: "Low", likelihood: 2, impact: 3 });

    const d = (await a.client.get("/api/v1/dashboard")).body;
    expect(d.overdueCommitments.count).toBe(2);
    expect(d.overdueCommitments.items.map((c: { what: string }) => c.what)).toEqual(["Send the report", "Later promise"]);
    expect(d.overdueCommitments.items[0]).toMatchObject({
      id: late.body.id,
      engagementId: e.id,
      engagementTitle: "Campaign",
      companyName: "Campaign Co",
      who: { party: "ngo", name: "Owner of NGO Overdue" },
      dueOn: day(-10),
      daysOverdue: 10,
    });

    expect(d.risksAboveThreshold.threshold).toBe(15);
    expect(d.risksAboveThreshold.count).toBe(2);
    expect(d.risksAboveThreshold.items.map((r: { id: string }) => r.id)).toEqual([high.id, edge.id]);
    expect(d.risksAboveThreshold.items[0]).toMatchObject({
      engagementId: e.id,
      engagementTitle: "Campaign",
      companyName: "Campaign Co",
      title: "Story misuse",
      likelihood: 4,
      impact: 5,
      score: 20,
    });

    const cell = (l: number, i: number) =>
      d.riskMatrix.cells.find((c: { likelihood: number; impact: number }) => c.likelihood === l && c.impact === i);
    expect(d.riskMatrix).toMatchObject({ total: 4, high: 2, threshold: 15 });
    expect(cell(4, 5)).toMatchObject({
      count: 1,
      score: 20,
      band: "high",
      risks: [
        { id: high.id, title: "Story misuse", score: 20, engagementId: e.id, engagementTitle: "Campaign", companyName: "Campaign Co" },
      ],
    });
    expect(cell(2, 2).risks.map((r: { title: string }) => r.title)).toEqual(["Mitigated"]); // the residual position
    expect(cell(5, 5).count).toBe(0); // closed risks are not on it

    // A mode filter leaves out the other engagement's numbers.
    expect((await a.client.get("/api/v1/dashboard?mode=business_practice")).body.risksAboveThreshold.count).toBe(0);
  });

  it("takes the partnerships at risk from partnership health", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Health");
    const e = await engagement(a, "Troubled", { stage: "active" });
    await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
      party: "ngo",
      userId: a.userId,
      description: "Missed",
      dueOn: day(-30),
    });
    const d = (await a.client.get("/api/v1/dashboard")).body;
    const health = (await a.client.get("/api/v1/health?outlook=at_risk,unlikely")).body;
    expect(d.atRisk.count).toBe(health.total);
    expect(d.atRisk.items.map((i: { engagementId: string }) => i.engagementId)).toEqual(
      health.items.map((i: { engagementId: string }) => i.engagementId),
    );
    for (const item of d.atRisk.items) expect(["at_risk", "unlikely"]).toContain(item.outlook);
  });

  it("never counts another organisation's data; viewers read it; bad filters are refused", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Tenant A");
    const b = await ownerWithOrg(app.get(), "NGO Tenant B");
    const e = await engagement(b, "B's partnership", { stage: "active", modes: ["in_kind_donation"], inKind: 700, size: "sme" });
    await b.client.post(`/api/v1/engagements/${e.id}/commitments`, {
      party: "ngo",
      userId: b.userId,
      description: "B's promise",
      dueOn: day(-4),
    });
    await b.client.post(`/api/v1/engagements/${e.id}/risks`, { title: "B's risk", likelihood: 5, impact: 5 });
    // A filter naming B's owner does not reach B's data either.
    for (const query of ["", `?owner=${b.userId}`, "?mode=in_kind_donation"]) {
      const d = (await a.client.get(`/api/v1/dashboard${query}`)).body;
      expect(d.totals).toEqual({ open: 0, running: 0, ended: 0 });
      expect(d.valueByMode).toEqual([]);
      expect(d.overdueCommitments.count).toBe(0);
      expect(d.risksAboveThreshold.count).toBe(0);
      expect(d.riskMatrix.total).toBe(0);
      expect(d.atRisk.count).toBe(0);
    }
    // B's own member, a viewer, reads B's dashboard.
    const viewer = await memberOf(app.get(), b, "viewer");
    const seen = await viewer.client.get("/api/v1/dashboard");
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      totals: { open: 1, running: 1 },
      overdueCommitments: { count: 1 },
      risksAboveThreshold: { count: 1 },
    });
    // Asking for B's organisation as A is refused.
    expect(isProblem(await a.client.req("GET", "/api/v1/dashboard", undefined, { "x-organization-id": b.orgId }), 403)).toBe(true);
    expect(isProblem(await new Client(app.get()).get("/api/v1/dashboard"), 401)).toBe(true);
    expect(isProblem(await a.client.get(`/api/v1/dashboard?mode=${"x".repeat(101)}`), 422)).toBe(true);
  });

  it(
    "has content in every chart for the demo organisation",
    async () => {
      const login = (await seedDemoIfEmpty(demoApp.get().database, demoApp.get().auth))!;
      const client = new Client(demoApp.get());
      expect((await client.post("/api/auth/sign-in/email", { email: login.email, password: login.password })).status).toBe(200);
      const orgs = (await client.get("/api/auth/organization/list")).body;
      await client.post("/api/auth/organization/set-active", { organizationId: orgs[0].id });
      const d = (await client.get("/api/v1/dashboard")).body;
      expect(d.funnel.filter((s: { count: number }) => s.count > 0).length).toBeGreaterThanOrEqual(6);
      expect(d.byMode.filter((m: { count: number }) => m.count > 0).length).toBeGreaterThanOrEqual(5);
      expect(d.bySize.filter((s: { count: number }) => s.count > 0).length).toBe(3);
      expect(d.valueByMode.length).toBeGreaterThanOrEqual(3);
      expect(d.overdueCommitments.count).toBeGreaterThanOrEqual(3);
      expect(d.risksAboveThreshold.count).toBeGreaterThanOrEqual(3);
      expect(d.riskMatrix.total).toBeGreaterThanOrEqual(10);
      expect(d.atRisk.count).toBeGreaterThanOrEqual(1);
    },
    SEEDS_THE_DEMO,
  );
});

import { describe, expect, it } from "vitest";
import { sendRenewalReminders } from "../../src/domains/health/health.reminders.js";
import type { Mail, Mailer } from "../../src/platform/mailer.js";
import { isProblem, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";
import { pdfText } from "../setup/pdf-text.js";

const app = useTestApp();
const year = new Date().getUTCFullYear();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A's running, published partnership with everything health, dashboard and reports read. */
async function running(a: Account, name: string) {
  const co = (await a.client.post("/api/v1/companies", { name, country: "DE" })).body;
  const mode = (await a.client.post("/api/v1/engagement-modes", { key: "geheim_mode", label: "Geheimer Modus" })).body;
  const e = (
    await a.client.post("/api/v1/engagements", {
      companyId: co.id,
      title: `Geheimprojekt ${name}`,
      modes: [mode.key],
      ownerId: a.userId,
      publication: "public",
    })
  ).body;
  for (const stage of ["agreed", "active"])
    expect(
      (await a.client.post(`/api/v1/engagements/${e.id}/stage`, { stage, override: { reason: "Screened elsewhere (test)" } })).status,
    ).toBe(200);
  await a.client.patch(`/api/v1/engagements/${e.id}`, { moneyAmount: 5000, currency: "EUR" });
  expect(
    (
      await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, {
        kind: "mou",
        startsOn: day(-300),
        endsOn: day(20),
        clearedForPublication: true,
      })
    ).status,
  ).toBe(201);
  await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
    party: "ngo",
    userId: a.userId,
    description: "Geheimes Versprechen",
    dueOn: day(-3),
  });
  await a.client.post(`/api/v1/engagements/${e.id}/risks`, { title: "Geheimes Risiko", likelihood: 5, impact: 5 });
  await a.client.post("/api/v1/acknowledgements", {
    companyId: co.id,
    engagementId: e.id,
    channel: "website",
    occurredOn: day(-5),
    title: "Geheimer Dank",
  });
  const early = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Geheim, noch früh" })).body;
  return { company: co, engagement: e, early, mode };
}

function fakeMailer(): Mailer & { outbox: Mail[] } {
  const outbox: Mail[] = [];
  return {
    outbox,
    async send(m) {
      outbox.push(m);
    },
  };
}

describe("cross-tenant isolation: health, dashboard, reports, engagement modes and renewal reminders", () => {
  it("answers 404 to another organisation (never a 409 that would confirm the record and its stage) and never counts A's data", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Insight A");
    const b = await ownerWithOrg(app.get(), "NGO Insight B");
    const x = await running(a, "Geheim Partner AG");
    const E = `/api/v1/engagements/${x.engagement.id}`;
    // A's own view works, so every refusal below is tenancy.
    expect((await a.client.get(`${E}/health`)).status).toBe(200);
    expect(isProblem(await a.client.get(`/api/v1/engagements/${x.early.id}/health`), 409)).toBe(true);

    // B is owner of its own organisation.
    for (const r of [
      await b.client.get(`${E}/health`),
      // A's engagement that is not running: 404, not 409 with its stage.
      await b.client.get(`/api/v1/engagements/${x.early.id}/health`),
      await b.client.get(`${E}/report.pdf`),
      await b.client.get(`${E}/report.pdf?from=2020-01-01&to=2020-12-31&lang=de`),
      await b.client.patch(E, { publication: "confidential" }),
      await b.client.patch(E, { contactCadenceDays: 7 }),
      await b.client.patch(`/api/v1/engagement-modes/${x.mode.key}`, { label: "Von B umbenannt" }),
    ]) {
      expect(isProblem(r, 404)).toBe(true);
      expect(JSON.stringify(r.body)).not.toContain("Geheim");
    }

    for (const q of ["", "?outlook=at_risk,unlikely", `?ownerId=${a.userId}`]) {
      const h = await b.client.get(`/api/v1/health${q}`);
      expect(h.status).toBe(200);
      expect(h.body.total).toBe(0);
    }
    for (const q of ["", `?owner=${a.userId}`, `?mode=${x.mode.key}`]) {
      const d = await b.client.get(`/api/v1/dashboard${q}`);
      expect(d.status).toBe(200);
      expect(d.body.totals).toEqual({ open: 0, running: 0, ended: 0 });
      expect(d.body.byMode.map((m: { mode: string }) => m.mode)).not.toContain(x.mode.key);
      expect(JSON.stringify(d.body)).not.toContain("Geheim");
    }

    const annual = await b.client.get(`/api/v1/reports/annual?year=${year}`);
    expect(annual.body).toMatchObject({
      organisation: "NGO Insight B",
      counts: { partnerships: 0, acknowledgements: 0 },
      leftOut: { partnerships: 0, acknowledgements: 0 },
    });
    expect(JSON.stringify(annual.body)).not.toContain("Geheim");
    const pdf = await b.client.get(`/api/v1/reports/annual.pdf?year=${year}`);
    expect(pdf.status).toBe(200);
    expect(pdfText(Buffer.from(pdf.body))).not.toContain("Geheim");

    // Nothing of A's changed, and A still sees it all.
    const still = (await a.client.get(E)).body;
    expect(still).toMatchObject({ publication: "public", contactCadenceDays: 45 });
    expect((await a.client.get("/api/v1/engagement-modes")).body.items.find((m: { key: string }) => m.key === x.mode.key).label).toBe(
      "Geheimer Modus",
    );
    expect((await a.client.get(`/api/v1/reports/annual?year=${year}`)).body.counts.partnerships).toBe(1);
    expect((await a.client.get("/api/v1/dashboard")).body.totals.running).toBe(1);
  });

  it("mails each organisation's renewal reminder to its own owner only, and files the task in that organisation", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Renewal A");
    const b = await ownerWithOrg(app.get(), "NGO Renewal B");
    const x = await running(a, "Geheim Renewal GmbH");
    const mailer = fakeMailer();
    await sendRenewalReminders(app.get().database, mailer, new Date());
    const aMails = mailer.outbox.filter((m) => m.text.includes("Geheim Renewal GmbH"));
    expect(aMails).toHaveLength(1);
    expect(aMails[0].to).toBe(a.email);
    expect(mailer.outbox.filter((m) => m.to === b.email)).toHaveLength(0);

    const task = (await a.client.get(`/api/v1/engagements/${x.engagement.id}/tasks`)).body.items.find(
      (t: { title: string }) => t.title === "Prepare renewal",
    );
    expect(task).toBeTruthy();
    expect((await a.client.get("/api/v1/tasks/mine")).body.items.map((t: { id: string }) => t.id)).toContain(task.id);
    expect(isProblem(await b.client.get(`/api/v1/engagements/${x.engagement.id}/tasks`), 404)).toBe(true);
    expect(isProblem(await b.client.patch(`/api/v1/tasks/${task.id}`, { done: true }), 404)).toBe(true);
    const mine = await b.client.get("/api/v1/tasks/mine");
    expect(mine.body.total).toBe(0);
  });
});

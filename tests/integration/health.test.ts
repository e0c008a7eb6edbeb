import { describe, expect, it } from "vitest";
import { taskRemindersJob } from "../../src/domains/engagements/engagements.reminders.js";
import { RENEWAL_TASK_TITLE, renewalRemindersJob, sendRenewalReminders } from "../../src/domains/health/health.reminders.js";
import type { Mail, Mailer } from "../../src/platform/mailer.js";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();
const DAY = 86_400_000;
const day = (offset: number, from = Date.now()) => new Date(from + offset * DAY).toISOString().slice(0, 10);

function fakeMailer(): Mailer & { outbox: Mail[] } {
  const outbox: Mail[] = [];
  return {
    outbox,
    async send(m) {
      outbox.push(m);
    },
  };
}

async function contactAt(a: Account, companyId: string, name: string): Promise<string> {
  const r = await a.client.post("/api/v1/contacts", { name, companyId });
  expect(r.status).toBe(201);
  return r.body.id;
}

/** An engagement moved to `active` (the owner passes the screening gate with an override). */
async function activeEngagement(a: Account, name: string, contacts = 2) {
  const co = (await a.client.post("/api/v1/companies", { name, country: "DE" })).body;
  const contactIds = [];
  for (let i = 0; i < contacts; i++) contactIds.push(await contactAt(a, co.id, `Contact ${i} of ${name}`));
  const e = (
    await a.client.post("/api/v1/engagements", {
      companyId: co.id,
      title: `Partnership with ${name}`,
      modes: ["joint_project"],
      ownerId: a.userId,
      contactIds,
    })
  ).body;
  for (const stage of ["agreed", "active"]) {
    const moved = await a.client.post(`/api/v1/engagements/${e.id}/stage`, { stage, override: { reason: "Tested elsewhere" } });
    expect(moved.status).toBe(200);
  }
  return { company: co, engagement: e, contactIds };
}

/** Everything a healthy partnership has: contact, agreement, kept commitment, indicator on target, acknowledgement (a check-in counts as contact too: it is older than the meeting). */
async function makeHealthy(a: Account, name: string, contacts = 2) {
  const x = await activeEngagement(a, name, contacts);
  const id = x.engagement.id;
  const activity = (
    await a.client.post(`/api/v1/engagements/${id}/activities`, { kind: "meeting", occurredOn: day(-5), summary: "Quarterly meeting" })
  ).body;
  expect(
    (await a.client.req("PUT", `/api/v1/engagements/${id}/agreement`, { kind: "mou", startsOn: day(-100), endsOn: day(200) })).status,
  ).toBe(201);
  expect(
    (
      await a.client.post(`/api/v1/engagements/${id}/commitments`, {
        party: "ngo",
        userId: a.userId,
        description: "Send the plan",
        dueOn: day(10),
        status: "done",
      })
    ).status,
  ).toBe(201);
  const indicator = (
    await a.client.post(`/api/v1/engagements/${id}/agreement/indicators`, { name: "Staff trained", baseline: 0, target: 10 })
  ).body;
  expect(
    (
      await a.client.post(`/api/v1/engagements/${id}/check-ins`, {
        occurredOn: day(-80),
        values: [{ indicatorId: indicator.id, value: 10 }],
      })
    ).status,
  ).toBe(201);
  const ack = (
    await a.client.post(`/api/v1/companies/${x.company.id}/acknowledgements`, {
      channel: "website",
      occurredOn: day(-10),
      title: "Thanks on our website",
      engagementId: id,
    })
  ).body;
  return { ...x, id, activity, ack };
}

type Factor = { key: string; score: number; weight: number; points: number; detail: string };

async function health(a: Account, id: string) {
  const r = await a.client.get(`/api/v1/engagements/${id}/health`);
  expect(r.status).toBe(200);
  const factors = Object.fromEntries(r.body.factors.map((f: Factor) => [f.key, f])) as Record<string, Factor>;
  // The score is the sum of the factors' points, and the outlook follows the thresholds.
  expect(r.body.score).toBe(Math.round(r.body.factors.reduce((s: number, f: Factor) => s + f.points, 0)));
  return { ...r.body, f: factors };
}

describe("partnership health", () => {
  it("moves the score factor by factor as documented, crossing both outlook boundaries", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Health");
    const x = await makeHealthy(a, "Healthy Partner GmbH");
    let h = await health(a, x.id);
    expect(h).toMatchObject({
      engagementId: x.id,
      score: 100,
      outlook: "likely",
      thresholds: { likely: 70, atRisk: 45 },
      reasons: ["Every factor is on track."],
      cappedBy: null,
    });
    expect(h.factors.map((f: Factor) => f.key)).toEqual([
      "contact_cadence",
      "commitments_kept",
      "indicator_progress",
      "company_contacts",
      "acknowledgement",
      "renewal",
      "high_risks",
    ]);
    expect(h.renewal).toMatchObject({ endDate: day(200), daysLeft: 200, due: false, nextStepCode: "none_yet" });
    expect(typeof h.computedAt).toBe("string");

    // One open high risk (4 × 5 = 20 ≥ 15): risks 0.4 → −6.
    await a.client.post(`/api/v1/engagements/${x.id}/risks`, { title: "Partner uses us for PR", likelihood: 4, impact: 5 });
    h = await health(a, x.id);
    expect(h.f.high_risks).toMatchObject({ score: 0.4, points: 4 });
    expect(h.score).toBe(94);
    expect(h.reasons).toEqual(["1 open high risk: mitigate or close it."]);

    // An overdue commitment: 1 of 2 due kept → 0.5 → −10.
    await a.client.post(`/api/v1/engagements/${x.id}/commitments`, {
      party: "ngo",
      userId: a.userId,
      description: "Report",
      dueOn: day(-1),
    });
    h = await health(a, x.id);
    expect(h.f.commitments_kept).toMatchObject({ score: 0.5, detail: "1 of 2 due commitments kept on time; 1 overdue." });
    expect(h.score).toBe(84);

    // Only one company contact left on the engagement: 0.5 → −7.5.
    await a.client.patch(`/api/v1/engagements/${x.id}`, { contactIds: [x.contactIds[0]] });
    h = await health(a, x.id);
    expect(h.f.company_contacts.score).toBe(0.5);
    expect(h.score).toBe(77);
    expect(h.outlook).toBe("likely");

    // A second indicator without a value: (1 + 0) / 2 → −7.5: below 70, at risk.
    await a.client.post(`/api/v1/engagements/${x.id}/agreement/indicators`, { name: "Survivors employed", target: 5 });
    h = await health(a, x.id);
    expect(h.f.indicator_progress.score).toBe(0.5);
    expect(h.score).toBe(69);
    expect(h.outlook).toBe("at_risk");
    expect(h.reasons[0]).toContain("commitments kept");

    // No acknowledgement any more: −10.
    expect((await a.client.delete(`/api/v1/acknowledgements/${x.ack.id}`)).status).toBe(204);
    h = await health(a, x.id);
    expect(h.f.acknowledgement).toMatchObject({ score: 0, points: 0 });
    expect(h.score).toBe(59);

    // Last contact 70 days ago against 45 planned: 1 − 25/45 = 0.44 → −11.2.
    await a.client.patch(`/api/v1/activities/${x.activity.id}`, { occurredOn: day(-70) });
    h = await health(a, x.id);
    expect(h.f.contact_cadence).toMatchObject({ score: 0.44, detail: "Last contact 70 days ago; planned every 45 days." });
    expect(h.score).toBe(48);
    expect(h.outlook).toBe("at_risk");

    // The agreement ends in 20 days: renewal 0.2 → −8: below 45, unlikely; the renewal is due.
    await a.client.req("PUT", `/api/v1/engagements/${x.id}/agreement`, { kind: "mou", startsOn: day(-100), endsOn: day(20) });
    h = await health(a, x.id);
    expect(h.f.renewal.score).toBe(0.2);
    expect(h.score).toBe(40);
    expect(h.outlook).toBe("unlikely");
    expect(h.renewal).toMatchObject({ daysLeft: 20, due: true, milestone: 30, nextStepCode: "agree_renewal" });
    expect(h.reasons).toHaveLength(7);

    // A slower planned cadence (70 days) puts the last contact back on plan: +11.2.
    expect(isProblem(await a.client.patch(`/api/v1/engagements/${x.id}`, { contactCadenceDays: 3 }), 422)).toBe(true);
    expect((await a.client.patch(`/api/v1/engagements/${x.id}`, { contactCadenceDays: 70 })).body.contactCadenceDays).toBe(70);
    h = await health(a, x.id);
    expect(h.f.contact_cadence).toMatchObject({ score: 1, code: "cadence.on_plan" });
    expect(h.score).toBe(51);
  });

  it("caps a high score at 'at risk' when no company contact is active", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Capped");
    const x = await makeHealthy(a, "No Contact AG", 0);
    const h = await health(a, x.id);
    expect(h).toMatchObject({ score: 85, outlook: "at_risk", cappedBy: "company_contacts" });
    expect(h.explanations[0]).toMatchObject({ factor: "outlook_cap", code: "outlook.capped" });
    expect(h.reasons[1]).toContain("No active contact at the company");
  });

  it("counts contact logged on the company's own timeline, but not notes", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Company Contact");
    const x = await makeHealthy(a, "Timeline Partner GmbH");
    await a.client.patch(`/api/v1/activities/${x.activity.id}`, { occurredOn: day(-90) });
    expect((await health(a, x.id)).f.contact_cadence).toMatchObject({ score: 0.22, values: { days: 80 } }); // the check-in 80 days ago: 1 − 35/45
    await a.client.post(`/api/v1/companies/${x.company.id}/activities`, { kind: "note", occurredOn: day(-1), summary: "Internal note" });
    expect((await health(a, x.id)).f.contact_cadence.score).toBe(0.22);
    await a.client.post(`/api/v1/companies/${x.company.id}/activities`, {
      kind: "call",
      occurredOn: day(-2),
      summary: "Called the CSR lead",
    });
    expect((await health(a, x.id)).f.contact_cadence).toMatchObject({ score: 1, values: { days: 2 } });
  });

  it("answers 409 for an engagement that is not running, 404 across tenants, and lets a viewer read", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Health Access");
    const co = (await a.client.post("/api/v1/companies", { name: "Early Stage Ltd", country: "AT" })).body;
    const early = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Just identified" })).body;
    const r = await a.client.get(`/api/v1/engagements/${early.id}/health`);
    expect(isProblem(r, 409)).toBe(true);
    expect(r.body).toMatchObject({ rule: "health_not_applicable", stage: "identified" });

    const x = await activeEngagement(a, "Viewer Visible SE");
    const viewer = await memberOf(app.get(), a, "viewer");
    expect((await viewer.client.get(`/api/v1/engagements/${x.engagement.id}/health`)).status).toBe(200);
    expect((await viewer.client.get("/api/v1/health")).status).toBe(200);

    const b = await ownerWithOrg(app.get(), "Other NGO");
    expect(isProblem(await b.client.get(`/api/v1/engagements/${x.engagement.id}/health`), 404)).toBe(true);
    expect(isProblem(await b.client.get("/api/v1/engagements/not-a-uuid/health"), 404)).toBe(true);
    expect((await b.client.get("/api/v1/health")).body.items).toEqual([]);
  });

  it("lists the portfolio's running engagements worst first, filtered by outlook", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Portfolio");
    const good = await makeHealthy(a, "Good Partner KG");
    const weak = await activeEngagement(a, "Weak Partner KG", 0);
    const co = (await a.client.post("/api/v1/companies", { name: "Not Yet Oy", country: "FI" })).body;
    await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Not running" });

    const all = await a.client.get("/api/v1/health");
    expect(all.status).toBe(200);
    expect(all.body.items.map((i: { engagementId: string }) => i.engagementId)).toEqual([weak.engagement.id, good.id]);
    // New, no company contact, nothing agreed yet: 20 + 10 + 7.5 + 0 + 0 + 5 + 10 = 52.5.
    expect(all.body.items[0]).toMatchObject({
      title: "Partnership with Weak Partner KG",
      companyName: "Weak Partner KG",
      stage: "active",
      score: 53,
      outlook: "at_risk",
    });
    expect(all.body.items[0].topReasons).toHaveLength(3);
    expect(all.body.items[1]).toMatchObject({ score: 100, outlook: "likely" });

    const risky = await a.client.get("/api/v1/health?outlook=at_risk,unlikely");
    expect(risky.body.items.map((i: { engagementId: string }) => i.engagementId)).toEqual([weak.engagement.id]);
    expect(isProblem(await a.client.get("/api/v1/health?outlook=doomed"), 422)).toBe(true);
  });
});

describe("reminder jobs", () => {
  it("mails the owner once per milestone, at most once a day, and creates the renewal task once", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Renewals");
    const x = await makeHealthy(a, "Renewing Partner SA");
    await a.client.req("PUT", `/api/v1/engagements/${x.id}/agreement`, { kind: "mou", startsOn: day(-300), endsOn: day(50) });
    const { database } = app.get();
    const mailer = fakeMailer();
    const mine = () => mailer.outbox.filter((m) => m.to === a.email);
    const renewalTasks = async () =>
      (await a.client.get(`/api/v1/engagements/${x.id}/tasks`)).body.items.filter((t: { title: string }) => t.title === RENEWAL_TASK_TITLE);

    await sendRenewalReminders(database, mailer, new Date(), { baseUrl: "https://partners.example.org/" });
    expect(mine()).toHaveLength(1);
    expect(mine()[0].text).toContain(`https://partners.example.org/partnerships/${x.id}`);
    expect(mine()[0].subject).toBe("Partnerwise: the agreement with Renewing Partner SA ends in 50 days");
    expect(mine()[0].text).toContain("Suggested next step: Propose a renewal meeting");
    expect(mine()[0].text).toContain("Partnership health:");
    const tasks = await renewalTasks();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ assigneeId: a.userId, dueOn: day(20), done: false });

    // Again the same day, and the next day: nothing new (milestone 60 was reminded).
    await sendRenewalReminders(database, mailer, new Date());
    await sendRenewalReminders(database, mailer, new Date(Date.now() + DAY));
    await renewalRemindersJob({}, { database, mailer });
    expect(mine()).toHaveLength(1);
    expect(await renewalTasks()).toHaveLength(1);

    // 21 days later 29 days are left: milestone 30 is reminded once; still one task.
    await sendRenewalReminders(database, mailer, new Date(Date.now() + 21 * DAY));
    await sendRenewalReminders(database, mailer, new Date(Date.now() + 21 * DAY + 3_600_000));
    expect(mine()).toHaveLength(2);
    expect(mine()[1].subject).toContain("ends in 29 days");
    expect(await renewalTasks()).toHaveLength(1);

    // A renewal (new end date) starts afresh: a task for the new end date at once; its mail waits for
    // tomorrow, as the engagement was reminded today already.
    await a.client.req("PUT", `/api/v1/engagements/${x.id}/agreement`, { kind: "mou", startsOn: day(-300), endsOn: day(80) });
    await sendRenewalReminders(database, mailer, new Date());
    expect(mine()).toHaveLength(2);
    expect(await renewalTasks()).toHaveLength(2);
    await sendRenewalReminders(database, mailer, new Date(Date.now() + DAY));
    expect(mine()).toHaveLength(3);
    expect(mine()[2].subject).toContain("ends in 79 days");
  });

  it("writes the renewal mail in the owner's language", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Verlängerung");
    expect((await a.client.patch("/api/v1/me", { locale: "de" })).status).toBe(204);
    const x = await makeHealthy(a, "Verlängerungspartner GmbH");
    await a.client.req("PUT", `/api/v1/engagements/${x.id}/agreement`, { kind: "mou", startsOn: day(-300), endsOn: day(50) });
    const mailer = fakeMailer();
    await sendRenewalReminders(app.get().database, mailer, new Date());
    const [mail] = mailer.outbox.filter((m) => m.to === a.email);
    expect(mail.subject).toBe("Partnerwise: Die Vereinbarung mit Verlängerungspartner GmbH endet in 50 Tagen");
    expect(mail.text).toContain("Vorgeschlagener nächster Schritt:");
    expect(mail.text).toContain("Zustand der Partnerschaft:");
  });

  it("leaves engagements of other stages and far end dates alone", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Far Away");
    const x = await makeHealthy(a, "Far Away Partner");
    const mailer = fakeMailer();
    await sendRenewalReminders(app.get().database, mailer, new Date());
    expect(mailer.outbox.filter((m) => m.to === a.email)).toHaveLength(0);
    expect((await a.client.get(`/api/v1/engagements/${x.id}/tasks`)).body.items).toHaveLength(0);
  });

  it("runs the task reminder job once per day per task", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Task Job");
    const x = await activeEngagement(a, "Task Partner");
    await a.client.post(`/api/v1/engagements/${x.engagement.id}/tasks`, { title: "Call the partner", dueOn: day(0), assigneeId: a.userId });
    const mailer = fakeMailer();
    const job = { database: app.get().database, mailer };
    await taskRemindersJob({}, job);
    await taskRemindersJob({}, job);
    const mine = mailer.outbox.filter((m) => m.to === a.email);
    expect(mine).toHaveLength(1);
    expect(mine[0].text).toContain("Call the partner (due today)");
  });
});

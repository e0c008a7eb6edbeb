import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { Client, isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function setup(a: Account, modes: string[] = ["joint_project"]) {
  const co = (await a.client.post("/api/v1/companies", { name: "Kaffee Röster GmbH", country: "DE" })).body;
  const contact = (await a.client.post("/api/v1/contacts", { name: "Clara Contact", companyId: co.id })).body;
  const e = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Fair supply chain", modes, contactIds: [contact.id] }))
    .body;
  expect(e.id).toBeTruthy();
  return { co, contact, e };
}

describe("commitments", () => {
  it("lists a commitment due yesterday as overdue, and neither a done one nor one due today", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Commitments");
    const { contact, e } = await setup(a);
    const late = await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
      party: "ngo",
      userId: a.userId,
      description: "Send the training plan",
      dueOn: day(-1),
    });
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({
      party: "ngo",
      user: { id: a.userId },
      status: "open",
      overdue: true,
      company: { name: "Kaffee Röster GmbH" },
    });
    const kept = (
      await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
        party: "company",
        contactId: contact.id,
        description: "Share the audit",
        dueOn: day(-1),
      })
    ).body;
    expect(kept).toMatchObject({ contact: { id: contact.id, name: "Clara Contact" }, overdue: true });
    const today = (
      await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
        party: "company",
        description: "Publish the code of conduct",
        dueOn: day(0),
      })
    ).body;
    expect(today.overdue).toBe(false);

    const done = await a.client.patch(`/api/v1/commitments/${kept.id}`, { status: "done" });
    expect(done.body).toMatchObject({ status: "done", overdue: false });
    expect(done.body.doneAt).toBeTruthy();

    const overdue = await a.client.get("/api/v1/commitments?overdue=true");
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.map((c: { id: string }) => c.id)).toEqual([late.body.id]);
    expect(overdue.body.total).toBe(1);
    const notOverdue = (await a.client.get("/api/v1/commitments?overdue=false")).body.items.map((c: { id: string }) => c.id);
    expect(notOverdue.sort()).toEqual([kept.id, today.id].sort());
    expect((await a.client.get("/api/v1/commitments?status=done")).body.items.map((c: { id: string }) => c.id)).toEqual([kept.id]);
    expect((await a.client.get(`/api/v1/commitments?userId=${a.userId}`)).body.items.map((c: { id: string }) => c.id)).toEqual([
      late.body.id,
    ]);

    const ofEngagement = (await a.client.get(`/api/v1/engagements/${e.id}/commitments`)).body.items.map((c: { id: string }) => c.id);
    expect(ofEngagement).toEqual([late.body.id, today.id, kept.id]);

    // Reopening clears doneAt; cancelling stops it from being overdue.
    expect((await a.client.patch(`/api/v1/commitments/${kept.id}`, { status: "open" })).body).toMatchObject({
      doneAt: null,
      overdue: true,
    });
    expect((await a.client.patch(`/api/v1/commitments/${kept.id}`, { status: "cancelled" })).body.overdue).toBe(false);
    expect((await a.client.delete(`/api/v1/commitments/${today.id}`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/commitments/${today.id}`), 404)).toBe(true);
  });

  it("checks who promised: a member for the NGO, a contact of this company for the company", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Promisors");
    const { e } = await setup(a);
    const other = (await a.client.post("/api/v1/companies", { name: "Other Co", country: "FR" })).body;
    const stranger = (await a.client.post("/api/v1/contacts", { name: "Sam Stranger", companyId: other.id })).body;
    const outsider = await ownerWithOrg(app.get(), "Elsewhere");
    const post = (body: object) => a.client.post(`/api/v1/engagements/${e.id}/commitments`, { description: "x", ...body });
    expect(isProblem(await post({ party: "company", contactId: stranger.id }), 422)).toBe(true);
    expect(isProblem(await post({ party: "ngo", contactId: stranger.id }), 422)).toBe(true);
    expect(isProblem(await post({ party: "company", userId: a.userId }), 422)).toBe(true);
    expect(isProblem(await post({ party: "ngo", userId: outsider.userId }), 422)).toBe(true);
    expect(isProblem(await post({ party: "someone" }), 422)).toBe(true);
  });

  it("flags open promises of a company contact who leaves the company", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Turnover");
    const { contact, e } = await setup(a);
    const open = (
      await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
        party: "company",
        contactId: contact.id,
        description: "Train the buyers",
        dueOn: day(30),
      })
    ).body;
    const closed = (
      await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
        party: "company",
        contactId: contact.id,
        description: "Old promise",
        status: "done",
      })
    ).body;
    expect(open.contactLeftOn).toBeNull();
    expect((await a.client.post(`/api/v1/contacts/${contact.id}/leave`, {})).status).toBe(200);
    expect((await a.client.get(`/api/v1/commitments/${open.id}`)).body.contactLeftOn).toBe(day(0));
    expect((await a.client.get(`/api/v1/commitments/${closed.id}`)).body.contactLeftOn).toBeNull();
  });
});

describe("commitments in the calendar feed", () => {
  it("adds my open promises and the company's promises on engagements I own to my iCal feed", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Calendar");
    const m = await memberOf(app.get(), a, "member");
    const co = (await a.client.post("/api/v1/companies", { name: "Kalender AG", country: "DE" })).body;
    const e = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Calendar partnership", ownerId: a.userId })).body;
    const mine = (
      await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
        party: "ngo",
        userId: a.userId,
        description: "Send the training plan",
        dueOn: "2030-05-02",
      })
    ).body;
    const theirs = (
      await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
        party: "company",
        description: "Share the audit",
        dueOn: "2030-05-01",
      })
    ).body;
    await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
      party: "ngo",
      userId: m.userId,
      description: "Someone else's",
      dueOn: "2030-05-03",
    });
    await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
      party: "ngo",
      userId: a.userId,
      description: "Already done",
      dueOn: "2030-05-04",
      status: "done",
    });
    await a.client.post(`/api/v1/engagements/${e.id}/commitments`, { party: "ngo", userId: a.userId, description: "Undated" });

    const token = (await a.client.post("/api/v1/me/ical-token")).body;
    const feed = await new Client(app.get()).get(new URL(token.url).pathname);
    expect(feed.status).toBe(200);
    const events = new ICAL.Component(ICAL.parse(feed.body as string)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((ev) => [ev.uid, ev.summary, ev.startDate.toString()])).toEqual([
      [`commitment-${theirs.id}@partnerwise`, "Kalender AG promised: Share the audit", "2030-05-01"],
      [`commitment-${mine.id}@partnerwise`, "Promised: Send the training plan", "2030-05-02"],
    ]);
    expect(events[0].description).toContain("Calendar partnership");
  });
});

describe("check-ins and monitoring", () => {
  it("gives a code-of-conduct engagement a 90-day schedule and shows missed check-ins", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Monitoring");
    const { e } = await setup(a, ["business_practice"]);
    const none = (await a.client.get(`/api/v1/engagements/${e.id}/monitoring`)).body;
    expect(none.schedule).toMatchObject({ enabled: true, source: "default", intervalDays: 90, toleranceDays: 14, startsOn: null });
    expect(none.reason).toMatch(/start/);
    expect(none.missed).toEqual([]);

    await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, { kind: "mou", startsOn: day(-200) });
    const before = (await a.client.get(`/api/v1/engagements/${e.id}/monitoring`)).body;
    expect(before.missed).toEqual([day(-110), day(-20)]);
    expect(before.nextDue).toBe(day(70));

    const ind = (
      await a.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, {
        name: "Suppliers audited",
        unit: "suppliers",
        baseline: 0,
        target: 10,
      })
    ).body;
    const ci = await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, {
      occurredOn: day(-112),
      notes: "First audit round",
      values: [{ indicatorId: ind.id, value: 3 }],
    });
    expect(ci.status).toBe(201);
    expect(ci.body).toMatchObject({
      occurredOn: day(-112),
      notes: "First audit round",
      values: [{ indicatorId: ind.id, indicator: "Suppliers audited", unit: "suppliers", value: 3 }],
    });

    const after = (await a.client.get(`/api/v1/engagements/${e.id}/monitoring`)).body;
    expect(after.missed).toEqual([day(-20)]);
    expect(after.expected[0]).toMatchObject({ due: day(-110), status: "done", checkInOn: day(-112) });
    expect(after.lastCheckIn).toBe(day(-112));

    // Every 60 days instead: the one check-in falls outside every window (±14 days).
    const sixty = await a.client.req("PUT", `/api/v1/engagements/${e.id}/monitoring`, { intervalDays: 60 });
    expect(sixty.status).toBe(200);
    expect(sixty.body.schedule).toMatchObject({ source: "custom", intervalDays: 60 });
    expect(sixty.body.missed).toEqual([day(-140), day(-80), day(-20)]);
    expect(sixty.body.nextDue).toBe(day(40));
    expect(
      isProblem(await a.client.req("PUT", `/api/v1/engagements/${e.id}/monitoring`, { intervalDays: 20, toleranceDays: 14 }), 422),
    ).toBe(true);

    const off = await a.client.req("PUT", `/api/v1/engagements/${e.id}/monitoring`, { enabled: false });
    expect(off.body).toMatchObject({ missed: [], nextDue: null });
    expect(off.body.schedule.enabled).toBe(false);
  });

  it("expects nothing of other engagements unless they get a schedule", async () => {
    const a = await ownerWithOrg(app.get(), "NGO No Schedule");
    const { e } = await setup(a, ["financial_donation"]);
    await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, { kind: "contract", startsOn: day(-400) });
    const m = (await a.client.get(`/api/v1/engagements/${e.id}/monitoring`)).body;
    expect(m.schedule.enabled).toBe(false);
    expect(m.missed).toEqual([]);
    const on = (await a.client.req("PUT", `/api/v1/engagements/${e.id}/monitoring`, { intervalDays: 180, startsOn: day(-400) })).body;
    expect(on.missed).toEqual([day(-220), day(-40)]);
  });

  it("refuses check-ins in the future and values of another engagement's indicators; lists newest first", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Check-ins");
    const { e } = await setup(a);
    const { e: e2 } = await setup(a);
    await a.client.req("PUT", `/api/v1/engagements/${e2.id}/agreement`, { kind: "mou" });
    const foreign = (await a.client.post(`/api/v1/engagements/${e2.id}/agreement/indicators`, { name: "Other" })).body;
    expect(isProblem(await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, { occurredOn: day(3) }), 422)).toBe(true);
    const bad = await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, {
      occurredOn: day(-1),
      values: [{ indicatorId: foreign.id, value: 1 }],
    });
    expect(isProblem(bad, 422)).toBe(true);
    expect(bad.body.errors[0].path).toBe("values.0.indicatorId");
    const first = (await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, { occurredOn: day(-30), notes: "older" })).body;
    await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, { occurredOn: day(-2), notes: "newer" });
    expect((await a.client.get(`/api/v1/engagements/${e.id}/check-ins`)).body.items.map((c: { notes: string }) => c.notes)).toEqual([
      "newer",
      "older",
    ]);
    expect((await a.client.delete(`/api/v1/engagements/${e.id}/check-ins/${first.id}`)).status).toBe(204);
    expect(isProblem(await a.client.delete(`/api/v1/engagements/${e2.id}/check-ins/${first.id}`), 404)).toBe(true);
  });

  it("lets a viewer read but not write agreements, commitments, check-ins or schedules", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Viewer");
    const { e } = await setup(a, ["business_practice"]);
    await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, { kind: "mou", startsOn: day(-10) });
    const ind = (await a.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, { name: "Jobs" })).body;
    const c = (await a.client.post(`/api/v1/engagements/${e.id}/commitments`, { party: "ngo", description: "x" })).body;
    const ci = (await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, { occurredOn: day(-1) })).body;
    const v = await memberOf(app.get(), a, "viewer");
    for (const path of [
      `/api/v1/engagements/${e.id}/agreement`,
      `/api/v1/engagements/${e.id}/agreement/indicators`,
      `/api/v1/engagements/${e.id}/commitments`,
      "/api/v1/commitments",
      `/api/v1/engagements/${e.id}/check-ins`,
      `/api/v1/engagements/${e.id}/monitoring`,
      "/api/v1/agreement-template",
      `/api/v1/engagements/${e.id}/agreement/draft.pdf`,
    ]) {
      expect((await v.client.get(path)).status).toBe(200);
    }
    const form = new FormData();
    form.append("file", new File([new TextEncoder().encode("%PDF-1.4\n%%EOF\n")], "s.pdf", { type: "application/pdf" }));
    for (const r of [
      await v.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, { kind: "contract" }),
      await v.client.delete(`/api/v1/engagements/${e.id}/agreement`),
      await v.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, { name: "x" }),
      await v.client.patch(`/api/v1/engagements/${e.id}/agreement/indicators/${ind.id}`, { name: "x" }),
      await v.client.delete(`/api/v1/engagements/${e.id}/agreement/indicators/${ind.id}`),
      await v.client.post(`/api/v1/engagements/${e.id}/agreement/signed-file`, form),
      await v.client.req("PUT", "/api/v1/agreement-template", { body: "x" }),
      await v.client.delete("/api/v1/agreement-template"),
      await v.client.post(`/api/v1/engagements/${e.id}/commitments`, { party: "ngo", description: "x" }),
      await v.client.patch(`/api/v1/commitments/${c.id}`, { status: "done" }),
      await v.client.delete(`/api/v1/commitments/${c.id}`),
      await v.client.post(`/api/v1/engagements/${e.id}/check-ins`, { occurredOn: day(-1) }),
      await v.client.delete(`/api/v1/engagements/${e.id}/check-ins/${ci.id}`),
      await v.client.req("PUT", `/api/v1/engagements/${e.id}/monitoring`, { intervalDays: 30 }),
    ]) {
      expect(isProblem(r, 403)).toBe(true);
    }
    expect((await a.client.get(`/api/v1/commitments/${c.id}`)).body.status).toBe("open");
  });
});

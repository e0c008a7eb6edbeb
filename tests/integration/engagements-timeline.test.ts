import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { composeReminder, sendDueReminders } from "../../src/domains/engagements/engagements.reminders.js";
import { Client, isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

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

async function task(a: Account, engagementId: string, body: Record<string, unknown>) {
  const r = await a.client.post(`/api/v1/engagements/${engagementId}/tasks`, body);
  expect(r.status).toBe(201);
  return r.body;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysFromNow = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));

describe("engagement timeline and tasks", () => {
  it("records activities per engagement and merges them into the company's timeline", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Timeline");
    const co = await company(a, "Timeline AG");
    const anna = await contactAt(a, co.id, "Anna Timeline");
    const e1 = await engagement(a, co.id, { title: "First" });
    const e2 = await engagement(a, co.id, { title: "Second" });
    const meeting = await a.client.post(`/api/v1/engagements/${e1.id}/activities`, {
      kind: "meeting",
      occurredOn: "2025-03-01",
      summary: "Kick-off at their office",
      contactIds: [anna.id],
    });
    expect(meeting.status).toBe(201);
    expect(meeting.body).toMatchObject({
      kind: "meeting",
      engagementId: e1.id,
      engagementTitle: "First",
      companyId: co.id,
      contacts: [{ id: anna.id, name: "Anna Timeline" }],
      createdBy: { id: a.userId },
    });
    await a.client.post(`/api/v1/engagements/${e2.id}/activities`, {
      kind: "email",
      occurredOn: "2025-03-05",
      summary: "Sent the proposal",
    });
    await a.client.post(`/api/v1/companies/${co.id}/activities`, {
      kind: "call",
      occurredOn: "2025-02-20",
      summary: "Cold call before any engagement",
    });

    expect((await a.client.get(`/api/v1/engagements/${e1.id}/activities`)).body.items.map((x: { summary: string }) => x.summary)).toEqual([
      "Kick-off at their office",
    ]);
    const timeline = (await a.client.get(`/api/v1/companies/${co.id}/activities`)).body.items;
    expect(timeline.map((x: { kind: string }) => x.kind)).toEqual(["email", "meeting", "call"]);
    expect(timeline[2].engagementId).toBeNull();

    const changed = await a.client.patch(`/api/v1/activities/${meeting.body.id}`, {
      summary: "Kick-off, agreed next steps",
      contactIds: [],
    });
    expect(changed.body).toMatchObject({ summary: "Kick-off, agreed next steps", contacts: [] });
    expect(
      isProblem(
        await a.client.post(`/api/v1/engagements/${e1.id}/activities`, { kind: "lunch", occurredOn: "2025-13-01", summary: "" }),
        422,
      ),
    ).toBe(true);
    expect(
      isProblem(
        await a.client.post(`/api/v1/engagements/${e1.id}/activities`, {
          kind: "note",
          occurredOn: "2025-01-01",
          summary: "x",
          contactIds: ["00000000-0000-4000-8000-000000000000"],
        }),
        422,
      ),
    ).toBe(true);
    expect((await a.client.delete(`/api/v1/activities/${meeting.body.id}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/companies/${co.id}/activities`)).body.items).toHaveLength(2);
  });

  it("lists my open tasks across engagements, overdue first, undated last", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Tasks");
    const m = await memberOf(app.get(), a, "member");
    const co = await company(a, "Tasks GmbH");
    const e1 = await engagement(a, co.id, { title: "One" });
    const e2 = await engagement(a, co.id, { title: "Two" });
    const undated = await task(a, e1.id, { title: "Someday", assigneeId: m.userId });
    const later = await task(a, e2.id, { title: "Send report", dueOn: daysFromNow(10), assigneeId: m.userId });
    const overdue = await task(a, e1.id, { title: "Call back", dueOn: daysFromNow(-3), assigneeId: m.userId });
    const done = await task(a, e2.id, { title: "Done already", dueOn: daysFromNow(-5), assigneeId: m.userId });
    await task(a, e2.id, { title: "Not mine", dueOn: daysFromNow(-9), assigneeId: a.userId });
    expect(overdue).toMatchObject({
      overdue: true,
      engagement: { id: e1.id, title: "One" },
      company: { name: "Tasks GmbH" },
      assignee: { id: m.userId },
    });
    expect((await m.client.patch(`/api/v1/tasks/${done.id}`, { done: true })).body).toMatchObject({ done: true, overdue: false });

    const mine = (await m.client.get("/api/v1/tasks/mine")).body;
    expect(mine.items.map((t: { id: string }) => t.id)).toEqual([overdue.id, later.id, undated.id]);
    expect(mine.total).toBe(3);
    expect((await a.client.get(`/api/v1/engagements/${e2.id}/tasks`)).body.items.map((t: { title: string }) => t.title)).toEqual([
      "Not mine",
      "Send report",
      "Done already",
    ]);

    const stranger = await ownerWithOrg(app.get(), "Not a member");
    const bad = await a.client.post(`/api/v1/engagements/${e1.id}/tasks`, { title: "x", assigneeId: stranger.userId });
    expect(isProblem(bad, 422)).toBe(true);
    expect(bad.body.errors[0].path).toBe("assigneeId");
    expect((await m.client.patch(`/api/v1/tasks/${later.id}`, { assigneeId: a.userId, dueOn: null })).body).toMatchObject({
      assigneeId: a.userId,
      dueOn: null,
    });
    expect((await m.client.delete(`/api/v1/tasks/${undated.id}`)).status).toBe(204);
    expect((await m.client.get("/api/v1/tasks/mine")).body.items.map((t: { id: string }) => t.id)).toEqual([overdue.id]);
  });

  it("flags engagements and creates a handover task when a company contact leaves", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Turnover");
    const co = await company(a, "Drehtür AG");
    const anna = await contactAt(a, co.id, "Anna Leaving");
    const ben = await contactAt(a, co.id, "Ben Staying");
    const both = await engagement(a, co.id, { title: "Two contacts", ownerId: a.userId, contactIds: [anna.id, ben.id] });
    const annaOnly = await engagement(a, co.id, { title: "Anna's", contactIds: [anna.id] });
    const benOnly = await engagement(a, co.id, { title: "Ben's", contactIds: [ben.id] });
    const ended = await engagement(a, co.id, { title: "Over", contactIds: [anna.id] });
    await a.client.post(`/api/v1/engagements/${ended.id}/stage`, { stage: "ended", reason: "No budget" });
    expect(both.warnings).toEqual([]);
    expect(annaOnly.warnings).toEqual(["single_company_contact"]);

    const left = await a.client.post(`/api/v1/contacts/${anna.id}/leave`, {});
    expect(left.status).toBe(200);

    const after = (await a.client.get(`/api/v1/engagements/${both.id}`)).body;
    expect(after.flags).toHaveLength(1);
    expect(after.flags[0]).toMatchObject({ kind: "contact_left", contactId: anna.id });
    expect(after.flags[0].message).toContain("Drehtür AG");
    expect(after.flags[0].message).not.toContain("Anna");
    expect(after.contacts).toEqual([
      { id: anna.id, name: "Anna Leaving", active: false },
      { id: ben.id, name: "Ben Staying", active: true },
    ]);
    expect(after.warnings).toEqual(["single_company_contact"]);
    const handover = (await a.client.get(`/api/v1/engagements/${both.id}/tasks`)).body.items;
    expect(handover).toHaveLength(1);
    expect(handover[0]).toMatchObject({ title: "Find a new contact at Drehtür AG", kind: "handover", assigneeId: a.userId, done: false });
    expect(after.flags[0].taskId).toBe(handover[0].id);

    expect((await a.client.get(`/api/v1/engagements/${annaOnly.id}`)).body.flags).toHaveLength(1);
    expect((await a.client.get(`/api/v1/engagements/${annaOnly.id}/tasks`)).body.items[0].assigneeId).toBeNull();
    expect((await a.client.get(`/api/v1/engagements/${benOnly.id}`)).body.flags).toEqual([]);
    expect((await a.client.get(`/api/v1/engagements/${ended.id}`)).body.flags).toEqual([]);
    expect((await a.client.get(`/api/v1/engagements/${ended.id}/tasks`)).body.items).toEqual([]);
    expect((await a.client.get("/api/v1/tasks/mine")).body.items.map((t: { title: string }) => t.title)).toEqual([
      "Find a new contact at Drehtür AG",
    ]);

    // Completing the handover resolves its flag; a flag can also be resolved by hand.
    await a.client.patch(`/api/v1/tasks/${handover[0].id}`, { done: true });
    expect((await a.client.get(`/api/v1/engagements/${both.id}`)).body.flags).toEqual([]);
    const flagId = (await a.client.get(`/api/v1/engagements/${annaOnly.id}`)).body.flags[0].id;
    expect((await a.client.post(`/api/v1/engagements/${annaOnly.id}/flags/${flagId}/resolve`)).body.flags).toEqual([]);
    expect(isProblem(await a.client.post(`/api/v1/engagements/${annaOnly.id}/flags/${flagId}/resolve`), 404)).toBe(true);

    // Erasing the person who left removes them from engagements, activities and flags.
    await a.client.post(`/api/v1/engagements/${benOnly.id}/activities`, {
      kind: "call",
      occurredOn: "2025-01-01",
      summary: "Call",
      contactIds: [ben.id],
    });
    expect((await a.client.post(`/api/v1/contacts/${anna.id}/erase`, { reason: "Request" })).status).toBe(204);
    const erased = (await a.client.get(`/api/v1/engagements/${both.id}`)).body;
    expect(erased.contactIds).toEqual([ben.id]);
    expect(JSON.stringify(erased)).not.toContain("Anna");
  });

  it("publishes my tasks' due dates as an iCalendar feed at a secret URL", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Calendar");
    const m = await memberOf(app.get(), a, "member");
    const co = await company(a, "Kalender & Co");
    const e = await engagement(a, co.id, { title: "Calendar partnership" });
    const due = await task(a, e.id, { title: "Send the MoU draft", dueOn: "2030-04-15", assigneeId: m.userId });
    await task(a, e.id, { title: "Undated", assigneeId: m.userId });
    await task(a, e.id, { title: "Someone else's", dueOn: "2030-04-16", assigneeId: a.userId });
    const finished = await task(a, e.id, { title: "Finished", dueOn: "2030-04-17", assigneeId: m.userId });
    await a.client.patch(`/api/v1/tasks/${finished.id}`, { done: true });

    expect((await m.client.get("/api/v1/me/ical-token")).body).toEqual({ active: false, createdAt: null });
    const created = await m.client.post("/api/v1/me/ical-token");
    expect(created.status).toBe(201);
    const path = new URL(created.body.url).pathname;
    expect(path).toBe(`/api/ical/${created.body.token}.ics`);
    expect((await m.client.get("/api/v1/me/ical-token")).body.active).toBe(true);

    const anonymous = new Client(app.get());
    const feed = await anonymous.get(path);
    expect(feed.status).toBe(200);
    expect(feed.contentType).toContain("text/calendar");
    const cal = new ICAL.Component(ICAL.parse(feed.body as string));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((ev) => ev.summary)).toEqual(["Send the MoU draft"]);
    expect(events[0].uid).toBe(`task-${due.id}@partnerwise`);
    expect(events[0].startDate.isDate).toBe(true);
    expect(events[0].startDate.toString()).toBe("2030-04-15");
    expect(events[0].description).toContain("Calendar partnership");
    expect(events[0].description).toContain("Kalender & Co");

    const again = await m.client.post("/api/v1/me/ical-token");
    expect(again.body.token).not.toBe(created.body.token);
    expect(isProblem(await anonymous.get(path), 404)).toBe(true);
    expect((await anonymous.get(new URL(again.body.url).pathname)).status).toBe(200);
    expect(isProblem(await anonymous.get("/api/ical/not-a-token.ics"), 404)).toBe(true);
    expect((await m.client.delete("/api/v1/me/ical-token")).status).toBe(204);
    expect(isProblem(await anonymous.get(new URL(again.body.url).pathname), 404)).toBe(true);
  });

  it("mails each assignee one reminder a day for tasks due tomorrow or overdue", async () => {
    const { database, mailer } = app.get();
    const now = new Date("2040-01-10T07:00:00Z");
    // Other tests' tasks in this database get their reminder for that day first.
    await sendDueReminders(database, mailer, now);
    const a = await ownerWithOrg(app.get(), "NGO Reminders");
    const m = await memberOf(app.get(), a, "member");
    const co = await company(a, "Erinnerung GmbH");
    const e = await engagement(a, co.id, { title: "Reminder partnership" });
    await task(a, e.id, { title: "Overdue call", dueOn: "2040-01-05", assigneeId: m.userId });
    await task(a, e.id, { title: "Due tomorrow", dueOn: "2040-01-11", assigneeId: m.userId });
    await task(a, e.id, { title: "Next month", dueOn: "2040-02-10", assigneeId: m.userId });
    const done = await task(a, e.id, { title: "Done", dueOn: "2040-01-01", assigneeId: m.userId });
    await a.client.patch(`/api/v1/tasks/${done.id}`, { done: true });
    await task(a, e.id, { title: "Owner's own", dueOn: "2040-01-10", assigneeId: a.userId });

    const sent = mailer.outbox.length;
    const first = await sendDueReminders(database, mailer, now, { baseUrl: "https://partners.example.org" });
    expect(first).toEqual({ mails: 2, tasks: 3 });
    const mails = mailer.outbox.slice(sent);
    const toMember = mails.find((x) => x.to === m.email)!;
    expect(toMember.subject).toBe("Partnerwise: 1 overdue task and 1 due soon");
    expect(toMember.text).toContain("Overdue call (overdue since 2040-01-05) — Reminder partnership, Erinnerung GmbH [NGO Reminders]");
    expect(toMember.text).toContain("Due tomorrow (due 2040-01-11)");
    expect(toMember.text).not.toContain("Next month");
    expect(toMember.text).not.toContain("Done");
    expect(toMember.text).toContain("https://partners.example.org/tasks");
    expect(mails.find((x) => x.to === a.email)!.text).toContain("Owner's own (due today)");

    expect(await sendDueReminders(database, mailer, new Date("2040-01-10T18:00:00Z"))).toEqual({ mails: 0, tasks: 0 });
    const nextDay = mailer.outbox.length;
    await sendDueReminders(database, mailer, new Date("2040-01-11T07:00:00Z"));
    const again = mailer.outbox.slice(nextDay).filter((x) => x.to === m.email || x.to === a.email);
    expect(again.map((x) => x.subject).sort()).toEqual(["Partnerwise: 1 overdue task", "Partnerwise: 1 overdue task and 1 due soon"]);
  });

  it("composes no mail without tasks", () => {
    expect(composeReminder({ email: "x@example.org", name: "X" }, [], "2040-01-01")).toBeNull();
  });
});

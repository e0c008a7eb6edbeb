import { describe, expect, it } from "vitest";
import { type Account, isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

// A round's invitation and reminders by mail: the owners and admins of every organisation asked are mailed when the
// round opens; a coordinator's reminder reaches only the organisations that have not submitted, at most every 12 hours,
// is audited to each of them, and is refused to members (403) and to anyone outside the network (404).

const app = useTestApp({ PARTNERWISE_BASE_URL: "https://pw.example.org" });

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
async function join(coord: Account, id: string, org: Account) {
  await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(org) });
  expect((await org.client.post(`/api/v1/networks/${id}/accept`)).status).toBe(200);
}
const mailsTo = (email: string) => app.get().mailer.outbox.filter((m) => m.to === email && /assessment/.test(m.subject));

describe("assessment invitations and reminders", () => {
  it("mails the invitation to each asked organisation's owners and admins, and reminds only those that have not submitted", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coordinating R");
    const a = await ownerWithOrg(app.get(), "NGO Alpha R");
    const aAdmin = await memberOf(app.get(), a, "admin");
    const aMember = await memberOf(app.get(), a, "member");
    const b = await ownerWithOrg(app.get(), "NGO Beta R");
    const outsider = await ownerWithOrg(app.get(), "NGO Outside R");
    const net = (await coord.client.post("/api/v1/networks", { name: "Reminder Network" })).body.id;
    await join(coord, net, a);
    await join(coord, net, b);

    const created = await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2026", closesOn: "2099-03-31" });
    expect(created.status).toBe(201);
    const round = created.body.id as string;
    expect(created.body.remindedAt).toBeNull();

    // The invitation: owners and admins of both organisations, with the survey's link and the closing date; a plain
    // member is not mailed (an admin passes it on), and the coordinator's own organisation was not asked.
    for (const who of [a, aAdmin, b]) {
      const [mail] = mailsTo(who.email);
      expect(mail?.subject).toBe("Reminder Network: please answer the assessment 2026 for " + (who === b ? "NGO Beta R" : "NGO Alpha R"));
      expect(mail?.text).toContain(`https://pw.example.org/assessment/${round}/answer`);
      expect(mail?.text).toContain("31 March 2099");
    }
    expect(mailsTo(aMember.email)).toEqual([]);
    // The coordinator's own organisation is a member and is asked too, but the coordinator is not mailed about the
    // round they opened themselves.
    expect(created.body.organizations).toHaveLength(3);
    expect(mailsTo(coord.email)).toEqual([]);
    // The organisation finds it in its own audit log.
    expect((await a.client.get(`/api/v1/audit?entityId=${round}&limit=5`)).body.items[0].summary).toContain("Asked by");

    // Beta and the coordinating organisation submit; Alpha has only a draft.
    await coord.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, {
      answers: { org_region: "central_eastern", org_scope: "international", joint_activities: "no" },
      submit: true,
    });
    await a.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers: { org_region: "western" } });
    const submitted = await b.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, {
      answers: { org_region: "southern", org_scope: "national", joint_activities: "no" },
      submit: true,
    });
    expect(submitted.status).toBe(200);

    // Members and outsiders cannot send reminders.
    expect(isProblem(await a.client.post(`/api/v1/assessment-rounds/${round}/reminders`), 403)).toBe(true);
    expect(isProblem(await outsider.client.post(`/api/v1/assessment-rounds/${round}/reminders`), 404)).toBe(true);
    expect(isProblem(await coord.client.post(`/api/v1/assessment-rounds/00000000-0000-4000-8000-000000000000/reminders`), 404)).toBe(true);

    const before = app.get().mailer.outbox.length;
    const reminded = await coord.client.post(`/api/v1/assessment-rounds/${round}/reminders`);
    expect(reminded.status).toBe(200);
    expect(reminded.body).toMatchObject({ organizations: 1, mails: 2 });
    const sent = app.get().mailer.outbox.slice(before);
    expect(sent.map((m) => m.to).sort()).toEqual([a.email, aAdmin.email].sort());
    expect(sent[0]!.subject).toBe("Reminder — Reminder Network: the assessment 2026 is waiting for NGO Alpha R");
    expect(mailsTo(b.email)).toHaveLength(1);
    expect((await coord.client.get(`/api/v1/assessment-rounds/${round}`)).body.remindedAt).toBe(reminded.body.remindedAt);
    const log = await a.client.get(`/api/v1/audit?entityId=${round}&limit=5`);
    expect(log.body.items[0].summary).toContain("Reminded by");
    // Beta, which had submitted, was not reminded.
    expect(
      (await b.client.get(`/api/v1/audit?entityId=${round}&limit=5`)).body.items.map((e: { summary: string }) => e.summary).join(),
    ).not.toContain("Reminded");

    // A second reminder within 12 hours is refused and mails no one.
    const again = await coord.client.post(`/api/v1/assessment-rounds/${round}/reminders`);
    expect(isProblem(again, 409)).toBe(true);
    expect(again.body.detail).toContain("12 hours");
    expect(app.get().mailer.outbox.length).toBe(before + 2);
  });

  it("refuses a reminder for a closed round and when everyone has submitted", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coordinating S");
    const a = await ownerWithOrg(app.get(), "NGO Alpha S");
    const net = (await coord.client.post("/api/v1/networks", { name: "Closed Network" })).body.id;
    await join(coord, net, a);
    const closed = (await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2020", closesOn: "2020-12-31" })).body.id;
    const r = await coord.client.post(`/api/v1/assessment-rounds/${closed}/reminders`);
    expect(isProblem(r, 409)).toBe(true);
    expect(r.body.detail).toContain("closed on 2020-12-31");

    const open = (await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2026" })).body.id;
    for (const who of [a, coord])
      await who.client.req("PUT", `/api/v1/assessment-rounds/${open}/response`, {
        answers: { org_region: "western", org_scope: "national", joint_activities: "no" },
        submit: true,
      });
    const done = await coord.client.post(`/api/v1/assessment-rounds/${open}/reminders`);
    expect(isProblem(done, 409)).toBe(true);
    expect(done.body.detail).toContain("Every organisation asked has submitted");
  });
});

import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysFromNow = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));

async function partner(a: Account, name = "Partner AG") {
  const co = (await a.client.post("/api/v1/companies", { name, country: "DE" })).body;
  const e = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: `Campaign with ${name}`, modes: ["joint_project"] }))
    .body;
  return { company: co, engagement: e };
}

async function story(a: Account, body: Record<string, unknown> = {}) {
  const r = await a.client.post("/api/v1/stories", {
    title: "From the hotline to a new job",
    text: "She called the hotline in 2019 …",
    ...body,
  });
  expect(r.status).toBe(201);
  return r.body;
}

const consent = (a: Account, storyId: string, body: Record<string, unknown> = {}) =>
  a.client.post(`/api/v1/stories/${storyId}/consents`, {
    reference: "TP-2025-014",
    channels: ["annual_report", "website"],
    validFrom: daysFromNow(-30),
    validUntil: daysFromNow(300),
    ...body,
  });

describe("stories and consent", () => {
  it("runs the contract flow: story, consent, use, withdrawal flags every use and refuses new ones", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Stories");
    const { engagement } = await partner(a);
    const s = await story(a);
    expect(s).toMatchObject({ kind: "testimony", anonymised: true, hasPersonName: false, activeConsents: 0, uses: 0 });
    expect(s).not.toHaveProperty("personName");

    const c = await consent(a, s.id, { channels: ["annual_report", "website", "social_media", "press", "partner_materials"] });
    expect(c.status).toBe(201);
    expect(c.body).toMatchObject({
      storyId: s.id,
      reference: "TP-2025-014",
      status: "active",
      withdrawnAt: null,
      recordedBy: { id: a.userId },
    });

    const u1 = await a.client.post(`/api/v1/stories/${s.id}/uses`, { engagementId: engagement.id, channel: "website" });
    expect(u1.status).toBe(201);
    expect(u1.body).toMatchObject({
      channel: "website",
      engagementId: engagement.id,
      consentId: c.body.id,
      flagged: false,
      usedOn: isoDay(new Date()),
    });
    expect((await a.client.post(`/api/v1/stories/${s.id}/uses`, { engagementId: engagement.id, channel: "press" })).status).toBe(201);

    const withdrawn = await a.client.req("POST", `/api/v1/consents/${c.body.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: "withdrawn", flaggedUses: 2, withdrawnBy: { id: a.userId } });
    const uses = (await a.client.get(`/api/v1/stories/${s.id}/uses`)).body.items;
    expect(uses).toHaveLength(2);
    expect(uses.every((u: { flagged: boolean; flagReason: string }) => u.flagged && u.flagReason === "consent_withdrawn")).toBe(true);
    const refused = await a.client.post(`/api/v1/stories/${s.id}/uses`, { engagementId: engagement.id, channel: "website" });
    expect(isProblem(refused, 409)).toBe(true);
    expect(refused.body).toMatchObject({ rule: "consent_required", reason: "consent_withdrawn" });
    expect(isProblem(await a.client.post(`/api/v1/consents/${c.body.id}/withdraw`, { note: "again" }), 409)).toBe(true);
    expect((await a.client.get(`/api/v1/stories/${s.id}`)).body).toMatchObject({ activeConsents: 0, uses: 2, flaggedUses: 2 });
  });

  it("allows a use only while a consent covers its channel, day and partner", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Consent");
    const p1 = await partner(a, "Erster Partner");
    const p2 = await partner(a, "Zweiter Partner");
    const s = await story(a);
    const use = (body: Record<string, unknown>) =>
      a.client.post(`/api/v1/stories/${s.id}/uses`, { engagementId: p1.engagement.id, channel: "website", ...body });
    const reason = async (body: Record<string, unknown>) => {
      const r = await use(body);
      expect(r.status === 201 || isProblem(r, 409)).toBe(true);
      return r.status === 201 ? "ok" : `${r.body.rule}:${r.body.reason}`;
    };

    expect(await reason({})).toBe("consent_required:no_consent");
    expect(
      (await consent(a, s.id, { reference: "TP-1", channels: ["website"], validFrom: daysFromNow(-400), validUntil: daysFromNow(-1) }))
        .status,
    ).toBe(201);
    expect(await reason({})).toBe("consent_required:consent_expired");
    expect(
      (
        await consent(a, s.id, {
          reference: "TP-1",
          channels: ["annual_report"],
          validFrom: daysFromNow(-10),
          validUntil: daysFromNow(100),
        })
      ).status,
    ).toBe(201);
    expect(await reason({ channel: "social_media" })).toBe("consent_required:channel_not_covered");
    expect(await reason({ channel: "annual_report", usedOn: daysFromNow(-20) })).toBe("consent_required:consent_not_yet_valid");
    expect(await reason({ channel: "annual_report", usedOn: daysFromNow(101) })).toBe("consent_required:consent_expired");
    expect(await reason({ channel: "annual_report" })).toBe("ok");

    // A consent scoped to one partner covers that partner only.
    expect(
      (
        await consent(a, s.id, {
          reference: "TP-1",
          channels: ["partner_materials"],
          engagementId: p2.engagement.id,
          validFrom: daysFromNow(-1),
          validUntil: null,
        })
      ).body,
    ).toMatchObject({ companyId: p2.company.id, validUntil: null });
    expect(await reason({ channel: "partner_materials" })).toBe("consent_required:partner_not_covered");
    expect(await reason({ channel: "partner_materials", engagementId: p2.engagement.id })).toBe("ok");
    expect(
      (await consent(a, s.id, { reference: "TP-1", channels: ["press"], companyId: p1.company.id, validFrom: daysFromNow(-1) })).status,
    ).toBe(201);
    expect(await reason({ channel: "press", engagementId: p2.engagement.id })).toBe("consent_required:partner_not_covered");
    expect(await reason({ channel: "press" })).toBe("ok");

    // Withdrawing one consent flags only the uses it alone covered.
    const consents = (await a.client.get(`/api/v1/stories/${s.id}/consents`)).body.items;
    expect(consents.map((c: { status: string }) => c.status)).toEqual(["expired", "active", "active", "active"]);
    const press = consents.find((c: { channels: string[] }) => c.channels.includes("press"));
    await a.client.post(`/api/v1/consents/${press.id}/withdraw`, { note: "Changed her mind" });
    const uses = (await a.client.get(`/api/v1/stories/${s.id}/uses`)).body.items;
    expect(uses.map((u: { channel: string; flagged: boolean }) => [u.channel, u.flagged])).toEqual([
      ["annual_report", false],
      ["partner_materials", false],
      ["press", true],
    ]);

    expect(isProblem(await consent(a, s.id, { channels: [] }), 422)).toBe(true);
    expect(isProblem(await consent(a, s.id, { channels: ["billboard"] }), 422)).toBe(true);
    expect(isProblem(await consent(a, s.id, { validFrom: "2025-05-01", validUntil: "2025-04-01" }), 422)).toBe(true);
    expect(isProblem(await consent(a, s.id, { engagementId: "00000000-0000-4000-8000-000000000000" }), 422)).toBe(true);
    expect(isProblem(await consent(a, s.id, { engagementId: p1.engagement.id, companyId: p2.company.id }), 422)).toBe(true);
    expect(isProblem(await use({ engagementId: "00000000-0000-4000-8000-000000000000" }), 422)).toBe(true);
  });

  it("opens stories only for members with the stories permission, and audits every view", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Access");
    const admin = await memberOf(app.get(), a, "admin");
    const m = await memberOf(app.get(), a, "member");
    const v = await memberOf(app.get(), a, "viewer");
    const s = await story(a);

    // The owner got the permission when the organisation first used stories; nobody else has it.
    for (const who of [admin, m, v]) {
      const r = await who.client.get(`/api/v1/stories/${s.id}`);
      expect(isProblem(r, 403)).toBe(true);
      expect(r.body.permission).toBe("stories");
      expect(isProblem(await who.client.get("/api/v1/stories"), 403)).toBe(true);
      expect(isProblem(await who.client.get(`/api/v1/stories/${s.id}/uses`), 403)).toBe(true);
    }
    expect(isProblem(await m.client.get("/api/v1/stories/access"), 403)).toBe(true);
    expect(isProblem(await m.client.req("PUT", "/api/v1/stories/access", { userIds: [m.userId] }), 403)).toBe(true);
    expect((await admin.client.get("/api/v1/stories/access")).body.items.map((x: { userId: string }) => x.userId)).toEqual([a.userId]);

    const granted = await admin.client.req("PUT", "/api/v1/stories/access", { userIds: [a.userId, m.userId, v.userId] });
    expect(granted.status).toBe(200);
    expect(granted.body.items.map((x: { userId: string }) => x.userId).sort()).toEqual([a.userId, m.userId, v.userId].sort());
    expect(
      isProblem(
        await admin.client.req("PUT", "/api/v1/stories/access", { userIds: [(await ownerWithOrg(app.get(), "Other")).userId] }),
        422,
      ),
    ).toBe(true);

    expect((await m.client.get(`/api/v1/stories/${s.id}`)).body.text).toBe("She called the hotline in 2019 …");
    expect((await v.client.get(`/api/v1/stories/${s.id}`)).status).toBe(200);
    expect(isProblem(await v.client.post("/api/v1/stories", { title: "x", text: "y" }), 403)).toBe(true);
    expect(isProblem(await v.client.patch(`/api/v1/stories/${s.id}`, { title: "x" }), 403)).toBe(true);
    expect(
      isProblem(
        await v.client.post(`/api/v1/stories/${s.id}/consents`, { reference: "x", channels: ["website"], validFrom: "2025-01-01" }),
        403,
      ),
    ).toBe(true);
    expect(isProblem(await v.client.delete(`/api/v1/stories/${s.id}`), 403)).toBe(true);

    const titles = await m.client.get("/api/v1/stories");
    expect(titles.body.items[0]).not.toHaveProperty("text");
    expect((await m.client.get("/api/v1/stories?include=text")).body.items[0].text).toBe("She called the hotline in 2019 …");

    const views = (await a.client.get(`/api/v1/audit?entityType=story&entityId=${s.id}&action=view`)).body.items;
    expect(views.map((x: { actorId: string }) => x.actorId)).toEqual([m.userId, v.userId, m.userId]);
    expect(JSON.stringify(views)).not.toContain("hotline");

    // Revoking takes effect at once, also for the owner.
    await admin.client.req("PUT", "/api/v1/stories/access", { userIds: [admin.userId] });
    expect(isProblem(await m.client.get(`/api/v1/stories/${s.id}`), 403)).toBe(true);
    expect(isProblem(await a.client.get(`/api/v1/stories/${s.id}`), 403)).toBe(true);
    expect((await admin.client.get(`/api/v1/stories/${s.id}`)).status).toBe(200);
  });

  it("stores a person's name only when the organisation allows it, and returns it only when asked", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Names");
    const m = await memberOf(app.get(), a, "member");
    const refused = await a.client.post("/api/v1/stories", { title: "t", text: "x", personName: "Maria Beispiel" });
    expect(isProblem(refused, 422)).toBe(true);
    expect(refused.body.errors[0].path).toBe("personName");
    expect(isProblem(await m.client.req("PUT", "/api/v1/stories/settings", { storeNames: true }), 403)).toBe(true);
    expect((await a.client.req("PUT", "/api/v1/stories/settings", { storeNames: true })).body).toEqual({ storeNames: true });

    const s = await story(a, { personName: "Maria Beispiel", kind: "case" });
    expect(s).toMatchObject({ hasPersonName: true, kind: "case" });
    expect(JSON.stringify(s)).not.toContain("Maria");
    expect(JSON.stringify((await a.client.get(`/api/v1/stories/${s.id}`)).body)).not.toContain("Maria");
    expect(JSON.stringify((await a.client.get("/api/v1/stories?include=text")).body)).not.toContain("Maria");
    expect((await a.client.get(`/api/v1/stories/${s.id}?include=personName`)).body.personName).toBe("Maria Beispiel");
    const audit = (await a.client.get(`/api/v1/audit?entityType=story&entityId=${s.id}`)).body.items;
    expect(audit[0]).toMatchObject({ action: "view", details: { personName: true } });
    expect(JSON.stringify(audit)).not.toContain("Maria");

    // Without the stories permission, asking explicitly does not help.
    expect(isProblem(await m.client.get(`/api/v1/stories/${s.id}?include=personName`), 403)).toBe(true);

    // Turning the setting off erases stored names.
    await a.client.req("PUT", "/api/v1/stories/settings", { storeNames: false });
    expect((await a.client.get(`/api/v1/stories/${s.id}?include=personName`)).body).toMatchObject({
      personName: null,
      hasPersonName: false,
    });
  });

  it("keeps a record of uses when the engagement is deleted, and deletes a story with its consents", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Lifecycle");
    const { engagement } = await partner(a);
    const s = await story(a);
    await consent(a, s.id, { channels: ["website"] });
    expect((await a.client.post(`/api/v1/stories/${s.id}/uses`, { engagementId: engagement.id, channel: "website" })).status).toBe(201);
    expect((await a.client.delete(`/api/v1/engagements/${engagement.id}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/stories/${s.id}/uses`)).body.items).toMatchObject([
      { engagementId: null, engagement: null, channel: "website", flagged: false },
    ]);
    expect((await a.client.patch(`/api/v1/stories/${s.id}`, { title: "Renamed" })).body.title).toBe("Renamed");
    expect((await a.client.delete(`/api/v1/stories/${s.id}`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/stories/${s.id}`), 404)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { type Account, isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
const ids = (r: { body: { items: Array<{ id: string }> } }) => r.body.items.map((i) => i.id);

/** A network founded by `coord`'s owner, which `others` join. */
async function networkOf(coord: Account, ...others: Account[]): Promise<string> {
  const id = (await coord.client.post("/api/v1/networks", { name: `Network ${Math.random().toString(36).slice(2, 7)}` })).body.id;
  for (const o of others) {
    expect((await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(o) })).status).toBe(201);
    expect((await o.client.post(`/api/v1/networks/${id}/accept`)).status).toBe(200);
  }
  return id;
}

/** A partnership with everything a case study draws on, and something confidential in each part. */
async function partnership(a: Account) {
  const co = (
    await a.client.post("/api/v1/companies", {
      name: "Hotel Seeblick Konstanz GmbH",
      otherNames: ["Seeblick Hotels"],
      country: "DE",
      naceCode: "55.10",
      sizeClass: "sme",
    })
  ).body;
  const contact = (await a.client.post("/api/v1/contacts", { name: "Margarete Vollmer", companyId: co.id })).body;
  const e = (
    await a.client.post("/api/v1/engagements", {
      companyId: co.id,
      title: "Reception staff training at Seeblick",
      modes: ["joint_project", "financial_donation"],
      initiatedBy: "ngo",
      goals: "Train the reception staff of Hotel Seeblick Konstanz GmbH to spot trafficking.",
      moneyAmount: 18500,
      currency: "EUR",
      contactIds: [contact.id],
    })
  ).body;
  expect(e.id).toBeTruthy();
  expect(
    (
      await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, {
        kind: "mou",
        startsOn: day(-200),
        activities: ["Two training days a year"],
      })
    ).status,
  ).toBeLessThan(300);
  const ind = (
    await a.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, {
      name: "Staff trained",
      unit: "people",
      baseline: 0,
      target: 40,
    })
  ).body;
  expect(
    (
      await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, {
        occurredOn: day(-30),
        notes: "Internal: the manager was reluctant",
        values: [{ indicatorId: ind.id, value: 28 }],
      })
    ).status,
  ).toBe(201);
  expect(
    (
      await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
        party: "company",
        contactId: contact.id,
        description: "Put the hotline number on every room's door",
        dueOn: day(-10),
      })
    ).status,
  ).toBe(201);
  const catalogue = (await a.client.get("/api/v1/risk-catalogue")).body.items;
  expect(
    (
      await a.client.post(`/api/v1/engagements/${e.id}/risks`, {
        catalogueItemId: catalogue[0].id,
        description: "The night manager tolerated the recruiter's visits in 2024",
        mitigations: [{ action: "Agree a written escalation path with the owner" }],
      })
    ).status,
  ).toBe(201);
  // Two stories: one whose consent covers knowledge sharing, one whose consent covers only the annual report.
  const covered = (
    await a.client.post("/api/v1/stories", {
      title: "The receptionist who called",
      text: "A receptionist noticed a guest who never left the room alone and called the hotline that night.",
    })
  ).body;
  expect(
    (
      await a.client.post(`/api/v1/stories/${covered.id}/consents`, {
        reference: "TP-CS-1",
        channels: ["knowledge_sharing"],
        engagementId: e.id,
        validFrom: day(-20),
        validUntil: day(300),
      })
    ).status,
  ).toBe(201);
  const uncovered = (
    await a.client.post("/api/v1/stories", {
      title: "Room 214",
      text: "She cleaned rooms for sixteen hours a day and slept in the laundry for half a year.",
    })
  ).body;
  expect(
    (
      await a.client.post(`/api/v1/stories/${uncovered.id}/consents`, {
        reference: "TP-CS-2",
        channels: ["annual_report"],
        engagementId: e.id,
        validFrom: day(-20),
      })
    ).status,
  ).toBe(201);
  return { co, contact, e, covered, uncovered };
}

const SECRETS = [
  "Hotel Seeblick Konstanz",
  "Seeblick Hotels",
  "Margarete Vollmer",
  "18500",
  "18.500",
  "18,500",
  "night manager tolerated",
  "Room 214",
];

describe("case studies written from an engagement", () => {
  it("pre-fills a draft that names nothing confidential, and lists each confidential part with what it adds", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Cases Prefill");
    const { e, covered, uncovered } = await partnership(a);
    const r = await a.client.get(`/api/v1/engagements/${e.id}/case-study-draft?language=en`);
    expect(r.status).toBe(200);
    const d = r.body;
    expect(d.title).toMatch(/^Case study: /);
    expect(d.title).toContain("Germany");
    for (const heading of [
      "## The company",
      "## How we worked together",
      "## How it started",
      "## What was agreed",
      "## Results",
      "## Lessons",
    ])
      expect(d.body).toContain(heading);
    expect(d.body).toContain("NACE 55.10");
    expect(d.body).toContain("Staff trained: from 0 to 28 (target 40) — 70 %");
    expect(d.body).toContain("Put the hotline number on every room's door");
    // The engagement's goals name the company: the draft says "the company" instead.
    expect(d.body).toContain("Train the reception staff of the company to spot trafficking.");
    // Check-in notes are internal: never in the draft.
    expect(d.body).not.toContain("reluctant");
    for (const s of SECRETS) expect(`${d.title}\n${d.body}`).not.toContain(s);
    expect(d.tags).toEqual(
      expect.arrayContaining([
        "mode:joint_project",
        "mode:financial_donation",
        "stage:identified",
        "sector:55",
        "country:DE",
        "approach",
        "risk",
      ]),
    );
    const parts = Object.fromEntries(d.parts.map((p: { key: string }) => [p.key, p]));
    expect(parts.company_name).toMatchObject({ kind: "company_name", available: true });
    expect(parts.company_name.adds).toContain("Hotel Seeblick Konstanz GmbH");
    expect(parts.contacts.adds).toContain("Margarete Vollmer");
    expect(parts.amounts.adds).toMatch(/18,500/);
    expect(parts.risks.adds).toContain("night manager tolerated");
    expect(parts[`story:${covered.id}`]).toMatchObject({ kind: "story", available: true, reason: null });
    expect(parts[`story:${uncovered.id}`]).toMatchObject({ kind: "story", available: false, reason: "channel_not_covered" });
    // In German too.
    const de = (await a.client.get(`/api/v1/engagements/${e.id}/case-study-draft?language=de`)).body;
    expect(de.title).toMatch(/^Fallstudie: /);
    expect(de.body).toContain("## Was vereinbart wurde");
  });

  it("keeps confidential values out unless included, refuses them in the author's text, and refuses a story without a covering consent", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Cases Redact");
    const { e, covered, uncovered } = await partnership(a);
    const post = (body: Record<string, unknown>) => a.client.post(`/api/v1/engagements/${e.id}/case-studies`, { language: "en", ...body });

    const plain = await post({});
    expect(plain.status).toBe(201);
    expect(plain.headers.get("location")).toBe(`/api/v1/knowledge/${plain.body.id}`);
    expect(plain.body).toMatchObject({ kind: "case_study", status: "draft", scope: "private", own: true });
    for (const s of SECRETS) expect(`${plain.body.title}\n${plain.body.body}`).not.toContain(s);
    const versions = (await a.client.get(`/api/v1/knowledge/${plain.body.id}/versions`)).body.items;
    for (const s of SECRETS) expect(JSON.stringify(versions)).not.toContain(s);

    // Written into the body by hand without including the part: refused with the part named, never dropped silently.
    const sneaked = await post({ body: "We worked with Hotel Seeblick Konstanz GmbH. Budget: 18.500 EUR." });
    expect(isProblem(sneaked, 422)).toBe(true);
    expect(sneaked.body.errors.map((x: { params: { part: string } }) => x.params.part).sort()).toEqual(["amounts", "company_name"]);
    expect(isProblem(await post({ title: "Our work with Margarete Vollmer" }), 422)).toBe(true);

    // Included: the server adds the part's section.
    const named = await post({ include: ["company_name", "amounts", `story:${covered.id}`] });
    expect(named.status).toBe(201);
    expect(named.body.body).toContain("The company is **Hotel Seeblick Konstanz GmbH**.");
    expect(named.body.body).toMatch(/18,500/);
    expect(named.body.body).toContain("> A receptionist noticed a guest");
    expect(named.body.body).not.toContain("Margarete Vollmer");
    expect(named.body.body).not.toContain("night manager tolerated");

    // A story whose consent does not cover knowledge sharing cannot be included.
    const refused = await post({ include: [`story:${uncovered.id}`] });
    expect(isProblem(refused, 422)).toBe(true);
    expect(refused.body.errors[0]).toMatchObject({ path: "include.0", code: "channel_not_covered" });
    expect(isProblem(await post({ include: ["salary"] }), 422)).toBe(true);
    expect(isProblem(await post({ include: [`story:${crypto.randomUUID()}`] }), 422)).toBe(true);

    // A later edit cannot bring a part in that was left out.
    expect(
      isProblem(
        await a.client.patch(`/api/v1/knowledge/${plain.body.id}`, { body: `${plain.body.body}\n\nThanks to Margarete Vollmer.` }),
        422,
      ),
    ).toBe(true);
    expect(
      (await a.client.patch(`/api/v1/knowledge/${plain.body.id}`, { body: `${plain.body.body}\n\nWe would start earlier next time.` }))
        .status,
    ).toBe(200);
  });

  it("lets members write drafts and only admins approve; drafts stay with their organisation until approved", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Cases Alpha");
    const aMember = await memberOf(app.get(), a, "member");
    const aViewer = await memberOf(app.get(), a, "viewer");
    const b = await ownerWithOrg(app.get(), "NGO Cases Beta");
    const outsider = await ownerWithOrg(app.get(), "NGO Cases Outside");
    const net = await networkOf(a, b);
    const { e } = await partnership(a);

    // A viewer reads the draft but cannot write it; a member writes one for the network.
    expect((await aViewer.client.get(`/api/v1/engagements/${e.id}/case-study-draft`)).status).toBe(200);
    expect(isProblem(await aViewer.client.post(`/api/v1/engagements/${e.id}/case-studies`, { language: "en" }), 403)).toBe(true);
    const written = await aMember.client.post(`/api/v1/engagements/${e.id}/case-studies`, {
      language: "en",
      title: "Training hotel receptionists",
      scope: "network",
      networkId: net,
    });
    expect(written.status).toBe(201);
    const id = written.body.id;
    expect(written.body).toMatchObject({ status: "draft", scope: "network", networkId: net, canEdit: true });
    expect(isProblem(await outsider.client.post(`/api/v1/engagements/${e.id}/case-studies`, { language: "en" }), 404)).toBe(true);
    expect(
      isProblem(await aMember.client.post(`/api/v1/engagements/${e.id}/case-studies`, { language: "en", scope: "network" }), 422),
    ).toBe(true);

    // The draft: invisible to the network's other member and to everyone outside, in lists and by id.
    expect(ids(await b.client.get("/api/v1/knowledge?q=receptionists"))).not.toContain(id);
    expect(isProblem(await b.client.get(`/api/v1/knowledge/${id}`), 404)).toBe(true);
    expect(isProblem(await outsider.client.get(`/api/v1/knowledge/${id}`), 404)).toBe(true);
    expect(ids(await a.client.get("/api/v1/knowledge?q=receptionists"))).toContain(id);

    // Only owners and admins approve.
    expect(isProblem(await aMember.client.post(`/api/v1/knowledge/${id}/approve`), 403)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/knowledge/${id}/approve`), 404)).toBe(true);
    const approved = await a.client.post(`/api/v1/knowledge/${id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "published", scope: "network", version: 2 });
    expect(isProblem(await a.client.post(`/api/v1/knowledge/${id}/approve`), 409)).toBe(true);

    // Published: the network's other member reads it, the outsider still does not.
    expect(ids(await b.client.get("/api/v1/knowledge?q=receptionists"))).toContain(id);
    expect((await b.client.get(`/api/v1/knowledge/${id}`)).body).toMatchObject({
      own: false,
      status: "published",
      organization: { name: "NGO Cases Alpha" },
    });
    expect(isProblem(await outsider.client.get(`/api/v1/knowledge/${id}`), 404)).toBe(true);
    for (const s of SECRETS) expect(JSON.stringify((await b.client.get(`/api/v1/knowledge/${id}`)).body)).not.toContain(s);
  });

  it("re-checks a quoted story's consent at approval, and never offers stories to a member without the stories permission", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Cases Consent");
    const aMember = await memberOf(app.get(), a, "member");
    const { e, covered } = await partnership(a);
    const writeWithStory = () =>
      a.client.post(`/api/v1/engagements/${e.id}/case-studies`, { language: "en", include: [`story:${covered.id}`] });
    // Approved, the quote is a use of the story on the knowledge-sharing channel.
    const first = await writeWithStory();
    expect(first.status).toBe(201);
    expect(isProblem(await aMember.client.post(`/api/v1/knowledge/${first.body.id}/approve`), 403)).toBe(true);
    expect((await a.client.post(`/api/v1/knowledge/${first.body.id}/approve`)).status).toBe(200);
    const uses = () => a.client.get(`/api/v1/stories/${covered.id}/uses`).then((r) => r.body.items);
    expect(await uses()).toEqual([expect.objectContaining({ channel: "knowledge_sharing", engagementId: e.id, flagged: false })]);
    const withStory = await writeWithStory();
    expect(withStory.status).toBe(201);
    // The consent is withdrawn before an admin approves: approval is refused, the draft stays a draft.
    const consentId = (await a.client.get(`/api/v1/stories/${covered.id}/consents`)).body.items[0].id;
    expect((await a.client.post(`/api/v1/consents/${consentId}/withdraw`, { note: "She asked us to stop." })).status).toBe(200);
    const refused = await a.client.post(`/api/v1/knowledge/${withStory.body.id}/approve`);
    expect(isProblem(refused, 422)).toBe(true);
    expect(refused.body.errors[0]).toMatchObject({ code: "consent_withdrawn" });
    expect((await a.client.get(`/api/v1/knowledge/${withStory.body.id}`)).body.status).toBe("draft");
    // …and the published one's use is flagged, for the team to act on.
    expect(await uses()).toEqual([
      expect.objectContaining({ channel: "knowledge_sharing", flagged: true, flagReason: "consent_withdrawn" }),
    ]);

    // A member without the stories permission: no story is offered, none can be included by id, none pasted in.
    const draft = (await aMember.client.get(`/api/v1/engagements/${e.id}/case-study-draft`)).body;
    expect(draft.parts.filter((p: { kind: string }) => p.kind === "story")).toEqual([]);
    const post = (body: Record<string, unknown>) =>
      aMember.client.post(`/api/v1/engagements/${e.id}/case-studies`, { language: "en", ...body });
    expect(isProblem(await post({ include: [`story:${covered.id}`] }), 422)).toBe(true);
    const pasted = await post({ body: "A receptionist noticed a guest who never left the room alone and called the hotline that night." });
    expect(isProblem(pasted, 422)).toBe(true);
    expect(JSON.stringify(pasted.body)).not.toContain("The receptionist who called");
  });

  it("answers 404 for another organisation's engagement and for ids that are not engagements", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Cases Tenant A");
    const b = await ownerWithOrg(app.get(), "NGO Cases Tenant B");
    const { e } = await partnership(a);
    expect(isProblem(await b.client.get(`/api/v1/engagements/${e.id}/case-study-draft`), 404)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/engagements/${e.id}/case-studies`, { language: "en" }), 404)).toBe(true);
    expect(isProblem(await b.client.get("/api/v1/engagements/not-an-id/case-study-draft"), 404)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/knowledge/${crypto.randomUUID()}/approve`), 404)).toBe(true);
  });
});

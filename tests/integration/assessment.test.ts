import { describe, expect, it } from "vitest";
import { type Account, isProblem, memberOf, ownerWithOrg, signUp, useTestApp } from "../setup/app.js";

// Network assessments: rounds over the API with their visibility rules (a member sees its own response and the
// aggregate, never another member's answers; outsiders see nothing). The command line: assessment-cli.test.ts.

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;

async function join2(coord: Account, id: string, org: Account) {
  await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(org) });
  const r = await org.client.post(`/api/v1/networks/${id}/accept`);
  expect(r.status).toBe(200);
}

describe("assessment rounds (API)", () => {
  it("a coordinator opens a round; members answer their own; nobody reads another's answers; outsiders get 404", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coordinating");
    const a = await ownerWithOrg(app.get(), "NGO Alpha");
    const b = await ownerWithOrg(app.get(), "NGO Beta");
    const outsider = await ownerWithOrg(app.get(), "NGO Outside");
    const net = (await coord.client.post("/api/v1/networks", { name: "Assess Network" })).body.id;
    await join2(coord, net, a);
    await join2(coord, net, b);

    // Only coordinators open rounds.
    expect(isProblem(await a.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2026" }), 403)).toBe(true);
    expect(isProblem(await outsider.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2026" }), 404)).toBe(true);
    const bad = await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2026", organizationIds: [outsider.orgId] });
    expect(isProblem(bad, 422)).toBe(true);
    const created = await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, {
      name: "2026",
      opensOn: "2026-03-01",
      closesOn: "2026-04-30",
      organizationIds: [a.orgId, b.orgId],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "2026",
      questionnaire: { key: "ngo-business-engagement", version: 1 },
      opensOn: "2026-03-01",
      progress: { notStarted: 2, draft: 0, submitted: 0, imported: 0 },
    });
    const round = created.body.id;
    expect(isProblem(await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2026" }), 409)).toBe(true);

    // A draft may leave required questions open; a value outside the options is refused with its path.
    const draft = await a.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers: { joint_activities: "yes" } });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ status: "draft", organizationId: a.orgId, answers: { joint_activities: "yes" } });
    const wrong = await a.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers: { org_region: "atlantis" } });
    expect(isProblem(wrong, 422)).toBe(true);
    expect(wrong.body.errors[0]).toMatchObject({ path: "answers.org_region", code: "not_an_option" });
    const incomplete = await a.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers: {}, submit: true });
    expect(incomplete.body.errors.map((e: { path: string }) => e.path)).toEqual(["answers.org_region", "answers.org_scope"]);

    const answersA = {
      org_region: "western",
      org_scope: "national",
      joint_activities: "yes",
      sure_to_continue: "no",
      quote: "Alpha's secret",
    };
    const submitted = await a.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers: answersA, submit: true });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe("submitted");
    expect(isProblem(await a.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers: answersA }), 409)).toBe(true);

    // A viewer of Beta reads Beta's (empty) response but cannot answer.
    const viewer = await memberOf(app.get(), b, "viewer");
    expect((await viewer.client.get(`/api/v1/assessment-rounds/${round}/response`)).body).toMatchObject({
      organizationId: b.orgId,
      status: "not_started",
      answers: {},
    });
    expect(isProblem(await viewer.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers: {} }), 403)).toBe(true);
    await b.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, {
      answers: { org_region: "southern", org_scope: "international", joint_activities: "no" },
      submit: true,
    });

    // Beta sees its own response, its own status only, and the aggregate — never Alpha's answers.
    const own = await b.client.get(`/api/v1/assessment-rounds/${round}/response`);
    expect(own.body.answers).toEqual({ org_region: "southern", org_scope: "international", joint_activities: "no" });
    const seen = await b.client.get(`/api/v1/assessment-rounds/${round}`);
    expect(seen.body.coordinator).toBe(false);
    expect(seen.body.organizations).toEqual([expect.objectContaining({ organizationId: b.orgId, status: "submitted" })]);
    const report = await b.client.get(`/api/v1/assessment-rounds/${round}/report`);
    expect(report.status).toBe(200);
    expect(report.body.respondents).toBe(2);
    const joint = report.body.questions.find((q: { id: string }) => q.id === "joint_activities");
    expect(joint).toMatchObject({ answered: 2, counts: { yes: 1, no: 1 }, percent: { yes: 50, no: 50 }, ci95: { yes: [9.5, 90.5] } });
    for (const r of [seen, report, await b.client.get(`/api/v1/networks/${net}/assessment-rounds`)]) {
      expect(JSON.stringify(r.body)).not.toContain("Alpha's secret");
      expect(JSON.stringify(r.body)).not.toContain(a.orgId);
    }

    // Beta's capacity profile next to the network median; the heat map (organisations × needs) is the coordinator's only.
    const prof = await b.client.get(`/api/v1/assessment-rounds/${round}/profile`);
    expect(prof.status).toBe(200);
    expect(prof.body).toMatchObject({ organizationId: b.orgId, submitted: true, respondents: 2 });
    // Beta answered joint_activities = no: the initiation signal fires (1 of 1 answered signal) and so does knowledge's.
    expect(prof.body.needs.find((n: { need: string }) => n.need === "initiation")).toEqual({
      need: "initiation",
      score: 100,
      gap: true,
      signals: ["no_joint_activities"],
    });
    expect(Object.keys(prof.body.median)).toEqual(["knowledge", "selection", "presentation", "initiation", "risk", "sustaining"]);
    expect(isProblem(await b.client.get(`/api/v1/assessment-rounds/${round}/heatmap`), 403)).toBe(true);
    const heat = await coord.client.get(`/api/v1/assessment-rounds/${round}/heatmap`);
    expect(heat.body.organizations.map((o: { name: string }) => o.name)).toEqual(["NGO Alpha", "NGO Beta"]);
    const pdf = await b.client.get(`/api/v1/assessment-rounds/${round}/report.pdf?lang=de`);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe("application/pdf");
    expect(new TextDecoder().decode((pdf.body as ArrayBuffer).slice(0, 5))).toBe("%PDF-");

    // The coordinator sees every organisation's progress, not their answers.
    const progress = await coord.client.get(`/api/v1/assessment-rounds/${round}`);
    expect(progress.body.progress).toEqual({ notStarted: 0, draft: 0, submitted: 2, imported: 0 });
    expect(progress.body.organizations.map((o: { name: string; status: string }) => [o.name, o.status])).toEqual([
      ["NGO Alpha", "submitted"],
      ["NGO Beta", "submitted"],
    ]);
    expect(JSON.stringify(progress.body)).not.toContain("Alpha's secret");
    expect(isProblem(await coord.client.get(`/api/v1/assessment-rounds/${round}/response`), 403)).toBe(true);

    // Outside the network: nothing, not even that the round exists.
    const stranger = await signUp(app.get(), "Stranger");
    for (const c of [outsider.client, stranger.client]) {
      expect(isProblem(await c.get(`/api/v1/assessment-rounds/${round}`), 404)).toBe(true);
      expect(isProblem(await c.get(`/api/v1/assessment-rounds/${round}/report`), 404)).toBe(true);
      expect(isProblem(await c.get(`/api/v1/assessment-rounds/${round}/response`), 404)).toBe(true);
      expect(isProblem(await c.get(`/api/v1/assessment-rounds/${round}/profile`), 404)).toBe(true);
      expect(isProblem(await c.get(`/api/v1/assessment-rounds/${round}/report.pdf`), 404)).toBe(true);
      expect(isProblem(await c.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers: {} }), 404)).toBe(true);
      expect(isProblem(await c.get(`/api/v1/networks/${net}/assessment-rounds`), 404)).toBe(true);
    }
    // A member organisation not asked in this round does not see it either.
    const late = await ownerWithOrg(app.get(), "NGO Late");
    await join2(coord, net, late);
    expect((await late.client.get(`/api/v1/networks/${net}/assessment-rounds`)).body.items).toEqual([]);
    expect(isProblem(await late.client.get(`/api/v1/assessment-rounds/${round}/report`), 404)).toBe(true);
    expect(isProblem(await coord.client.get("/api/v1/assessment-rounds/not-a-uuid"), 404)).toBe(true);
  });

  it("lists, for each gap of an organisation's capacity plan, the hub items tagged with that need it may read", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Gap Coordinating");
    const b = await ownerWithOrg(app.get(), "NGO Gap Beta");
    const other = await ownerWithOrg(app.get(), "NGO Gap Other");
    const net = (await coord.client.post("/api/v1/networks", { name: "Gap Network" })).body.id;
    await join2(coord, net, b);
    const write = async (who: Account, title: string, tags: string[], scope = "private") =>
      (
        await who.client.post("/api/v1/knowledge", {
          title,
          language: "en",
          body: "x",
          tags,
          scope,
          networkId: scope === "private" ? undefined : net,
        })
      ).body.id as string;
    const ownApproach = await write(b, "Beta's first approach notes", ["approach"]);
    const sharedApproach = await write(coord, "Network approach guide", ["approach"], "network");
    const othersApproach = await write(other, "Other NGO's private approach notes", ["approach"]);
    const ownRisk = await write(b, "Beta's risk notes", ["risk"]);
    const round = (await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "Gaps", organizationIds: [b.orgId] })).body
      .id;
    // joint_activities = no: initiation (the hub's "approach") and knowledge are gaps; risk is none (not answered).
    await b.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, {
      answers: { org_region: "southern", org_scope: "international", joint_activities: "no" },
      submit: true,
    });
    const prof = await b.client.get(`/api/v1/assessment-rounds/${round}/profile`);
    const gaps = prof.body.gapKnowledge as Array<{ need: string; tag: string; items: Array<{ id: string; title: string }> }>;
    expect(gaps.map((g) => g.need).sort()).toEqual(
      prof.body.needs
        .filter((n: { gap: boolean }) => n.gap)
        .map((n: { need: string }) => n.need)
        .sort(),
    );
    const initiation = gaps.find((g) => g.need === "initiation")!;
    expect(initiation.tag).toBe("approach");
    const ids = initiation.items.map((i) => i.id);
    expect(ids).toContain(ownApproach);
    expect(ids).toContain(sharedApproach);
    expect(ids).not.toContain(othersApproach);
    expect(JSON.stringify(prof.body)).not.toContain("Other NGO's private approach notes");
    expect(gaps.some((g) => g.need === "risk")).toBe(false);
    expect(JSON.stringify(gaps)).not.toContain(ownRisk);
  });
});

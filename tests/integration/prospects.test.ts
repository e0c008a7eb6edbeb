import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { seedBuiltIns } from "../../src/domains/knowledge/knowledge.service.js";
import { isProblem, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";
import { layoutProblems, pdfPages } from "../setup/pdf-layout.js";

const app = useTestApp();
// The built-in hub items (the proposal builder's wording among them), as the server stores them at every start.
beforeAll(async () => {
  await seedBuiltIns(app.get().database.db);
});
const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function company(a: Account, body: Record<string, unknown>) {
  const r = await a.client.post("/api/v1/companies", { country: "AT", ...body });
  expect(r.status).toBe(201);
  return r.body.id as string;
}
const prospectsOf = async (a: Account, query = "") => (await a.client.get(`/api/v1/prospects?limit=500${query}`)).body.items as any[];
const fitOf = async (a: Account, id: string) => (await prospectsOf(a, "&includeDoNotApproach=true")).find((p) => p.companyId === id)?.fit;
const factor = (fit: any, key: string) => fit.factors.find((f: any) => f.key === key);
const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  return (await pdfPages(bytes)).flatMap((p) => p.lines.map((l) => l.text)).join("\n");
}
async function docxText(bytes: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(bytes));
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
}

describe("prospects: whom to approach", () => {
  it("lists companies not yet engaged with a fit score explained factor by factor", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Prospects");
    await a.client.req("PATCH", "/api/v1/organization", { country: "AT" });
    const hotel = await company(a, {
      name: "Hotel Adlerhorst GmbH",
      naceCode: "55.10",
      sizeClass: "large",
      csrPolicyUrl: "https://example.org/csr",
    });
    const engaged = await company(a, { name: "Engaged Bahn AG", naceCode: "49.10" });
    await a.client.post("/api/v1/engagements", { companyId: engaged, title: "Hotline posters", modes: ["joint_project"] });

    const items = await prospectsOf(a);
    expect(items.map((p) => p.companyId)).toContain(hotel);
    expect(items.map((p) => p.companyId)).not.toContain(engaged);
    const fit = items.find((p) => p.companyId === hotel).fit;
    expect(fit.factors.map((f: any) => f.key)).toEqual(["sector", "screening", "relations", "csr", "size", "location", "peers"]);
    for (const f of fit.factors) {
      expect(f.points).toBeCloseTo(f.weight * f.value, 1);
      expect(f.reason.length).toBeGreaterThan(10);
    }
    // Awareness (the default goal): hospitality reaches victims; a large company in Austria with a CSR policy.
    expect(factor(fit, "sector")).toMatchObject({ code: "sector_reaches_victims", points: 25 });
    expect(factor(fit, "csr")).toMatchObject({ code: "csr_policy", points: 10 });
    expect(factor(fit, "size")).toMatchObject({ code: "size_fits", points: 10 });
    expect(factor(fit, "location")).toMatchObject({ code: "location_fits", points: 10 });
    expect(factor(fit, "screening")).toMatchObject({ code: "screening_none", points: 0 });
    expect(fit.score).toBe(55);
  });

  it("moves the score by each factor's weight, and the weights are the organisation's own", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Weights");
    const other = await ownerWithOrg(app.get(), "NGO Other Weights");
    const plain = await company(a, { name: "Plain GmbH" });
    const withCsr = await company(a, { name: "Policy GmbH", csrPolicyUrl: "https://example.org/csr" });
    const otherCo = await company(other, { name: "Policy GmbH", csrPolicyUrl: "https://example.org/csr" });
    const base = (await fitOf(a, plain)).score;
    expect((await fitOf(a, withCsr)).score - base).toBe(10);

    // Weights sum to 100 by default; with csr at 60 they sum to 150, so the factor moves the score by 60/150.
    const put = await a.client.req("PUT", "/api/v1/prospects/settings", { weights: { csr: 60 } });
    expect(put.status).toBe(200);
    expect(put.body.weights).toMatchObject({ csr: 60, sector: 25 });
    const plain2 = await fitOf(a, plain);
    const csr2 = await fitOf(a, withCsr);
    expect(factor(csr2, "csr").points).toBe(60);
    expect(csr2.score - plain2.score).toBe(Math.round((100 * (factor(csr2, "csr").points + sum(plain2))) / 150) - plain2.score);
    expect(csr2.score).toBeGreaterThan((await fitOf(other, otherCo)).score);
    expect(factor(await fitOf(other, otherCo), "csr").points).toBe(10);
    // Weights are an admin's decision, and a weight is 0–100.
    expect(isProblem(await a.client.req("PUT", "/api/v1/prospects/settings", { weights: { csr: 101 } }), 422)).toBe(true);
  });

  it("leaves out companies the organisation must not approach unless asked, and scores the screening", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Lists");
    const black = await company(a, { name: "Shady Transport Ltd" });
    const white = await company(a, { name: "Good Hotel GmbH" });
    expect(
      (await a.client.post("/api/v1/screening-lists/entries", { list: "black", companyId: black, reason: "Wage theft case" })).status,
    ).toBe(201);
    expect(
      (await a.client.post("/api/v1/screening-lists/entries", { list: "white", companyId: white, reason: "Long-time partner" })).status,
    ).toBe(201);
    const ids = (await prospectsOf(a)).map((p) => p.companyId);
    expect(ids).toContain(white);
    expect(ids).not.toContain(black);
    const fit = await fitOf(a, black);
    expect(fit.doNotApproach).toBe(true);
    expect(factor(fit, "screening")).toMatchObject({ code: "own_black_list", points: -20 });
    expect(factor(await fitOf(a, white), "screening")).toMatchObject({ code: "own_white_list", points: 15 });
  });

  it("shows which network peers engage the same company — only those that chose to share it", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Coordinator");
    const sharing = await ownerWithOrg(app.get(), "NGO Sharing");
    const quiet = await ownerWithOrg(app.get(), "NGO Quiet");
    const outsider = await ownerWithOrg(app.get(), "NGO Outsider");
    const net = (await a.client.post("/api/v1/networks", { name: "Alpine Network" })).body.id;
    for (const b of [sharing, quiet]) {
      expect((await a.client.post(`/api/v1/networks/${net}/members`, { organizationSlug: await slugOf(b) })).status).toBe(201);
      expect((await b.client.post(`/api/v1/networks/${net}/accept`)).status).toBe(200);
    }
    expect((await sharing.client.req("PUT", "/api/v1/prospects/settings", { shareEngagements: true })).status).toBe(200);
    for (const b of [sharing, quiet, outsider]) {
      const co = await company(b, { name: "Hotel Sonnenhof" });
      expect((await b.client.post("/api/v1/engagements", { companyId: co, title: "Training", modes: ["business_practice"] })).status).toBe(
        201,
      );
    }
    // Outsider shares too but is in no network with a.
    await outsider.client.req("PUT", "/api/v1/prospects/settings", { shareEngagements: true });
    const mine = await company(a, { name: "Hotel  Sonnenhof" });
    const peers = await a.client.get(`/api/v1/prospects/${mine}/peers`);
    expect(peers.status).toBe(200);
    expect(peers.body.items).toEqual([
      expect.objectContaining({ organizationName: "NGO Sharing", networkName: "Alpine Network", stage: "identified" }),
    ]);
    expect(factor(await fitOf(a, mine), "peers")).toMatchObject({ code: "peers_engaged", params: { engaged: 1 } });
    const map = await a.client.get(`/api/v1/prospects/${mine}`);
    expect(map.body.peers).toHaveLength(1);
    expect(JSON.stringify(map.body)).not.toContain("NGO Quiet");
    // Another organisation's company id is not found.
    expect(isProblem(await outsider.client.get(`/api/v1/prospects/${mine}/peers`), 404)).toBe(true);
    expect(isProblem(await outsider.client.get(`/api/v1/prospects/${mine}`), 404)).toBe(true);
  });

  it("keeps a stakeholder map per prospect", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Map");
    const co = await company(a, { name: "Bahn Express AG", naceCode: "49.10" });
    const put = await a.client.req("PUT", `/api/v1/prospects/${co}`, {
      interests: "Safe stations",
      couldBring: "Poster space in 40 stations",
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ interests: "Safe stations", couldBring: "Poster space in 40 stations", needs: null, contacts: [] });
    expect((await a.client.get(`/api/v1/prospects/${co}`)).body.interests).toBe("Safe stations");
  });

  it("counts a peer's shared case study of the same company in the peers factor — not a draft, a private one or one from outside the network", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Case Reader");
    const peer = await ownerWithOrg(app.get(), "NGO Case Writer");
    const outsider = await ownerWithOrg(app.get(), "NGO Case Outsider");
    const net = (await a.client.post("/api/v1/networks", { name: "Case Network" })).body.id;
    expect((await a.client.post(`/api/v1/networks/${net}/members`, { organizationSlug: await slugOf(peer) })).status).toBe(201);
    expect((await peer.client.post(`/api/v1/networks/${net}/accept`)).status).toBe(200);
    const outsiderNet = (await outsider.client.post("/api/v1/networks", { name: "Elsewhere" })).body.id;

    const mine = await company(a, { name: "Bäckerei Sonnenkorn GmbH" });
    const caseStudy = async (who: Account, scope: "private" | "network", networkId: string | null, approve: boolean) => {
      const co = await company(who, { name: "BÄCKEREI  Sonnenkorn GmbH" });
      const e = (
        await who.client.post("/api/v1/engagements", { companyId: co, title: "Training places", modes: ["employment_reintegration"] })
      ).body;
      const item = await who.client.post(`/api/v1/engagements/${e.id}/case-studies`, { language: "en", scope, networkId });
      expect(item.status).toBe(201);
      if (approve) expect((await who.client.post(`/api/v1/knowledge/${item.body.id}/approve`)).status).toBe(200);
      return item.body.id as string;
    };
    const peersOf = async () => factor(await fitOf(a, mine), "peers");
    expect(await peersOf()).toMatchObject({ code: "peers_none", value: 0, points: 0 });

    // A draft for the network, a private case study approved, one from outside the network: none counts.
    const draft = await caseStudy(peer, "network", net, false);
    await caseStudy(peer, "private", null, true);
    await caseStudy(outsider, "network", outsiderNet, true);
    expect(await peersOf()).toMatchObject({ code: "peers_none", value: 0, points: 0, params: { caseStudies: 0 } });
    expect((await a.client.get(`/api/v1/prospects/${mine}`)).body.peerCaseStudies).toEqual([]);

    // The draft approved: shared with the network, it counts 0.5 — 5 points at the default weight of 10.
    expect((await peer.client.post(`/api/v1/knowledge/${draft}/approve`)).status).toBe(200);
    expect(await peersOf()).toMatchObject({ code: "peers_case_studies", value: 0.5, points: 5, params: { caseStudies: 1 } });
    const map = (await a.client.get(`/api/v1/prospects/${mine}`)).body;
    expect(map.peerCaseStudies).toEqual([
      expect.objectContaining({ id: draft, organizationName: "NGO Case Writer", networkName: "Case Network", language: "en" }),
    ]);
    // The outsider's company of the same name sees nothing of a network it is not in.
    const theirs = await company(outsider, { name: "Bäckerei Sonnenkorn GmbH" });
    expect((await outsider.client.get(`/api/v1/prospects/${theirs}`)).body.peerCaseStudies).toEqual([]);
  });
});

function sum(fit: any): number {
  return fit.factors.filter((f: any) => f.key !== "csr").reduce((n: number, f: any) => n + f.points, 0);
}

describe("proposals: pitching in business terms", () => {
  it("builds a proposal with suggested wording, versions it and renders PDF, DOCX and a pitch sheet", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Pitch");
    const co = await company(a, { name: "Hotel Adlerhorst GmbH", naceCode: "55.10" });
    const created = await a.client.post("/api/v1/proposals", {
      companyId: co,
      title: "Staff training on trafficking indicators",
      modes: ["expertise"],
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toContain(`/proposals/${created.body.id}`);
    const p = created.body;
    expect(p).toMatchObject({ modes: ["business_expertise"], version: 1, language: "en", companyName: "Hotel Adlerhorst GmbH" });
    expect(p.content.problem).toContain("Hotel Adlerhorst GmbH");
    expect(p.content.problem).toMatch(/reception|housekeeping/);
    expect(p.content.partnership).toContain("NGO Pitch");
    expect(p.content.companyGains.map((g: any) => g.key)).toContain("reputation");

    const saved = await a.client.patch(`/api/v1/proposals/${p.id}`, {
      content: {
        activities: [{ what: "Two trainings for reception staff", when: daysFromNow(40), result: "60 staff trained" }],
        budget: { amount: 12000, currency: "EUR", inKind: "Venue" },
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(2);
    expect(saved.body.content.problem).toBe(p.content.problem);
    const versions = (await a.client.get(`/api/v1/proposals/${p.id}/versions`)).body.items;
    expect(versions.map((v: any) => v.version)).toEqual([2, 1]);

    const pdf = await a.client.get(`/api/v1/proposals/${p.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe("application/pdf");
    const text = await pdfText(pdf.body);
    for (const s of [
      "Staff training on trafficking indicators",
      "Hotel Adlerhorst GmbH",
      "What you gain",
      "Two trainings for reception staff",
      "How we protect survivors",
    ])
      expect(text).toContain(s);
    expect(layoutProblems(await pdfPages(pdf.body), { footerTop: 800, headingSizes: [13, 20] })).toEqual([]);
    const v1 = await pdfText((await a.client.get(`/api/v1/proposals/${p.id}/pdf?version=1`)).body);
    expect(v1).not.toContain("Two trainings for reception staff");

    const docx = await a.client.get(`/api/v1/proposals/${p.id}/docx`);
    expect(docx.status).toBe(200);
    expect(docx.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const words = await docxText(docx.body);
    expect(words).toContain("Staff training on trafficking indicators");
    expect(words).toContain("60 staff trained");

    const pitch = await a.client.get(`/api/v1/proposals/${p.id}/pitch.pdf`);
    expect(pitch.status).toBe(200);
    expect(await pdfPages(pitch.body)).toHaveLength(1);

    const de = await a.client.post("/api/v1/proposals", { companyId: co, title: "Schulung", modes: ["business_practice"], language: "de" });
    expect(de.body.content.confidentiality).toContain("Einwilligung");
    expect(await pdfText((await a.client.get(`/api/v1/proposals/${de.body.id}/pdf`)).body)).toContain("Was Sie gewinnen");
  }, 180_000);

  it("suggests each step's wording from the knowledge hub: the organisation's own template first, built-in ones otherwise, another organisation's private one never", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Wording");
    const b = await ownerWithOrg(app.get(), "NGO Other Wording");
    const co = await company(a, { name: "Hotel Bergblick GmbH", naceCode: "55.10" });
    const template = async (who: Account, tags: string[], body: string, language = "en") => {
      const r = await who.client.post("/api/v1/knowledge", {
        kind: "template",
        title: `Template ${tags.join(" ")} ${language}`,
        body,
        language,
        tags,
      });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    // b's private template, tagged exactly for this proposal: never offered to a.
    await template(
      b,
      ["mode:business_expertise", "sector:I"],
      "## Partnership\n\nB-PRIVATE partnership wording\n\n## The problem\n\nB-PRIVATE problem",
    );
    const p = (await a.client.post("/api/v1/proposals", { companyId: co, title: "Expertise", modes: ["expertise"] })).body;
    const stepOf = (r: any, step: string) => r.body.steps.find((s: any) => s.step === step).suggestions as any[];

    const before = await a.client.get(`/api/v1/proposals/${p.id}/suggestions`);
    expect(before.status).toBe(200);
    expect(before.body.language).toBe("en");
    expect(before.body.steps.map((s: any) => s.step)).toEqual([
      "problem",
      "partnership",
      "gains",
      "ngoGains",
      "visibility",
      "confidentiality",
    ]);
    // Built in: the mode's partnership, the sector's problem (NACE 55 is section I), the general steps.
    expect(stepOf(before, "partnership")[0]).toMatchObject({
      source: "built_in",
      language: "en",
      title: "Proposal wording: business expertise",
      gain: null,
    });
    expect(stepOf(before, "partnership")[0].text).toContain("NGO Wording");
    expect(stepOf(before, "problem")[0]).toMatchObject({
      source: "built_in",
      title: "Proposal wording: the problem in hotels and restaurants",
    });
    expect(stepOf(before, "problem")[0].text).toMatch(/Hotel Bergblick GmbH.*/s);
    expect(p.content.partnership).toBe(stepOf(before, "partnership")[0].text);
    expect(p.content.problem).toBe(stepOf(before, "problem")[0].text);
    expect(stepOf(before, "gains").map((g: any) => g.gain)).toContain("staff_engagement");
    expect(stepOf(before, "confidentiality")[0].text).toContain("consent");
    // A built-in item is readable in the hub under the id the suggestion names.
    expect((await a.client.get(`/api/v1/knowledge/${stepOf(before, "partnership")[0].itemId}`)).status).toBe(200);

    // a's own templates: one for the mode and the sector's division, one for another mode (not offered).
    const own = await template(
      a,
      ["mode:business_expertise", "sector:55"],
      "Intro.\n\n## The partnership:\n\nOWN wording: {company} and {ngo} plan the trainings together.\n\n## Notes\n\nnot wording",
    );
    const otherMode = await template(a, ["mode:financial_donation"], "## Partnership\n\nOTHER-MODE wording");
    const after = await a.client.get(`/api/v1/proposals/${p.id}/suggestions`);
    const partnership = stepOf(after, "partnership");
    expect(partnership[0]).toMatchObject({ itemId: own, source: "organization", language: "en" });
    expect(partnership[0].text).toBe("OWN wording: Hotel Bergblick GmbH and NGO Wording plan the trainings together.");
    expect(partnership[1].source).toBe("built_in");
    expect(JSON.stringify(after.body)).not.toContain(otherMode);
    expect(JSON.stringify(after.body)).not.toContain("B-PRIVATE");
    // Steps the own template does not word still come from the built-in ones.
    expect(stepOf(after, "problem")[0].source).toBe("built_in");
    // A proposal started now begins with the organisation's own wording.
    const p2 = (await a.client.post("/api/v1/proposals", { companyId: co, title: "Expertise 2", modes: ["business_expertise"] })).body;
    expect(p2.content.partnership).toContain("OWN wording: Hotel Bergblick GmbH");

    // A German reader gets the German wording (the English own template is not offered).
    const de = await a.client.get(`/api/v1/proposals/${p.id}/suggestions?language=de`);
    expect(de.body.language).toBe("de");
    expect(stepOf(de, "partnership")[0]).toMatchObject({
      source: "built_in",
      language: "de",
      title: "Angebotsvorlage: Fachwissen aus dem Unternehmen",
    });
    expect(stepOf(de, "partnership")[0].text).toContain("Fachkenntnis");
    expect(stepOf(de, "confidentiality")[0].text).toContain("Einwilligung");
    expect(JSON.stringify(de.body)).not.toContain(own);

    // Another organisation reads nothing of a's proposal, and a's template is not offered to b.
    expect(isProblem(await b.client.get(`/api/v1/proposals/${p.id}/suggestions`), 404)).toBe(true);
    const bCo = await company(b, { name: "Hotel Bergblick GmbH", naceCode: "55.10" });
    const bp = (await b.client.post("/api/v1/proposals", { companyId: bCo, title: "Expertise", modes: ["business_expertise"] })).body;
    const bSuggested = await b.client.get(`/api/v1/proposals/${bp.id}/suggestions`);
    expect(stepOf(bSuggested, "partnership")[0].source).toBe("organization");
    expect(JSON.stringify(bSuggested.body)).not.toContain(own);
  }, 180_000);

  it("suggests a network's shared template after the organisation's own and before the built-in one, never another organisation's public one", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Net Wording");
    const peer = await ownerWithOrg(app.get(), "NGO Peer Wording");
    const stranger = await ownerWithOrg(app.get(), "NGO Stranger Wording");
    const net = (await a.client.post("/api/v1/networks", { name: `Wording network ${Date.now()}` })).body.id;
    expect((await a.client.post(`/api/v1/networks/${net}/members`, { organizationSlug: await slugOf(peer) })).status).toBe(201);
    expect((await peer.client.post(`/api/v1/networks/${net}/accept`)).status).toBe(200);
    const item = async (who: Account, extra: Record<string, unknown>, text: string) => {
      const r = await who.client.post("/api/v1/knowledge", {
        kind: "template",
        title: text,
        language: "en",
        tags: ["mode:joint_project"],
        body: `## Partnership\n\n${text} for {company}.`,
        ...extra,
      });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    const shared = await item(peer, { scope: "network", networkId: net }, "NETWORK wording");
    const strangers = await item(stranger, { scope: "public" }, "STRANGER public wording");
    const co = await company(a, { name: "Bahnhof Kiosk GmbH", naceCode: "47.11" });
    const p = (await a.client.post("/api/v1/proposals", { companyId: co, title: "Posters", modes: ["joint_project"] })).body;
    expect(p.content.partnership).toBe("NETWORK wording for Bahnhof Kiosk GmbH.");
    const partnership = async () =>
      (
        (await a.client.get(`/api/v1/proposals/${p.id}/suggestions`)).body.steps.find((s: any) => s.step === "partnership")
          .suggestions as any[]
      ).map((s) => [s.source, s.itemId === shared ? "shared" : s.itemId === strangers ? "stranger" : s.title]);
    expect(await partnership()).toEqual([
      ["network", "shared"],
      ["built_in", "Proposal wording: joint projects and campaigns"],
      ["built_in", "Proposal wording: every step"],
    ]);
    await item(a, {}, "OWN wording");
    const withOwn = await partnership();
    expect(withOwn[0]).toEqual(["organization", "OWN wording"]);
    expect(withOwn.map(([source]) => source)).toEqual(["organization", "network", "built_in", "built_in"]);
    expect(JSON.stringify(withOwn)).not.toContain("stranger");
  }, 180_000);

  it("lets a survivor's story into a proposal only with a consent covering partner materials for this company", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Stories Pitch");
    const co = await company(a, { name: "Hotel Edelweiss" });
    const elsewhere = await company(a, { name: "Other Hotel" });
    const story = (await a.client.post("/api/v1/stories", { title: "A new start", text: "SECRET-STORY-TEXT she found work" })).body.id;
    const p = (
      await a.client.post("/api/v1/proposals", { companyId: co, title: "Jobs for survivors", modes: ["employment_reintegration"] })
    ).body;
    const refused = await a.client.patch(`/api/v1/proposals/${p.id}`, { content: { storyIds: [story] } });
    expect(isProblem(refused, 409)).toBe(true);
    expect(refused.body.errors[0]).toMatchObject({ path: "content.storyIds.0", code: "no_consent" });
    // A consent for another partner does not cover this one.
    const consent = async (companyId: string, channels: string[]) =>
      (
        await a.client.post(`/api/v1/stories/${story}/consents`, {
          reference: "TP-1",
          channels,
          companyId,
          validFrom: daysFromNow(-1),
          validUntil: daysFromNow(200),
        })
      ).body.id;
    await consent(elsewhere, ["partner_materials"]);
    await consent(co, ["website"]);
    expect(isProblem(await a.client.patch(`/api/v1/proposals/${p.id}`, { content: { storyIds: [story] } }), 409)).toBe(true);
    const covering = await consent(co, ["partner_materials"]);
    expect((await a.client.patch(`/api/v1/proposals/${p.id}`, { content: { storyIds: [story] } })).status).toBe(200);
    expect(await pdfText((await a.client.get(`/api/v1/proposals/${p.id}/pdf`)).body)).toContain("SECRET-STORY-TEXT");
    // Withdrawn later: the story leaves every document made afterwards.
    expect((await a.client.post(`/api/v1/consents/${covering}/withdraw`, {})).status).toBe(200);
    expect(await pdfText((await a.client.get(`/api/v1/proposals/${p.id}/pdf`)).body)).not.toContain("SECRET-STORY-TEXT");
    expect(await docxText((await a.client.get(`/api/v1/proposals/${p.id}/docx`)).body)).not.toContain("SECRET-STORY-TEXT");
  }, 180_000);

  it("answers 404 to another organisation on every proposal route", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Own Proposal");
    const b = await ownerWithOrg(app.get(), "NGO Intruder");
    const co = await company(a, { name: "Private Partner AG" });
    const p = (await a.client.post("/api/v1/proposals", { companyId: co, title: "Private", modes: [] })).body;
    for (const path of ["", "/pdf", "/docx", "/pitch.pdf", "/versions", "/suggestions"])
      expect(isProblem(await b.client.get(`/api/v1/proposals/${p.id}${path}`), 404), path).toBe(true);
    expect(isProblem(await b.client.patch(`/api/v1/proposals/${p.id}`, { title: "Mine" }), 404)).toBe(true);
    expect(isProblem(await b.client.delete(`/api/v1/proposals/${p.id}`), 404)).toBe(true);
    expect((await b.client.get("/api/v1/proposals")).body.items).toEqual([]);
    // b cannot start a proposal for a's company.
    expect(isProblem(await b.client.post("/api/v1/proposals", { companyId: co, title: "Steal", modes: [] }), 422)).toBe(true);
    expect(isProblem(await b.client.get(`/api/v1/prospects/${co}/first-contact`), 404)).toBe(true);
    expect((await a.client.get(`/api/v1/proposals/${p.id}`)).status).toBe(200);
  });

  it("drafts a first contact letter to open in the user's own mail client", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Letter");
    const co = await company(a, { name: "Bahn Express AG", naceCode: "49.10" });
    const contact = (await a.client.post("/api/v1/contacts", { name: "Maria Huber", email: "maria.huber@example.org", companyId: co }))
      .body;
    const r = await a.client.get(`/api/v1/prospects/${co}/first-contact?mode=joint_project`);
    expect(r.status).toBe(200);
    expect(r.body.subject).toBe("NGO Letter — a partnership proposal for Bahn Express AG");
    expect(r.body.body).toContain("Dear Maria Huber");
    expect(r.body.body).toMatch(/conductors|drivers/i);
    expect(r.body.to).toBe(contact.email ?? "maria.huber@example.org");
    expect(r.body.mailto.startsWith("mailto:maria.huber%40example.org?subject=")).toBe(true);
    const de = await a.client.get(`/api/v1/prospects/${co}/first-contact?mode=joint_project&language=de`);
    expect(de.body.body).toContain("Guten Tag Maria Huber");
  });
});

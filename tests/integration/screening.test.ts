import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { currentDecision } from "../../src/domains/screening/screening.status.js";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

// Evidence files go to a throw-away data folder (a setting given to the booted app).

const app = useTestApp({ PARTNERWISE_DATA_DIR: mkdtempSync(join(tmpdir(), "pw-screening-")) });

const company = async (a: Account, body: Record<string, unknown>) => {
  const r = await a.client.post("/api/v1/companies", { country: "DE", ...body });
  expect(r.status).toBe(201);
  return r.body as { id: string; name: string };
};
const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86400_000).toISOString().slice(0, 10);

/** Answers every applicable criterion not answered yet (default: meets; `overrides` also re-answers). */
async function answerAll(a: Account, id: string, overrides: Record<string, string> = {}) {
  let s = (await a.client.get(`/api/v1/screenings/${id}`)).body;
  for (const c of s.criteria as Array<{ key: string; applicable: boolean; answer: unknown }>) {
    if (!c.applicable || (c.answer && !overrides[c.key])) continue;
    const r = await a.client.req("PUT", `/api/v1/screenings/${id}/answers/${c.key}`, {
      answer: overrides[c.key] ?? "meets",
      notes: "checked",
    });
    expect(r.status).toBe(200);
    s = r.body;
  }
  return s;
}

describe("screening criteria catalogues", () => {
  it("versions the network catalogue (draft → published, immutable) and the organisation's effective catalogue with overrides", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Catalogue");
    const aMember = await memberOf(app.get(), a, "member");
    const b = await ownerWithOrg(app.get(), "NGO Other");

    const first = await a.client.get("/api/v1/screening/catalogue");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, base: { kind: "builtin" } });
    const keys = first.body.criteria.map((c: { key: string }) => c.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "labour_rights_record",
        "no_child_forced_trafficked_labour",
        "transparent_ownership_funds",
        "excluded_sector",
        "sc_recruitment_fees",
        "sc_remedy",
      ]),
    );
    expect(first.body.criteria.filter((c: { group: string }) => c.group === "supply_chain")).toHaveLength(7);
    expect(first.body.excludedSectors.map((s: { key: string }) => s.key)).toEqual(["tobacco", "alcohol", "adult_entertainment"]);
    expect((await a.client.get("/api/v1/screening/catalogue")).body.id).toBe(first.body.id);

    // A network: the coordinator edits a draft; nothing changes for members until it is published.
    const net = (await a.client.post("/api/v1/networks", { name: "Catalogue Network" })).body;
    const nb = await a.client.post(`/api/v1/networks/${net.id}/members`, { organizationSlug: await slugOf(b) });
    expect(nb.status).toBe(201);
    expect((await b.client.post(`/api/v1/networks/${net.id}/join`)).status).toBe(200);
    const view = await b.client.get(`/api/v1/networks/${net.id}/screening-catalogue`);
    expect(view.body).toMatchObject({ published: null, draft: null });
    expect(view.body.builtinDefault.criteria.length).toBe(first.body.criteria.length);

    const draft = await a.client.post(`/api/v1/networks/${net.id}/screening-catalogue/draft`);
    expect(draft.body).toMatchObject({ version: 1, status: "draft" });
    const criteria = draft.body.criteria
      .filter((c: { key: string }) => c.key !== "shared_values")
      .map((c: { key: string; weight: number }) => (c.key === "ngo_collaboration_history" ? { ...c, weight: 3 } : c));
    criteria.push({
      key: "no_sex_industry_ads",
      title: "No advertising in the sex industry",
      guidance: "Check the company's ad placements on escort sites.",
      kind: "hard_exclusion",
      weight: 5,
      group: "core",
    });
    expect(isProblem(await b.client.req("PUT", `/api/v1/networks/${net.id}/screening-catalogue/draft`, { criteria }), 403)).toBe(true);
    expect(
      isProblem(
        await a.client.req("PUT", `/api/v1/networks/${net.id}/screening-catalogue/draft`, { criteria: [...criteria, criteria[0]] }),
        422,
      ),
    ).toBe(true);
    const saved = await a.client.req("PUT", `/api/v1/networks/${net.id}/screening-catalogue/draft`, {
      criteria,
      excludedSectors: draft.body.excludedSectors,
      note: "Network criteria 2026",
    });
    expect(saved.status).toBe(200);
    expect((await b.client.get(`/api/v1/networks/${net.id}/screening-catalogue`)).body.draft).toBeNull();
    expect((await a.client.get("/api/v1/screening/catalogue")).body).toMatchObject({ version: 1, base: { kind: "builtin" } });

    expect(isProblem(await b.client.post(`/api/v1/networks/${net.id}/screening-catalogue/draft/publish`), 403)).toBe(true);
    const published = await a.client.post(`/api/v1/networks/${net.id}/screening-catalogue/draft/publish`);
    expect(published.body).toMatchObject({ version: 1, status: "published", note: "Network criteria 2026", publishedBy: { id: a.userId } });

    const v2 = (await a.client.get("/api/v1/screening/catalogue")).body;
    expect(v2).toMatchObject({ version: 2, base: { kind: "network", networkId: net.id, networkName: "Catalogue Network", version: 1 } });
    expect(v2.criteria.map((c: { key: string }) => c.key)).toContain("no_sex_industry_ads");
    expect(v2.criteria.map((c: { key: string }) => c.key)).not.toContain("shared_values");
    expect((await b.client.get("/api/v1/screening/catalogue")).body.base).toMatchObject({ kind: "network", networkId: net.id });

    // Editing again opens a new draft; the published version stays as it was.
    const again = await a.client.req("PUT", `/api/v1/networks/${net.id}/screening-catalogue/draft`, { criteria: criteria.slice(0, 3) });
    expect(again.body).toMatchObject({ version: 2, status: "draft" });
    const versions = (await a.client.get(`/api/v1/networks/${net.id}/screening-catalogue/versions`)).body;
    expect(versions.items.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, "draft"],
      [1, "published"],
    ]);
    expect(versions.items[1].criteria).toHaveLength(criteria.length);
    expect(
      (await b.client.get(`/api/v1/networks/${net.id}/screening-catalogue/versions`)).body.items.map((v: { status: string }) => v.status),
    ).toEqual(["published"]);
    expect((await a.client.delete(`/api/v1/networks/${net.id}/screening-catalogue/draft`)).status).toBe(204);
    expect((await a.client.get("/api/v1/screening/catalogue")).body.version).toBe(2);

    // Organisation overrides: admins only; each change is a new version.
    const reweight = { mode: "reweight", weight: 5 };
    expect(isProblem(await aMember.client.req("PUT", "/api/v1/screening/catalogue/overrides/labour_rights_record", reweight), 403)).toBe(
      true,
    );
    const v3 = (await a.client.req("PUT", "/api/v1/screening/catalogue/overrides/labour_rights_record", reweight)).body;
    expect(v3.version).toBe(3);
    expect(v3.criteria.find((c: { key: string }) => c.key === "labour_rights_record")).toMatchObject({
      weight: 5,
      baseWeight: 4,
      origin: "reweighted",
    });
    const own = {
      mode: "add",
      criterion: {
        title: "Local labour-court check",
        guidance: "Search the regional labour court's decisions for the company name.",
        kind: "weighted",
        weight: 2,
        group: "core",
      },
    };
    const v4 = (await a.client.req("PUT", "/api/v1/screening/catalogue/overrides/local_court_check", own)).body;
    expect(v4.criteria.find((c: { key: string }) => c.key === "local_court_check")).toMatchObject({ origin: "added", weight: 2 });
    const v5 = (await a.client.req("PUT", "/api/v1/screening/catalogue/overrides/genuine_intent", { mode: "disable" })).body;
    expect(v5).toMatchObject({ version: 5, disabled: [{ key: "genuine_intent", title: "Genuine intent, not mainly publicity" }] });
    expect(isProblem(await a.client.req("PUT", "/api/v1/screening/catalogue/overrides/labour_rights_record", own), 409)).toBe(true);
    expect(isProblem(await a.client.req("PUT", "/api/v1/screening/catalogue/overrides/no_such_key", reweight), 404)).toBe(true);
    expect(isProblem(await a.client.req("PUT", "/api/v1/screening/catalogue/overrides/shared_values", { mode: "reweight" }), 422)).toBe(
      true,
    );
    expect(
      (await b.client.get("/api/v1/screening/catalogue")).body.criteria.find((c: { key: string }) => c.key === "labour_rights_record")
        .weight,
    ).toBe(4);

    // A screening records the exact version it used.
    const co = await company(a, { name: "Versioned Ltd" });
    const s = (await a.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    expect(s.catalogue).toMatchObject({ id: v5.id, version: 5 });
    expect(s.criteria.map((c: { key: string }) => c.key)).not.toContain("genuine_intent");
    expect((await a.client.delete("/api/v1/screening/catalogue/overrides/genuine_intent")).status).toBe(204);
    expect((await a.client.get("/api/v1/screening/catalogue")).body.version).toBe(6);
    expect((await a.client.get(`/api/v1/screenings/${s.id}`)).body.catalogue.version).toBe(5);
    expect((await a.client.get(`/api/v1/screening/catalogue/versions/${v5.id}`)).body.version).toBe(5);
    expect(isProblem(await b.client.get(`/api/v1/screening/catalogue/versions/${v5.id}`), 404)).toBe(true);
    expect((await a.client.get("/api/v1/screening/catalogue/versions?limit=2")).body).toMatchObject({ total: 6, limit: 2 });
    const settings = (await a.client.get("/api/v1/screening/catalogue/settings")).body;
    expect(settings).toMatchObject({ adoptedNetworkId: null, networks: [{ id: net.id, name: "Catalogue Network", publishedVersion: 1 }] });
    expect(settings.overrides.map((o: { key: string }) => o.key)).toEqual(["labour_rights_record", "local_court_check"]);

    // Adoption: back to the default by adopting nothing explicit is automatic; adopting a foreign network is 404.
    expect(
      isProblem(
        await a.client.req("PUT", "/api/v1/screening/catalogue/adoption", { networkId: "00000000-0000-4000-8000-000000000000" }),
        404,
      ),
    ).toBe(true);
    expect((await a.client.req("PUT", "/api/v1/screening/catalogue/adoption", { networkId: net.id })).body.base.networkId).toBe(net.id);
    const noTobacco = await a.client.req("PUT", "/api/v1/screening/catalogue/excluded-sectors", {
      excludedSectors: [{ key: "gambling", label: "Gambling", naceCodes: ["92"] }],
    });
    expect(noTobacco.body.excludedSectors).toEqual([{ key: "gambling", label: "Gambling", naceCodes: ["92"], tags: [] }]);
  });
});

describe("screening a company", () => {
  it("runs a screening end to end: signals, answers with evidence, explained risk, decision, immutability, history and re-screening", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Screening");
    const m = await memberOf(app.get(), a, "member");
    const admin = await memberOf(app.get(), a, "admin");
    const co = await company(a, { name: "Nordtex Bekleidung GmbH", naceCode: "14.13" });
    const other = await company(a, { name: "Unscreened AG" });

    const created = await m.client.post(`/api/v1/companies/${co.id}/screenings`, {});
    expect(created.status).toBe(201);
    const s = created.body;
    expect(s).toMatchObject({
      status: "draft",
      decision: null,
      company: { id: co.id, name: "Nordtex Bekleidung GmbH" },
      supplyChain: { hasSupplyChain: true },
      createdBy: { id: m.userId },
    });
    const signalKeys = s.signals.map((x: { key: string }) => x.key);
    expect(signalKeys).toContain("sector_risk:14");
    expect(signalKeys).toEqual(expect.arrayContaining(["goods_country:cotton:exposure", "goods_country:garments:exposure"]));
    expect(s.signals.find((x: { key: string }) => x.key === "sector_risk:14")).toMatchObject({ severity: "high", points: 15 });
    expect(s.risk.factors.find((f: { key: string }) => f.key === "sector_risk:14")).toMatchObject({ points: 15, effect: "raises" });
    expect(s.risk.uncertainty).toMatchObject({ unanswered: s.criteria.length, share: 1, level: "high" });
    expect(s.criteria.every((c: { applicable: boolean }) => c.applicable)).toBe(true);

    const dup = await m.client.post(`/api/v1/companies/${co.id}/screenings`, {});
    expect(isProblem(dup, 409)).toBe(true);
    expect(dup.body.screeningId).toBe(s.id);

    // Supply-chain facts turn exposures into goods/country findings.
    const patched = await m.client.patch(`/api/v1/screenings/${s.id}`, { supplyChain: { sourcingCountries: ["bd", "IN"] } });
    expect(patched.status).toBe(200);
    expect(patched.body.supplyChain.sourcingCountries).toEqual(["BD", "IN"]);
    const goods = patched.body.signals.filter((x: { source: string }) => x.source === "goods_country").map((x: { key: string }) => x.key);
    expect(goods).toEqual(expect.arrayContaining(["goods_country:cotton:IN", "goods_country:garments:BD", "goods_country:garments:IN"]));
    expect(patched.body.signals.find((x: { key: string }) => x.key === "goods_country:cotton:IN")).toMatchObject({
      severity: "high",
      data: { childLabour: true, forcedLabour: true },
    });
    expect(
      patched.body.risk.factors
        .filter((f: { key: string }) => f.key.startsWith("goods_country:"))
        .reduce((n: number, f: { points: number }) => n + f.points, 0),
    ).toBe(25);

    const ans = await m.client.req("PUT", `/api/v1/screenings/${s.id}/answers/labour_rights_record`, {
      answer: "does_not_meet",
      notes: "2024 labour-inspectorate fine for unpaid overtime at the Chemnitz warehouse; no remedy published.",
      links: [{ title: "Inspectorate notice", url: "https://example.org/notice" }],
    });
    expect(ans.status).toBe(200);
    // Links open in a browser: only http, https and mailto (issue 15).
    for (const url of [
      "javascript:alert(document.cookie)",
      "JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
    ]) {
      const bad = await m.client.req("PUT", `/api/v1/screenings/${s.id}/answers/labour_rights_record`, {
        answer: "does_not_meet",
        links: [{ title: "x", url }],
      });
      expect(isProblem(bad, 422), url).toBe(true);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(["links.0.url"]);
    }
    const original = {
      answer: "does_not_meet",
      notes: "2024 labour-inspectorate fine for unpaid overtime at the Chemnitz warehouse; no remedy published.",
      links: [{ title: "Inspectorate notice", url: "https://example.org/notice" }],
    };
    const mail = await m.client.req("PUT", `/api/v1/screenings/${s.id}/answers/labour_rights_record`, {
      ...original,
      links: [{ title: "Works council", url: "mailto:council@example.org" }],
    });
    expect(mail.status).toBe(200);
    expect((await m.client.req("PUT", `/api/v1/screenings/${s.id}/answers/labour_rights_record`, original)).status).toBe(200);
    const crit = ans.body.criteria.find((c: { key: string }) => c.key === "labour_rights_record");
    expect(crit.answer).toMatchObject({
      answer: "does_not_meet",
      links: [{ url: "https://example.org/notice" }],
      carriedOver: false,
      updatedBy: { id: m.userId },
    });
    expect(ans.body.risk.factors.find((f: { key: string }) => f.key === "labour_rights_record")).toMatchObject({
      source: "criterion",
      points: 32,
      effect: "raises",
    });
    expect(isProblem(await m.client.req("PUT", `/api/v1/screenings/${s.id}/answers/no_such_criterion`, { answer: "meets" }), 404)).toBe(
      true,
    );
    expect(isProblem(await m.client.req("PUT", `/api/v1/screenings/${s.id}/answers/csr_policy_aligned`, { answer: "maybe" }), 422)).toBe(
      true,
    );

    // Decision validation before everything is answered.
    const incomplete = await m.client.post(`/api/v1/screenings/${s.id}/decide`, { decision: "approved", rationale: "Looks fine" });
    expect(isProblem(incomplete, 422)).toBe(true);
    expect(incomplete.body.errors.map((e: { path: string }) => e.path)).toContain("answers.csr_policy_aligned");

    const full = await answerAll(m, s.id);
    expect(
      full.risk.factors.filter((f: { effect: string; source: string }) => f.effect === "lowers" && f.source === "supply_chain"),
    ).toHaveLength(7);
    expect(full.risk.factors.map((f: { key: string }) => f.key)).toEqual(
      expect.arrayContaining(["labour_rights_record", "sector_risk:14", "sc_recruitment_fees"]),
    );
    expect(full.risk.level).toBe("low");

    expect(isProblem(await m.client.post(`/api/v1/screenings/${s.id}/decide`, { decision: "approved" }), 422)).toBe(true);
    const noConditions = await m.client.post(`/api/v1/screenings/${s.id}/decide`, {
      decision: "approved_with_conditions",
      rationale: "Fine with remedy",
    });
    expect(noConditions.body.errors).toEqual([expect.objectContaining({ path: "conditions" })]);
    expect(
      isProblem(
        await m.client.post(`/api/v1/screenings/${s.id}/decide`, {
          decision: "engage_to_reform",
          rationale: "x",
          conditions: [{ text: "Remedy", dueOn: inDays(90) }],
          monitoringPlan: "Quarterly",
        }),
        403,
      ),
    ).toBe(true);
    const noPlan = await admin.client.post(`/api/v1/screenings/${s.id}/decide`, {
      decision: "engage_to_reform",
      rationale: "Reform the warehouse",
      conditions: [{ text: "Remedy", dueOn: inDays(90) }],
    });
    expect(isProblem(noPlan, 422)).toBe(true);
    expect(noPlan.body.errors).toEqual([expect.objectContaining({ path: "monitoringPlan" })]);
    expect(
      isProblem(
        await m.client.post(`/api/v1/screenings/${s.id}/decide`, {
          decision: "approved",
          rationale: "ok",
          conditions: [{ text: "x", dueOn: inDays(30) }],
        }),
        422,
      ),
    ).toBe(true);

    const decided = await m.client.post(`/api/v1/screenings/${s.id}/decide`, {
      decision: "approved_with_conditions",
      rationale: "Good CSR policy; the overtime fine must be remedied.",
      conditions: [
        { text: "Pay back unpaid overtime to the warehouse workers", dueOn: inDays(90) },
        { text: "Publish a supplier list", dueOn: inDays(180) },
      ],
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: "decided",
      decision: "approved_with_conditions",
      override: false,
      decidedBy: { id: m.userId },
      overdue: false,
    });
    expect(decided.body.conditions.map((c: { text: string; dueOn: string; status: string }) => [c.text, c.dueOn, c.status])).toEqual([
      ["Pay back unpaid overtime to the warehouse workers", inDays(90), "open"],
      ["Publish a supplier list", inDays(180), "open"],
    ]);
    const y = new Date();
    expect(decided.body.rescreenOn.slice(0, 4)).toBe(String(y.getUTCFullYear() + 1));
    expect(decided.body.risk).toEqual(full.risk);

    // Decided screenings are immutable.
    for (const r of [
      await m.client.req("PUT", `/api/v1/screenings/${s.id}/answers/csr_policy_aligned`, { answer: "does_not_meet" }),
      await m.client.patch(`/api/v1/screenings/${s.id}`, { supplyChain: { hasSupplyChain: false } }),
      await m.client.post(`/api/v1/screenings/${s.id}/refresh-signals`),
      await m.client.post(`/api/v1/screenings/${s.id}/decide`, { decision: "approved", rationale: "again" }),
      await m.client.delete(`/api/v1/screenings/${s.id}`),
    ]) {
      expect(isProblem(r, 409)).toBe(true);
    }

    // The company's current status shows everywhere.
    const got = (await m.client.get(`/api/v1/companies/${co.id}`)).body;
    expect(got.screening).toEqual({
      decision: "approved_with_conditions",
      decidedAt: decided.body.decidedAt,
      rescreenOn: decided.body.rescreenOn,
      overdue: false,
      watchlistsChanged: false,
      watchlistChanges: [],
    });
    expect((await m.client.get(`/api/v1/companies/${other.id}`)).body.screening).toBeNull();
    const names = async (q: string) =>
      (await m.client.get(`/api/v1/companies?screening=${q}`)).body.items.map((c: { name: string }) => c.name);
    expect(await names("approved_with_conditions")).toEqual(["Nordtex Bekleidung GmbH"]);
    expect(await names("none")).toEqual(["Unscreened AG"]);
    expect(await names("rejected")).toEqual([]);
    expect(await names("overdue")).toEqual([]);
    expect(isProblem(await m.client.get("/api/v1/companies?screening=maybe"), 422)).toBe(true);
    expect(await currentDecision(app.get().database.db, a.orgId, co.id)).toMatchObject({
      screeningId: s.id,
      decision: "approved_with_conditions",
    });

    // A new screening starts from the previous answers; the current status stays until it is decided.
    const next = await m.client.post(`/api/v1/companies/${co.id}/screenings`, {});
    expect(next.status).toBe(201);
    expect(next.body.previousScreeningId).toBe(s.id);
    expect(next.body.supplyChain.sourcingCountries).toEqual(["BD", "IN"]);
    const carried = next.body.criteria.find((c: { key: string }) => c.key === "labour_rights_record").answer;
    expect(carried).toMatchObject({ answer: "does_not_meet", carriedOver: true, notes: expect.stringContaining("Chemnitz") });
    expect(next.body.criteria.every((c: { answer: unknown }) => c.answer !== null)).toBe(true);
    expect((await m.client.get(`/api/v1/companies/${co.id}`)).body.screening.decision).toBe("approved_with_conditions");
    const history = (await m.client.get(`/api/v1/companies/${co.id}/screenings`)).body;
    expect(history.total).toBe(2);
    expect(history.items.map((h: { status: string; decision: string | null }) => [h.status, h.decision])).toEqual([
      ["draft", null],
      ["decided", "approved_with_conditions"],
    ]);
    expect(history.items[1]).toMatchObject({ riskLevel: "low", catalogueVersion: 1, decidedBy: { id: m.userId } });
    expect((await m.client.delete(`/api/v1/screenings/${next.body.id}`)).status).toBe(204);
    expect(isProblem(await m.client.get(`/api/v1/screenings/${next.body.id}`), 404)).toBe(true);
    expect((await m.client.get(`/api/v1/screenings/${s.id}`)).body.status).toBe("decided");

    const audit = (await a.client.get(`/api/v1/audit?entityType=screening&entityId=${s.id}`)).body;
    expect(JSON.stringify(audit)).toContain("Decided the screening of Nordtex Bekleidung GmbH: approved_with_conditions");
  });

  it("makes a failed hard exclusion or an excluded sector critical, and only an admin may reject or override", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Hard");
    const m = await memberOf(app.get(), a, "member");
    const admin = await memberOf(app.get(), a, "admin");
    const tobacco = await company(a, { name: "Blue Smoke Tabak GmbH", naceCode: "12.00" });
    const s = (await m.client.post(`/api/v1/companies/${tobacco.id}/screenings`, {})).body;
    expect(s.signals.find((x: { key: string }) => x.key === "excluded_sector:tobacco")).toMatchObject({
      severity: "critical",
      criterionKey: "excluded_sector",
    });
    expect(s.risk).toMatchObject({ level: "critical", criticalBecause: ["Critical signal: Excluded sector: Tobacco"] });

    // Everything answered "meets" but the excluded sector left unknown: still critical.
    const unknownSector = await answerAll(m, s.id, { excluded_sector: "unknown" });
    expect(unknownSector.risk.level).toBe("critical");
    expect(
      isProblem(
        await m.client.post(`/api/v1/screenings/${s.id}/decide`, { decision: "approved", rationale: "They fund our hotline" }),
        403,
      ),
    ).toBe(true);
    const needOverride = await admin.client.post(`/api/v1/screenings/${s.id}/decide`, {
      decision: "approved",
      rationale: "They fund our hotline",
    });
    expect(isProblem(needOverride, 422)).toBe(true);
    expect(needOverride.body.errors).toEqual([expect.objectContaining({ path: "override" })]);

    // The hard exclusion fails: approval is impossible even for an admin; rejection needs an admin.
    const failed = (
      await m.client.req("PUT", `/api/v1/screenings/${s.id}/answers/excluded_sector`, { answer: "does_not_meet", notes: "Cigarette maker" })
    ).body;
    expect(failed.risk).toMatchObject({ level: "critical", hardExclusionsFailed: ["excluded_sector"] });
    expect(failed.risk.factors.find((f: { key: string }) => f.key === "excluded_sector")).toMatchObject({
      source: "criterion",
      effect: "critical",
    });
    expect(failed.risk.criticalBecause).toEqual(expect.arrayContaining(["Hard exclusion failed: Not active in an excluded sector"]));
    expect(
      isProblem(
        await admin.client.post(`/api/v1/screenings/${s.id}/decide`, { decision: "approved", rationale: "x", override: true }),
        422,
      ),
    ).toBe(true);
    expect(isProblem(await m.client.post(`/api/v1/screenings/${s.id}/decide`, { decision: "rejected", rationale: "Tobacco" }), 403)).toBe(
      true,
    );
    const rejected = await admin.client.post(`/api/v1/screenings/${s.id}/decide`, {
      decision: "rejected",
      rationale: "Tobacco is excluded by our network.",
    });
    expect(rejected.body).toMatchObject({ status: "decided", decision: "rejected", decidedBy: { id: admin.userId } });
    expect((await m.client.get(`/api/v1/companies?screening=rejected`)).body.items.map((c: { id: string }) => c.id)).toEqual([tobacco.id]);

    // A wrong sector code: a reviewer answering "meets" sets the sector signal aside; an admin override approves high risk.
    const misfiled = await company(a, { name: "Tabak Museum Verein", naceCode: "12.00" });
    const s2 = (await m.client.post(`/api/v1/companies/${misfiled.id}/screenings`, { supplyChain: { hasSupplyChain: false } })).body;
    const aside = await answerAll(m, s2.id, { labour_rights_record: "does_not_meet", transparent_ownership_funds: "does_not_meet" });
    expect(aside.risk.factors.find((f: { key: string }) => f.key === "excluded_sector:tobacco")).toMatchObject({
      effect: "set_aside",
      points: 0,
    });
    expect(aside.risk.level).toBe("high");
    expect(isProblem(await m.client.post(`/api/v1/screenings/${s2.id}/decide`, { decision: "approved", rationale: "museum" }), 403)).toBe(
      true,
    );
    const overridden = await admin.client.post(`/api/v1/screenings/${s2.id}/decide`, {
      decision: "approved",
      rationale: "A museum, not a producer; owners known to us.",
      override: true,
      rescreenOn: inDays(60),
    });
    expect(overridden.body).toMatchObject({ decision: "approved", override: true, rescreenOn: inDays(60) });
    expect(today() < overridden.body.rescreenOn).toBe(true);
  });

  it("engages to reform with conditions, a monitoring plan and the supply-chain questions answered", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Reform");
    const co = await company(a, { name: "Consulting Partners", naceCode: "70.22" });
    const s = (await a.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    expect(s.supplyChain.hasSupplyChain).toBe(false);
    expect(s.criteria.filter((c: { applicable: boolean }) => !c.applicable)).toHaveLength(7);
    await answerAll(a, s.id);
    const missing = await a.client.post(`/api/v1/screenings/${s.id}/decide`, {
      decision: "engage_to_reform",
      rationale: "r",
      conditions: [{ text: "c", dueOn: inDays(10) }],
      monitoringPlan: "Monthly calls",
    });
    expect(isProblem(missing, 422)).toBe(true);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toContain("answers.sc_remedy");
    for (const key of [
      "sc_commitment_governance",
      "sc_traceability_risk",
      "sc_purchasing_practices",
      "sc_recruitment_fees",
      "sc_worker_voice",
      "sc_monitoring",
      "sc_remedy",
    ]) {
      await a.client.req("PUT", `/api/v1/screenings/${s.id}/answers/${key}`, {
        answer: key === "sc_recruitment_fees" ? "does_not_meet" : "unknown",
      });
    }
    const ok = await a.client.post(`/api/v1/screenings/${s.id}/decide`, {
      decision: "engage_to_reform",
      rationale: "Agency workers pay fees; the company wants to change this with us.",
      conditions: [{ text: "Adopt the Employer Pays Principle", dueOn: inDays(120) }],
      monitoringPlan: "Quarterly review of agency invoices and worker interviews by our field team.",
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ decision: "engage_to_reform", monitoringPlan: expect.stringContaining("Quarterly") });
    expect(ok.body.criteria.every((c: { applicable: boolean }) => c.applicable)).toBe(true);
    expect(ok.body.risk.factors.find((f: { key: string }) => f.key === "sc_recruitment_fees")).toMatchObject({
      source: "supply_chain",
      points: 15,
    });
  });
});

describe("sector-risk data", () => {
  it("starts from the default list with sources, and admins can edit and reset it", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Sectors");
    const m = await memberOf(app.get(), a, "member");
    const def = (await m.client.get("/api/v1/screening/sector-risks")).body;
    expect(def.customised).toBe(false);
    const codes = def.items.map((s: { naceCode: string }) => s.naceCode);
    expect(codes).toEqual(expect.arrayContaining(["01", "03", "10", "14", "41", "49", "55", "78", "81.2", "97"]));
    expect(def.items.every((s: { reason: string; sources: unknown[] }) => s.reason.length > 20 && s.sources.length > 0)).toBe(true);
    const goods = (await m.client.get("/api/v1/screening/goods-risks")).body;
    expect(goods.provenance.url).toContain("dol.gov");
    expect(goods.items.find((g: { key: string }) => g.key === "cocoa").countries).toEqual(
      expect.arrayContaining([{ country: "CI", childLabour: true, forcedLabour: true }]),
    );

    const items = [
      { naceCode: "62", label: "Software", level: "medium", reason: "Our own finding: outsourced content moderation.", sources: [] },
    ];
    expect(isProblem(await m.client.req("PUT", "/api/v1/screening/sector-risks", { items }), 403)).toBe(true);
    expect(isProblem(await a.client.req("PUT", "/api/v1/screening/sector-risks", { items: [...items, items[0]] }), 422)).toBe(true);
    expect((await a.client.req("PUT", "/api/v1/screening/sector-risks", { items })).body).toMatchObject({ customised: true, items });
    const co = await company(a, { name: "CodeWorks", naceCode: "62.01" });
    const s = (await a.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    expect(s.signals.find((x: { key: string }) => x.key === "sector_risk:62")).toMatchObject({ severity: "medium", points: 8 });
    expect((await a.client.delete("/api/v1/screening/sector-risks")).status).toBe(204);
    expect((await a.client.get("/api/v1/screening/sector-risks")).body.customised).toBe(false);
    const refreshed = (await a.client.post(`/api/v1/screenings/${s.id}/refresh-signals`)).body;
    expect(refreshed.signals.map((x: { key: string }) => x.key)).not.toContain("sector_risk:62");
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_MODES } from "../../src/domains/engagements/engagements.rules.js";
import { isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

// Texts the server composes in English also carry a stable code and params, so the web app can say them
// in German (ARCHITECTURE.md, "Languages"). These tests pin the codes the web app translates.

const app = useTestApp();

type Sig = { key: string; source: string; code?: string; params?: Record<string, unknown> };
type Factor = { source: string; key: string; code?: string; params?: Record<string, unknown>; signal?: { code: string } };

describe("codes for server-made texts", () => {
  it("every screening signal, risk factor and critical reason carries a code and params", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Codes");
    const co = (
      await a.client.post("/api/v1/companies", { name: "Nordtex Bekleidung GmbH", country: "DE", naceCode: "14.13", tags: ["tobacco"] })
    ).body;
    expect(
      (
        await a.client.post("/api/v1/screening-lists/entries", {
          list: "black",
          companyId: co.id,
          reason: "Recruitment fees (our casework).",
        })
      ).status,
    ).toBe(201);
    const created = await a.client.post(`/api/v1/companies/${co.id}/screenings`, { supplyChain: { sourcingCountries: ["IN"] } });
    expect(created.status).toBe(201);
    const s = created.body as {
      signals: Sig[];
      risk: {
        factors: Factor[];
        criticalBecause: string[];
        criticalReasons: Array<{ code: string; text: string; signal?: { code: string } }>;
      };
    };

    for (const sig of s.signals) {
      expect(sig.code, sig.key).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(sig.params, sig.key).toBeTypeOf("object");
    }
    expect(s.signals.find((x) => x.key === "sector_risk:14")).toMatchObject({ code: "sector_risk.high", params: { naceCode: "14" } });
    expect(s.signals.find((x) => x.key === "goods_country:cotton:IN")).toMatchObject({
      code: "goods_country.listed",
      params: { good: "Cotton", country: "IN", labour: "both", why: "sourcing_country" },
    });
    expect(s.signals.find((x) => x.source === "own_list")).toMatchObject({
      code: "own_list.black",
      params: { basis: "linked", companyName: "Nordtex Bekleidung GmbH" },
    });
    expect(s.signals.find((x) => x.key === "excluded_sector:tobacco")).toMatchObject({
      code: "excluded_sector.by_tag",
      params: { tag: "tobacco" },
    });

    for (const f of s.risk.factors) expect(f.code, `${f.source}:${f.key}`).toBeTruthy();
    expect(s.risk.factors.filter((f) => f.source === "signal").every((f) => f.signal?.code)).toBe(true);
    expect(s.risk.factors.some((f) => f.code === "uncertainty.unanswered")).toBe(true);
    // The English texts stay for API clients; the coded reasons say the same.
    expect(s.risk.criticalReasons.map((r) => r.text)).toEqual(s.risk.criticalBecause);
    expect(s.risk.criticalReasons.find((r) => r.code === "critical_signal")?.signal?.code).toBe("excluded_sector.by_tag");

    // Decision rules: the problem's detail and each field message carry a code too.
    const refused = await a.client.post(`/api/v1/screenings/${created.body.id}/decide`, { decision: "approved", rationale: "Looks fine" });
    expect(isProblem(refused, 422)).toBe(true);
    expect(refused.body).toMatchObject({ detailCode: "incomplete", detail: "The decision is not complete." });
    expect(refused.body.errors.length).toBeGreaterThan(0);
    for (const e of refused.body.errors) expect(e).toMatchObject({ code: "answer_first", params: { criterion: expect.any(String) } });
  });

  it("documents the codes in the OpenAPI document without renaming the English fields", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Codes Doc");
    const doc = (await a.client.get("/api/openapi.json")).body;
    const props = (id: string) => Object.keys(doc.components.schemas[id].properties);
    expect(props("ScreeningSignal")).toEqual(expect.arrayContaining(["title", "detail", "code", "params"]));
    expect(props("RiskFactor")).toEqual(expect.arrayContaining(["label", "detail", "code", "params", "signal"]));
    expect(props("RiskSummary")).toEqual(expect.arrayContaining(["criticalBecause", "criticalReasons"]));
  });

  it("seeds the built-in engagement modes with the English labels the web app compares against", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Codes Modes");
    const modes = (await a.client.get("/api/v1/engagement-modes")).body.items as Array<{ key: string; label: string }>;
    expect(modes.map(({ key, label }) => ({ key, label }))).toEqual(DEFAULT_MODES.map(({ key, label }) => ({ key, label })));
  });
});

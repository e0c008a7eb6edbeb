import { describe, expect, it } from "vitest";
import { computeRisk, type RiskInput } from "./screening.risk.js";
import type { Signal } from "./screening.schema.js";

const criteria: RiskInput["criteria"] = [
  { key: "rights", title: "Rights record", kind: "weighted", weight: 4, group: "core" },
  { key: "csr", title: "CSR policy", kind: "weighted", weight: 2, group: "core" },
  { key: "no_forced", title: "No forced labour", kind: "hard_exclusion", weight: 5, group: "core" },
  { key: "sc_recruit", title: "Recruitment fees", kind: "weighted", weight: 3, group: "supply_chain" },
  { key: "sc_remedy", title: "Remedy", kind: "weighted", weight: 2, group: "supply_chain" },
];

const signal = (s: Partial<Signal> & Pick<Signal, "key" | "source" | "points">): Signal => ({
  title: s.key,
  detail: "d",
  severity: "medium",
  links: [],
  ...s,
});

const allMet = { rights: "meets", csr: "meets", no_forced: "meets", sc_recruit: "meets", sc_remedy: "meets" } as const;

describe("computeRisk", () => {
  it("is low with everything met, and supply-chain meets lower the score", () => {
    const r = computeRisk({
      criteria,
      answers: { ...allMet },
      signals: [signal({ key: "sector_risk:10", source: "sector_risk", points: 15 })],
      supplyChainApplies: true,
    });
    // 15 (sector) − 3×3 − 2×3 (supply-chain meets) = 0
    expect(r.score).toBe(0);
    expect(r.level).toBe("low");
    expect(r.factors.filter((f) => f.effect === "lowers").map((f) => [f.key, f.points])).toEqual([
      ["sc_recruit", -9],
      ["sc_remedy", -6],
    ]);
    expect(r.factors.find((f) => f.key === "sector_risk:10")).toMatchObject({ points: 15, effect: "raises" });
  });

  it("adds weight × points for each weighted criterion not met, and lists each factor", () => {
    const r = computeRisk({
      criteria,
      answers: { ...allMet, rights: "does_not_meet", csr: "does_not_meet" },
      signals: [],
      supplyChainApplies: false,
    });
    expect(r.score).toBe(4 * 8 + 2 * 8);
    expect(r.level).toBe("medium");
    expect(r.factors.map((f) => [f.key, f.points, f.effect])).toEqual([
      ["rights", 32, "raises"],
      ["csr", 16, "raises"],
    ]);
    expect(r.uncertainty).toMatchObject({ applicable: 3, unknown: 0, unanswered: 0, share: 0, level: "low" });
  });

  it("makes a failed hard exclusion critical whatever the score", () => {
    const r = computeRisk({ criteria, answers: { ...allMet, no_forced: "does_not_meet" }, signals: [], supplyChainApplies: false });
    expect(r.level).toBe("critical");
    expect(r.score).toBe(75);
    expect(r.hardExclusionsFailed).toEqual(["no_forced"]);
    expect(r.criticalBecause).toEqual(["Hard exclusion failed: No forced labour"]);
    expect(r.factors[0]).toMatchObject({ key: "no_forced", effect: "critical" });
  });

  it("counts unknown and unanswered criteria as uncertainty", () => {
    const r = computeRisk({ criteria, answers: { rights: "unknown", csr: "meets" }, signals: [], supplyChainApplies: true });
    // rights unknown 4×3, no_forced unanswered 5×3, sc_recruit 3×2, sc_remedy 2×2 (both unanswered)
    expect(r.score).toBe(12 + 15 + 6 + 4);
    expect(r.uncertainty).toEqual({ applicable: 5, unknown: 1, unanswered: 3, share: 0.8, level: "high" });
    expect(r.factors.every((f) => f.source === "uncertainty")).toBe(true);
  });

  it("skips not-applicable criteria and supply-chain questions that do not apply", () => {
    const r = computeRisk({
      criteria,
      answers: { rights: "not_applicable", csr: "meets", no_forced: "meets" },
      signals: [],
      supplyChainApplies: false,
    });
    expect(r.score).toBe(0);
    expect(r.uncertainty.applicable).toBe(2);
  });

  it("caps signals per source, lets white-list signals lower the score and escalates critical signals", () => {
    const signals = [
      signal({ key: "goods:cotton:CN", source: "goods_country", points: 10 }),
      signal({ key: "goods:cotton:IN", source: "goods_country", points: 10 }),
      signal({ key: "goods:garments:BD", source: "goods_country", points: 6 }),
      signal({ key: "goods:garments:VN", source: "goods_country", points: 10 }),
      signal({ key: "network_list:white:1", source: "network_list", points: -5, severity: "low" }),
      signal({ key: "watchlist:1", source: "watchlist", points: 40, severity: "critical", title: "Sanctions list: true match" }),
    ];
    const r = computeRisk({ criteria, answers: { ...allMet }, signals, supplyChainApplies: false });
    const goods = r.factors.filter((f) => f.key.startsWith("goods:"));
    expect(goods.reduce((s, f) => s + f.points, 0)).toBe(25);
    expect(goods.some((f) => f.detail.includes("limit"))).toBe(true);
    expect(r.factors.find((f) => f.key === "network_list:white:1")).toMatchObject({ points: -5, effect: "lowers" });
    expect(r.level).toBe("critical");
    expect(r.criticalBecause).toEqual(["Critical signal: Sanctions list: true match"]);
    // 25 − 5 + 40 = 60, raised to the critical floor
    expect(r.score).toBe(75);
  });

  it("sets a signal aside when the reviewer answered its criterion as met", () => {
    const s = signal({
      key: "excluded_sector:tobacco",
      source: "excluded_sector",
      points: 40,
      severity: "critical",
      criterionKey: "no_forced",
    });
    const open = computeRisk({ criteria, answers: { ...allMet, no_forced: "unknown" }, signals: [s], supplyChainApplies: false });
    expect(open.level).toBe("critical");
    const aside = computeRisk({ criteria, answers: { ...allMet }, signals: [s], supplyChainApplies: false });
    expect(aside.level).toBe("low");
    expect(aside.factors).toEqual([expect.objectContaining({ key: "excluded_sector:tobacco", effect: "set_aside", points: 0 })]);
  });

  it("never leaves 0..100", () => {
    const many = Array.from({ length: 10 }, (_, i) => signal({ key: `w${i}`, source: `provider${i}`, points: 50 }));
    expect(computeRisk({ criteria, answers: {}, signals: many, supplyChainApplies: true }).score).toBe(100);
    const whites = Array.from({ length: 5 }, (_, i) => signal({ key: `n${i}`, source: "network_list", points: -20 }));
    expect(computeRisk({ criteria, answers: { ...allMet }, signals: whites, supplyChainApplies: false }).score).toBe(0);
  });
});

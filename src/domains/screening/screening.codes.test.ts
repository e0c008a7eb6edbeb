import { describe, expect, it } from "vitest";
import de from "../../web/locales/de/screening.json";
import en from "../../web/locales/en/screening.json";
import { DEFAULT_SECTOR_RISKS } from "./data/sector-risks.js";
import { computeRisk } from "./screening.risk.js";
import type { Signal } from "./screening.schema.js";
import { excludedSectorSignals, goodsCountrySignals, sectorRiskSignals } from "./signals.builtin.js";

// Every code the server puts on a signal, risk factor or critical reason has a text in English and German
// (src/web/locales/{en,de}/screening.json), so the web app never falls back to the server's English.

type Tree = { [k: string]: string | Tree };
const has = (tree: Tree, path: string): boolean => {
  let node: string | Tree | undefined = tree;
  for (const part of path.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" && node.length > 0;
};
// A plural key exists as key_one / key_other.
const hasText = (tree: Tree, path: string) => has(tree, path) || (has(tree, `${path}_one`) && has(tree, `${path}_other`));

/** Codes of providers outside the built-in functions: lists (screening.signals.ts) and watchlist hits (watchlists.hits.ts). */
const PROVIDER_CODES = [
  "own_list.black",
  "own_list.white",
  "network_list.black",
  "network_list.white",
  "system.provider_error",
  "watchlist.true_match",
  "watchlist.false_positive",
  "watchlist.possible",
];

function builtInSignals(): Signal[] {
  const company = { naceCode: "01.16", country: "IN", tags: ["tobacco"] };
  return [
    ...sectorRiskSignals(company, DEFAULT_SECTOR_RISKS),
    ...sectorRiskSignals({ naceCode: "01.16" }, [{ ...DEFAULT_SECTOR_RISKS[0], naceCode: "01", level: "medium" }]),
    ...goodsCountrySignals(company, { hasSupplyChain: true, sourcingCountries: [], goods: [] }),
    ...goodsCountrySignals({ naceCode: "01.16", country: "DE" }, { hasSupplyChain: true, sourcingCountries: [], goods: [] }),
    ...excludedSectorSignals(company, [
      { key: "agri", label: "Agriculture", naceCodes: ["01"], tags: [] },
      { key: "tob", label: "Tobacco", naceCodes: [], tags: ["tobacco"] },
    ]),
  ];
}

describe("screening message codes", () => {
  const signals = builtInSignals();
  const codes = [...new Set([...signals.map((s) => s.code!), ...PROVIDER_CODES])];

  it("every built-in signal carries a code and params", () => {
    for (const s of signals) {
      expect(s.code, s.key).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(s.params, s.key).toBeTypeOf("object");
    }
    expect(codes).toEqual(
      expect.arrayContaining([
        "sector_risk.high",
        "sector_risk.elevated",
        "goods_country.listed",
        "goods_country.exposure",
        "excluded_sector.by_code",
        "excluded_sector.by_tag",
      ]),
    );
  });

  it.each(["en", "de"] as const)("every signal code has a title and a detail in %s", (lang) => {
    const tree = (lang === "en" ? en : de) as unknown as Tree;
    for (const code of codes) {
      expect(hasText(tree, `signalCodes.${code}.title`), `${lang} ${code}.title`).toBe(true);
      expect(hasText(tree, `signalCodes.${code}.detail`), `${lang} ${code}.detail`).toBe(true);
    }
  });

  it.each(["en", "de"] as const)("every risk factor and critical reason code has a text in %s", (lang) => {
    const tree = (lang === "en" ? en : de) as unknown as Tree;
    const criteria = [
      { key: "hard", title: "No forced labour", kind: "hard_exclusion" as const, weight: 5, group: "core" as const },
      { key: "a", title: "A", kind: "weighted" as const, weight: 2, group: "core" as const },
      { key: "b", title: "B", kind: "weighted" as const, weight: 2, group: "core" as const },
      { key: "sc", title: "SC", kind: "weighted" as const, weight: 2, group: "supply_chain" as const },
    ];
    const extra: Signal[] = [
      {
        key: "x:1",
        source: "goods_country",
        title: "t",
        detail: "d",
        severity: "low",
        points: 30,
        links: [],
        code: "goods_country.listed",
        params: {},
      },
      {
        key: "x:2",
        source: "goods_country",
        title: "t",
        detail: "d",
        severity: "low",
        points: 30,
        links: [],
        code: "goods_country.listed",
        params: {},
      },
      {
        key: "x:3",
        source: "system",
        title: "t",
        detail: "d",
        severity: "info",
        points: 0,
        links: [],
        code: "system.provider_error",
        params: {},
      },
      {
        key: "x:4",
        source: "watchlist",
        title: "t",
        detail: "d",
        severity: "critical",
        points: 50,
        links: [],
        criterionKey: "a",
        code: "watchlist.true_match",
        params: {},
      },
      {
        key: "x:5",
        source: "watchlist",
        title: "t",
        detail: "d",
        severity: "critical",
        points: 50,
        links: [],
        code: "watchlist.true_match",
        params: {},
      },
    ];
    const risks = [
      computeRisk({
        criteria,
        answers: { hard: "does_not_meet", a: "meets", b: "unknown", sc: "meets" },
        signals: [...signals, ...extra],
        supplyChainApplies: true,
      }),
      computeRisk({ criteria, answers: { b: "does_not_meet" }, signals: [], supplyChainApplies: true }),
    ];
    const factorCodes = new Set(risks.flatMap((r) => r.factors.map((f) => f.code!)));
    expect([...factorCodes].sort()).toEqual([
      "criterion.hard_exclusion_failed",
      "criterion.not_met",
      "signal.capped",
      "signal.counted",
      "signal.info",
      "signal.limit_reached",
      "signal.set_aside",
      "supply_chain.met",
      "uncertainty.unanswered",
      "uncertainty.unknown",
    ]);
    for (const code of factorCodes) if (code !== "signal.counted") expect(has(tree, `factorCodes.${code}`), `${lang} ${code}`).toBe(true);
    const reasons = risks.flatMap((r) => r.criticalReasons ?? []);
    expect(new Set(reasons.map((r) => r.code))).toEqual(new Set(["hard_exclusion_failed", "critical_signal"]));
    for (const r of reasons) expect(has(tree, `criticalCodes.${r.code}`), `${lang} ${r.code}`).toBe(true);
    // Signal factors carry their signal's code, so the label can be translated too.
    expect(risks[0].factors.filter((f) => f.source === "signal").every((f) => f.signal?.code)).toBe(true);
  });

  it("the German and English texts have the same keys", () => {
    const keys = (t: Tree, prefix = ""): string[] =>
      Object.entries(t).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
    for (const section of ["signalCodes", "signalParts", "factorCodes", "criticalCodes"]) {
      expect(keys((de as unknown as Tree)[section] as Tree).sort(), section).toEqual(keys((en as unknown as Tree)[section] as Tree).sort());
    }
  });
});

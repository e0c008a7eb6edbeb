import { describe, expect, it } from "vitest";
import { AppError } from "../../shared/app-error.js";
import { addMonths, checkDecision, type DecisionCheck } from "./screening.decision.js";
import { computeRisk } from "./screening.risk.js";
import type { DecisionInput } from "./screening.schema.js";

const criteria = [
  { key: "rights", title: "Rights", kind: "weighted" as const, weight: 4, group: "core" as const },
  { key: "no_forced", title: "No forced labour", kind: "hard_exclusion" as const, weight: 5, group: "core" as const },
  { key: "sc_remedy", title: "Remedy", kind: "weighted" as const, weight: 2, group: "supply_chain" as const },
];
const today = "2026-03-15";

function check(input: Partial<DecisionInput>, over: Partial<DecisionCheck> = {}) {
  const answers = over.answers ?? { rights: "meets", no_forced: "meets" };
  const supplyChainApplies = over.supplyChainApplies ?? false;
  const full: DecisionInput = { decision: "approved", rationale: "ok", conditions: [], monitoringPlan: null, override: false, ...input };
  return checkDecision({
    input: full,
    role: "member",
    risk: computeRisk({ criteria, answers, signals: [], supplyChainApplies }),
    criteria,
    answers,
    supplyChainApplies,
    today,
    ...over,
  });
}

function fails(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("checkDecision", () => {
  it("approves with a default re-screening date 12 months on", () => {
    expect(check({})).toEqual({ rescreenOn: "2027-03-15", override: false });
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
  });

  it("requires conditions with future due dates for approved_with_conditions, and none for approved", () => {
    expect(fails(() => check({ decision: "approved_with_conditions" })).extra.errors).toEqual([
      expect.objectContaining({ path: "conditions" }),
    ]);
    expect(
      fails(() => check({ decision: "approved_with_conditions", conditions: [{ text: "Sign the code", dueOn: "2026-01-01" }] })).extra
        .errors,
    ).toEqual([expect.objectContaining({ path: "conditions.0.dueOn" })]);
    expect(check({ decision: "approved_with_conditions", conditions: [{ text: "Sign the code", dueOn: "2026-06-30" }] }).override).toBe(
      false,
    );
    expect(fails(() => check({ conditions: [{ text: "x", dueOn: "2026-06-30" }] })).status).toBe(422);
  });

  it("requires conditions and a monitoring plan for engage_to_reform, decided by an admin", () => {
    expect(fails(() => check({ decision: "engage_to_reform" })).status).toBe(403);
    const e = fails(() => check({ decision: "engage_to_reform" }, { role: "admin" }));
    expect(e.status).toBe(422);
    expect(e.extra.errors?.map((x) => x.path).sort()).toEqual(["conditions", "monitoringPlan"]);
  });

  it("requires every applicable criterion answered, supply-chain questions when they apply", () => {
    const e = fails(() => check({}, { answers: { rights: "meets" } }));
    expect(e.extra.errors).toEqual([expect.objectContaining({ path: "answers.no_forced" })]);
    const sc = fails(() => check({}, { supplyChainApplies: true }));
    expect(sc.extra.errors).toEqual([expect.objectContaining({ path: "answers.sc_remedy" })]);
  });

  it("allows only engage_to_reform or rejected after a failed hard exclusion", () => {
    const answers = { rights: "meets", no_forced: "does_not_meet" } as const;
    expect(fails(() => check({ override: true }, { answers, role: "owner" })).message).toMatch(/hard exclusion/);
    expect(check({ decision: "rejected" }, { answers, role: "admin" }).rescreenOn).toBe("2027-03-15");
  });

  it("lets only an admin approve high risk, and only as an explicit override", () => {
    const answers = { rights: "does_not_meet", no_forced: "unknown" } as const; // 32 + 15 = 47 → medium
    expect(check({}, { answers }).override).toBe(false);
    const risky = { ...answers, rights: "does_not_meet" } as const;
    const high = computeRisk({
      criteria,
      answers: risky,
      signals: [{ key: "s", source: "watchlist", title: "t", detail: "d", severity: "high", points: 20, links: [] }],
      supplyChainApplies: false,
    });
    expect(high.level).toBe("high");
    expect(fails(() => check({}, { answers: risky, risk: high })).status).toBe(403);
    expect(fails(() => check({}, { answers: risky, risk: high, role: "admin" })).extra.errors).toEqual([
      expect.objectContaining({ path: "override" }),
    ]);
    expect(check({ override: true }, { answers: risky, risk: high, role: "admin" }).override).toBe(true);
  });

  it("keeps the re-screening date in the future and within five years", () => {
    expect(fails(() => check({ rescreenOn: today })).extra.errors).toEqual([expect.objectContaining({ path: "rescreenOn" })]);
    expect(fails(() => check({ rescreenOn: "2032-01-01" })).status).toBe(422);
    expect(check({ rescreenOn: "2026-09-01" }).rescreenOn).toBe("2026-09-01");
  });
});

describe("decision rule codes", () => {
  it("every rule message carries a code that the web app says in English and German", async () => {
    const en = (await import("../../web/locales/en/screening.json")).default as unknown as {
      decisionErrors: { fields: Record<string, string>; detail: Record<string, string> };
    };
    const de = (await import("../../web/locales/de/screening.json")).default as unknown as typeof en;
    const errors = [
      fails(() => check({ decision: "approved_with_conditions", conditions: [{ text: "x", dueOn: "2026-01-01" }] }, { answers: {} })),
      fails(() => check({ decision: "approved", conditions: [{ text: "x", dueOn: "2026-06-30" }], rescreenOn: "2026-01-01" })),
      fails(() => check({ decision: "approved_with_conditions", rescreenOn: "2040-01-01" })),
      fails(() => check({ decision: "engage_to_reform", conditions: [{ text: "x", dueOn: "2026-06-30" }] }, { role: "admin" })),
      fails(() => check({ decision: "rejected" })),
      fails(() => check({}, { answers: { rights: "meets", no_forced: "does_not_meet" } })),
      fails(() =>
        check(
          {},
          {
            answers: { rights: "does_not_meet", no_forced: "unknown" },
            risk: { ...computeRisk({ criteria, answers: {}, signals: [], supplyChainApplies: false }), level: "high" },
          },
        ),
      ),
      fails(() =>
        check(
          {},
          { role: "admin", risk: { ...computeRisk({ criteria, answers: {}, signals: [], supplyChainApplies: false }), level: "high" } },
        ),
      ),
    ];
    const fieldCodes = new Set(errors.flatMap((e) => (e.extra.errors ?? []).map((f) => f.code)));
    const detailCodes = new Set(errors.map((e) => e.extra.detailCode));
    expect([...fieldCodes].sort()).toEqual(Object.keys(en.decisionErrors.fields).sort());
    expect([...detailCodes].sort()).toEqual(Object.keys(en.decisionErrors.detail).sort());
    expect(Object.keys(de.decisionErrors.fields).sort()).toEqual(Object.keys(en.decisionErrors.fields).sort());
    expect(Object.keys(de.decisionErrors.detail).sort()).toEqual(Object.keys(en.decisionErrors.detail).sort());
  });
});

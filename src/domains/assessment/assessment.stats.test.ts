import { describe, expect, it } from "vitest";
import { NGO_BUSINESS_ENGAGEMENT_KEY, BUILT_IN_TEMPLATES } from "./data/ngo-business-engagement.js";
import { type Answers, checkAnswers, type Question, questionsOf } from "./assessment.rules.js";
import { breakdown, compareReports, questionStats, roundReport, wilson } from "./assessment.stats.js";

const questions = questionsOf(BUILT_IN_TEMPLATES[NGO_BUSINESS_ENGAGEMENT_KEY].definition);
const q = (id: string) => questions.find((x) => x.id === id)!;

describe("Wilson 95% interval", () => {
  it("matches intervals computed by hand", () => {
    // 3 of 27 (the brief's dedicated staff): p = 0.11111, z² = 3.84146, z²/n = 0.142276, denominator 1.142276;
    // centre = (0.111111 + 0.071138) / 1.142276 = 0.159549;
    // half = 1.959964 · √(0.111111·0.888889/27 + 3.84146/2916) / 1.142276 = 1.959964 · √0.00497538 / 1.142276 = 0.121029;
    // → [0.038520, 0.280578].
    const [lo, hi] = wilson(3, 27)!;
    expect(lo).toBeCloseTo(0.03852, 5);
    expect(hi).toBeCloseTo(0.280578, 5);
    // 0 of 10: p = 0, centre = half = (z²/20) / (1 + z²/10) = 0.192073 / 1.384146 = 0.138767 → [0, 0.277533].
    const zero = wilson(0, 10)!;
    expect(zero[0]).toBe(0);
    expect(zero[1]).toBeCloseTo(0.277533, 5);
    // 10 of 10 mirrors it: [0.722467, 1].
    const all = wilson(10, 10)!;
    expect(all[0]).toBeCloseTo(0.722467, 5);
    expect(all[1]).toBe(1);
    // 1 of 2: centre 0.5, half = z·√(0.125 + 3.84146/16) / 2.92073 = 1.959964 · 0.604244 / 2.92073 = 0.405470 → [0.094530, 0.905470].
    const half = wilson(1, 2)!;
    expect(half[0]).toBeCloseTo(0.09453, 5);
    expect(half[1]).toBeCloseTo(0.90547, 5);
    expect(wilson(0, 0)).toBeNull();
  });
});

describe("question statistics", () => {
  it("counts shares of those who answered the question, never of all respondents", () => {
    // 27 respondents; 26 answered dedicated_staff, 3 of them yes.
    const responses: Answers[] = [
      ...Array.from({ length: 3 }, () => ({ dedicated_staff: "yes" })),
      ...Array.from({ length: 23 }, () => ({ dedicated_staff: "no" })),
      {},
    ];
    const s = questionStats(q("dedicated_staff"), responses);
    expect(s).toEqual({
      id: "dedicated_staff",
      type: "yesno",
      answered: 26,
      counts: { yes: 3, no: 23 },
      // 3/26 = 11.538…% → 11.5; Wilson [4.0, 29.0] (by the formula above: centre 0.1649, half 0.1249)
      percent: { yes: 11.5, no: 88.5 },
      ci95: { yes: [4, 29], no: [71, 96] },
    });
  });

  it("gives multi-select shares per option (they may add up to over 100%) and ignores an empty list", () => {
    const responses: Answers[] = [{ enterprise_sizes: ["local", "sme"] }, { enterprise_sizes: ["sme"] }, { enterprise_sizes: [] }, {}];
    const s = questionStats(q("enterprise_sizes"), responses);
    expect(s.answered).toBe(2);
    expect(s.counts).toEqual({ local: 1, sme: 2, large: 0 });
    expect(s.percent).toEqual({ local: 50, sme: 100, large: 0 });
    expect(s.ci95.local).toEqual([9.5, 90.5]);
    expect(s.ci95.large).toEqual([0, 65.8]);
  });

  it("counts free-text answers without options, and nothing when nobody answered", () => {
    expect(questionStats(q("quote"), [{ quote: "Trust takes time." }, { quote: "" }])).toMatchObject({
      answered: 1,
      counts: {},
      percent: {},
    });
    expect(questionStats(q("org_scope"), [{}, {}])).toMatchObject({
      answered: 0,
      counts: { national: 0, international: 0 },
      percent: {},
      ci95: {},
    });
  });
});

describe("breakdowns", () => {
  it("splits by any choice question and flags groups under five respondents", () => {
    const responses: Answers[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ org_scope: "national", joint_activities: i < 4 ? "yes" : "no" })),
      { org_scope: "international", joint_activities: "yes" },
      { joint_activities: "no" },
    ];
    const groups = breakdown(q("org_scope"), questions, responses);
    expect(groups.map((g) => [g.value, g.n, g.small])).toEqual([
      ["national", 5, false],
      ["international", 1, true],
    ]);
    const national = groups[0].questions.find((s) => s.id === "joint_activities")!;
    expect(national.percent).toEqual({ yes: 80, no: 20 });
    expect(groups[0].questions.some((s) => s.id === "org_scope")).toBe(false);

    const report = roundReport("2026", questions, responses);
    expect(Object.keys(report.breakdowns)).toEqual(["org_region", "org_scope"]);
    expect(report.breakdowns.org_region.every((g) => g.n === 0 && g.small)).toBe(true);
    expect(report.respondents).toBe(7);
    expect(roundReport("2026", questions, responses, ["org_scope"]).breakdowns).toHaveProperty("org_scope");
  });
});

describe("the built-in template", () => {
  it("has exactly the issue's question ids, types and conditions", () => {
    expect(questions.map((x) => [x.id, x.type])).toEqual([
      ["org_region", "choice"],
      ["org_scope", "choice"],
      ["targets_private_sector", "yesno"],
      ["strategic_plan_mentions", "yesno"],
      ["dedicated_staff", "yesno"],
      ["cooperated_other_ngos", "yesno"],
      ["aware_ppp_other_fields", "yesno"],
      ["recognises_risks", "yesno"],
      ["applies_ethical_screening", "yesno"],
      ["has_black_list", "yesno"],
      ["joint_activities", "yesno"],
      ["engagement_modes", "multi"],
      ["enterprise_sizes", "multi"],
      ["cooperation_rated_positive", "yesno"],
      ["sure_to_continue", "yesno"],
      ["reported_publicly", "yesno"],
      ["obstacles", "multi"],
      ["success_factors", "multi"],
      ["capacity_needs", "multi"],
      ["quote", "text"],
    ]);
    expect(q("org_region").options).toEqual(["western", "northern", "southern", "central_eastern", "south_eastern"]);
    expect(q("engagement_modes").options).toEqual([
      "in_kind",
      "financial",
      "employment",
      "joint_project",
      "business_practice",
      "expertise",
    ]);
    expect(q("enterprise_sizes").options).toEqual(["local", "sme", "large"]);
    expect(q("capacity_needs").options).toEqual(["knowledge", "selection", "presentation", "initiation", "risk", "sustaining"]);
    expect(q("dedicated_staff").options).toEqual(["yes", "no"]);
    for (const id of ["cooperation_rated_positive", "sure_to_continue"])
      expect(q(id).visibleIf).toEqual({ id: "joint_activities", value: "yes" });
    expect(questions.filter((x) => x.visibleIf).length).toBe(2);
  });

  it("checks answers: unknown ids, values outside the options, questions not asked, required ones missing", () => {
    const problems = checkAnswers(
      questions,
      {
        org_region: "eastern",
        obstacles: ["initial_distrust", "distrust"],
        sure_to_continue: "yes",
        joint_activities: "no",
        colour: "red",
      },
      { complete: true },
    );
    expect(problems.map((p) => [p.question, p.code])).toEqual([
      ["org_region", "not_an_option"],
      ["obstacles", "not_an_option"],
      ["sure_to_continue", "not_asked"],
      ["colour", "unknown_question"],
      ["org_scope", "required"],
    ]);
    expect(checkAnswers(questions, { joint_activities: "yes", sure_to_continue: "no" }, { complete: false })).toEqual([]);
  });
});

import type { Answers } from "./assessment.rules.js";

// The capacity profile of one organisation over the brief's six capacity-building needs, derived from its answers
// by documented rules (docs/assessment.md). Each need has signals; a signal counts only when its question was
// answered. A need's score is the share of its answered signals that point to a need (0–100), null when none
// was answered; a score of 50 or more is a gap. Pure and browser-safe.

export const NEEDS = ["knowledge", "selection", "presentation", "initiation", "risk", "sustaining"] as const;
export type Need = (typeof NEEDS)[number];

/** A signal: the question it reads, and whether the answer points to the need (undefined: not answered). */
type Signal = { id: string; question: string; fires: (a: Answers) => boolean | undefined };

const said = (q: string, v: string) => (a: Answers) => (a[q] === undefined || a[q] === "" ? undefined : a[q] === v);
const includes =
  (q: string, ...values: string[]) =>
  (a: Answers) => {
    const v = a[q];
    return Array.isArray(v) && v.length ? values.some((x) => v.includes(x)) : undefined;
  };
const asked = (need: Need): Signal => ({ id: `asked_${need}`, question: "capacity_needs", fires: includes("capacity_needs", need) });

export const CAPACITY_RULES: Record<Need, Signal[]> = {
  knowledge: [
    asked("knowledge"),
    { id: "no_ppp_awareness", question: "aware_ppp_other_fields", fires: said("aware_ppp_other_fields", "no") },
    {
      id: "few_modes",
      question: "engagement_modes",
      fires: (a) =>
        a.joint_activities === "no"
          ? true
          : Array.isArray(a.engagement_modes) && a.engagement_modes.length
            ? a.engagement_modes.length <= 1
            : undefined,
    },
  ],
  selection: [
    asked("selection"),
    { id: "no_ethical_screening", question: "applies_ethical_screening", fires: said("applies_ethical_screening", "no") },
    { id: "no_private_sector_target", question: "targets_private_sector", fires: said("targets_private_sector", "no") },
  ],
  presentation: [
    asked("presentation"),
    { id: "business_language", question: "obstacles", fires: includes("obstacles", "business_language") },
    { id: "not_reported_publicly", question: "reported_publicly", fires: said("reported_publicly", "no") },
  ],
  initiation: [
    asked("initiation"),
    { id: "motivating_company", question: "obstacles", fires: includes("obstacles", "motivating_company") },
    { id: "no_joint_activities", question: "joint_activities", fires: said("joint_activities", "no") },
  ],
  risk: [
    asked("risk"),
    { id: "no_ethical_screening", question: "applies_ethical_screening", fires: said("applies_ethical_screening", "no") },
    { id: "no_black_list", question: "has_black_list", fires: said("has_black_list", "no") },
    { id: "risks_not_recognised", question: "recognises_risks", fires: said("recognises_risks", "no") },
  ],
  sustaining: [
    asked("sustaining"),
    { id: "not_sure_to_continue", question: "sure_to_continue", fires: said("sure_to_continue", "no") },
    { id: "short_term_or_turnover", question: "obstacles", fires: includes("obstacles", "short_term", "contact_turnover") },
    { id: "no_dedicated_staff", question: "dedicated_staff", fires: said("dedicated_staff", "no") },
  ],
};

/**
 * The knowledge hub's tag for each need (src/domains/knowledge/knowledge.constants.ts, KNOWLEDGE_NEEDS): the same six
 * needs, two named differently there (presentation → presenting, initiation → approach).
 */
export const HUB_TAG: Record<Need, string> = {
  knowledge: "knowledge",
  selection: "selection",
  presentation: "presenting",
  initiation: "approach",
  risk: "risk",
  sustaining: "sustaining",
};

export const GAP_THRESHOLD = 50;
/** A score under this is a strength (the heat map's green band): such an organisation may be a peer for others' gap. */
export const STRENGTH_THRESHOLD = 33;

export interface NeedScore {
  need: Need;
  /** 0–100, null when no signal of the need was answered. */
  score: number | null;
  gap: boolean;
  /** The signals that pointed to the need (the explanation). */
  signals: string[];
}

/** The capacity profile of one set of answers. */
export function capacityProfile(a: Answers): NeedScore[] {
  return NEEDS.map((need) => {
    const results = CAPACITY_RULES[need].map((s) => ({ id: s.id, v: s.fires(a) })).filter((r) => r.v !== undefined);
    const fired = results.filter((r) => r.v).map((r) => r.id);
    const score = results.length ? Math.round((100 * fired.length) / results.length) : null;
    return { need, score, gap: score !== null && score >= GAP_THRESHOLD, signals: fired };
  });
}

/** The median of the scores that exist (null when none). */
export function median(values: Array<number | null>): number | null {
  const v = values.filter((x): x is number => x !== null).sort((x, y) => x - y);
  if (!v.length) return null;
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

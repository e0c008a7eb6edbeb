// The pipeline's vocabulary and stage rules: pure and browser-safe, so the board can show the same
// allowed moves the server enforces.

export const ENGAGEMENT_STAGES = [
  "identified",
  "researching",
  "screening",
  "approaching",
  "negotiating",
  "agreed",
  "active",
  "reviewing",
  "renewed",
  "ended",
] as const;
export type EngagementStage = (typeof ENGAGEMENT_STAGES)[number];

export const ACTIVITY_KINDS = ["meeting", "call", "email", "note"] as const;
export const INITIATORS = ["ngo", "business"] as const;
/**
 * May the engagement appear in published reports (the annual partnerships report)? public: named;
 * anonymous: as "a company in <sector>"; confidential: left out (the default, until someone decides).
 */
export const PUBLICATIONS = ["public", "anonymous", "confidential"] as const;
export type Publication = (typeof PUBLICATIONS)[number];

/** Modes every organisation starts with (editable per organisation). */
export const DEFAULT_MODES: ReadonlyArray<{ key: string; label: string }> = [
  { key: "in_kind_donation", label: "In-kind donation" },
  { key: "financial_donation", label: "Financial donation" },
  { key: "employment_reintegration", label: "Employment and reintegration of survivors" },
  { key: "joint_project", label: "Joint project or campaign" },
  { key: "business_practice", label: "Changing business practice / code of conduct" },
  { key: "business_expertise", label: "Expertise from the business" },
  { key: "other", label: "Other" },
];

/** Stages before a partnership is agreed: moves forward may skip stages here. */
const PRE_AGREEMENT: readonly EngagementStage[] = ["identified", "researching", "screening", "approaching", "negotiating", "agreed"];
/** The main line; "back one step" follows it (renewed steps back to reviewing). */
const LINE: readonly EngagementStage[] = [
  "identified",
  "researching",
  "screening",
  "approaching",
  "negotiating",
  "agreed",
  "active",
  "reviewing",
  "renewed",
];
/** Steps after agreement, one at a time; a renewed partnership runs again. */
const AFTER_AGREEMENT: ReadonlyArray<[EngagementStage, EngagementStage]> = [
  ["agreed", "active"],
  ["active", "reviewing"],
  ["reviewing", "renewed"],
  ["renewed", "active"],
];
/** Moving here (or beyond) needs a screening decision that is not "rejected", or an admin's override. */
const GATED = new Set<EngagementStage>(["approaching", "negotiating", "agreed", "active", "reviewing", "renewed"]);

export type StageRule = "transition_not_allowed" | "reopen_to_previous_stage";

export type MoveCheck = { ok: true } | { ok: false; rule: StageRule; message: string };

/**
 * Whether an engagement may move from one stage to another (the screening gate is checked separately).
 * `endedFrom` is the stage an ended engagement was ended from: reopening returns there and nowhere else.
 */
export function checkMove(from: EngagementStage, to: EngagementStage, endedFrom?: EngagementStage | null): MoveCheck {
  if (from === to) return { ok: true };
  if (to === "ended") return { ok: true };
  if (from === "ended") {
    if (endedFrom && to === endedFrom) return { ok: true };
    return {
      ok: false,
      rule: "reopen_to_previous_stage",
      message: `An ended engagement can only be reopened to the stage it was ended from${endedFrom ? ` (${endedFrom})` : ""}.`,
    };
  }
  const f = PRE_AGREEMENT.indexOf(from);
  const t = PRE_AGREEMENT.indexOf(to);
  if (f >= 0 && t > f) return { ok: true };
  if (LINE.indexOf(to) === LINE.indexOf(from) - 1) return { ok: true };
  if (AFTER_AGREEMENT.some(([a, b]) => a === from && b === to)) return { ok: true };
  return {
    ok: false,
    rule: "transition_not_allowed",
    message: `An engagement cannot move from ${from} to ${to}: before agreement it moves forward any number of stages, after it one stage at a time; it can always step back one stage or end.`,
  };
}

/** Whether moving to `to` needs the screening gate. */
export function needsScreening(to: EngagementStage): boolean {
  return GATED.has(to);
}

/** Every stage an engagement in `from` may be moved to (for the board), not counting the screening gate. */
export function allowedMoves(from: EngagementStage, endedFrom?: EngagementStage | null): EngagementStage[] {
  return ENGAGEMENT_STAGES.filter((s) => s !== from && checkMove(from, s, endedFrom).ok);
}

/** Why a screening decision does or does not open the gate: null when it does. */
export function screeningBlock(
  decision: string | null | undefined,
): { rule: "screening_required" | "screening_rejected"; message: string } | null {
  if (!decision)
    return {
      rule: "screening_required",
      message: "The company has no screening decision yet: screen it before approaching (or an admin records an override with a reason).",
    };
  if (decision === "rejected")
    return {
      rule: "screening_rejected",
      message:
        "The company's current screening decision is 'rejected': it cannot be approached (unless an admin records an override with a reason).",
    };
  return null;
}

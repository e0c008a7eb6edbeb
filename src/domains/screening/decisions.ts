// The decisions a screening can end in (browser-safe, no imports: the companies schema uses it too).
export const SCREENING_DECISIONS = ["approved", "approved_with_conditions", "engage_to_reform", "rejected"] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];

/** Values of the companies list filter `screening`: no decision yet, the current decision, or re-screening overdue. */
export const SCREENING_FILTERS = ["none", ...SCREENING_DECISIONS, "overdue"] as const;
export type ScreeningFilter = (typeof SCREENING_FILTERS)[number];

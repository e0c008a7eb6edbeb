import { AppError, type FieldError } from "../../shared/app-error.js";
import { roleAtLeast, type Role } from "../auth/roles.js";
import type { AnswerValue, DecisionInput, RiskSummary } from "./screening.schema.js";

// The rules a decision must satisfy (documented in docs/screening.md). Pure, so they are unit-tested.

/** Months until the default re-screening date. */
export const DEFAULT_RESCREEN_MONTHS = 12;
/** Decisions that need an admin (or owner) of the organisation. */
export const ADMIN_DECISIONS = new Set(["rejected", "engage_to_reform"]);

export interface DecisionCheck {
  input: DecisionInput;
  role: Role;
  /** Risk computed with the supply-chain questions counted when they apply to this decision. */
  risk: RiskSummary;
  criteria: Array<{ key: string; title: string; group: "core" | "supply_chain" }>;
  answers: Record<string, AnswerValue | undefined>;
  supplyChainApplies: boolean;
  /** Today as YYYY-MM-DD. */
  today: string;
}

/** YYYY-MM-DD `months` after `day` (the last day of the month when the day does not exist). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Checks a decision against the rules; returns the re-screening date and whether it is an override, or throws. */
export function checkDecision(x: DecisionCheck): { rescreenOn: string; override: boolean } {
  const { input, role, risk } = x;
  const admin = roleAtLeast(role, "admin");
  if (ADMIN_DECISIONS.has(input.decision) && !admin) {
    throw new AppError("forbidden", `Only an admin or owner can decide ${input.decision}; you are ${role}.`, {
      detailCode: "admin_only",
      detailParams: { decision: input.decision, role },
    });
  }

  const errors: FieldError[] = [];
  const withConditions = input.decision === "approved_with_conditions" || input.decision === "engage_to_reform";
  // Each message has a code (and params) the web app translates (screening:decisionErrors.*).
  const decision = input.decision;
  if (withConditions && input.conditions.length === 0)
    errors.push({
      path: "conditions",
      message: `${decision} needs at least one condition with a due date.`,
      code: "conditions_required",
      params: { decision },
    });
  if (!withConditions && input.conditions.length > 0)
    errors.push({
      path: "conditions",
      message: `${decision} takes no conditions; use approved_with_conditions.`,
      code: "no_conditions",
      params: { decision },
    });
  input.conditions.forEach((c, i) => {
    if (c.dueOn < x.today)
      errors.push({ path: `conditions.${i}.dueOn`, message: "The due date is in the past.", code: "due_past", params: {} });
  });
  if (decision === "engage_to_reform" && !input.monitoringPlan)
    errors.push({
      path: "monitoringPlan",
      message: "engage_to_reform needs a monitoring plan.",
      code: "monitoring_plan_required",
      params: {},
    });
  const rescreenOn = input.rescreenOn ?? addMonths(x.today, DEFAULT_RESCREEN_MONTHS);
  if (rescreenOn <= x.today)
    errors.push({ path: "rescreenOn", message: "The re-screening date must be in the future.", code: "rescreen_past", params: {} });
  else if (rescreenOn > addMonths(x.today, 60))
    errors.push({ path: "rescreenOn", message: "Re-screen within five years.", code: "rescreen_too_late", params: {} });
  for (const c of x.criteria) {
    if (c.group === "supply_chain" && !x.supplyChainApplies) continue;
    if (!x.answers[c.key])
      errors.push({
        path: `answers.${c.key}`,
        message: `Answer "${c.title}" first (unknown is an answer).`,
        code: "answer_first",
        params: { criterion: c.title, criterionKey: c.key },
      });
  }
  if (errors.length)
    throw new AppError("validation", "The decision is not complete.", { errors, detailCode: "incomplete", detailParams: {} });

  const approving = input.decision === "approved" || input.decision === "approved_with_conditions";
  if (approving && risk.hardExclusionsFailed.length) {
    throw new AppError("validation", "A failed hard exclusion allows only engage_to_reform or rejected.", {
      errors: risk.hardExclusionsFailed.map((k) => ({
        path: `answers.${k}`,
        message: "Hard exclusion not met.",
        code: "hard_exclusion_not_met",
        params: {},
      })),
      detailCode: "hard_exclusion_failed",
      detailParams: {},
    });
  }
  const needsOverride = approving && (risk.level === "high" || risk.level === "critical");
  if (needsOverride && !admin)
    throw new AppError("forbidden", `The risk is ${risk.level}: only an admin or owner can approve, as an override.`, {
      detailCode: "override_admin_only",
      detailParams: { level: risk.level },
    });
  if (needsOverride && !input.override) {
    throw new AppError("validation", `The risk is ${risk.level}: approving needs override: true, and the rationale should say why.`, {
      errors: [{ path: "override", message: "Set override to approve despite the risk.", code: "override_required", params: {} }],
      detailCode: "override_needed",
      detailParams: { level: risk.level },
    });
  }
  return { rescreenOn, override: needsOverride };
}

import type { Ctx } from "../../platform/context.js";
import { addMonths } from "../screening/screening.decision.js";
import type { ScreeningDecision } from "../screening/decisions.js";
import type { AnswerValue, Screening } from "../screening/screening.schema.js";
import * as screenings from "../screening/screening.service.js";
import { updateScreening } from "../screening/screening.repo.js";
import { SCREENING_DAYS } from "./demo.engagements.js";
import { backdateAnswers } from "./demo.repo.js";

// The demo's screenings, made the way a reviewer makes them: through the screening service (start → answer
// every criterion → decide), so each one passes the same rules as in the app (answered criteria, hard
// exclusions, the risk level and who may approve it, conditions, monitoring plan). Only the clock is set back
// afterwards, to the day the decision was taken in the demo's story.

const DAY = 24 * 60 * 60 * 1000;

/** How a demo reviewer answers a criterion for the decision they are heading for. */
function answerFor(decision: ScreeningDecision | null, c: Screening["criteria"][number], k: number): AnswerValue {
  if (decision === "engage_to_reform" && c.group === "supply_chain" && k % 2 === 0) return "does_not_meet";
  if (decision === "engage_to_reform" && c.key === "labour_rights_record") return "does_not_meet";
  if (decision === "approved_with_conditions" && c.key === "ngo_collaboration_history") return "unknown";
  return "meets";
}

const NOTES: Record<string, string> = {
  labour_rights_record: "Checked the public record, press archive and labour-court decisions of the last five years.",
  no_child_forced_trafficked_labour: "No findings in the public record or in our counselling cases.",
  csr_policy_aligned: "Read the published CSR report and the supplier code of conduct.",
  sc_recruitment_fees: "Agency workers reported recruitment fees in our counselling cases.",
};

const RATIONALE: Record<ScreeningDecision, string> = {
  approved: "Public record checked; every criterion met; no concerns against our criteria.",
  approved_with_conditions: "Criteria met except a track record with NGOs we could not verify: approved with conditions.",
  engage_to_reform: "Known labour risks in the supply chain: we engage to reform, with a monitoring plan.",
  rejected: "Does not meet our criteria.",
};

export interface DemoScreening {
  ctx: Ctx;
  companyId: string;
  /** null: a screening in progress (a draft with some criteria answered). */
  decision: ScreeningDecision | null;
  decidedDaysAgo: number;
  now: number;
}

/** Starts, answers and (unless `decision` is null) decides one screening; returns its id. */
export async function screenCompany(s: DemoScreening): Promise<string> {
  const { decision, now } = s;
  const decidedAt = new Date(now - s.decidedDaysAgo * DAY);
  const startedAt = new Date(decidedAt.getTime() - SCREENING_DAYS * DAY);
  // Each step is audited on its day in the demo's past: started, answered the day before the decision, decided.
  const ctx: Ctx = { ...s.ctx, at: decision ? startedAt : decidedAt };
  const draft = await screenings.create(ctx, s.companyId, {});
  const criteria = decision ? draft.criteria : draft.criteria.slice(0, Math.ceil(draft.criteria.length / 2));
  await screenings.answerMany(
    decision ? { ...ctx, at: new Date(decidedAt.getTime() - DAY) } : ctx,
    draft.id,
    criteria.map((c, k) => ({ criterionKey: c.key, answer: answerFor(decision, c, k), notes: NOTES[c.key] ?? null, links: [] })),
  );
  if (decision) {
    const later = (days: number) => new Date(now + days * DAY).toISOString().slice(0, 10);
    const withConditions = decision === "approved_with_conditions" || decision === "engage_to_reform";
    await screenings.decide({ ...ctx, at: decidedAt }, draft.id, {
      decision,
      rationale: RATIONALE[decision],
      conditions: withConditions
        ? [
            { text: "Share the supplier code of conduct and the latest audit report.", dueOn: later(60) },
            ...(decision === "engage_to_reform" ? [{ text: "Stop charging recruitment fees to agency workers.", dueOn: later(120) }] : []),
          ]
        : [],
      monitoringPlan: decision === "engage_to_reform" ? "Quarterly check-ins; unannounced site visits agreed." : null,
      override: false,
    });
  }
  // The decision belongs to the demo's past: move its dates back (the re-screening date keeps its 12 months).
  const decidedDay = decidedAt.toISOString().slice(0, 10);
  await updateScreening(ctx, draft.id, {
    createdAt: decision ? startedAt : new Date(now - s.decidedDaysAgo * DAY),
    updatedAt: decision ? decidedAt : new Date(now - s.decidedDaysAgo * DAY),
    signalsRefreshedAt: decision ? startedAt : new Date(now - s.decidedDaysAgo * DAY),
    ...(decision ? { decidedAt, rescreenOn: addMonths(decidedDay, 12) } : {}),
  });
  // The answers were given between the start and the decision.
  await backdateAnswers(
    ctx.db,
    ctx.orgId,
    draft.id,
    decision ? new Date(decidedAt.getTime() - DAY) : new Date(now - s.decidedDaysAgo * DAY),
  );
  return draft.id;
}

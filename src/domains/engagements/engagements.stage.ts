import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { AppError } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { currentDecision } from "../screening/screening.status.js";
import { endedFromOf, insertStageChange, stageChangesOf, updateEngagement } from "./engagements.repo.js";
import { checkMove, needsScreening, screeningBlock } from "./engagements.rules.js";
import type { Engagement, StageMoveInput } from "./engagements.schema.js";
import { get, load } from "./engagements.service.js";

/**
 * Moves an engagement to another stage under the pipeline rules (409 with `rule` when they forbid it).
 * Approaching and beyond need a current screening decision that is not "rejected"; an admin may pass the
 * gate with `override.reason`, which is recorded in the stage history. Ending needs a reason.
 */
export async function moveStage(ctx: Ctx, id: string, input: StageMoveInput): Promise<Engagement> {
  return inTransaction(ctx, async (tx) => {
    // Another organisation's engagement is a 404 whatever the caller's role.
    const current = await load(tx, id);
    requireRole(ctx, "member");
    if (input.override) requireRole(ctx, "admin");
    const from = current.stage;
    const to = input.stage;
    if (from === to) return get(tx, id);
    const endedFrom = from === "ended" ? (await endedFromOf(tx.db, ctx.orgId, [id])).get(id) : undefined;
    const check = checkMove(from, to, endedFrom);
    if (!check.ok) throw new AppError("rule_violation", check.message, { rule: check.rule, from, to });
    if (to === "ended" && !input.reason) {
      throw new AppError("validation", "Say why the engagement ended.", {
        rule: "ended_reason_required",
        errors: [{ path: "reason", message: "A reason is required to end an engagement." }],
      });
    }
    const screening = await currentDecision(tx.db, ctx.orgId, current.companyId);
    let overrideReason: string | null = null;
    if (needsScreening(to)) {
      const block = screeningBlock(screening?.decision);
      if (block && !input.override) throw new AppError("rule_violation", block.message, { rule: block.rule, from, to, screening });
      if (block) overrideReason = input.override!.reason;
    }
    const now = new Date();
    await updateEngagement(tx.db, ctx.orgId, id, {
      stage: to,
      stageChangedAt: now,
      endedReason: to === "ended" ? input.reason : null,
      screeningId: screening?.screeningId ?? current.screeningId,
      updatedBy: ctx.user.id,
      updatedAt: now,
    });
    await insertStageChange(tx.db, ctx.orgId, {
      engagementId: id,
      fromStage: from,
      toStage: to,
      changedBy: ctx.user.id,
      changedAt: now,
      overrideReason,
      endedReason: to === "ended" ? input.reason : null,
      screeningDecision: screening?.decision ?? null,
    });
    await audit(tx, {
      action: "update",
      entityType: "engagement",
      entityId: id,
      summary: `Moved engagement ${current.title} from ${from} to ${to}${overrideReason ? " (screening gate overridden)" : ""}`,
      details: {
        from,
        to,
        overrideReason,
        endedReason: to === "ended" ? input.reason : null,
        screeningDecision: screening?.decision ?? null,
      },
    });
    return get(tx, id);
  });
}

/** The stage history of an engagement, oldest first. */
export async function stageHistory(ctx: Ctx, id: string) {
  await load(ctx, id);
  const rows = await stageChangesOf(ctx.db, ctx.orgId, id);
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.changedBy),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      fromStage: r.fromStage,
      toStage: r.toStage,
      changedBy: r.changedBy ? { id: r.changedBy, name: names.get(r.changedBy) ?? "(former user)" } : null,
      changedAt: r.changedAt.toISOString(),
      overrideReason: r.overrideReason,
      endedReason: r.endedReason,
      screeningDecision: r.screeningDecision,
    })),
  };
}

import { describe, expect, it } from "vitest";
import { planEngagements } from "./demo.engagements.js";
import { generateRegister } from "./demo.generate.js";
import { NGO_1, NGO_2 } from "./demo.story.js";

describe("demo pipeline plan", () => {
  it("is the same on every install and gives every dashboard chart content", () => {
    for (const ngo of [NGO_1, NGO_2]) {
      const reg = generateRegister(ngo);
      const plan = planEngagements(ngo, reg.companies, 10);
      expect(planEngagements(ngo, reg.companies, 10)).toEqual(plan);
      expect(new Set(plan.map((p) => p.company)).size).toBe(plan.length); // one engagement per company
      expect(new Set(plan.map((p) => p.stage)).size).toBeGreaterThanOrEqual(5);
      expect(plan.some((p) => p.commitments.some((c) => c.status === "open" && c.dueIn < 0))).toBe(true);
      expect(plan.some((p) => p.risks.some((r) => r.likelihood * r.impact >= 15 && !r.residual))).toBe(true);
      expect(plan.some((p) => (p.money ?? 0) > 0) && plan.some((p) => (p.inKind ?? 0) > 0)).toBe(true);
      // The screening gate: every engagement from "approaching" on has a decision.
      for (const p of plan.filter((x) => ["approaching", "negotiating", "agreed", "active", "reviewing", "renewed"].includes(x.stage)))
        expect(p.decision).not.toBeNull();
    }
  });
});

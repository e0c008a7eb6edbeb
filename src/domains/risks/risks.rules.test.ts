import { describe, expect, it } from "vitest";
import { band, matrix, scores } from "./risks.rules.js";

describe("risk scores", () => {
  it("scores likelihood × impact, residual when both residual values are given", () => {
    expect(scores({ likelihood: 4, impact: 5, residualLikelihood: null, residualImpact: null })).toEqual({
      score: 20,
      residualScore: null,
      currentScore: 20,
    });
    expect(scores({ likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 3 })).toEqual({
      score: 20,
      residualScore: 6,
      currentScore: 6,
    });
    expect([band(15), band(14), band(6), band(5)]).toEqual(["high", "medium", "medium", "low"]);
  });

  it("places risks in 25 cells by the chosen basis", () => {
    const risks = [
      { id: "a", likelihood: 4, impact: 5, residualLikelihood: 2, residualImpact: 2 },
      { id: "b", likelihood: 4, impact: 5, residualLikelihood: null, residualImpact: null },
    ];
    const cell = (cells: ReturnType<typeof matrix>, l: number, i: number) => cells.find((c) => c.likelihood === l && c.impact === i)!;
    const inherent = matrix(risks, "inherent");
    expect(inherent).toHaveLength(25);
    expect(cell(inherent, 4, 5)).toMatchObject({ count: 2, riskIds: ["a", "b"], score: 20, band: "high" });
    const current = matrix(risks, "current");
    expect(cell(current, 4, 5).riskIds).toEqual(["b"]);
    expect(cell(current, 2, 2).riskIds).toEqual(["a"]);
    expect(matrix(risks, "residual").reduce((n, c) => n + c.count, 0)).toBe(1);
  });
});

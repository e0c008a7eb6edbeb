// Risk vocabulary and scoring: pure and browser-safe, so charts and the server agree.

export const RISK_STATUSES = ["open", "closed"] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** A risk scoring at least this (likelihood × impact, 1–25) counts as high: the dashboard lists it. */
export const HIGH_RISK_THRESHOLD = 15;

export const MATRIX_BASES = ["current", "inherent", "residual"] as const;
export type MatrixBasis = (typeof MATRIX_BASES)[number];

export interface Scored {
  likelihood: number;
  impact: number;
  residualLikelihood: number | null;
  residualImpact: number | null;
}

/** Inherent score, residual score (when assessed) and the current one (residual if assessed, else inherent). */
export function scores(r: Scored) {
  const score = r.likelihood * r.impact;
  const residualScore = r.residualLikelihood && r.residualImpact ? r.residualLikelihood * r.residualImpact : null;
  return { score, residualScore, currentScore: residualScore ?? score };
}

/** The likelihood and impact a matrix places a risk at, on the chosen basis (null: not placed). */
export function position(r: Scored, basis: MatrixBasis): { likelihood: number; impact: number } | null {
  const residual = r.residualLikelihood && r.residualImpact ? { likelihood: r.residualLikelihood, impact: r.residualImpact } : null;
  if (basis === "residual") return residual;
  if (basis === "inherent") return { likelihood: r.likelihood, impact: r.impact };
  return residual ?? { likelihood: r.likelihood, impact: r.impact };
}

/** Severity band of a score, for colours and labels. */
export function band(score: number): "low" | "medium" | "high" {
  return score >= HIGH_RISK_THRESHOLD ? "high" : score >= 6 ? "medium" : "low";
}

export interface MatrixCell {
  likelihood: number;
  impact: number;
  score: number;
  band: "low" | "medium" | "high";
  count: number;
  riskIds: string[];
}

/** The 5 × 5 cells (likelihood 1–5 × impact 1–5) with the risks placed in each. */
export function matrix(risks: Array<Scored & { id: string }>, basis: MatrixBasis): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (let likelihood = 1; likelihood <= 5; likelihood++) {
    for (let impact = 1; impact <= 5; impact++) {
      cells.push({ likelihood, impact, score: likelihood * impact, band: band(likelihood * impact), count: 0, riskIds: [] });
    }
  }
  for (const r of risks) {
    const p = position(r, basis);
    if (!p) continue;
    const cell = cells[(p.likelihood - 1) * 5 + (p.impact - 1)];
    cell.count++;
    cell.riskIds.push(r.id);
  }
  return cells;
}

import type { Criterion } from "./catalogue.schema.js";
import type { AnswerValue, RiskFactor, RiskLevel, RiskSummary, Signal } from "./screening.schema.js";

type CriticalReason = NonNullable<RiskSummary["criticalReasons"]>[number];
/** A signal's code and params, carried by the factors and reasons it causes, so clients can translate them. */
const signalRef = (s: Signal) => (s.code ? { signal: { code: s.code, params: s.params ?? {} } } : {});

// The risk summary of a screening: a score 0..100, a level, and every factor that moved it. Pure: the same
// criteria, answers and signals always give the same summary, so a decided screening's risk can be re-derived.

/** Score from which each level starts. */
export const RISK_THRESHOLDS = { medium: 25, high: 50, critical: 75 } as const;

/** Points per unit of criterion weight. */
export const POINTS = {
  coreNotMet: 8,
  coreUnknown: 3,
  supplyChainNotMet: 5,
  supplyChainUnknown: 2,
  supplyChainMet: -3,
} as const;

/** Most a single signal can add or take away, and most all signals of one source can add. */
export const SIGNAL_LIMITS = { maxPerSignal: 50, minPerSignal: -20, minPerSource: -15 } as const;
export const SOURCE_CAPS: Record<string, number> = {
  sector_risk: 15,
  goods_country: 25,
  network_list: 30,
  own_list: 40,
  excluded_sector: 40,
};
const DEFAULT_SOURCE_CAP = 60;

export interface RiskInput {
  criteria: Array<Pick<Criterion, "key" | "title" | "kind" | "weight" | "group">>;
  answers: Record<string, AnswerValue | undefined>;
  signals: Signal[];
  /** Whether the supply-chain questions count (company with a supply chain, or an engage_to_reform case). */
  supplyChainApplies: boolean;
}

function levelOf(score: number): RiskLevel {
  if (score >= RISK_THRESHOLDS.critical) return "critical";
  if (score >= RISK_THRESHOLDS.high) return "high";
  if (score >= RISK_THRESHOLDS.medium) return "medium";
  return "low";
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Computes the explained risk summary of a screening. */
export function computeRisk(input: RiskInput): RiskSummary {
  const factors: RiskFactor[] = [];
  const criticalBecause: string[] = [];
  const criticalReasons: CriticalReason[] = [];
  const addCritical = (r: CriticalReason) => {
    criticalBecause.push(r.text);
    criticalReasons.push(r);
  };
  const hardExclusionsFailed: string[] = [];
  let applicable = 0;
  let unknown = 0;
  let unanswered = 0;

  for (const c of input.criteria) {
    const isSupplyChain = c.group === "supply_chain";
    if (isSupplyChain && !input.supplyChainApplies) continue;
    const a = input.answers[c.key];
    if (a === "not_applicable") continue;
    applicable++;
    if (a === undefined || a === "unknown") {
      if (a === undefined) unanswered++;
      else unknown++;
      const points = c.weight * (isSupplyChain ? POINTS.supplyChainUnknown : POINTS.coreUnknown);
      factors.push({
        code: a === undefined ? "uncertainty.unanswered" : "uncertainty.unknown",
        params: {
          hardExclusion: c.kind === "hard_exclusion",
          weight: c.weight,
          per: isSupplyChain ? POINTS.supplyChainUnknown : POINTS.coreUnknown,
        },
        source: "uncertainty",
        key: c.key,
        label: c.title,
        points,
        effect: "raises",
        detail: `${a === undefined ? "Not answered yet" : "Answered unknown"}: ${c.kind === "hard_exclusion" ? "a hard exclusion" : `weight ${c.weight}`} × ${isSupplyChain ? POINTS.supplyChainUnknown : POINTS.coreUnknown} points of uncertainty.`,
      });
      continue;
    }
    if (a === "does_not_meet") {
      if (c.kind === "hard_exclusion") {
        hardExclusionsFailed.push(c.key);
        addCritical({
          code: "hard_exclusion_failed",
          params: { criterion: c.title, criterionKey: c.key },
          text: `Hard exclusion failed: ${c.title}`,
        });
        factors.push({
          source: "criterion",
          key: c.key,
          label: c.title,
          points: 0,
          effect: "critical",
          detail: "A failed hard exclusion makes the risk critical whatever the score.",
          code: "criterion.hard_exclusion_failed",
          params: {},
        });
      } else {
        const per = isSupplyChain ? POINTS.supplyChainNotMet : POINTS.coreNotMet;
        factors.push({
          source: isSupplyChain ? "supply_chain" : "criterion",
          key: c.key,
          label: c.title,
          points: c.weight * per,
          effect: "raises",
          detail: `Does not meet: weight ${c.weight} × ${per} points.`,
          code: "criterion.not_met",
          params: { weight: c.weight, per },
        });
      }
    } else if (a === "meets" && isSupplyChain) {
      factors.push({
        source: "supply_chain",
        key: c.key,
        label: c.title,
        points: c.weight * POINTS.supplyChainMet,
        effect: "lowers",
        detail: `Meets: weight ${c.weight} × ${POINTS.supplyChainMet} points.`,
        code: "supply_chain.met",
        params: { weight: c.weight, per: POINTS.supplyChainMet },
      });
    }
  }

  // Signals, strongest first, within per-signal and per-source limits.
  const used = new Map<string, { up: number; down: number }>();
  const ordered = [...input.signals].sort((x, y) => Math.abs(y.points) - Math.abs(x.points) || x.key.localeCompare(y.key));
  for (const s of ordered) {
    if (s.criterionKey && input.answers[s.criterionKey] === "meets") {
      factors.push({
        source: "signal",
        key: s.key,
        label: s.title,
        points: 0,
        effect: "set_aside",
        detail: `Set aside: the reviewer answered "${s.criterionKey}" as met.`,
        code: "signal.set_aside",
        params: { criterionKey: s.criterionKey },
        ...signalRef(s),
      });
      continue;
    }
    if (s.severity === "critical")
      addCritical({ code: "critical_signal", params: { title: s.title }, text: `Critical signal: ${s.title}`, ...signalRef(s) });
    const proposed = Math.max(SIGNAL_LIMITS.minPerSignal, Math.min(SIGNAL_LIMITS.maxPerSignal, s.points));
    const u = used.get(s.source) ?? { up: 0, down: 0 };
    let points = proposed;
    if (proposed > 0) points = Math.max(0, Math.min(proposed, (SOURCE_CAPS[s.source] ?? DEFAULT_SOURCE_CAP) - u.up));
    if (proposed < 0) points = Math.min(0, Math.max(proposed, SIGNAL_LIMITS.minPerSource - u.down));
    if (points > 0) u.up += points;
    else u.down += points;
    used.set(s.source, u);
    if (points === 0 && s.severity !== "critical") {
      if (proposed !== 0)
        factors.push({
          source: "signal",
          key: s.key,
          label: s.title,
          points: 0,
          effect: "raises",
          detail: `${s.detail} (No further points: the ${s.source} limit is reached.)`,
          code: "signal.limit_reached",
          params: { source: s.source },
          ...signalRef(s),
        });
      else
        factors.push({
          source: "signal",
          key: s.key,
          label: s.title,
          points: 0,
          effect: "raises",
          detail: `${s.detail} (For information; no points.)`,
          code: "signal.info",
          params: {},
          ...signalRef(s),
        });
      continue;
    }
    const capped = points !== proposed ? ` (limited from ${proposed} points by the ${s.source} limit)` : "";
    factors.push({
      source: "signal",
      key: s.key,
      label: s.title,
      points,
      effect: s.severity === "critical" ? "critical" : points < 0 ? "lowers" : "raises",
      detail: `${s.detail}${capped}`,
      code: capped ? "signal.capped" : "signal.counted",
      params: capped ? { limitedFrom: proposed, source: s.source } : {},
      ...signalRef(s),
    });
  }

  const raw = factors.reduce((sum, f) => sum + f.points, 0);
  let score = Math.max(0, Math.min(100, Math.round(raw)));
  const critical = criticalBecause.length > 0;
  if (critical) score = Math.max(score, RISK_THRESHOLDS.critical);
  const share = applicable ? round2((unknown + unanswered) / applicable) : 0;
  const effectOrder = { critical: 0, raises: 1, lowers: 1, set_aside: 2 } as const;
  factors.sort(
    (x, y) => effectOrder[x.effect] - effectOrder[y.effect] || Math.abs(y.points) - Math.abs(x.points) || x.key.localeCompare(y.key),
  );
  return {
    score,
    level: critical ? "critical" : levelOf(score),
    thresholds: { ...RISK_THRESHOLDS },
    criticalBecause,
    criticalReasons,
    hardExclusionsFailed,
    uncertainty: { applicable, unknown, unanswered, share, level: share < 0.2 ? "low" : share < 0.5 ? "medium" : "high" },
    factors,
  };
}

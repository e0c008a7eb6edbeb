// Binary-classification metrics for match decisions.

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface Metrics extends Confusion {
  precision: number;
  recall: number;
  f1: number;
  /** False-positive rate: fp / (fp + tn). */
  fpr: number;
  n: number;
}

/** Counts a list of (predicted, actual) decisions. */
export function confusion(items: Iterable<{ predicted: boolean; actual: boolean }>): Confusion {
  const c = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const { predicted, actual } of items) {
    if (predicted && actual) c.tp++;
    else if (predicted) c.fp++;
    else if (actual) c.fn++;
    else c.tn++;
  }
  return c;
}

/** Precision, recall, F1 and false-positive rate of a confusion matrix (0 where undefined). */
export function metrics(c: Confusion): Metrics {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const fpr = c.fp + c.tn ? c.fp / (c.fp + c.tn) : 0;
  return { ...c, precision, recall, f1, fpr, n: c.tp + c.fp + c.tn + c.fn };
}

export interface ScoredLabel {
  score: number;
  actual: boolean;
}

/** Metrics when deciding "match" at score >= threshold. */
export function metricsAt(items: ScoredLabel[], threshold: number): Metrics {
  return metrics(confusion(items.map((x) => ({ predicted: x.score >= threshold, actual: x.actual }))));
}

/** Threshold (among the observed scores) with the best F1. */
export function bestF1Threshold(items: ScoredLabel[]): { threshold: number; metrics: Metrics } {
  let best = { threshold: 1, metrics: metricsAt(items, Infinity) };
  for (const t of new Set(items.map((x) => x.score))) {
    const m = metricsAt(items, t);
    if (m.f1 > best.metrics.f1) best = { threshold: t, metrics: m };
  }
  return best;
}

/** Lowest threshold (best recall) whose false-positive rate stays at or below `maxFpr`. */
export function thresholdAtFpr(items: ScoredLabel[], maxFpr: number): { threshold: number; metrics: Metrics } {
  const candidates = [...new Set(items.map((x) => x.score))].sort((a, b) => a - b);
  for (const t of candidates) {
    const m = metricsAt(items, t);
    if (m.fpr <= maxFpr) return { threshold: t, metrics: m };
  }
  return { threshold: Infinity, metrics: metricsAt(items, Infinity) };
}

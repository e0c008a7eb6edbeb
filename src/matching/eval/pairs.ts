// Labelled name pairs (the cascade-name-pairs.csv format): parsing, a reproducible development/held-out
// split, and evaluation of compareNames against the labels and the peer engine's scores.

import Papa from "papaparse";
import { compareNames } from "../compare.js";
import type { EntityType } from "../types.js";
import { bestF1Threshold, metricsAt, thresholdAtFpr, type Metrics, type ScoredLabel } from "./metrics.js";
import { mulberry32, shuffle } from "./prng.js";

export interface LabelledPair {
  caseGroup: string;
  schema: string;
  name1: string;
  name2: string;
  isMatch: boolean;
  category: string;
  notes: string;
  /** The peer engine's score for the pair. */
  peerScore: number;
}

/** Parses RFC 4180 CSV text into rows of fields (papaparse, the one CSV parser of the project). */
export function parseCsv(text: string): string[][] {
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
  return data.filter((r) => r.length > 1 || r[0] !== "");
}

/** Parses the labelled-pairs CSV (with header). */
export function parsePairs(csv: string): LabelledPair[] {
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string) => header.indexOf(name);
  return rows.map((r) => ({
    caseGroup: r[col("case_group")],
    schema: r[col("schema")],
    name1: r[col("name1")],
    name2: r[col("name2")],
    isMatch: r[col("is_match")] === "true",
    category: r[col("category")],
    notes: r[col("notes")],
    peerScore: Number(r[col("score")]),
  }));
}

/** Entity type for a FollowTheMoney-style schema name. */
export function typeOfSchema(schema: string): EntityType {
  const s = schema.toLowerCase();
  if (s === "person") return "person";
  if (s === "vessel") return "vessel";
  if (s === "airplane" || s === "aircraft") return "aircraft";
  if (["company", "organization", "legalentity"].includes(s)) return "company";
  return "unknown";
}

/**
 * Splits pairs into development and held-out sets by group, reproducibly. The group is the case_group
 * when the file has several, otherwise the category: every pair of a category lands on the same side, so
 * held-out categories are kinds of pairs the rules were never tuned on.
 */
export function splitPairs(pairs: LabelledPair[], devShare = 0.6, seed = 20240601): { dev: LabelledPair[]; heldOut: LabelledPair[] } {
  const multipleCaseGroups = new Set(pairs.map((p) => p.caseGroup)).size > 1;
  const groupOf = (p: LabelledPair) => (multipleCaseGroups ? p.caseGroup : `${p.isMatch}:${p.category}`);
  const dev = new Set<string>();
  // Stratify by label so both sides keep a balance of true and false pairs.
  for (const label of [true, false]) {
    const groups = [...new Set(pairs.filter((p) => p.isMatch === label).map(groupOf))].sort();
    const shuffled = shuffle(groups, mulberry32(seed + (label ? 1 : 0)));
    for (const g of shuffled.slice(0, Math.round(groups.length * devShare))) dev.add(g);
  }
  return { dev: pairs.filter((p) => dev.has(groupOf(p))), heldOut: pairs.filter((p) => !dev.has(groupOf(p))) };
}

export interface PairOutcome {
  pair: LabelledPair;
  score: number;
  match: boolean;
}

/** Runs compareNames on every pair. */
export function scorePairs(pairs: LabelledPair[], threshold?: number): PairOutcome[] {
  return pairs.map((pair) => {
    const r = compareNames(pair.name1, pair.name2, { type: typeOfSchema(pair.schema), threshold });
    return { pair, score: r.score, match: r.match };
  });
}

export interface PairReport {
  ours: Metrics;
  peerBestF1: { threshold: number; metrics: Metrics };
  peerAt2pctFpr: { threshold: number; metrics: Metrics };
}

/** Our metrics at our threshold next to the peer's at its best-F1 threshold and at <= 2% FPR. */
export function reportPairs(outcomes: PairOutcome[], threshold: number): PairReport {
  const ours: ScoredLabel[] = outcomes.map((o) => ({ score: o.score, actual: o.pair.isMatch }));
  const peer: ScoredLabel[] = outcomes.map((o) => ({ score: o.pair.peerScore, actual: o.pair.isMatch }));
  return { ours: metricsAt(ours, threshold), peerBestF1: bestF1Threshold(peer), peerAt2pctFpr: thresholdAtFpr(peer, 0.02) };
}

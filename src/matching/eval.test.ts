import { describe, expect, it } from "vitest";
import { addTypo, disguisedQueries, negativeQueries } from "./eval/disguise.js";
import { bestF1Threshold, metricsAt, thresholdAtFpr } from "./eval/metrics.js";
import { parsePairs, splitPairs } from "./eval/pairs.js";
import { mulberry32 } from "./eval/prng.js";
import { syntheticEntities } from "./eval/synthetic.js";
import type { Entity } from "./types.js";

describe("metrics", () => {
  const items = [
    { score: 0.9, actual: true },
    { score: 0.8, actual: true },
    { score: 0.7, actual: false },
    { score: 0.2, actual: false },
  ];
  it("computes precision, recall, F1 and false-positive rate at a threshold", () => {
    expect(metricsAt(items, 0.75)).toMatchObject({ precision: 1, recall: 1, f1: 1, fpr: 0 });
    expect(metricsAt(items, 0.5)).toMatchObject({ tp: 2, fp: 1, fpr: 0.5 });
  });
  it("finds the best-F1 threshold and the lowest threshold within an FPR budget", () => {
    expect(bestF1Threshold(items).threshold).toBe(0.8);
    expect(thresholdAtFpr(items, 0).threshold).toBe(0.8);
  });
});

describe("labelled pairs", () => {
  const csv = [
    "case_group,schema,name1,name2,is_match,quality,category,notes,baseline,score",
    ...Array.from({ length: 10 }, (_, i) => `g,Company,"A${i}, Ltd",B${i},${i % 2 === 0},,cat${i % 5},,0.5,0.${i}`),
  ].join("\n");
  it("parses the CSV, quoted fields included", () => {
    const pairs = parsePairs(csv);
    expect(pairs).toHaveLength(10);
    expect(pairs[0]).toMatchObject({ name1: "A0, Ltd", isMatch: true, category: "cat0", peerScore: 0 });
  });
  it("splits by group reproducibly, keeping each group on one side", () => {
    const pairs = parsePairs(csv);
    const a = splitPairs(pairs);
    const b = splitPairs(pairs);
    expect(a.dev.map((p) => p.name1)).toEqual(b.dev.map((p) => p.name1));
    expect(a.dev.length + a.heldOut.length).toBe(10);
    const devGroups = new Set(a.dev.map((p) => `${p.isMatch}:${p.category}`));
    expect(a.heldOut.some((p) => devGroups.has(`${p.isMatch}:${p.category}`))).toBe(false);
  });
});

describe("generated data", () => {
  it("is the same for the same seed", () => {
    const first = [...syntheticEntities(50, 3)];
    expect([...syntheticEntities(50, 3)]).toEqual(first);
    expect([...syntheticEntities(50, 4)]).not.toEqual(first);
    expect(negativeQueries(20, 1)).toEqual(negativeQueries(20, 1));
  });

  it("disguises entries in the ways a screening input differs from the list", () => {
    const entities: Entity[] = [
      { list: "l", sourceId: "1", type: "company", names: ["Orient Shipping Limited", "Orient Shipping Lines"], countries: [] },
      { list: "l", sourceId: "2", type: "person", names: ["NORIEGA, Manuel Antonio", "Manuel NORIEGA"], countries: [] },
    ];
    const kinds = new Set(disguisedQueries(entities, 5).map((q) => q.kind));
    expect(kinds).toEqual(new Set(["legal-form", "accents", "typo", "word-order", "alias", "case-punctuation"]));
    const typo = addTypo(mulberry32(1), "Orient Shipping Limited");
    expect(typo).not.toBe("Orient Shipping Limited");
    expect(typo?.split(" ")).toHaveLength(3);
  });
});

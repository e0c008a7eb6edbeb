import { describe, expect, it } from "vitest";
import { ALGORITHMS, getAlgorithm } from "./algorithm.js";
import { compareNames } from "./compare.js";
import { MatchIndex } from "./index.js";
import { MATCHING_ENGINE_ID } from "./version.js";

describe("the named algorithm holds the thresholds", () => {
  it("is found by name and carries the id stored with every hit", () => {
    const a = getAlgorithm();
    expect(a.id).toBe(MATCHING_ENGINE_ID);
    expect(ALGORITHMS[a.name]).toBe(a);
    expect(() => getAlgorithm("no-such-engine")).toThrow(/unknown matching algorithm/);
  });

  it("is the threshold compare and search judge by", () => {
    const { threshold } = getAlgorithm();
    expect(compareNames("Bank Rossiya", "BANK ROSSIYA", { type: "company" }).threshold).toBe(threshold);
    const index = new MatchIndex();
    index.add({ list: "l", sourceId: "1", type: "company", names: ["Kestrel Operating AG"], countries: [] });
    const [hit] = index.search({ name: "Kestrel Operating AG", type: "company" });
    expect(hit.match).toBe(hit.score >= threshold);
  });
});

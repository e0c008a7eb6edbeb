import { describe, expect, it } from "vitest";
import { applyOverrides } from "./catalogue.apply.js";
import type { CatalogueContent } from "./catalogue.schema.js";

const base: CatalogueContent = {
  criteria: [
    { key: "a", title: "A", guidance: "g", kind: "weighted", weight: 2, group: "core" },
    { key: "b", title: "B", guidance: "g", kind: "hard_exclusion", weight: 5, group: "core" },
    { key: "c", title: "C", guidance: "g", kind: "weighted", weight: 1, group: "supply_chain" },
  ],
  excludedSectors: [{ key: "tobacco", label: "Tobacco", naceCodes: ["12"], tags: [] }],
};

describe("applyOverrides", () => {
  it("disables, re-weights and adds, keeping base order and marking origins", () => {
    const r = applyOverrides(
      base,
      [
        { key: "b", mode: "disable" },
        { key: "a", mode: "reweight", weight: 4 },
        { key: "own", mode: "add", criterion: { key: "own", title: "Own", guidance: "look", kind: "weighted", weight: 3, group: "core" } },
      ],
      null,
    );
    expect(r.criteria.map((c) => [c.key, c.weight, c.origin])).toEqual([
      ["a", 4, "reweighted"],
      ["c", 1, "base"],
      ["own", 3, "added"],
    ]);
    expect(r.criteria[0].baseWeight).toBe(2);
    expect(r.disabled).toEqual([{ key: "b", title: "B" }]);
    expect(r.excludedSectors).toEqual(base.excludedSectors);
    expect(r.warnings).toEqual([]);
  });

  it("reports overrides the base no longer supports and uses the organisation's excluded sectors", () => {
    const r = applyOverrides(
      base,
      [
        { key: "gone", mode: "disable" },
        { key: "gone2", mode: "reweight", weight: 3 },
      ],
      [],
    );
    expect(r.criteria).toHaveLength(3);
    expect(r.warnings).toHaveLength(2);
    expect(r.excludedSectors).toEqual([]);
  });

  it("a re-weight to the same weight changes nothing", () => {
    const r = applyOverrides(base, [{ key: "a", mode: "reweight", weight: 2 }], null);
    expect(r.criteria[0]).toMatchObject({ key: "a", weight: 2, origin: "base" });
  });
});

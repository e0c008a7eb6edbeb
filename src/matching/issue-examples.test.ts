// The examples a new user tried (they were missed before engine 2.0.0), screened against the real OFAC SDN and
// UN lists in the reference data in the repository (MATCHING_DATA_DIR, default tests/fixtures/reference-data), exactly as a screening does.

import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compareNames } from "./compare.js";
import { MatchIndex } from "./index.js";
import { readOfacSdn } from "./sources/ofac.js";
import { readUnConsolidated } from "./sources/un.js";

const DATA = process.env.MATCHING_DATA_DIR ?? resolve(process.cwd(), "tests/fixtures/reference-data");
const OFAC = join(DATA, "watchlists/ofac-sdn");
const UN = join(DATA, "watchlists/un/consolidated.xml");

describe("the examples that were missed, against the real lists", () => {
  const index = new MatchIndex();
  beforeAll(async () => {
    for await (const e of readOfacSdn(OFAC)) index.add(e);
    for await (const e of readUnConsolidated(UN)) index.add(e);
    index.build();
  }, 120_000);

  it.each([
    ["Alexander Lukashenko", "LUKASHENKO, Alexander Hryhoryavich", "person"],
    ["Oleg Deripaska", "DERIPASKA, Oleg Vladimirovich", "person"],
    ["Yuri Kovalchuk", "KOVALCHUK, Yuri Valentinovich", "person"],
    ["Arkady Fotenberg", "ROTENBERG, Arkady", "person"],
    ["Bamk Rossiya", "BANK ROSSIYA", "company"],
    ["Oleg Deripaska", "DERIPASKA, Oleg Vladimirovich", "unknown"],
    ["Bamk Rossiya", "BANK ROSSIYA", "unknown"],
  ] as const)("%s finds %s (as %s)", (query, listed, type) => {
    const hits = index.search({ name: query, type }, { limit: 10 });
    const hit = hits.find((h) => h.name === listed);
    expect(hit, `returned: ${hits.map((h) => `${h.name} ${h.score}`).join("; ")}`).toBeDefined();
    expect(hit!.match).toBe(true);
  });

  it("names compare: Vladimir Putin ~ Vladimir Vladimirovich PUTIN", () => {
    expect(compareNames("Vladimir Putin", "Vladimir Vladimirovich PUTIN").match).toBe(true);
  });
});

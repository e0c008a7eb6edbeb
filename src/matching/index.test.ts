import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexRecall } from "./eval/brute-recall.js";
import { addTypo, disguisedQueries, negativeQueries } from "./eval/disguise.js";
import { mulberry32 } from "./eval/prng.js";
import { syntheticEntities } from "./eval/synthetic.js";
import { MatchIndex, searchBrute } from "./index.js";
import { readOfacSdn } from "./sources/ofac.js";
import type { Entity } from "./types.js";

const DATA = process.env.MATCHING_DATA_DIR ?? resolve(process.cwd(), "tests/fixtures/reference-data");

const entity = (sourceId: string, type: Entity["type"], names: string[], countries: string[] = []): Entity => ({
  list: "test",
  sourceId,
  type,
  names,
  countries,
});

describe("MatchIndex on a handful of entries", () => {
  const index = new MatchIndex();
  index.add(entity("1", "company", ["Kisumu Lakeside Motors Ltd", "Lakeside Motors"], ["KE"]));
  index.add(entity("2", "company", ["Kisumu Lakeside Motor Spares Ltd"], ["KE"]));
  index.add(entity("3", "person", ["AL-ZAWAHIRI, Ayman"], ["EG"]));
  index.add(entity("4", "vessel", ["SEA DRAGON 8"], ["PA"]));
  index.add(entity("5", "company", ["Banco Nacional de Cuba"], ["CU"]));
  index.build();

  it("returns matching entries best first, with the matched name, score, match flag and explanations", () => {
    const [top, ...rest] = index.search({ name: "KISUMU LAKESIDE MOTORS LIMITED" });
    expect(top).toMatchObject({ list: "test", sourceId: "1", name: "Kisumu Lakeside Motors Ltd", match: true });
    expect(top.score).toBeGreaterThan(0.95);
    expect(top.explanations.map((e) => e.feature)).toContain("token_overlap");
    expect(rest.every((r) => r.score <= top.score)).toBe(true);
  });

  it("hides non-matches unless asked, and honours limit and threshold", () => {
    expect(index.search({ name: "Kisumu Lakeside Motors" }).map((r) => r.sourceId)).toEqual(["1"]);
    const all = index.search({ name: "Kisumu Lakeside Motors" }, { includeNonMatches: true, limit: 5 });
    expect(all.map((r) => r.sourceId)).toEqual(["1", "2"]);
    expect(all[1].match).toBe(false);
    expect(index.search({ name: "Kisumu Lakeside Motors" }, { threshold: 0.3 })).toHaveLength(2);
  });

  it("finds persons in either word order and vessels whatever the number format", () => {
    expect(index.search({ name: "Ayman al Zawahiri" })[0]?.sourceId).toBe("3");
    expect(index.search({ name: "MV SEA DRAGON No. 8" })[0]?.sourceId).toBe("4");
    expect(index.search({ name: "SEA DRAGON 9" })).toEqual([]);
  });

  it("uses entity type and country as features beyond the name", () => {
    const asVessel = index.search({ name: "Banco Nacional de Cuba", type: "vessel" }, { includeNonMatches: true })[0];
    expect(asVessel.explanations.find((e) => e.feature === "entity_type")?.weight).toBeLessThan(0);
    const elsewhere = index.search({ name: "Banco Nacional de Cuba", country: "Spain" })[0];
    expect(elsewhere.explanations.find((e) => e.feature === "country")?.value).toBeLessThan(1);
    const home = index.search({ name: "Banco Nacional de Cuba", country: "CU" })[0];
    expect(home.score).toBe(1);
  });
});

describe("MatchIndex against brute force", () => {
  it("finds what a full scan finds on a synthetic list", () => {
    const index = new MatchIndex();
    const sample: Entity[] = [];
    let i = 0;
    for (const e of syntheticEntities(3000, 99)) {
      index.add(e);
      if (i++ % 120 === 0) sample.push(e);
    }
    index.build();
    const rng = mulberry32(1);
    const queries = sample.map((e) => ({ name: addTypo(rng, e.names[0]) ?? e.names[0] }));
    const r = indexRecall(index, queries);
    expect(r.bruteMatches).toBeGreaterThan(20);
    expect(r.recall).toBeGreaterThanOrEqual(0.995);
  });

  describe("on the OFAC list", () => {
    const entities: Entity[] = [];
    const index = new MatchIndex();
    beforeAll(async () => {
      // The first 3,000 entries keep the test fast; the benchmarks use all of OFAC and UN.
      for await (const e of readOfacSdn(resolve(DATA, "watchlists/ofac-sdn"))) if (entities.length < 3000) entities.push(e);
      for (const e of entities) index.add(e);
      index.build();
    });

    it("finds disguised entries and the same matches as brute force", () => {
      const disguised = disguisedQueries(entities, 8, 3);
      for (const q of disguised) {
        const hits = index.search({ name: q.name });
        expect(
          hits.some((h) => h.sourceId === q.sourceId && h.match),
          `${q.kind}: ${q.name}`,
        ).toBe(true);
      }
      const queries = [...disguised.filter((_, k) => k % 5 === 0), ...negativeQueries(4, 5)].map((q) => ({ name: q.name }));
      expect(indexRecall(index, queries).recall).toBeGreaterThanOrEqual(0.995);
      expect(searchBrute(index, { name: "BANCO NACIONAL DE CUBA" })[0].sourceId).toBe("306");
    });

    it("reports compact memory", () => {
      const s = index.stats();
      expect(s.entities).toBe(3000);
      expect(s.approxBytes / s.records).toBeLessThan(1000);
    });
  });
});

describe("MatchIndex candidates for a name in another script", () => {
  // Hundreds of namesakes that share only the common given name: a cross-script query meets them all by
  // consonants, and they must not crowd the listed person out of the candidates the index scores.
  const index = new MatchIndex();
  const syllables = ["ba", "ke", "ri", "to", "lu", "sa", "mi", "da", "no", "ze", "fa", "gu"];
  let id = 0;
  for (const a of syllables)
    for (const b of syllables) {
      const surname = `${a}${b}${a === b ? "r" : "n"}i`;
      index.add(entity(String(++id), "person", [`Mohammad ${surname[0].toUpperCase()}${surname.slice(1)}`]));
      index.add(entity(String(++id), "person", ["Mohammad"]));
      index.add(entity(String(++id), "person", [`Abu Muhammad`]));
    }
  index.add(entity("haqqani", "person", ["SAYYED MOHAMMED HAQQANI"], ["AF"]));
  index.add(entity("kammoun", "person", ["MEHDI BEN MOHAMED BEN MOHAMED KAMMOUN"], ["TN"]));
  index.build();

  it("finds a surname whose consonant skeleton is short but whose loose skeleton is not (حقانی, Haqqani)", () => {
    const found = index.search({ name: "سيد محمد حقانی", type: "person" });
    expect(found.some((r) => r.sourceId === "haqqani" && r.match)).toBe(true);
  });

  it("ranks the listed person above namesakes that share only Mohammed", () => {
    const found = index.search({ name: "المهدي بن محمد بن محمد كمون", type: "person" });
    expect(found.some((r) => r.sourceId === "kammoun" && r.match)).toBe(true);
    expect(index.searchAll({ name: "المهدي بن محمد بن محمد كمون", type: "person" }).find((r) => r.match)?.sourceId).toBe("kammoun");
  });
});

describe("a listed name the query holds whole is a candidate, however heavy its namesakes (typo2)", () => {
  const index = new MatchIndex();
  index.add(entity("t", "company", ["Velora Petroleum Private Joint Stock Company"]));
  // A few namesakes share more of the query's words (a legal form misspelt into ordinary words) and so gather
  // more weight than the listed name; many unrelated names keep those words rare.
  for (let i = 0; i < 3; i++) index.add(entity(`n${i}`, "company", [`Privat Joint Stoock Holdinx Trust ${i}`]));
  for (let i = 0; i < 1500; i++) index.add(entity(`f${i}`, "company", [`Filler Holding ${String.fromCharCode(97 + (i % 26))}${i}`]));
  index.build();

  it("keeps the listed name among the candidates, as a full scan finds it", () => {
    const q = { name: "Velora Petroleum Privat Joint Stoock Holdinx", type: "company" as const };
    const options = { includeNonMatches: true, limit: 5 };
    expect(searchBrute(index, q, options).map((r) => r.sourceId)).toContain("t");
    expect(index.search(q, options).map((r) => r.sourceId)).toContain("t");
  });
});

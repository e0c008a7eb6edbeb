// Vocabulary from sources, never from the test (issue: "Screening you can trust", point 3).
// 1. Every table in src/matching/data/ names its public source in its header.
// 2. A spelling in a vocabulary table that also occurs in an evaluation file must be found in a cited source
//    that is kept in the repository (src/matching/data/sources/) or installed (stopwords-iso): otherwise it
//    may have been fitted to that file. Spellings no evaluation file contains are not checked here.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUSINESS_WORDS } from "./data/business-words.js";
import { LEGAL_FORMS } from "./data/legal-forms.js";
import { STOPWORDS, TITLES } from "./data/lexicon.js";
import { parsePairs } from "./eval/pairs.js";
import { phraseKey } from "./tokenize.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, "../..");
const DATA = resolve(HERE, "data");
const require = createRequire(import.meta.url);

interface RigourNames {
  source: { repository: string; commit: string; licence: string };
  orgTypes: Array<{ display?: string; compare?: string; generic?: string; aliases?: string[] }>;
  symbols: Record<string, Record<string, string[]>>;
  stopwords: Record<string, string[]>;
}
const rigour = JSON.parse(readFileSync(resolve(DATA, "sources/rigour-names.json"), "utf8")) as RigourNames;
const stopwordsIso = require("stopwords-iso") as Record<string, string[]>;

/** Every spelling a cited, kept source has, keyed like the tables are (phraseKey). */
const SOURCED = new Set<string>();
const addSourced = (s: string | undefined) => {
  if (!s) return;
  const k = phraseKey(s);
  if (k) SOURCED.add(k);
};
for (const t of rigour.orgTypes) [t.display, t.compare, t.generic, ...(t.aliases ?? [])].forEach(addSourced);
for (const section of Object.values(rigour.symbols))
  for (const [id, spellings] of Object.entries(section)) [id, ...spellings].forEach(addSourced);
for (const list of Object.values(rigour.stopwords)) list.forEach(addSourced);
for (const list of Object.values(stopwordsIso)) list.forEach(addSourced);

/** The evaluation files: the public labelled pairs (a copy in the repository) and the fresh pairs. */
const EVAL_FILES = [
  resolve(ROOT, "tests/fixtures/reference-data/name-pairs/cascade-name-pairs.csv"),
  resolve(ROOT, "tests/bench/matching/fresh-pairs.csv"),
];
const evalNames: string[] = [];
for (const f of EVAL_FILES) for (const p of parsePairs(readFileSync(f, "utf8"))) evalNames.push(p.name1, p.name2);
const evalText = ` ${evalNames.map((n) => phraseKey(n)).join(" | ")} `;
const inEvaluation = (key: string) => evalText.includes(` ${key} `);

function unsourced(spellings: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const s of spellings) {
    const k = phraseKey(s);
    if (k && inEvaluation(k) && !SOURCED.has(k)) out.add(s);
  }
  return [...out].sort();
}

describe("vocabulary provenance", () => {
  it("every table in src/matching/data names its public source in its header", () => {
    const tables = readdirSync(DATA).filter((f) => f.endsWith(".ts"));
    expect(tables.length).toBeGreaterThan(5);
    for (const f of tables) {
      const header = readFileSync(resolve(DATA, f), "utf8").split("\n").slice(0, 25).join("\n");
      expect(header, `${f}: no "Source:" line in its header`).toMatch(/^\/\/ Sources?:/m);
    }
  });

  it("the kept source extract names its repository, commit and licence", () => {
    expect(rigour.source.repository).toBe("https://github.com/opensanctions/rigour");
    expect(rigour.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(rigour.source.licence).toMatch(/^MIT/);
    expect(existsSync(resolve(DATA, "sources/LICENSE-rigour.txt"))).toBe(true);
    expect(SOURCED.has("bank") && SOURCED.has("gmbh")).toBe(true);
  });

  it("reads the evaluation files it checks against", () => {
    expect(evalNames.length).toBeGreaterThan(200);
  });

  it("business words found in an evaluation file are in a cited source", () => {
    expect(unsourced(BUSINESS_WORDS.flatMap(([, v]) => v.split("|").map((s) => s.trim())))).toEqual([]);
  });

  it("legal-form spellings found in an evaluation file are in a cited source", () => {
    expect(unsourced(LEGAL_FORMS.flatMap((f) => f.variants))).toEqual([]);
  });

  it("stopwords and titles found in an evaluation file are in a cited source", () => {
    expect(unsourced([...STOPWORDS, ...TITLES])).toEqual([]);
  });
});

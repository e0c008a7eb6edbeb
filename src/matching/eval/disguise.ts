// Recall/false-positive test built from real list entries: disguise an entry the way real screening input
// differs from the list (legal form swapped, accents added, one typo, word order, an alias), and generate
// plausible names that are on no list. Pure functions over entities; seeded, so runs are reproducible.

import type { Entity, EntityType } from "../types.js";
import { KEYBOARD } from "./keyboard.js";
import { mulberry32, pick, randInt, shuffle, type Rng } from "./prng.js";
import { BUSINESS_WORDS_EN, COMPANY_STEMS, GIVEN_NAMES, LEGAL_EQUIVALENTS, LEGAL_SUFFIXES, SURNAMES } from "./wordlists.js";

export type DisguiseKind = "legal-form" | "accents" | "typo" | "word-order" | "alias" | "case-punctuation";

export interface DisguisedQuery {
  kind: DisguiseKind;
  name: string;
  type: EntityType;
  /** The entry that must be found. */
  list: string;
  sourceId: string;
  original: string;
}

const ACCENTS: Record<string, string[]> = {
  a: ["á", "à", "â", "ä", "ã"],
  e: ["é", "è", "ê", "ë"],
  i: ["í", "ì", "î", "ï"],
  o: ["ó", "ò", "ô", "ö", "õ"],
  u: ["ú", "ù", "û", "ü"],
  c: ["ç", "č"],
  n: ["ñ", "ń"],
  s: ["š", "ş"],
  z: ["ž", "ż"],
  y: ["ý"],
};

function addAccents(rng: Rng, name: string): string | undefined {
  const chars = [...name];
  const spots = chars.map((c, i) => (ACCENTS[c.toLowerCase()] ? i : -1)).filter((i) => i >= 0);
  if (spots.length === 0) return undefined;
  for (const i of shuffle(spots, rng).slice(0, 1 + randInt(rng, 2))) {
    const lower = chars[i].toLowerCase();
    const acc = pick(rng, ACCENTS[lower]);
    chars[i] = chars[i] === lower ? acc : acc.toUpperCase();
  }
  return chars.join("");
}

/** One keyboard typo (neighbour key, dropped, doubled or swapped letter) in a word of 6+ letters, not its first letter. */
export function addTypo(rng: Rng, name: string): string | undefined {
  const words = name.split(" ");
  const candidates = words.map((w, i) => (/^[A-Za-z]{6,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return undefined;
  const wi = pick(rng, candidates);
  const w = words[wi];
  const pos = 1 + randInt(rng, w.length - 2);
  const ch = w[pos];
  const upper = ch === ch.toUpperCase();
  const op = randInt(rng, 4);
  let out: string;
  if (op === 0) {
    const near = KEYBOARD[ch.toLowerCase()] ?? "e";
    const sub = pick(rng, [...near]);
    out = w.slice(0, pos) + (upper ? sub.toUpperCase() : sub) + w.slice(pos + 1);
  } else if (op === 1) out = w.slice(0, pos) + w.slice(pos + 1);
  else if (op === 2) out = w.slice(0, pos) + ch + w.slice(pos);
  else out = w.slice(0, pos) + w[pos + 1] + ch + w.slice(pos + 2);
  words[wi] = out;
  return words.join(" ");
}

function swapLegalForm(name: string): string | undefined {
  for (const [re, replacement] of LEGAL_EQUIVALENTS) if (re.test(name)) return name.replace(re, replacement);
  return undefined;
}

function reorder(name: string, type: EntityType): string | undefined {
  if (type !== "person") return undefined;
  if (name.includes(",")) {
    const [surname, given] = name.split(",", 2).map((s) => s.trim());
    return given ? `${given} ${surname}` : undefined;
  }
  const parts = name.split(" ");
  if (parts.length < 2) return undefined;
  return `${parts[parts.length - 1].toUpperCase()}, ${parts.slice(0, -1).join(" ")}`;
}

function casePunctuation(name: string): string {
  const stripped = name
    .replace(/[.,'"-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return stripped === stripped.toUpperCase() ? stripped.toLowerCase() : stripped.toUpperCase();
}

function disguise(rng: Rng, e: Entity, kind: DisguiseKind): string | undefined {
  const primary = e.names[0];
  switch (kind) {
    case "legal-form":
      return e.type === "company" ? swapLegalForm(primary) : undefined;
    case "accents":
      return addAccents(rng, primary);
    case "typo":
      return addTypo(rng, primary);
    case "word-order":
      return reorder(primary, e.type);
    case "alias": {
      // Single-word aliases ("HASSAN") are weak aliases that no screening would rely on.
      const strong = e.names.slice(1).filter((n) => /^[\x20-\x7e]+$/.test(n) && n.trim().split(/[\s,]+/).length >= 2);
      return strong.length ? casePunctuation(pick(rng, strong)) : undefined;
    }
    case "case-punctuation":
      return casePunctuation(primary);
  }
}

const KINDS: DisguiseKind[] = ["legal-form", "accents", "typo", "word-order", "alias", "case-punctuation"];

/** Up to `perKind` disguised queries of each kind, from Latin-script entries (aircraft excluded). */
export function disguisedQueries(entities: Entity[], perKind = 150, seed = 7): DisguisedQuery[] {
  const rng = mulberry32(seed);
  const pool = entities.filter(
    (e) => e.type !== "aircraft" && /^[\x20-\x7e]+$/.test(e.names[0]) && e.names[0].replace(/[^A-Za-z]/g, "").length >= 6,
  );
  const out: DisguisedQuery[] = [];
  for (const kind of KINDS) {
    let made = 0;
    for (const e of shuffle(pool, rng)) {
      if (made >= perKind) break;
      const name = disguise(rng, e, kind);
      if (!name || name === e.names[0]) continue;
      out.push({ kind, name, type: e.type, list: e.list, sourceId: e.sourceId, original: e.names[0] });
      made++;
    }
  }
  return out;
}

export interface NegativeQuery {
  kind: "company" | "person" | "sibling";
  name: string;
}

/**
 * Hard negatives from real entries: one distinctive word of a listed company replaced by another word, or
 * a listed person's given name replaced by another one (same family name, different person).
 */
export function siblingQueries(entities: Entity[], count: number, seed = 13): NegativeQuery[] {
  const rng = mulberry32(seed);
  const pool = entities.filter((e) => (e.type === "company" || e.type === "person") && /^[\x20-\x7e]+$/.test(e.names[0]));
  const out: NegativeQuery[] = [];
  for (const e of shuffle(pool, rng)) {
    if (out.length >= count) break;
    const name = e.names[0];
    if (e.type === "person") {
      const [surname, given] = name.split(",", 2).map((x) => x.trim());
      if (!given || !surname) continue;
      const others = given.split(" ");
      others[0] = pick(
        rng,
        GIVEN_NAMES.filter((g) => g.toLowerCase() !== others[0].toLowerCase()),
      );
      out.push({ kind: "sibling", name: `${surname}, ${others.join(" ")}` });
    } else {
      const words = name.split(" ");
      const idx = words.map((w, i) => (/^[A-Za-z]{4,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
      if (idx.length < 2) continue;
      words[pick(rng, idx)] = pick(rng, COMPANY_STEMS).toUpperCase();
      out.push({ kind: "sibling", name: words.join(" ") });
    }
  }
  return out;
}

/** Plausible company and person names built from word lists; callers drop any that are on the list. */
export function negativeQueries(count: number, seed = 11): NegativeQuery[] {
  const rng = mulberry32(seed);
  const out: NegativeQuery[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    let q: NegativeQuery;
    if (rng() < 0.5) {
      const words = [pick(rng, COMPANY_STEMS), ...Array.from({ length: 1 + randInt(rng, 2) }, () => pick(rng, BUSINESS_WORDS_EN))];
      q = { kind: "company", name: `${words.join(" ")} ${pick(rng, LEGAL_SUFFIXES)}` };
    } else {
      const middle = rng() < 0.25 ? ` ${pick(rng, GIVEN_NAMES)}` : "";
      q = { kind: "person", name: `${pick(rng, GIVEN_NAMES)}${middle} ${pick(rng, SURNAMES)}` };
    }
    if (seen.has(q.name)) continue;
    seen.add(q.name);
    out.push(q);
  }
  return out;
}

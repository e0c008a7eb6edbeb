// Labelled screening cases built from real list entries, one VARIANT KIND at a time: a query written the way
// people write a listed name (positives: the entry must be found) or a near name that belongs to nobody on the
// list (negatives: nothing may match). Pure and seeded: the same entries and seed give the same cases.
//
// Entities are split once into `dev` (tune on it, look at it) and `sealed` (measured once, never printed by
// default) by a seeded hash of list + source id, so no entity is in both. Every positive query is checked
// against the engine's normaliser: a query whose normalised form equals an indexed name is no variant and is
// dropped (the old disguise benchmark's flaw). Negatives are dropped when a listed name has the same words.

import { distance } from "fastest-levenshtein";
import { normaliseName } from "../normalise.js";
import type { Entity, EntityType } from "../types.js";
import { KEYBOARD } from "./keyboard.js";
import { mulberry32, pick, randInt, shuffle, type Rng } from "./prng.js";
import { CYRILLIC_SYSTEMS, cyrillicFromBgn, isCyrillic, romaniseCyrillic } from "./variants-cyrillic.js";
import { BUSINESS_WORD_TRANSLATIONS, LEGAL_FORM_GROUPS } from "./variants-words.js";

export const POSITIVE_KINDS = [
  "given-surname",
  "initials",
  "order",
  "typo1",
  "typo2",
  "typo-first-letter",
  "typo-short-word",
  "joined-split",
  "translit-cyrillic",
  "cross-script",
  "former-name",
  "business-word-language",
  "legal-form",
] as const;
export const NEGATIVE_KINDS = ["swapped-surname", "sibling", "sister-ship"] as const;
export type PositiveKind = (typeof POSITIVE_KINDS)[number];
export type NegativeKind = (typeof NEGATIVE_KINDS)[number];
export type VariantKind = PositiveKind | NegativeKind;
export const VARIANT_KINDS: VariantKind[] = [...POSITIVE_KINDS, ...NEGATIVE_KINDS];

export type Split = "dev" | "sealed";

/**
 * The seed the splits and cases were drawn with, once, on 2026-12-06. Changing it redraws the sealed split:
 * never change it to improve a number.
 */
export const VARIANT_SEED = 20261206;

/**
 * Case seeds of the sealed split's earlier measurements, each spent by being measured: 20261206 (2026-12-06
 * 17:56 UTC, engine 2.0.0), 20261218 (2026-12-06 20:29 UTC, engine 2.3.0; engine 2.4.0 was built after it),
 * 20261207 (2026-12-07 02:53 UTC, engine 2.5.0) and 20261208 (2026-12-07 10:33 UTC, engine 2.6.0).
 */
export const SPENT_SEALED_CASE_SEEDS = [20261206, 20261218, 20261207, 20261208] as const;

/**
 * The case seed of the fifth sealed measurement, drawn at random (not a date) on 2026-12-07 at 12:41 UTC before
 * any tuning of the engine after 2.6.0, and not run until that work was finished (screened once, 2026-12-07 13:44 UTC,
 * engine 2.14.0, so it is spent; 20261208 was spent before it): the sealed
 * split's entities (drawn with VARIANT_SEED; never read case by case, never tuned on) with freshly drawn queries.
 * The entity split is kept on purpose: a new entity seed would move about half of the dev entities, whose cases
 * were read and tuned on, into the sealed split. Kinds whose query is fixed by the entity (cross-script: the
 * original-script name) draw the same cases as before; those were seen only as a share.
 */
export const SEALED_CASE_SEED = 79063031;

/**
 * Which index a case is screened against. `full`: the lists as imported. `variant`: the same lists with
 * non-Latin names removed (a cross-script query must be found through the Latin names) and OFAC's fka aliases
 * folded into the primary name as annotations ("X (f.k.a. Y)"), so a former name is only on the list as an
 * annotation.
 */
export type IndexVariant = "full" | "variant";

/** A list entry with what the evaluation needs beyond the engine's Entity. */
export interface ListEntry extends Entity {
  /** Former names from the list's own alias type (OFAC alt.csv "fka"); also in `names`. */
  formerNames: string[];
  /** Former names only found in remarks (OFAC `f.k.a. 'X'`, `formerly X`); not in `names`. */
  remarkFormerNames: string[];
}

export interface VariantCase {
  kind: VariantKind;
  positive: boolean;
  query: string;
  type: EntityType;
  country?: string;
  /** `list:sourceId` of the entry that must be found (positives). */
  target?: string;
  /** The list name the query was made from. */
  from: string;
  index: IndexVariant;
  /** How it was made (typo operation, transliteration system, legal-form change ...). */
  detail: string;
}

export interface GenerateOptions {
  split: Split;
  seed?: number;
  /**
   * Seed of the cases drawn from the split's entities (default: `seed`). A new case seed draws fresh queries from
   * the same entities: SEALED_CASE_SEED redrew the sealed split after its first measurement.
   */
  caseSeed?: number;
  /** Cases per kind (cross-script takes every eligible entry up to this). */
  perKind?: number;
}

export const entryKey = (e: { list: string; sourceId: string }) => `${e.list}:${e.sourceId}`;

function hash(s: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** The split an entity belongs to: a seeded hash of its list and source id, half and half. */
export function splitOf(e: { list: string; sourceId: string }, seed = VARIANT_SEED): Split {
  return mulberry32(hash(entryKey(e), seed))() < 0.5 ? "dev" : "sealed";
}

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
export const isLatin = (s: string) => !NON_LATIN.test(s);

/** The form the identity check compares: every form's tokens, numbers and legal forms, in order. */
export function normalisedKey(name: string, type: EntityType): string {
  const n = normaliseName(name, type);
  return n.forms.map((f) => [...f.tokens.map((t) => t.text), ...f.numbers, ...f.legal.map((l) => l.code)].join(" ")).join(" | ");
}

/** The words of a name regardless of order (for negatives: a listed name with the same words is no negative). */
function wordSet(name: string, type: EntityType): string {
  const f = normaliseName(name, type).forms[0];
  return [...new Set([...f.tokens.map((t) => t.key), ...f.numbers])].sort().join(" ");
}

/** The entities of an index variant (see IndexVariant). */
export function indexEntities(entries: ListEntry[], variant: IndexVariant, seed = VARIANT_SEED): Entity[] {
  if (variant === "full") return entries.map(({ list, sourceId, type, names, countries }) => ({ list, sourceId, type, names, countries }));
  return entries.map((e) => {
    const former = new Set(e.formerNames);
    const kept = e.names.filter((n) => isLatin(n) && !former.has(n));
    if (!kept.length) return { list: e.list, sourceId: e.sourceId, type: e.type, names: [], countries: e.countries };
    const fka = e.formerNames.filter(isLatin);
    if (fka.length) kept[0] = annotateFormer(kept[0], fka, mulberry32(hash(entryKey(e), seed ^ 0x5eed)));
    return { list: e.list, sourceId: e.sourceId, type: e.type, names: kept, countries: e.countries };
  });
}

/** "X (f.k.a. Y)", "X, formerly Y", "X ex Y", chains for several former names. */
function annotateFormer(name: string, former: string[], rng: Rng): string {
  const templates = [
    (x: string, y: string) => `${x} (f.k.a. ${y})`,
    (x: string, y: string) => `${x}, formerly ${y}`,
    (x: string, y: string) => `${x} (ex ${y})`,
    (x: string, y: string) => `${x} f/k/a ${y}`,
  ];
  return former.reduce((acc, f) => pick(rng, templates)(acc, f), name);
}

// ---- small text helpers -----------------------------------------------------------------------------------

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const isAllUpper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();
const title = (w: string) => (isAllUpper(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w);
const LETTERS = /^\p{L}+$/u;

/** A person's name as given names and surnames: "SURNAME, Given Middle" or "Given Middle Surname". */
export function personParts(name: string): { given: string[]; surname: string[] } | undefined {
  const comma = name.indexOf(",");
  if (comma > 0) {
    const surname = words(name.slice(0, comma));
    const given = words(name.slice(comma + 1));
    return surname.length && given.length ? { given, surname } : undefined;
  }
  const w = words(name);
  return w.length >= 2 ? { given: w.slice(0, -1), surname: w.slice(-1) } : undefined;
}

const TYPO_OPS = ["substitute", "delete", "insert", "transpose", "double"] as const;

/** One keyboard typo at `pos` of `word` (letters a-z only), keeping the case. */
export function typoAt(rng: Rng, word: string, pos: number): { word: string; op: string } {
  const ch = word[pos];
  const lower = ch.toLowerCase();
  const up = (c: string) => (ch !== lower ? c.toUpperCase() : c);
  const near = KEYBOARD[lower] ?? "e";
  let op = pick(rng, TYPO_OPS);
  if (op === "transpose" && (pos + 1 >= word.length || word[pos + 1].toLowerCase() === lower)) op = "substitute";
  if (op === "delete" && word.length <= 3) op = "substitute";
  switch (op) {
    case "substitute":
      return { word: word.slice(0, pos) + up(pick(rng, [...near])) + word.slice(pos + 1), op };
    case "delete":
      return { word: word.slice(0, pos) + word.slice(pos + 1), op };
    case "insert":
      return { word: word.slice(0, pos) + up(pick(rng, [...near])) + word.slice(pos), op };
    case "transpose": {
      const next = word[pos + 1];
      const a = pos === 0 && ch !== lower ? next.toUpperCase() : next;
      const b = pos === 0 && ch !== lower && !isAllUpper(word) ? lower : ch;
      return { word: word.slice(0, pos) + a + b + word.slice(pos + 2), op };
    }
    default:
      return { word: word.slice(0, pos) + ch + word.slice(pos), op };
  }
}

const typoable = (w: string) => /^[A-Za-z]+$/.test(w);

/** Positions (word, letter) a typo may hit, with a filter on the word. */
function typoSpots(ws: string[], wordOk: (w: string) => boolean, firstOnly = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  ws.forEach((w, wi) => {
    if (!typoable(w) || !wordOk(w)) return;
    for (let p = 0; p < (firstOnly ? 1 : w.length); p++) out.push([wi, p]);
  });
  return out;
}

function applyTypo(rng: Rng, name: string, spot: [number, number]): { name: string; detail: string } {
  const ws = words(name);
  const [wi, p] = spot;
  const t = typoAt(rng, ws[wi], p);
  const detail = `${t.op} at ${p + 1} of '${ws[wi]}'`;
  ws[wi] = t.word;
  return { name: ws.join(" "), detail };
}

// ---- the kinds --------------------------------------------------------------------------------------------

interface Made {
  query: string;
  detail: string;
  index?: IndexVariant;
  from?: string;
}

type Maker = (rng: Rng, e: ListEntry, ctx: Context) => Made | undefined;

interface Context {
  entries: ListEntry[];
  persons: ListEntry[];
  companies: ListEntry[];
  vessels: ListEntry[];
}

const latinName = (e: ListEntry) => e.names.find((n) => isLatin(n) && !e.formerNames.includes(n));

const POSITIVE_MAKERS: Record<PositiveKind, { types: EntityType[]; make: Maker }> = {
  "given-surname": {
    types: ["person"],
    make: (_rng, e) => {
      const n = latinName(e);
      const p = n ? personParts(n) : undefined;
      if (!p || p.given.length + p.surname.length < 3) return undefined;
      return {
        query: `${title(p.given[0])} ${title(p.surname[0])}`,
        detail: `dropped: ${[...p.given.slice(1), ...p.surname.slice(1)].join(" ")}`,
      };
    },
  },
  initials: {
    types: ["person"],
    make: (rng, e) => {
      const n = latinName(e);
      const p = n ? personParts(n) : undefined;
      if (!p || !p.given.every((g) => LETTERS.test(g))) return undefined;
      const dot = rng() < 0.7 ? "." : "";
      const init = (g: string) => `${g[0].toUpperCase()}${dot}`;
      const allInitials = p.given.length === 1 || rng() < 0.5;
      const given = allInitials ? p.given.map(init) : [title(p.given[0]), ...p.given.slice(1).map(init)];
      return {
        query: [...given, ...p.surname.map(title)].join(" "),
        detail: allInitials ? "all given names as initials" : "middle names as initials",
      };
    },
  },
  order: {
    types: ["person"],
    make: (rng, e) => {
      const n = latinName(e);
      const p = n ? personParts(n) : undefined;
      if (!p) return undefined;
      const g = p.given.map(title);
      const s = p.surname.map(title);
      const options: Array<[string, string]> = [
        [[...g, ...s].join(" "), "given names first"],
        [[...s, ...g].join(" "), "surname first, no comma"],
        [`${s.join(" ")}, ${g.join(" ")}`, "SURNAME, Given"],
      ];
      if (g.length + s.length >= 3) options.push([shuffle([...g, ...s], rng).join(" "), "shuffled"]);
      const [query, detail] = pick(rng, options);
      return { query, detail };
    },
  },
  typo1: {
    types: ["person", "company", "vessel"],
    make: (rng, e) => {
      const n = latinName(e);
      if (!n) return undefined;
      const spots = typoSpots(words(n), (w) => w.length >= 3);
      if (!spots.length) return undefined;
      const t = applyTypo(rng, n, pick(rng, spots));
      return { query: t.name, detail: t.detail };
    },
  },
  typo2: {
    types: ["person", "company", "vessel"],
    make: (rng, e) => {
      const n = latinName(e);
      if (!n) return undefined;
      const spots = typoSpots(words(n), (w) => w.length >= 3);
      if (spots.length < 2) return undefined;
      const first = pick(rng, spots);
      const a = applyTypo(rng, n, first);
      // The second typo in another word when there is one (positions of the first word moved).
      const others = typoSpots(words(a.name), (w) => w.length >= 3).filter(([wi]) => wi !== first[0]);
      const second = others.length
        ? pick(rng, others)
        : pick(
            rng,
            typoSpots(words(a.name), (w) => w.length >= 3),
          );
      const b = applyTypo(rng, a.name, second);
      return { query: b.name, detail: `${a.detail}; ${b.detail}` };
    },
  },
  "typo-first-letter": {
    types: ["person", "company", "vessel"],
    make: (rng, e) => {
      const n = latinName(e);
      if (!n) return undefined;
      const spots = typoSpots(words(n), (w) => w.length >= 3, true);
      if (!spots.length) return undefined;
      const t = applyTypo(rng, n, pick(rng, spots));
      return { query: t.name, detail: t.detail };
    },
  },
  "typo-short-word": {
    types: ["person", "company", "vessel"],
    make: (rng, e) => {
      const n = latinName(e);
      if (!n) return undefined;
      const spots = typoSpots(words(n), (w) => w.length === 4 || w.length === 5);
      if (!spots.length) return undefined;
      const t = applyTypo(rng, n, pick(rng, spots));
      return { query: t.name, detail: t.detail };
    },
  },
  "joined-split": {
    types: ["person", "company", "vessel"],
    make: (rng, e) => {
      const n = latinName(e);
      if (!n) return undefined;
      const ws = words(n.replace(/,/g, " "));
      const joins = ws
        .slice(0, -1)
        .map((_, i) => i)
        .filter((i) => LETTERS.test(ws[i]) && LETTERS.test(ws[i + 1]) && ws[i].length >= 2 && ws[i + 1].length >= 2);
      const splits = ws.map((_, i) => i).filter((i) => LETTERS.test(ws[i]) && ws[i].length >= 6);
      const doJoin = joins.length && (!splits.length || rng() < 0.5);
      if (doJoin) {
        const i = pick(rng, joins);
        const joined = ws[i] + (isAllUpper(ws[i]) ? ws[i + 1] : ws[i + 1].toLowerCase());
        return { query: [...ws.slice(0, i), joined, ...ws.slice(i + 2)].join(" "), detail: `joined '${ws[i]} ${ws[i + 1]}'` };
      }
      if (!splits.length) return undefined;
      const i = pick(rng, splits);
      const cut = 3 + randInt(rng, ws[i].length - 5);
      return {
        query: [...ws.slice(0, i), ws[i].slice(0, cut), ws[i].slice(cut), ...ws.slice(i + 1)].join(" "),
        detail: `split '${ws[i]}'`,
      };
    },
  },
  "translit-cyrillic": {
    types: ["person", "company"],
    make: (rng, e) => {
      const system = pick(rng, CYRILLIC_SYSTEMS);
      const original = e.names.find(isCyrillic);
      if (original) return { query: romaniseCyrillic(original, system), detail: `${system} from the list's Cyrillic`, from: original };
      // Latin-only entries of Russian, Ukrainian or Belarusian persons: Cyrillic reconstructed by reverse BGN/PCGN.
      if (e.type !== "person" || !e.countries.some((c) => c === "RU" || c === "UA" || c === "BY")) return undefined;
      const n = latinName(e);
      if (!n) return undefined;
      const parts = words(n.replace(/,/g, " , "));
      const cyr = parts.map((w) => (w === "," ? "," : cyrillicFromBgn(w)));
      if (cyr.some((w) => w === undefined)) return undefined;
      const cyrName = cyr
        .map((w, i) => (w === "," ? w : isAllUpper(parts[i]) ? w!.toUpperCase() : w!.charAt(0).toUpperCase() + w!.slice(1)))
        .join(" ")
        .replace(/ ,/g, ",");
      return { query: romaniseCyrillic(cyrName, system), detail: `${system} from reconstructed Cyrillic ${cyrName}` };
    },
  },
  "cross-script": {
    types: ["person", "company", "vessel", "aircraft", "unknown"],
    make: (_rng, e) => {
      const original = e.names.find((n) => !isLatin(n));
      if (!original || !e.names.some(isLatin)) return undefined;
      return { query: original, detail: `non-Latin name vs the Latin names (${e.names.find(isLatin)})`, index: "variant" };
    },
  },
  "former-name": {
    types: ["person", "company", "vessel", "aircraft"],
    make: (rng, e, ctx) => {
      const current = latinName(e);
      const fka = e.formerNames.filter(isLatin);
      const remark = e.remarkFormerNames.filter(isLatin);
      const options: Array<() => Made> = [];
      // List side: the former name is only an annotation of the list name ("X (f.k.a. Y)").
      for (const y of fka)
        options.push(() => ({ query: y, detail: "former name; the list writes it as an annotation", index: "variant", from: y }));
      // List side: the former name is only in the entry's remarks.
      for (const y of remark) options.push(() => ({ query: y, detail: "former name from the list's remarks", from: y }));
      // Query side: a new name, then the listed one as its former name.
      if (current) {
        const other = pick(rng, ctx.entries);
        const otherName = latinName(other);
        const fresh =
          otherName && other.type === e.type && entryKey(other) !== entryKey(e) ? inventedName(rng, e.type, otherName) : undefined;
        if (fresh) {
          const forms = [
            [`${fresh} f/k/a ${current}`, "NEW f/k/a LISTED"],
            [`${fresh} (formerly ${current})`, "NEW (formerly LISTED)"],
            [`${fresh} ex ${current}`, "NEW ex LISTED"],
            [`${fresh} (${current} until 2019)`, "NEW (LISTED until 2019)"],
            [`${current} n/k/a ${fresh}`, "LISTED n/k/a NEW"],
          ];
          if (fka.length) forms.push([`${fresh} f/k/a ${current} f/k/a ${fka[0]}`, "chain NEW f/k/a LISTED f/k/a FORMER"]);
          for (const [q, d] of forms) options.push(() => ({ query: q, detail: d }));
        }
      }
      if (!options.length) return undefined;
      return pick(rng, options)();
    },
  },
  "business-word-language": {
    types: ["company"],
    make: (rng, e) => {
      const n = latinName(e);
      if (!n) return undefined;
      const ws = words(n);
      const spots = ws.map((w, i) => (BUSINESS_WORD_TRANSLATIONS[w.toLowerCase().replace(/[.,]$/, "")] ? i : -1)).filter((i) => i >= 0);
      if (!spots.length) return undefined;
      const i = pick(rng, spots);
      const bare = ws[i].toLowerCase().replace(/[.,]$/, "");
      const tr = pick(rng, BUSINESS_WORD_TRANSLATIONS[bare]);
      const tail = /[.,]$/.exec(ws[i])?.[0] ?? "";
      const out = [...ws];
      out[i] = (isAllUpper(ws[i]) ? tr.toUpperCase() : tr) + tail;
      return { query: out.join(" "), detail: `${ws[i]} -> ${tr}` };
    },
  },
  "legal-form": {
    types: ["company"],
    make: (rng, e) => {
      const n = latinName(e);
      if (!n) return undefined;
      const found = findLegalForm(n);
      const country = e.countries[0];
      if (found) {
        const group = found.group;
        const alternatives = [...group.spellings, ...((country && group.native?.[country]) ?? [])].filter(
          (s) => compact(s) !== compact(found.spelling),
        );
        const ops = ["drop", ...(alternatives.length ? ["swap", "swap"] : [])];
        const op = pick(rng, ops);
        if (op === "drop") return { query: found.core, detail: `dropped ${found.spelling}` };
        const alt = pick(rng, alternatives);
        return { query: `${found.core} ${alt}`, detail: `${found.spelling} -> ${alt}` };
      }
      // No legal form on the list: add the one its country uses.
      const groups = LEGAL_FORM_GROUPS.filter((g) => country && g.native?.[country]);
      const add = groups.length ? pick(rng, pick(rng, groups).native![country]) : pick(rng, ["Ltd", "LLC", "Co., Ltd.", "Inc."]);
      return { query: `${n.replace(/[.,\s]+$/, "")} ${add}`, detail: `added ${add}` };
    },
  },
};

const compact = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/** A legal form written at the end of a name, longest spelling first. */
export function findLegalForm(name: string): { core: string; spelling: string; group: (typeof LEGAL_FORM_GROUPS)[number] } | undefined {
  const all = LEGAL_FORM_GROUPS.flatMap((group) =>
    [...group.spellings, ...Object.values(group.native ?? {}).flat()].map((spelling) => ({ spelling, group })),
  );
  all.sort((a, b) => b.spelling.length - a.spelling.length);
  const trimmed = name.replace(/[\s.,]+$/, "");
  for (const { spelling, group } of all) {
    const pattern = new RegExp(
      `[\\s,]+${spelling
        .replace(/[.]/g, "\\.?")
        .replace(/\s+/g, "[\\s.,]*")
        .replace(/\\\.\?$/, "")}\\.?$`,
      "iu",
    );
    const m = pattern.exec(trimmed);
    if (m) {
      const core = trimmed.slice(0, m.index).replace(/[\s,]+$/, "");
      if (words(core).length) return { core, spelling, group };
    }
  }
  return undefined;
}

/** A name that is on no list, of the same type: the distinctive words of another entry, shuffled. */
function inventedName(rng: Rng, type: EntityType, otherName: string): string | undefined {
  const ws = words(otherName.replace(/[,()]/g, " ")).filter((w) => LETTERS.test(w) && w.length >= 3);
  if (ws.length < 2) return undefined;
  const picked = shuffle(ws, rng)
    .slice(0, type === "person" ? 2 : 3)
    .map(title);
  return type === "company" ? `${picked.join(" ")} Ltd` : picked.join(" ");
}

// ---- negatives --------------------------------------------------------------------------------------------

type NegMaker = (rng: Rng, ctx: Context) => (Made & { country?: string; type: EntityType; from: string }) | undefined;

const NEGATIVE_MAKERS: Record<NegativeKind, NegMaker> = {
  "swapped-surname": (rng, ctx) => {
    const a = pick(rng, ctx.persons);
    const b = pick(rng, ctx.persons);
    const pa = latinName(a) ? personParts(latinName(a)!) : undefined;
    const pb = latinName(b) ? personParts(latinName(b)!) : undefined;
    if (!pa || !pb || entryKey(a) === entryKey(b)) return undefined;
    const given = title(pa.given[0]);
    const surname = title(pb.surname[0]);
    if (given.length < 3 || surname.length < 3 || compact(surname) === compact(pa.surname[0])) return undefined;
    return {
      query: `${given} ${surname}`,
      detail: `given name of ${latinName(a)}, surname of ${latinName(b)}`,
      type: "person",
      country: a.countries[0],
      from: latinName(a)!,
    };
  },
  sibling: (rng, ctx) => {
    const a = pick(rng, ctx.companies);
    const n = latinName(a);
    if (!n) return undefined;
    const ws = words(n);
    const num = ws.findIndex((w) => /^\d+$/.test(w));
    if (num >= 0 && rng() < 0.5) {
      const out = [...ws];
      out[num] = String(Number(ws[num]) + 1 + randInt(rng, 9));
      return { query: out.join(" "), detail: `numeral ${ws[num]} -> ${out[num]}`, type: "company", country: a.countries[0], from: n };
    }
    const distinctive = distinctiveWords(n, "company");
    const spots = ws.map((w, i) => (distinctive.has(w.toLowerCase()) ? i : -1)).filter((i) => i >= 0);
    if (!spots.length || ws.length < 2) return undefined;
    const other = latinName(pick(rng, ctx.companies));
    if (!other) return undefined;
    const repl = [...distinctiveWords(other, "company")].filter((w) => LETTERS.test(w) && w.length >= 3);
    if (!repl.length) return undefined;
    const i = pick(rng, spots);
    const r = pick(rng, repl);
    if (distance(r, ws[i].toLowerCase()) < 3) return undefined;
    const out = [...ws];
    out[i] = isAllUpper(ws[i]) ? r.toUpperCase() : title(r.toUpperCase());
    return { query: out.join(" "), detail: `${ws[i]} -> ${out[i]}`, type: "company", country: a.countries[0], from: n };
  },
  "sister-ship": (rng, ctx) => {
    const v = pick(rng, ctx.vessels);
    const n = latinName(v);
    if (!n) return undefined;
    const ws = words(n);
    const num = ws.findIndex((w) => /^\d+$/.test(w));
    const out = [...ws];
    let detail: string;
    if (num >= 0) {
      out[num] = String(Number(ws[num]) + 1 + randInt(rng, 9));
      detail = `numeral ${ws[num]} -> ${out[num]}`;
    } else if (ws.length >= 2 && rng() < 0.5) {
      const i = randInt(rng, ws.length);
      const other = latinName(pick(rng, ctx.vessels));
      const repl = other
        ? words(other).filter((w) => LETTERS.test(w) && w.length >= 3 && distance(w.toLowerCase(), ws[i].toLowerCase()) >= 3)
        : [];
      if (!repl.length || !LETTERS.test(ws[i])) return undefined;
      out[i] = pick(rng, repl).toUpperCase();
      detail = `${ws[i]} -> ${out[i]}`;
    } else {
      out.push(String(2 + randInt(rng, 8)));
      detail = `numeral ${out[out.length - 1]} added`;
    }
    return { query: out.join(" "), detail, type: "vessel", country: v.countries[0], from: n };
  },
};

/** Lower-case words the engine reads as distinctive (kind "word") in a name. */
function distinctiveWords(name: string, type: EntityType): Set<string> {
  const tokens = normaliseName(name, type)
    .forms[0].tokens.filter((t) => t.kind === "word")
    .map((t) => t.text);
  return new Set(
    words(name)
      .map((w) => w.toLowerCase())
      .filter((w) => tokens.includes(compact(w)) || tokens.includes(w)),
  );
}

// ---- generation -------------------------------------------------------------------------------------------

/** Indexed names, normalised, per index variant: what a positive query must not be identical to. */
export class IndexedNames {
  private keys = new Map<IndexVariant, Set<string>>();
  private wordSets = new Set<string>();
  /** Token key -> persons (by position in `entries`) with a name holding it. */
  private personKeys = new Map<string, Set<number>>();

  constructor(
    private readonly entries: ListEntry[],
    private readonly seed = VARIANT_SEED,
  ) {
    indexEntities(entries, "full", seed).forEach((e, i) => {
      for (const n of e.names) {
        this.wordSets.add(wordSet(n, e.type));
        if (e.type !== "person") continue;
        for (const f of normaliseName(n, "person").forms) {
          for (const t of f.tokens) {
            const set = this.personKeys.get(t.key) ?? new Set<number>();
            set.add(i);
            this.personKeys.set(t.key, set);
          }
        }
      }
    });
  }

  private keysOf(variant: IndexVariant): Set<string> {
    let set = this.keys.get(variant);
    if (!set) {
      set = new Set();
      for (const e of indexEntities(this.entries, variant, this.seed)) for (const n of e.names) set.add(normalisedKey(n, e.type));
      this.keys.set(variant, set);
    }
    return set;
  }

  /** Whether the query is, after the engine's normalisation, a name already in the index. */
  identical(query: string, type: EntityType, variant: IndexVariant): boolean {
    return this.keysOf(variant).has(normalisedKey(query, type));
  }

  /** Whether a listed person has a name with all of the query's words (its given name and surname): then it is no negative. */
  listedPerson(query: string): boolean {
    const keys = normaliseName(query, "person").forms[0].tokens.map((t) => t.key);
    if (!keys.length) return false;
    let common: Set<number> | undefined;
    for (const k of keys) {
      const has = this.personKeys.get(k);
      if (!has) return false;
      common = common ? new Set([...common].filter((x) => has.has(x))) : new Set(has);
      if (!common.size) return false;
    }
    return true;
  }

  /** Whether a listed name has exactly the query's words (a negative that is in fact on the list). */
  listedWords(query: string, type: EntityType): boolean {
    return this.wordSets.has(wordSet(query, type));
  }
}

/** Cases of every kind for one split. */
export function generateVariantCases(
  entries: ListEntry[],
  options: GenerateOptions,
  indexed = new IndexedNames(entries, options.seed),
): VariantCase[] {
  const splitSeed = options.seed ?? VARIANT_SEED;
  const seed = options.caseSeed ?? splitSeed;
  const perKind = options.perKind ?? 200;
  const mine = entries.filter((e) => splitOf(e, splitSeed) === options.split && e.names.length);
  const ctx: Context = {
    entries: mine,
    persons: mine.filter((e) => e.type === "person"),
    companies: mine.filter((e) => e.type === "company"),
    vessels: mine.filter((e) => e.type === "vessel"),
  };
  const out: VariantCase[] = [];
  POSITIVE_KINDS.forEach((kind, k) => {
    const rng = mulberry32(hash(kind, seed) ^ k);
    const { types, make } = POSITIVE_MAKERS[kind];
    const seen = new Set<string>();
    let n = 0;
    for (const e of shuffle(
      mine.filter((x) => types.includes(x.type)),
      rng,
    )) {
      if (n >= perKind) break;
      const made = make(rng, e, ctx);
      if (!made || !made.query.trim()) continue;
      const index = made.index ?? "full";
      if (seen.has(made.query) || indexed.identical(made.query, e.type, index)) continue;
      seen.add(made.query);
      out.push({
        kind,
        positive: true,
        query: made.query,
        type: e.type,
        ...(e.countries[0] && rng() < 0.5 ? { country: e.countries[0] } : {}),
        target: entryKey(e),
        from: made.from ?? latinName(e) ?? e.names[0],
        index,
        detail: made.detail,
      });
      n++;
    }
  });
  NEGATIVE_KINDS.forEach((kind, k) => {
    const rng = mulberry32(hash(kind, seed) ^ (100 + k));
    const make = NEGATIVE_MAKERS[kind];
    const pool = kind === "swapped-surname" ? ctx.persons : kind === "sibling" ? ctx.companies : ctx.vessels;
    if (pool.length < 2) return;
    const seen = new Set<string>();
    let n = 0;
    for (let tries = 0; n < perKind && tries < perKind * 30; tries++) {
      const made = make(rng, ctx);
      if (!made || seen.has(made.query)) continue;
      if (indexed.listedWords(made.query, made.type) || indexed.identical(made.query, made.type, "full")) continue;
      if (made.type === "person" && indexed.listedPerson(made.query)) continue;
      seen.add(made.query);
      out.push({
        kind,
        positive: false,
        query: made.query,
        type: made.type,
        ...(made.country ? { country: made.country } : {}),
        from: made.from,
        index: "full",
        detail: made.detail,
      });
      n++;
    }
  });
  return out;
}

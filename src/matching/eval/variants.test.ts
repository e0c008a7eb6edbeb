import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { naiveTokens, tokenSetRatio } from "./naive.js";
import { romaniseCyrillic } from "./variants-cyrillic.js";
import {
  entryKey,
  findLegalForm,
  generateVariantCases,
  IndexedNames,
  indexEntities,
  NEGATIVE_KINDS,
  normalisedKey,
  POSITIVE_KINDS,
  splitOf,
  type ListEntry,
  type VariantCase,
} from "./variants.js";

// A small list with something for every kind: persons with middle names and patronymics, companies with legal
// forms and business words, vessels with numbers, Cyrillic and Arabic originals, former names.
const GIVEN = ["Oleg", "Arkady", "Hassan", "Carlos", "Yuri", "Maria", "Ahmed", "Pedro", "Nadia", "Igor", "Sergei", "Omar"];
const SURNAMES = [
  "DERIPASKA",
  "ROTENBERG",
  "TAHERI",
  "MENDOZA",
  "KOVALCHUK",
  "GALEANO",
  "RASHIDI",
  "MARIN",
  "HADDAD",
  "SECHIN",
  "FURSENKO",
  "KHALIL",
];
const MIDDLE = [
  "Vladimirovich",
  "Romanovich",
  "Ali",
  "Alberto",
  "Valentinovich",
  "Luisa",
  "Mahmoud",
  "Antonio",
  "Karim",
  "Ivanovich",
  "Aleksandrovich",
  "Yusuf",
];
const WORDS = ["MARLIN", "ZEPHYR", "ORCHID", "KESTREL", "BASALT", "TUNDRA", "SAFFRON", "CEDAR", "NIMBUS", "QUARTZ", "HARBOR", "VELVET"];

function fixture(): ListEntry[] {
  const out: ListEntry[] = [];
  let id = 1;
  const add = (e: Omit<ListEntry, "list" | "sourceId" | "formerNames" | "remarkFormerNames"> & Partial<ListEntry>) =>
    out.push({ list: "test", sourceId: String(id++), formerNames: [], remarkFormerNames: [], ...e });
  for (let i = 0; i < 12; i++) {
    for (let j = 0; j < 3; j++) {
      const g = GIVEN[(i + j) % 12];
      add({ type: "person", names: [`${SURNAMES[i]}, ${g} ${MIDDLE[(i + 2 * j) % 12]}`], countries: [i % 2 ? "RU" : "IR"] });
    }
    add({ type: "company", names: [`${WORDS[i]} ${WORDS[(i + 3) % 12]} TRADING COMPANY LLC`], countries: ["AE"] });
    add({
      type: "company",
      names: [`${WORDS[(i + 5) % 12]} INTERNATIONAL BANK ${i + 2}`, `${WORDS[(i + 7) % 12]} FINANCE`],
      countries: ["IR"],
      formerNames: [`${WORDS[(i + 7) % 12]} FINANCE`],
    });
    add({ type: "vessel", names: [`${WORDS[(i + 4) % 12]} STAR ${i + 1}`], countries: ["PA"] });
    add({
      type: "vessel",
      names: [`${WORDS[(i + 9) % 12]} ${WORDS[(i + 10) % 12]}`],
      countries: ["KP"],
      remarkFormerNames: [`${WORDS[(i + 2) % 12]} DAWN`],
    });
  }
  add({ type: "person", names: ["Doku Khamatovich Umarov", "Умаров Доку Хаматович"], countries: ["RU"] });
  add({ type: "person", names: ["Akhmed Rajapovich Chataev", "Ахмед Ражапович Чатаев"], countries: ["RU"] });
  add({ type: "person", names: ["Nurullah Nuri", "نور الله نوری"], countries: ["AF"] });
  add({ type: "company", names: ["Emirate Caucasus", "Эмират Кавказ"], countries: [] });
  return out;
}

const entries = fixture();
const indexed = new IndexedNames(entries);
const dev = generateVariantCases(entries, { split: "dev", perKind: 50 }, indexed);
const sealed = generateVariantCases(entries, { split: "sealed", perKind: 50 }, indexed);
const all = [...dev, ...sealed];
const byKind = (kind: string) => all.filter((c) => c.kind === kind);
const byKey = new Map(entries.map((e) => [entryKey(e), e]));
const words = (s: string) => s.replace(/,/g, " ").split(/\s+/).filter(Boolean);

/** The words of `from` that the query changed, pairwise (same word count). */
function changedWords(c: VariantCase): Array<[string, string]> {
  const a = words(c.from);
  const b = words(c.query);
  return a.map((w, i) => [w, b[i]] as [string, string]).filter(([x, y]) => x !== y);
}

describe("variant cases", () => {
  it("makes cases of every kind the fixture allows, and is reproducible", () => {
    for (const kind of [...POSITIVE_KINDS, ...NEGATIVE_KINDS]) expect(byKind(kind).length, kind).toBeGreaterThan(0);
    expect(generateVariantCases(entries, { split: "dev", perKind: 50 }, indexed)).toEqual(dev);
  });

  it("splits by entity: no entity has cases in both splits", () => {
    for (const c of dev) if (c.target) expect(splitOf(byKey.get(c.target)!)).toBe("dev");
    for (const c of sealed) if (c.target) expect(splitOf(byKey.get(c.target)!)).toBe("sealed");
    const devTargets = new Set(dev.map((c) => c.target).filter(Boolean));
    expect(sealed.some((c) => c.target && devTargets.has(c.target))).toBe(false);
    const shares = entries.map((e) => splitOf(e));
    expect(shares.filter((s) => s === "dev").length).toBeGreaterThan(entries.length * 0.3);
    expect(shares.filter((s) => s === "sealed").length).toBeGreaterThan(entries.length * 0.3);
  });

  it("never produces a positive query identical to an indexed name after the engine's normalisation", () => {
    for (const c of all.filter((x) => x.positive)) {
      const keys = new Set(indexEntities(entries, c.index).flatMap((e) => e.names.map((n) => normalisedKey(n, e.type))));
      expect(keys.has(normalisedKey(c.query, c.type)), `${c.kind}: ${c.query}`).toBe(false);
    }
  });

  it("given-surname drops middle names and patronymics, keeping one given name and the surname", () => {
    for (const c of byKind("given-surname")) {
      const q = words(c.query).map((w) => w.toLowerCase());
      expect(q).toHaveLength(2);
      expect(words(c.from).length).toBeGreaterThanOrEqual(3);
      for (const w of q) expect(words(c.from.toLowerCase())).toContain(w);
    }
  });

  it("initials shorten given names to one letter", () => {
    for (const c of byKind("initials")) expect(words(c.query).some((w) => /^\p{Lu}\.?$/u.test(w))).toBe(true);
  });

  it("order keeps the words and changes their order", () => {
    for (const c of byKind("order"))
      expect(
        words(c.query)
          .map((w) => w.toLowerCase())
          .sort(),
      ).toEqual(
        words(c.from)
          .map((w) => w.toLowerCase())
          .sort(),
      );
  });

  it("typo kinds change one (typo2: two) letters, at first letters and in short words as claimed", () => {
    for (const c of byKind("typo1")) {
      const changed = changedWords(c);
      expect(changed).toHaveLength(1);
      expect(distance(changed[0][0], changed[0][1])).toBeGreaterThanOrEqual(1);
      expect(distance(changed[0][0], changed[0][1])).toBeLessThanOrEqual(2); // a transposition is 2 Levenshtein edits
    }
    for (const c of byKind("typo2")) expect(distance(c.from, c.query)).toBeGreaterThanOrEqual(2);
    for (const c of byKind("typo-first-letter")) {
      const [[was, now]] = changedWords(c);
      expect(was[0] !== now[0] || was.length !== now.length || was.slice(0, 2) !== now.slice(0, 2)).toBe(true);
      expect(c.detail).toMatch(/ at 1 of /);
    }
    for (const c of byKind("typo-short-word")) {
      const [[was]] = changedWords(c);
      expect([4, 5]).toContain(was.length);
    }
    // Uniform over letters: typo1 also hits first letters.
    const firsts = generateVariantCases(entries, { split: "dev", perKind: 500, seed: 7 }).filter(
      (c) => c.kind === "typo1" && / at 1 of /.test(c.detail),
    );
    expect(firsts.length).toBeGreaterThan(0);
  });

  it("joined-split joins two words or splits one", () => {
    for (const c of byKind("joined-split")) {
      const compactQ = c.query.replace(/[\s,]/g, "").toLowerCase();
      expect(compactQ).toBe(c.from.replace(/[\s,]/g, "").toLowerCase());
      expect(words(c.query).length).not.toBe(words(c.from).length);
    }
  });

  it("translit-cyrillic romanises the Cyrillic in a published system", () => {
    for (const c of byKind("translit-cyrillic")) expect(c.query).not.toMatch(/[\u0400-\u04FF]/);
    // The examples, from the published tables.
    expect(romaniseCyrillic("Хрущёв", "bgn-pcgn")).toBe("Khrushchëv");
    expect(romaniseCyrillic("Хрущёв", "german")).toBe("Chruschtschow");
    expect(romaniseCyrillic("Хрущёв", "french")).toBe("Khrouchtchev");
    expect(romaniseCyrillic("Хрущёв", "czech")).toBe("Chruščov");
    expect(romaniseCyrillic("Хрущёв", "swedish")).toBe("Chrusjtjov");
    expect(romaniseCyrillic("Хрущёв", "polish")).toBe("Chruszczow");
    expect(romaniseCyrillic("Ельцин", "german")).toBe("Jelzin");
    expect(romaniseCyrillic("Юрий", "icao")).toBe("Iurii");
    expect(romaniseCyrillic("Щукин", "iso9")).toBe("Ŝukin");
  });

  it("cross-script queries are the non-Latin name, screened where only the Latin names are indexed", () => {
    for (const c of byKind("cross-script")) {
      expect(c.query).toMatch(/[^\p{Script=Latin}\p{Script=Common}]/u);
      expect(c.index).toBe("variant");
      const entity = indexEntities(entries, "variant").find((e) => entryKey(e) === c.target)!;
      expect(entity.names).not.toContain(c.query);
    }
  });

  it("former-name cases use a former name the index holds only as an annotation or a remark, or annotate the query", () => {
    for (const c of byKind("former-name")) {
      const e = byKey.get(c.target!)!;
      if (c.index === "variant") {
        expect(e.formerNames).toContain(c.query);
        const indexedNames = indexEntities(entries, "variant").find((x) => entryKey(x) === c.target)!.names;
        expect(indexedNames).not.toContain(c.query);
        expect(indexedNames[0]).toContain(c.query);
      } else if (e.remarkFormerNames.includes(c.query)) {
        expect(e.names).not.toContain(c.query);
      } else {
        expect(c.query).toMatch(/f\/k\/a|formerly|\bex\b|until 2019|n\/k\/a/);
      }
    }
  });

  it("business-word-language and legal-form change only the generic word or the legal form", () => {
    for (const c of byKind("business-word-language")) expect(changedWords(c)).toHaveLength(1);
    for (const c of byKind("legal-form")) {
      const core = findLegalForm(c.from)?.core ?? c.from.replace(/[.,\s]+$/, "");
      expect(c.query.startsWith(core)).toBe(true);
    }
    expect(findLegalForm("KESTREL TRADING COMPANY LLC")?.core).toBe("KESTREL TRADING COMPANY");
    expect(findLegalForm("ANGLO-CARIBBEAN CO., LTD.")?.core).toBe("ANGLO-CARIBBEAN");
  });

  it("negatives are on no list: swapped surnames pair two persons, siblings and sister ships differ in a word or numeral", () => {
    const persons = entries.filter((e) => e.type === "person").flatMap((e) => e.names);
    for (const c of byKind("swapped-surname")) {
      expect(c.positive).toBe(false);
      const [given, surname] = words(c.query).map((w) => w.toLowerCase());
      expect(persons.some((n) => words(n.toLowerCase()).includes(given) && words(n.toLowerCase()).includes(surname))).toBe(false);
    }
    for (const c of [...byKind("sibling"), ...byKind("sister-ship")]) {
      expect(c.positive).toBe(false);
      expect(c.query).not.toBe(c.from);
      expect(indexed.listedWords(c.query, c.type)).toBe(false);
    }
  });
});

describe("naive token-set ratio", () => {
  it("is 1 when one side's words (two or more) are all in the other, and compares spellings otherwise", () => {
    expect(tokenSetRatio(naiveTokens("Oleg Deripaska"), naiveTokens("DERIPASKA, Oleg Vladimirovich"))).toBe(1);
    expect(tokenSetRatio(naiveTokens("Hassan Veselin"), naiveTokens("Hassan"))).toBeLessThan(0.6);
    expect(tokenSetRatio(naiveTokens("Arkady Fotenberg"), naiveTokens("ROTENBERG, Arkady"))).toBeGreaterThan(0.9);
    expect(naiveTokens("Société Générale, S.A.")).toEqual(["a", "generale", "s", "societe"]);
  });
});

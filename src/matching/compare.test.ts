import { describe, expect, it } from "vitest";
import { compareNames, DEFAULT_THRESHOLD } from "./compare.js";
import { compareLegalForms } from "./legal-form.js";
import { normaliseName } from "./normalise.js";
import { budgetFor, fold, spellingSimilarity } from "./similarity.js";
import type { EntityType } from "./types.js";
import { conceptConflicts, legalFormConflicts } from "./vocabulary.js";

const match = (a: string, b: string, type: EntityType = "company") => compareNames(a, b, { type }).match;

describe("data tables", () => {
  it("map every variant to one legal form and one concept", () => {
    expect(legalFormConflicts).toEqual([]);
    expect(conceptConflicts).toEqual([]);
  });
});

describe("spelling similarity", () => {
  it("gives the same answer from its pair memo as on first sight, apart for names in one script and in two", () => {
    // "hsn" vs "hassan" meets only across scripts (consonants); the memo must not carry one answer to the other.
    const first = spellingSimilarity("hassan", "hsn", true);
    expect(first?.how).toBe("skeleton");
    expect(spellingSimilarity("hassan", "hsn", false)).toBeUndefined();
    expect(spellingSimilarity("hassan", "hsn", true)).toEqual(first);
    const typo = spellingSimilarity("rotenberg", "fotenberg", false);
    expect(typo?.how).toBe("spelling");
    expect(spellingSimilarity("rotenberg", "fotenberg", false)).toEqual(typo);
  });
  it("folds romanisation variants to one form", () => {
    expect(fold("levitskiy")).toBe(fold("levitsky"));
    expect(fold("rabinowitz")).toBe(fold("rabinovich"));
    expect(fold("mueller")).toBe(fold("muller"));
  });

  it("gives long words a larger edit budget than short ones", () => {
    expect(budgetFor(2)).toBeLessThan(budgetFor(3));
    expect(budgetFor(5)).toBeLessThan(budgetFor(7));
    expect(budgetFor(7)).toBeLessThan(budgetFor(9));
    expect(budgetFor(9)).toBeLessThan(budgetFor(12));
  });

  it("accepts one typo in any word of three letters or more, first letters included, but not a plural or an ending", () => {
    expect(spellingSimilarity("kipkorir", "kipkorrir", false)).toBeDefined();
    expect(spellingSimilarity("sahloul", "sahlolu", false)).toBeDefined();
    expect(spellingSimilarity("bank", "bamk", false)).toBeDefined();
    expect(spellingSimilarity("rotenberg", "fotenberg", false)).toBeDefined();
    expect(spellingSimilarity("espoir", "espoirs", false)).toBeUndefined();
    expect(spellingSimilarity("lixing", "lixin", false)).toBeUndefined();
    expect(spellingSimilarity("pier", "pear", false)).toBeUndefined(); // two edits in four letters
    expect(spellingSimilarity("ali", "abu", false)).toBeUndefined(); // two edits in three letters
    expect(spellingSimilarity("ali", "aali", false)?.sim).toBeGreaterThan(spellingSimilarity("ali", "abi", false)?.sim ?? 1);
  });

  it("makes a typo cost more in a short word and in a first letter", () => {
    const sim = (a: string, b: string) => spellingSimilarity(a, b, false)?.sim ?? 0;
    expect(sim("bank", "bamk")).toBeLessThan(sim("rotenberg", "rotenbreg"));
    expect(sim("rotenberg", "fotenberg")).toBeLessThan(sim("rotenberg", "rotenbwrg"));
    expect(sim("rotenberg", "fotenberg")).toBeGreaterThan(0.8);
  });

  it("compares consonant skeletons across scripts", () => {
    expect(spellingSimilarity("shaltial", "shaltiel", true)?.how).toBeDefined();
    expect(spellingSimilarity("knrt", "kinneret", true)?.how).toBe("skeleton");
  });
});

describe("legal form compatibility", () => {
  const forms = (name: string) => normaliseName(name, "company").forms[0].legal;
  it.each([
    ["X GmbH", "X Gesellschaft mit beschränkter Haftung", "same"],
    ["X OÜ", "X Ltd", "compatible"],
    ["X AS", "X JSC", "compatible"],
    ["X GmbH", "X Sdn. Bhd.", "incompatible"],
    ["X Inc.", "X GmbH", "incompatible"],
    ["X S.L.", "X S.A.", "incompatible"],
    ["X Ltd", "X", "one_sided"],
  ])("%s vs %s: %s", (a, b, verdict) => {
    expect(compareLegalForms(forms(a), forms(b)).verdict).toBe(verdict);
  });
});

describe("compareNames", () => {
  it.each([
    ["Harrowfield Bearings Limited", "HARROWFIELD BEARINGS LTD."],
    ["Delancourt Brothers Manufacturing Co.", "Delancourt Bros. Mfg. Co."],
    ["Société Camerounaise de Cacao", "Societe Camerounaise de Cacao"],
    ["Ets Diallo", "EtsDiallo"],
    ["Kholmogrant-Stroy OOO", "Holmogrant-Stroi OOO"],
    ["Banque Centrale du Mali", "Bank Centrale du Mali"],
    ["ТОВ «Бриз Одеса»", "Briz Odessa LLC"],
    ["沧澜国际贸易有限公司", "Canglan International Trading Co., Ltd."],
    ["Tõrva Puidutöö OÜ", "Tõrva Puidutöö Ltd"],
  ])("matches %s ~ %s", (a, b) => {
    expect(match(a, b)).toBe(true);
  });

  it.each([
    ["Varsk Global Trading LLC", "Tollmere Global Trading LLC"], // only generic words shared
    ["Brevanti Trading LLC", "Brevanti Logistics LLC"], // one business word differs
    ["Seif Feeder 12", "Seif Feeder 13"], // numeral
    ["Seraphine Navigation II S.A.", "Seraphine Navigation IX S.A."], // roman numeral
    ["Korvessa Industrial GmbH", "Korvessa Industrial Sdn. Bhd."], // other jurisdiction
    ["Marrowby Chemicals Ltd", "Marrowby Chemicals (Thailand) Co., Ltd."], // country subsidiary
    ["Pellmoor Timber Exports Ltd", "Pellmoor Timber Experts Ltd"], // two real words
    ["Société Sénégalaise d'Arachide", "Société Malienne d'Arachide"], // place
  ])("does not match %s ~ %s", (a, b) => {
    expect(match(a, b)).toBe(false);
  });

  it("reads vessel names as vessels: prefixes and ports do not count, an owner's legal form does", () => {
    expect(match("MV Fraternité des Mers, port d'Abidjan", "MV Fraternité des Mers", "vessel")).toBe(true);
    expect(match("MV KARADENİZ ŞAHİNİ", "Karadeniz Şahini Denizcilik Ltd. Şti.", "vessel")).toBe(false);
    expect(match("ALTAIR STAR", "ALTAIR STARS", "vessel")).toBe(false);
  });

  it("matches a person whatever the word order", () => {
    expect(match("AL-ZAWAHIRI, Ayman", "Ayman al Zawahiri", "person")).toBe(true);
  });

  it("returns a score in 0..1, the threshold, and explanations whose weights add up to the score", () => {
    for (const [a, b] of [
      ["Kisumu Lakeside Motors Ltd", "Kisumu Lakeside Motor Spares Ltd"],
      ["Hoshikaze Maru No. 8", "Hoshikaze Maru No. 6"],
      ["Korvessa Industrial GmbH", "Korvessa Industrial Sdn. Bhd."],
      ["ORIENT SHIPPING LIMITED", "Orient Shipping Ltd"],
    ]) {
      const r = compareNames(a, b);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.threshold).toBe(DEFAULT_THRESHOLD);
      expect(r.match).toBe(r.score >= DEFAULT_THRESHOLD);
      const sum = r.explanations.reduce((s, e) => s + e.weight, 0);
      expect(Math.abs(sum - r.score)).toBeLessThan(0.002);
      for (const e of r.explanations) expect(e.detail.length).toBeGreaterThan(0);
    }
  });

  it("names the features that lowered a score", () => {
    const r = compareNames("Seif Feeder 12", "Seif Feeder 13");
    expect(r.explanations.find((e) => e.feature === "numbers")?.detail).toContain("12 vs 13");
    const l = compareNames("Korvessa Industrial GmbH", "Korvessa Industrial Sdn. Bhd.");
    expect(l.explanations.find((e) => e.feature === "legal_form")?.weight).toBeLessThan(0);
  });

  it("respects a caller's threshold", () => {
    const r = compareNames("Kisumu Lakeside Motors Ltd", "Kisumu Lakeside Motor Spares Ltd", { threshold: 0.3 });
    expect(r.match).toBe(true);
    expect(r.threshold).toBe(0.3);
  });
});

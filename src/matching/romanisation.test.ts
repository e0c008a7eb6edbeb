import { describe, expect, it } from "vitest";
import { stripAnnotations } from "./annotations.js";
import { compareNames } from "./compare.js";
import { MatchIndex } from "./index.js";
import { expandDiacritics, romanisationKey } from "./romanisation.js";
import type { EntityType } from "./types.js";

const score = (a: string, b: string, type: EntityType = "person") => compareNames(a, b, { type }).score;
const matches = (a: string, b: string, type: EntityType = "person") => compareNames(a, b, { type }).match;

describe("romanisation key", () => {
  // One Russian surname as each system writes it: BGN/PCGN and ICAO 9303, German (Duden), French, Czech
  // (ISO 9-style háčeks), Polish, Swedish, Dutch, Slovene/Croatian.
  it.each([
    ["khrushchev", ["chruschtschow", "khrouchtchev", "chrushchov", "chruszczow", "chrusjtjov", "chroesjtsjov", "hrushchov"]],
    ["chekhov", ["tschechow", "tchekhov", "czechow", "tsjechov"]],
    ["yakovlev", ["jakowlew", "iakovlev", "akovlev"]],
    ["tsvetkov", ["zwetkow", "cvetkov"]],
    ["zolotov", ["solotow"]],
    ["nasir", ["naseer"]],
    ["zhukov", ["schukow", "zjukov", "zhukow"]],
    ["yeltsin", ["jelzin", "jeltsin", "eltsine"]],
    ["smirnov", ["smirnoff", "smirnow"]],
    ["lukashenko", ["lukashenka"]],
    ["aleksandr", ["alyaksandr", "oleksandr", "aleksander"]],
    ["dmitriy", ["dmitrij", "dmitri", "dmitrii"]],
    ["aleksei", ["alexei", "aleksej"]],
  ])("%s has the key of its other romanisations", (word, others) => {
    for (const o of others) expect(romanisationKey(o), o).toBe(romanisationKey(word));
  });

  it("asks spellings with one key to be alike as well", async () => {
    const { romanisedAlike } = await import("./romanisation.js");
    expect(romanisedAlike("khrushchev", "chrusjtjov")).toBe(true);
    expect(romanisationKey("matthias")).toBe(romanisationKey("motes"));
    expect(romanisedAlike("matthias", "motes")).toBe(false);
  });

  it.each([
    ["ivanov", "ivanova"],
    ["petrov", "pavlov"],
    ["jinqiao", "yinqiao"],
    ["kovalchuk", "kovalenko"],
  ])("keeps %s and %s apart", (a, b) => {
    expect(romanisationKey(a)).not.toBe(romanisationKey(b));
  });

  it("reads an x as ks or, as GOST 7.79 B writes х, as kh", () => {
    expect(romanisationKey("axmed", "h")).toBe(romanisationKey("akhmed"));
    expect(romanisationKey("mixail", "h")).toBe(romanisationKey("mikhail"));
    expect(matches("Axmed Chataev", "Akhmed Chataev")).toBe(true);
    expect(matches("Aleksej Gromov", "Alexei Gromov")).toBe(true);
  });

  it("writes ISO 9, Czech and Polish letters with diacritics as BGN/PCGN digraphs", () => {
    expect(expandDiacritics("Chruščov")).toBe("Chrushchov");
    expect(expandDiacritics("Žukov")).toBe("Zhukov");
    expect(expandDiacritics("Šoigu")).toBe("Shoigu");
    expect(expandDiacritics("Hruŝev")).toBe("Hrushchev");
  });
});

describe("names in other romanisation systems", () => {
  it.each([
    ["Nikita Khrushchev", "Nikita Chruschtschow"],
    ["Nikita Khrushchev", "Nikita Khrouchtchev"],
    ["Nikita Khrushchev", "Nikita Chruščov"],
    ["Nikita Khrushchev", "Nikita Chrusjtjov"],
    ["Nikita Khrushchev", "Nikita Chruszczow"],
    ["Nikita Khrushchev", "Никита Хрущёв"],
    ["Sergei Shoigu", "Sergej Schojgu"],
    ["Sergei Shoigu", "Sergueï Choïgou"],
    ["Yevgeny Prigozhin", "Jewgeni Prigoschin"],
    ["Yevgeny Prigozhin", "Evgenij Prigožin"],
    ["Yuri Kovalchuk", "Jurij Kowaltschuk"],
    ["Yulia Tymoshenko", "Ioulia Timochenko"],
    ["Gennady Timchenko", "Gennadij Timtschenko"],
    // Nordic and Dutch letter groups for ч and й (tj, tsj, initial and final j) in a short name.
    ["Artem Chayka", "Artem Tjajka"],
    ["Artem Chayka", "Artem Tsjajka"],
    ["Ivan Chaykin", "Ivan Tjajkin"],
  ])("%s meets %s", (a, b) => {
    expect(matches(a, b)).toBe(true);
  });

  it("meets Belarusian and Ukrainian forms of a Russian name", () => {
    expect(matches("Aleksandr Lukashenko", "Alyaksandr Lukashenka")).toBe(true);
    expect(matches("Aleksandr Lukashenko", "Oleksandr Lukashenko")).toBe(true);
    expect(matches("Аляксандр Лукашэнка", "Alexander Lukashenko")).toBe(true);
  });

  it("explains a match on romanisation keys", () => {
    const r = compareNames("Nikita Khrushchev", "Nikita Chruschtschow", { type: "person" });
    expect(r.explanations.some((e) => e.feature === "script" && /romanisation/.test(e.detail))).toBe(true);
    expect(r.explanations.find((e) => e.feature === "token_overlap")?.detail).toContain("khrushchev~chruschtschow (romanisation)");
  });

  it("does not join different surnames", () => {
    expect(matches("Nikita Khrushchev", "Nikita Kharitonov")).toBe(false);
    expect(score("Petr Petrov", "Petr Pavlov")).toBeLessThan(0.8);
  });

  it("leaves vessel names as written", () => {
    expect(compareNames("Chruschtschow", "Khrushchev", { type: "vessel" }).match).toBe(false);
  });

  it("finds a listed name spelt by another system through the index", () => {
    const index = new MatchIndex();
    index.add({ list: "t", sourceId: "1", type: "person", names: ["KHRUSHCHEV, Nikita"], countries: [] });
    index.add({ list: "t", sourceId: "2", type: "person", names: ["KHARITONOV, Nikita"], countries: [] });
    index.add({ list: "t", sourceId: "3", type: "person", names: ["Jakowlew, Aleksandr"], countries: [] });
    const hit = index.search({ name: "Nikita Chruschtschow", type: "person" });
    expect(hit[0]?.sourceId).toBe("1");
    expect(hit[0]?.match).toBe(true);
    expect(index.search({ name: "Alexander Yakovlev", type: "person" })[0]?.sourceId).toBe("3");
  });
});

describe("former and other names", () => {
  const others = (name: string, type: EntityType = "company") => stripAnnotations(name, type);

  it.each([
    ["Acme Trading Ltd f/k/a Beta Holdings Ltd", ["Beta Holdings Ltd"]],
    ["Acme Trading Ltd fka Beta Holdings Ltd", ["Beta Holdings Ltd"]],
    ["Acme Trading Ltd F.K.A. Beta Holdings Ltd", ["Beta Holdings Ltd"]],
    ["Acme Trading Ltd, formerly Beta Holdings Ltd", ["Beta Holdings Ltd"]],
    ["Acme Trading Ltd previously known as Beta Holdings Ltd", ["Beta Holdings Ltd"]],
    ["Acme Trading Ltd (formerly Beta Holdings Ltd)", ["Beta Holdings Ltd"]],
    ["Acme Trading Ltd, until 2019 Beta Holdings Ltd", ["Beta Holdings Ltd"]],
    ["Acme Trading Ltd (Beta Holdings Ltd until 2019)", ["Beta Holdings Ltd"]],
    ["Acme GmbH (vormals Beta GmbH)", ["Beta GmbH"]],
    ["ООО Альфа (ранее ООО Бета)", ["ООО Бета"]],
  ])("%s", (name, former) => {
    const a = others(name);
    expect(a.aliases).toEqual(former);
    expect(a.name).not.toMatch(/Beta|Бета/);
  });

  it("reads chains of former names, bracketed or not", () => {
    expect(others("Ocean Pioneer ex-Cape Diamond ex-Sea Lion", "vessel").aliases).toEqual(["Cape Diamond", "Sea Lion"]);
    expect(others("Acme Ltd (formerly Beta Ltd, previously Gamma Ltd)").aliases).toEqual(["Beta Ltd", "Gamma Ltd"]);
    expect(others("Acme Ltd f/k/a Beta Ltd f/k/a Gamma Ltd").aliases).toEqual(["Beta Ltd", "Gamma Ltd"]);
  });

  it("drops a bare date note and keeps names that merely contain a marker word", () => {
    expect(others("Acme Trading Ltd (until 2019)")).toMatchObject({ name: "Acme Trading Ltd", aliases: [] });
    expect(others("Ex Libris Ltd")).toMatchObject({ name: "Ex Libris Ltd", aliases: [] });
    expect(others("Jean Aka", "person")).toMatchObject({ name: "Jean Aka", aliases: [] });
  });

  it("offers the listed entry for a query that gives it as a former name", () => {
    // 150 people share the new name's words, so they would fill the candidate list on their own.
    const index = new MatchIndex();
    index.add({ list: "t", sourceId: "1", type: "person", names: ["XU, Wen"], countries: [] });
    for (let i = 0; i < 150; i++) {
      const given = `Juan${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`;
      index.add({ list: "t", sourceId: `n${i}`, type: "person", names: [`GOMEZ LOPEZ, ${given}`], countries: [] });
    }
    const hits = index.search({ name: "Gomez Lopez ex Xu Wen", type: "person" }, { limit: 10 });
    expect(hits.some((h) => h.sourceId === "1" && h.match)).toBe(true);
  });

  it("matches a former name on either side", () => {
    expect(matches("Beta Holdings Ltd", "Acme Trading Ltd, formerly Gamma Ltd, f/k/a Beta Holdings Ltd", "company")).toBe(true);
    expect(matches("Acme Trading Ltd f/k/a Beta Holdings Ltd", "Beta Holdings Ltd", "company")).toBe(true);
    expect(matches("Gamma Ltd ex Beta Holdings Ltd", "Acme Trading Ltd (until 2019 Beta Holdings Ltd)", "company")).toBe(true);
    expect(matches("Gamma Ltd", "Acme Trading Ltd f/k/a Beta Holdings Ltd", "company")).toBe(false);
  });
});

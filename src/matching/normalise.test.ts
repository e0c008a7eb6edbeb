import { describe, expect, it } from "vitest";
import { normaliseName, type NormalisedName } from "./normalise.js";
import { toLatin } from "./transliterate.js";

const words = (n: NormalisedName, form = 0) => n.forms[form].tokens.map((t) => t.text);
const keys = (n: NormalisedName) => n.forms[0].tokens.map((t) => t.key);
const legal = (n: NormalisedName) => n.forms[0].legal.map((l) => l.code);

describe("transliteration", () => {
  it.each([
    ["Мороз Василь Іванович", "moroz vasyl ivanovych"], // Ukrainian
    ["Уладзімір Жаўнерчык", "uladzimir zhawnerchyk"], // Belarusian
    ["Холмогрант", "kholmogrant"], // Russian
    ["Θεσσαλονίκη", "thessaloniki"],
    ["კვინიკაძე მეტალი", "kvinikadze metali"],
    ["Ծատուրյան", "tsaturyan"],
    ["새벽별", "saebyeokbyeol"],
    ["ဦးကျော်ဇော်ထွန်း", "u kyawzawhtun"],
  ])("%s -> %s", (input, latin) => {
    expect(toLatin(input).text.toLowerCase().replace(/\s+/g, " ").trim()).toBe(latin);
  });

  it("writes Hebrew and Arabic consonants so that skeletons can be compared", () => {
    expect(toLatin("שאלתיאל").text).toBe("shaltial");
    expect(toLatin("حسين").text).toBe("hsin");
    expect(toLatin("الخليج").text).toBe("al-khlij");
  });

  it("cuts Han and Hangul runs at known business words and legal forms", () => {
    expect(words(normaliseName("沧澜国际贸易有限公司", "company"))).toEqual(["canglan", "guoji", "maoyi"]);
    expect(keys(normaliseName("沧澜国际贸易有限公司", "company"))).toEqual(["canglan", "#international", "#trading"]);
    expect(legal(normaliseName("새벽별물류 주식회사", "company"))).toEqual(["kr_co"]);
  });

  it("folds accents and special Latin letters", () => {
    expect(normaliseName("Łączyńska Wytwórnia Straße").text).toBe("laczynska wytwornia strasse");
  });
});

describe("legal forms", () => {
  it.each([
    ["Kowalski Transport Sp. z o.o.", "sp_zoo"],
    ["Kowalski Transport spółka z ograniczoną odpowiedzialnością", "sp_zoo"],
    ["Fabjan Prevozi d. o. o.", "doo"],
    ["SARL Ivoire Négoce", "sarl"],
    ["ООО «Север»", "ooo"],
    ["Harum Manis Sendirian Berhad", "sdn_bhd"],
    ["Pellbrook Cold Storage, Limited Liability Company", "llc"],
    ["株式会社霜月水産", "kk"],
  ])("%s has legal form %s", (name, code) => {
    expect(legal(normaliseName(name, "company"))).toContain(code);
  });

  it("maps spellings of one form to one canonical code", () => {
    const a = normaliseName("Hansa GmbH", "company");
    const b = normaliseName("Hansa Gesellschaft mit beschränkter Haftung", "company");
    expect(a.text).toBe(b.text);
  });

  it("drops an address after 'legal form,'", () => {
    const n = normaliseName("Tidewell Process Equipment Inc, 12250 Brevard Ln, Pasadena TX 77506", "company");
    expect(words(n)).toEqual(["tidewell", "process", "equipment"]);
    expect(n.forms[0].dropped).toContain("pasadena");
  });

  it("splits a legal form run onto the last word, never an ordinary word's ending", () => {
    expect(legal(normaliseName("Avia GroupLLC", "company"))).toEqual(["llc"]);
    expect(words(normaliseName("Mersad Shipping CompanyLimited", "company"))).toEqual(["mersad", "shipping"]);
    expect(words(normaliseName("Nice Garmentcompany Ltd", "company"))).toEqual(["nice", "garment"]);
    // inc (zinc), corp and a head without a vowel or under three letters are left alone.
    expect(words(normaliseName("Qeshm Zinc", "company"))).toEqual(["qeshm", "zinc"]);
    expect(words(normaliseName("Unlimited Horizons Telecorp", "company"))).toEqual(["unlimited", "horizons", "telecorp"]);
    expect(words(normaliseName("Accompany", "company"))).toEqual(["accompany"]);
  });

  it("keeps a name that is only a legal-form-looking word", () => {
    expect(words(normaliseName("AS", "company"))).toEqual(["as"]);
  });

  it("reads persons' names without legal forms", () => {
    expect(legal(normaliseName("SA, Ali", "person"))).toEqual([]);
  });
});

describe("person word order", () => {
  it("gives 'SURNAME, Given' and 'Given Surname' the same tokens", () => {
    const a = normaliseName("NORIEGA, Manuel Antonio", "person");
    const b = normaliseName("Manuel Antonio Noriega", "person");
    expect(keys(a).sort()).toEqual(keys(b).sort());
  });

  it("knows given-name variants across languages", () => {
    expect(keys(normaliseName("Uladzimir", "person"))).toEqual(keys(normaliseName("Vladimir", "person")));
  });
});

describe("annotations and numbers", () => {
  it("removes message labels, care-of clauses and branch suffixes", () => {
    expect(words(normaliseName("BENEFICIARY: Kalliosaari Trading Oy", "company"))).toEqual(["kalliosaari", "trading"]);
    expect(words(normaliseName("Rancho Vercel S.A. de C.V. c/o Aduanas Pedraza, Nuevo Laredo", "company"))).toEqual(["rancho", "vercel"]);
    expect(words(normaliseName("Coastline Agro Supplies Ltd - Malindi Branch", "company"))).toEqual(["coastline", "agro", "supplies"]);
  });

  it("turns an ex-name into a second form and drops vessel prefixes and ports", () => {
    const n = normaliseName("M/T Ondara Leigh (ex-Pelican Morrow), Monrovia", "vessel");
    expect(words(n, 0)).toEqual(["ondara", "leigh"]);
    expect(words(n, 1)).toEqual(["pelican", "morrow"]);
  });

  it("reads numbers in digits, words, roman numerals and Han ordinals", () => {
    expect(normaliseName("Brasskey Shipping Three Inc.", "company").forms[0].numbers).toEqual(["3"]);
    expect(normaliseName("Seraphine Navigation II S.A.", "company").forms[0].numbers).toEqual(["2"]);
    expect(normaliseName("Kaiyo Maru No. 8", "vessel").forms[0].numbers).toEqual(["8"]);
    expect(normaliseName("第十八星風丸", "vessel").forms[0].numbers).toEqual(["18"]);
  });

  it("does not read a person's initial as a roman numeral", () => {
    expect(normaliseName("Smith, John I", "person").forms[0].numbers).toEqual([]);
  });

  it("treats a bracketed acronym of the name as an acronym form", () => {
    const n = normaliseName("Naftiran Intertrade Co. (NICO) Limited", "company");
    expect(words(n, 0)).toEqual(["naftiran", "intertrade"]);
    expect(n.forms[1].acronym).toBe(true);
  });
});

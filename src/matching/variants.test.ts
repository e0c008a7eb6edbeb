// The engine against each ordinary variant KIND of a listed name, and against the hard negatives that must stay
// apart. Cases are written from general knowledge of how names are written (invented or public names), not
// taken from any evaluation file. Kind ids are the evaluation's.

import { describe, expect, it } from "vitest";
import { compareNames } from "./compare.js";
import { MatchIndex, searchBrute } from "./index.js";
import type { Entity, EntityType } from "./types.js";

const score = (a: string, b: string, type: EntityType) => compareNames(a, b, { type }).score;
const matches = (a: string, b: string, type: EntityType) => compareNames(a, b, { type }).match;

type Case = [query: string, listed: string, type: EntityType];

const POSITIVES: Record<string, Case[]> = {
  "given-surname": [
    ["Ivan Petrov", "PETROV, Ivan Sergeyevich", "person"],
    ["Olena Kovalenko", "KOVALENKO, Olena Mykolaivna", "person"],
    ["Maria Lopez", "Maria Fernanda LOPEZ GARCIA", "person"],
    ["Ahmad Karimi", "Ahmad Reza Karimi", "person"],
    ["Vladimir Putin", "Vladimir Vladimirovich PUTIN", "unknown"],
    // A long chain of further names (a nasab) costs no more than two of them.
    ["Omar Haddad", "HADDAD, Omar Abdul Karim Mahmoud Yusuf", "person"],
  ],
  initials: [
    ["I. Petrov", "PETROV, Ivan Sergeyevich", "person"],
    ["I. S. Petrov", "PETROV, Ivan Sergeyevich", "person"],
    ["M. F. Lopez Garcia", "Maria Fernanda LOPEZ GARCIA", "person"],
  ],
  order: [
    ["Petrov Ivan Sergeyevich", "Ivan Sergeyevich PETROV", "person"],
    ["Garcia Lopez Maria Fernanda", "Maria Fernanda LOPEZ GARCIA", "person"],
    ["Rossiya Bank", "Bank Rossiya", "company"],
  ],
  typo1: [
    ["Ivan Sergeyevich Petrvo", "PETROV, Ivan Sergeyevich", "person"],
    ["Harrowfeld Bearings Ltd", "Harrowfield Bearings Limited", "company"],
    ["Caspian Maritme Services", "Caspian Maritime Services", "company"],
  ],
  typo2: [
    ["Olaksandr Kovalenkp", "KOVALENKO, Oleksandr", "person"],
    ["Harrowfeld Baerings Ltd", "Harrowfield Bearings Limited", "company"],
  ],
  "typo-first-letter": [
    ["Dimitri Basiliev", "VASILIEV, Dimitri", "person"],
    ["Frandview Holdings", "Grandview Holdings", "company"],
    ["Sea Vrontier", "SEA FRONTIER", "vessel"],
    // The typo changes the first initial: the bracketed acronym is still read as the name's acronym.
    ["Gorvath Equipment Procurement (KEP)", "Korvath Equipment Procurement (KEP)", "company"],
  ],
  "typo-short-word": [
    ["Omsr Haddad", "HADDAD, Omar", "person"],
    ["Norf Stream Logistics", "Nord Stream Logistics", "company"],
    ["Bamk Saderat", "Bank Saderat", "company"],
  ],
  "joined-split": [
    ["Abdul Rahman Haddad", "Abdulrahman HADDAD", "person"],
    ["Petro Chem Trading", "Petrochem Trading", "company"],
    ["Seabreeze", "SEA BREEZE", "vessel"],
    ["PETROVIvan Sergeyevich", "PETROV, Ivan Sergeyevich", "person"],
    // A legal form run onto the last word, also before a further legal form.
    ["Harrowfield BearingsLLC", "Harrowfield Bearings LLC", "company"],
    ["Caspian Maritime ServicesLimited", "Caspian Maritime Services Limited", "company"],
    ["Kestrel GarmentCompany Ltd", "Kestrel Garment Company Ltd", "company"],
  ],
  "translit-cyrillic": [
    ["Сергей Иванов", "Sergei Ivanov", "person"],
    ["Sergej Iwanow", "Sergei IVANOV", "person"],
  ],
  "cross-script": [
    // Arabic writes no short vowels: the consonants must carry the match, compound names run together.
    ["خالد حسن الزهراني", "Khalid Hassan al-Zahrani", "person"],
    ["حبيب الله كريمي", "Habibullah Karimi", "person"],
    ["يوسف بن علي الشمري", "Yusuf bin Ali al-Shammari", "person"],
    ["سعيد المنصوري", "Saeed al-Mansouri", "person"],
    ["Αλέξανδρος Παπαδόπουλος", "Alexandros Papadopoulos", "person"],
    // A final heh after a consonant is a vowel ending, not a consonant.
    ["طه الخطيب", "Taha al-Khatib", "person"],
    // A name with letters only Persian writes reads ذ ض ظ ث the Persian way (z, z, z, s).
    ["محمد رضا ذاکری", "Mohammad Reza Zakeri", "person"],
    // Urdu (heh doachashmee, heh goal) and Pashto letters (dze, gaf with ring) are romanised, not dropped.
    ["ظہیر احمد بھٹی", "Zaheer Ahmed Bhatti", "person"],
    ["ګلاب خان ځاځی", "Gulab Khan Zazai", "person"],
    // A compound in two words meets its romanisation run together, also in the index.
    ["عطاء الله", "Ataullah", "person"],
    // عبد + article: written as one word on one side, assimilated to a sun letter on the other.
    ["عبدالکریم حسینی", "Abdul Karim Hosseini", "person"],
    ["عبد الرحيم", "Abdur Rahim", "person"],
    // A particle meets its other romanisation, also where the list writes it as a word (بن: bin, ben).
    ["كريم بن سالم بن فرج", "KARIM BEN SALEM BEN FARAJ", "person"],
  ],
  "former-name": [
    ["Ocean Pearl (ex-Sea Breeze)", "SEA BREEZE", "vessel"],
    ["Northwind Trading Ltd (formerly Bluecoast Trading Ltd)", "Bluecoast Trading Ltd", "company"],
  ],
  "business-word-language": [
    ["Banque Saderat", "Bank Saderat", "company"],
    ["Banco Atlantico", "Atlantic Bank", "company"],
  ],
  "legal-form": [
    ["Gazkom OOO", "Gazkom LLC", "company"],
    ["Ostrava Steel s.r.o.", "Ostrava Steel Ltd", "company"],
    ["Harrowfield Bearings Limited", "HARROWFIELD BEARINGS LTD.", "company"],
  ],
};

const NEGATIVES: Record<string, Case[]> = {
  "swapped-surname": [
    // One listed person's given name with another's surname.
    ["Dmitry Petrov", "PETROV, Ivan Sergeyevich", "person"],
    ["Olena Haddad", "HADDAD, Omar", "person"],
    ["Ivan Kovalenko", "KOVALENKO, Olena Mykolaivna", "person"],
    ["Maria Karimi", "Ahmad Reza Karimi", "person"],
    // A particle last in a person's name belongs to no following name: it is the surname, not a filler.
    ["Tariq Abu", "Tariq", "person"],
    ["Nadia Del", "Nadia", "person"],
  ],
  sibling: [
    ["Brevanti Trading LLC", "Brevanti Logistics LLC", "company"],
    ["Kestrel Holding AG", "Kestrel Operating AG", "company"],
    ["Marrowby Chemicals Ltd", "Marrowby Chemicals (Thailand) Co., Ltd.", "company"],
    ["Bank Saderat", "Bank Sepah", "company"],
  ],
  "sister-ship": [
    ["Ocean Star 3", "OCEAN STAR 5", "vessel"],
    ["Nordic Aurora", "NORDIC BOREALIS", "vessel"],
    ["Seraphine Navigation II", "SERAPHINE NAVIGATION IX", "vessel"],
  ],
};

describe("ordinary variants of a listed name match", () => {
  for (const [kind, cases] of Object.entries(POSITIVES)) {
    it.each(cases)(`${kind}: %s ~ %s (%s)`, (query, listed, type) => {
      expect(matches(query, listed, type), `score ${score(query, listed, type)}`).toBe(true);
    });
  }
});

describe("hard negatives stay apart by what differs", () => {
  for (const [kind, cases] of Object.entries(NEGATIVES)) {
    it.each(cases)(`${kind}: %s vs %s (%s)`, (query, listed, type) => {
      expect(matches(query, listed, type), `score ${score(query, listed, type)}`).toBe(false);
    });
  }

  it("a single surname does not match a listed full name", () => {
    expect(matches("Petrov", "PETROV, Ivan Sergeyevich", "person")).toBe(false);
  });

  it("two known given names one letter apart are two names, not a typo", () => {
    expect(matches("Halid Haddad", "HADDAD, Hamid", "person")).toBe(false);
    expect(matches("Ali Haddad", "HADDAD, Aleh", "person")).toBe(false);
  });
});

describe("scores move by what differs", () => {
  it("across scripts a particle meets its other romanisation (bin ~ ben), explained", () => {
    const r = compareNames("كريم بن سالم بن فرج", "KARIM BEN SALEM BEN FARAJ", { type: "person" });
    expect(r.explanations.find((e) => e.feature === "token_overlap")?.detail).toContain("particle variant");
    expect(compareNames("كريم بن سالم", "KARIM ALI SALEM", { type: "person" }).explanations[0].detail).not.toContain("particle variant");
  });

  it("an extra middle name costs little, another given name a lot", () => {
    expect(score("Ivan Petrov", "PETROV, Ivan Sergeyevich", "person")).toBeGreaterThan(
      score("Dmitry Petrov", "PETROV, Ivan Sergeyevich", "person") + 0.3,
    );
  });

  it("a typo costs more in a short word than in a long one, and more in a first letter", () => {
    expect(score("Bamk Saderat", "Bank Saderat", "company")).toBeLessThan(score("Bank Saderta", "Bank Saderat", "company"));
    expect(score("Dimitri Basiliev", "VASILIEV, Dimitri", "person")).toBeLessThan(score("Dimitri Vasilyev", "VASILIEV, Dimitri", "person"));
  });
});

const entity = (sourceId: string, type: Entity["type"], names: string[], extra: Partial<Entity> = {}): Entity => ({
  list: "test",
  sourceId,
  type,
  names,
  countries: [],
  ...extra,
});

describe("the index offers the entity for every variant kind", () => {
  const index = new MatchIndex();
  const listed: Entity[] = [];
  for (const cases of Object.values(POSITIVES))
    for (const [, name, type] of cases) listed.push(entity(String(listed.length + 1), type === "unknown" ? "person" : type, [name]));
  // Neighbours that share words with the listed names, so that the index has to choose.
  const fillers = [
    "Bank Sepah",
    "Bank Melli",
    "Nord Logistics",
    "Grandview Capital",
    "Sea Star",
    "PETROV, Dmitry",
    "HADDAD, Olena",
    "Stream Holdings",
    "Caspian Shipping",
  ];
  for (const name of fillers) listed.push(entity(String(listed.length + 1), name.includes(",") ? "person" : "company", [name]));
  // Many unrelated names, so that common keys and candidate caps come into play.
  for (let i = 0; i < 400; i++)
    listed.push(
      entity(String(listed.length + 1), "company", [
        `Trading Company ${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i * 7) % 26))}${i} Ltd`,
      ]),
    );
  for (const e of listed) index.add(e);
  index.build();

  for (const [kind, cases] of Object.entries(POSITIVES)) {
    it.each(cases)(`${kind}: %s finds %s`, (query, name, type) => {
      const hits = index.search({ name: query, type });
      expect(hits.map((h) => h.name)).toContain(name);
      // Whatever a scan of every name finds, the index finds too.
      const brute = searchBrute(index, { name: query, type }).map((h) => h.entityId);
      expect(new Set(hits.map((h) => h.entityId))).toEqual(new Set(brute));
    });
  }

  it("offers an entity when the query drops or adds a word", () => {
    expect(index.search({ name: "Harrowfield Bearings Limited UK" }, { includeNonMatches: true }).map((h) => h.name)).toContain(
      "Harrowfield Bearings Limited",
    );
    expect(index.search({ name: "Caspian Services" }, { includeNonMatches: true }).map((h) => h.name)).toContain(
      "Caspian Maritime Services",
    );
  });
});

describe("facts beyond the name move the score, each explained", () => {
  const index = new MatchIndex();
  index.add(entity("p1", "person", ["PETROV, Ivan Sergeyevich"], { birthDates: ["1961-02-13"], countries: ["RU"] }));
  index.add(entity("v1", "vessel", ["OCEAN STAR 5"], { ids: ["IMO 9187629"] }));
  index.add(entity("v2", "vessel", ["PACIFIC DAWN"], { ids: ["IMO 9300001"] }));
  index.add(entity("c1", "company", ["Kestrel Holding AG"], { ids: ["Registration ID 14063277 (Netherlands)"] }));
  index.build();
  const top = (q: Parameters<MatchIndex["search"]>[0]) => index.search(q, { includeNonMatches: true })[0];

  it("the same date of birth raises a score; another one is shown as conflicting and never hides the hit", () => {
    const plain = top({ name: "Ivan Petrov" });
    const same = top({ name: "Ivan Petrov", birthDate: "1961-02-13" });
    const other = top({ name: "Ivan Petrov", birthDate: "1985-07-01" });
    expect(same.score).toBeGreaterThan(plain.score);
    expect(plain.match).toBe(true);
    expect(other).toMatchObject({ sourceId: "p1", score: plain.score, match: true });
    expect(same.explanations.find((e) => e.feature === "birth_date")?.weight).toBeGreaterThan(0);
    const conflict = other.explanations.find((e) => e.feature === "birth_date");
    expect(conflict?.detail).toContain("another date of birth");
    expect(conflict?.weight).toBe(0);
  });

  it("a year alone agrees with a full date in it", () => {
    expect(top({ name: "Ivan Petrov", birthDate: "1961" }).explanations.find((e) => e.feature === "birth_date")?.detail).toContain(
      "same year",
    );
  });

  it("the same IMO number finds a renamed vessel; another IMO number keeps a sister ship apart", () => {
    const renamed = index.search({ name: "Morning Glory", type: "vessel", ids: ["IMO 9300001"] });
    expect(renamed[0]?.sourceId).toBe("v2");
    expect(renamed[0]?.explanations.find((e) => e.feature === "identifier")?.detail).toContain("same identifier");
    const sister = top({ name: "Ocean Star 5", type: "vessel", ids: ["IMO 9187631"] });
    expect(sister.match).toBe(false);
    expect(sister.explanations.find((e) => e.feature === "identifier")?.weight).toBeLessThan(0);
  });

  it("a registration number is compared without its punctuation", () => {
    const r = top({ name: "Kestrel Holding", ids: ["14-063-277"] });
    expect(r.explanations.find((e) => e.feature === "identifier")?.detail).toContain("same identifier");
  });

  it("country and type: agreeing facts are shown, conflicting ones lower the score", () => {
    const home = top({ name: "Ivan Petrov", country: "Russia", type: "person" });
    expect(home.explanations.map((e) => e.feature)).toEqual(expect.arrayContaining(["country", "entity_type"]));
    const abroad = top({ name: "Ivan Petrov", country: "FR" });
    expect(abroad.score).toBeLessThan(home.score);
  });

  it("explanation weights still add up to the score", () => {
    for (const q of [
      { name: "Ivan Petrov", birthDate: "1961-02-13" },
      { name: "Ocean Star 5", ids: ["IMO 9187631"] },
    ]) {
      const r = top(q);
      expect(Math.abs(r.explanations.reduce((s, e) => s + e.weight, 0) - r.score)).toBeLessThan(0.003);
    }
  });
});

describe("typo2: a query word on no listed name may carry two typos (index only)", () => {
  const index = new MatchIndex();
  for (const [id, name] of [
    ["1", "AKBARI, Marko"],
    ["2", "NOVAK, Sergey"],
    ["3", "HOLM, Marta"],
    ["4", "LINDQVIST, Yelena"],
  ] as const)
    index.add(entity(id, "person", [name]));
  index.build();
  const found = (query: string, listed: string) => index.search({ name: query, type: "person" }).some((h) => h.name === listed && h.match);

  it.each([
    ["Marrk Akbari", "AKBARI, Marko"],
    ["Sereuy Novak", "NOVAK, Sergey"],
    ["Yelenxs Lindqvist", "LINDQVIST, Yelena"],
  ])("%s finds %s, explained as a slip", (query, listed) => {
    expect(found(query, listed)).toBe(true);
    const hit = index.search({ name: query, type: "person" })[0];
    expect(hit.explanations.find((e) => e.feature === "token_overlap")?.detail).toContain("slip");
  });

  it("a word of a listed name is another name, not a slip (Marta is listed: Marta Akbari is not Marko Akbari)", () => {
    expect(found("Marta Akbari", "AKBARI, Marko")).toBe(false);
  });

  it("pairwise, with no list to know the words, two typos in a short word stay a different word", () => {
    expect(matches("Marrk Akbari", "AKBARI, Marko", "person")).toBe(false);
  });
});

describe("typo-first-letter and typo-short-word: a misspelt particle or title (index only)", () => {
  const index = new MatchIndex();
  for (const [id, name] of [
    ["1", "Kestrel Power Production and Development Company"],
    ["2", "Khatiba Imam al-Bukhari"],
    ["3", "Movement for Harbour Reform"],
    ["4", "Sand Logistics"],
  ] as const)
    index.add(entity(id, "company", [name]));
  index.build();
  const top = (query: string) => index.search({ name: query, type: "company" })[0];

  it.each([
    ["Kestrel Power Production Qnd Development Company", "Kestrel Power Production and Development Company"],
    ["Khatiba Iimam al-Bukhari", "Khatiba Imam al-Bukhari"],
    ["Movement Ofr Harbour Reform", "Movement for Harbour Reform"],
  ])("%s finds %s, the word weighing as the particle", (query, listed) => {
    const hit = top(query);
    expect(hit?.name).toBe(listed);
    expect(hit?.match).toBe(true);
    expect(hit?.explanations.find((e) => e.feature === "token_overlap")?.detail).toContain("misspelt particle or title");
  });

  it("a word of a listed name is not read as a misspelt particle (Sand is listed)", () => {
    const hit = index.search(
      { name: "Kestrel Power Production Sand Development Company", type: "company" },
      { includeNonMatches: true },
    )[0];
    expect(hit.explanations.find((e) => e.feature === "token_overlap")?.detail).not.toContain("misspelt particle");
  });
});

describe("typo-short-word: a known word one edit from a listed one (index only)", () => {
  const index = new MatchIndex();
  for (const [id, type, name] of [
    ["1", "company", "Kora Velmont"],
    ["2", "company", "Okra Holdings"],
    ["3", "person", "HADDAD, Amir"],
    ["4", "person", "SALEH, Amin"],
  ] as const)
    index.add(entity(id, type, [name]));
  index.build();
  const found = (query: string, type: EntityType, listed: string) =>
    index.search({ name: query, type }).some((h) => h.name === listed && h.match);

  it("in a company's name it may be a slip: Okra Velmont finds Kora Velmont although Okra is listed", () => {
    expect(found("Okra Velmont", "company", "Kora Velmont")).toBe(true);
  });

  it("in a person's name it is another name: Amin Haddad is not Amir Haddad when Amin is listed", () => {
    expect(found("Amin Haddad", "person", "HADDAD, Amir")).toBe(false);
  });
});

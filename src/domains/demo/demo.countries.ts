import type { Random } from "./demo.random.js";

// Country facts for fictional demo companies: legal forms by size, cities with their language and
// telephone pattern (`#` = a random digit), mobile patterns, and a registration number in the
// country's usual format (with a valid check digit where the format has one).

export type Lang = "de" | "fr" | "it" | "es" | "pl" | "nl" | "sv" | "no" | "da" | "fi" | "cs" | "ro" | "en";
export type SizeClass = "local" | "sme" | "large";
type Forms = Record<SizeClass, string[]>;

export interface City {
  name: string;
  lang: Lang;
  phone: string;
}

export interface CountryInfo {
  code: string;
  tld: string;
  cities: City[];
  mobile: string[];
  /** Legal forms by size; `byLang` overrides them for a language area (French Switzerland, Wallonia). */
  forms: Forms;
  byLang?: Partial<Record<Lang, Forms>>;
  registrationId(r: Random, legalForm: string, city: City): string | null;
}

const city = (lang: Lang, list: Array<[string, string]>): City[] => list.map(([name, phone]) => ({ name, lang, phone }));

const luhnDigit = (digits: string): number => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
};

/** Weighted modulo-11 check digit; null when the number cannot carry a valid one (caller retries). */
const mod11 = (digits: string, weights: number[], rule: (sum: number) => number | null): number | null =>
  rule([...digits].reduce((s, d, i) => s + Number(d) * weights[i], 0));

const retry = (r: Random, make: (r: Random) => string | null): string => {
  for (;;) {
    const v = make(r);
    if (v) return v;
  }
};

const spaced = (s: string, groups: number[]) => {
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(s.slice(i, i + g));
    i += g;
  }
  return out.join(" ");
};

const DE_COURT_SUFFIX: Record<string, string> = { Berlin: " B" };
const RO_COUNTY: Record<string, string> = {
  București: "40",
  "Cluj-Napoca": "12",
  Timișoara: "35",
  Iași: "22",
  Constanța: "13",
  Brașov: "08",
};

export const COUNTRIES: Record<string, CountryInfo> = {
  DE: {
    code: "DE",
    tld: "de",
    cities: city("de", [
      ["Berlin", "+49 30 ########"],
      ["Hamburg", "+49 40 ########"],
      ["München", "+49 89 ########"],
      ["Köln", "+49 221 #######"],
      ["Frankfurt", "+49 69 ########"],
      ["Stuttgart", "+49 711 #######"],
      ["Leipzig", "+49 341 #######"],
      ["Dresden", "+49 351 #######"],
      ["Düsseldorf", "+49 211 #######"],
      ["Nürnberg", "+49 911 #######"],
      ["Hannover", "+49 511 #######"],
      ["Bremen", "+49 421 #######"],
    ]),
    mobile: ["+49 151 ########", "+49 152 ########", "+49 160 #######", "+49 171 #######", "+49 176 ########"],
    forms: { local: ["GmbH", "UG (haftungsbeschränkt)", "e.K.", "GbR"], sme: ["GmbH", "GmbH & Co. KG"], large: ["AG", "SE", "GmbH"] },
    registrationId: (r, form, c) => {
      if (form === "GbR") return null;
      // Partnerships and sole traders (also a GmbH & Co. KG) are in register A, corporations in B.
      const register = /e\.K\.|KG|OHG/.test(form) ? "HRA" : "HRB";
      return `${register} ${r.int(1000, 249999)}${DE_COURT_SUFFIX[c.name] ?? ""}`;
    },
  },
  AT: {
    code: "AT",
    tld: "at",
    cities: city("de", [
      ["Wien", "+43 1 #######"],
      ["Graz", "+43 316 ######"],
      ["Linz", "+43 732 ######"],
      ["Salzburg", "+43 662 ######"],
      ["Innsbruck", "+43 512 ######"],
    ]),
    mobile: ["+43 66# #######", "+43 676 #######"],
    forms: { local: ["GmbH", "e.U.", "KG"], sme: ["GmbH", "GmbH & Co KG"], large: ["AG", "GmbH"] },
    registrationId: (r) => `FN ${r.int(10000, 599999)}${r.pick("abdfghikmpstvwxyz".split(""))}`,
  },
  CH: {
    code: "CH",
    tld: "ch",
    cities: [
      ...city("de", [
        ["Zürich", "+41 44 ### ## ##"],
        ["Basel", "+41 61 ### ## ##"],
        ["Bern", "+41 31 ### ## ##"],
        ["Luzern", "+41 41 ### ## ##"],
      ]),
      ...city("fr", [
        ["Genève", "+41 22 ### ## ##"],
        ["Lausanne", "+41 21 ### ## ##"],
      ]),
    ],
    mobile: ["+41 79 ### ## ##", "+41 78 ### ## ##", "+41 76 ### ## ##"],
    forms: { local: ["GmbH"], sme: ["AG", "GmbH"], large: ["AG"] },
    byLang: { fr: { local: ["Sàrl"], sme: ["SA", "Sàrl"], large: ["SA"] } },
    registrationId: (r) =>
      retry(r, () => {
        const d = String(r.int(10000000, 99999999));
        const c = mod11(d, [5, 4, 3, 2, 7, 6, 5, 4], (s) => (s % 11 === 0 ? 0 : s % 11 === 1 ? null : 11 - (s % 11)));
        return c === null ? null : `CHE-${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}${c}`;
      }),
  },
  FR: {
    code: "FR",
    tld: "fr",
    cities: city("fr", [
      ["Paris", "+33 1 ## ## ## ##"],
      ["Lyon", "+33 4 ## ## ## ##"],
      ["Marseille", "+33 4 ## ## ## ##"],
      ["Lille", "+33 3 ## ## ## ##"],
      ["Toulouse", "+33 5 ## ## ## ##"],
      ["Strasbourg", "+33 3 ## ## ## ##"],
      ["Nantes", "+33 2 ## ## ## ##"],
      ["Annecy", "+33 4 ## ## ## ##"],
    ]),
    mobile: ["+33 6 ## ## ## ##", "+33 7 ## ## ## ##"],
    forms: { local: ["SARL", "EURL", "SAS"], sme: ["SAS", "SARL"], large: ["SA", "SAS"] },
    // SIREN: eight digits and a Luhn check digit.
    registrationId: (r) => {
      const d = String(r.int(30000000, 99999999));
      return spaced(d + luhnDigit(d), [3, 3, 3]);
    },
  },
  IT: {
    code: "IT",
    tld: "it",
    cities: city("it", [
      ["Milano", "+39 02 #### ####"],
      ["Roma", "+39 06 #### ####"],
      ["Torino", "+39 011 ### ####"],
      ["Napoli", "+39 081 ### ####"],
      ["Bologna", "+39 051 ### ####"],
      ["Verona", "+39 045 ### ####"],
    ]),
    mobile: ["+39 3## ### ####"],
    forms: { local: ["S.r.l.", "S.n.c.", "S.r.l.s."], sme: ["S.r.l."], large: ["S.p.A."] },
    // Partita IVA: seven digits, a three-digit office code and a Luhn check digit.
    registrationId: (r) => {
      const d = r.digits(7) + String(r.int(1, 100)).padStart(3, "0");
      return d + luhnDigit(d);
    },
  },
  ES: {
    code: "ES",
    tld: "es",
    cities: city("es", [
      ["Madrid", "+34 91 ### ## ##"],
      ["Barcelona", "+34 93 ### ## ##"],
      ["Valencia", "+34 96 ### ## ##"],
      ["Sevilla", "+34 954 ## ## ##"],
      ["Bilbao", "+34 94 ### ## ##"],
      ["Málaga", "+34 952 ## ## ##"],
    ]),
    mobile: ["+34 6## ## ## ##"],
    forms: { local: ["S.L."], sme: ["S.L."], large: ["S.A."] },
    // CIF: A (S.A.) or B (S.L.), seven digits and a control digit.
    registrationId: (r, form) => {
      const d = r.digits(7);
      let sum = 0;
      for (let i = 0; i < 7; i++) {
        const n = Number(d[i]);
        sum += i % 2 === 1 ? n : Math.floor((n * 2) / 10) + ((n * 2) % 10);
      }
      return `${form === "S.A." ? "A" : "B"}${d}${(10 - (sum % 10)) % 10}`;
    },
  },
  PL: {
    code: "PL",
    tld: "pl",
    cities: city("pl", [
      ["Warszawa", "+48 22 ### ## ##"],
      ["Kraków", "+48 12 ### ## ##"],
      ["Łódź", "+48 42 ### ## ##"],
      ["Wrocław", "+48 71 ### ## ##"],
      ["Poznań", "+48 61 ### ## ##"],
      ["Gdańsk", "+48 58 ### ## ##"],
      ["Katowice", "+48 32 ### ## ##"],
    ]),
    mobile: ["+48 5## ### ###", "+48 6## ### ###", "+48 7## ### ###"],
    forms: { local: ["Sp. z o.o.", "s.c."], sme: ["Sp. z o.o."], large: ["S.A."] },
    registrationId: (r, form) => (form === "s.c." ? null : `KRS ${String(r.int(20000, 999999)).padStart(10, "0")}`),
  },
  NL: {
    code: "NL",
    tld: "nl",
    cities: city("nl", [
      ["Amsterdam", "+31 20 ### ####"],
      ["Rotterdam", "+31 10 ### ####"],
      ["Utrecht", "+31 30 ### ####"],
      ["Den Haag", "+31 70 ### ####"],
      ["Eindhoven", "+31 40 ### ####"],
    ]),
    mobile: ["+31 6 ########"],
    forms: { local: ["B.V.", "V.O.F."], sme: ["B.V."], large: ["N.V.", "B.V."] },
    registrationId: (r) => `KvK ${r.int(10000000, 99999999)}`,
  },
  BE: {
    code: "BE",
    tld: "be",
    cities: [
      ...city("fr", [
        ["Bruxelles", "+32 2 ### ## ##"],
        ["Liège", "+32 4 ### ## ##"],
      ]),
      ...city("nl", [
        ["Antwerpen", "+32 3 ### ## ##"],
        ["Gent", "+32 9 ### ## ##"],
      ]),
    ],
    mobile: ["+32 47# ## ## ##", "+32 49# ## ## ##"],
    forms: { local: ["BV", "VOF"], sme: ["BV", "NV"], large: ["NV"] },
    byLang: { fr: { local: ["SRL", "SNC"], sme: ["SRL", "SA"], large: ["SA"] } },
    // Enterprise number: 0 + seven digits + 97-modulus check.
    registrationId: (r) => {
      const n = r.int(2000000, 9999999);
      const check = String(97 - (n % 97)).padStart(2, "0");
      const d = `0${n}${check}`;
      return `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
    },
  },
  SE: {
    code: "SE",
    tld: "se",
    cities: city("sv", [
      ["Stockholm", "+46 8 ### ### ##"],
      ["Göteborg", "+46 31 ### ## ##"],
      ["Malmö", "+46 40 ### ## ##"],
      ["Uppsala", "+46 18 ### ## ##"],
    ]),
    mobile: ["+46 70 ### ## ##", "+46 73 ### ## ##"],
    forms: { local: ["AB", "HB"], sme: ["AB"], large: ["AB (publ)", "AB"] },
    registrationId: (r, form) => {
      const d = `${form === "HB" ? "969" : r.pick(["556", "559"])}${r.digits(6)}`;
      return `${d.slice(0, 6)}-${d.slice(6)}${luhnDigit(d)}`;
    },
  },
  NO: {
    code: "NO",
    tld: "no",
    cities: city("no", [
      ["Oslo", "+47 22 ## ## ##"],
      ["Bergen", "+47 55 ## ## ##"],
      ["Trondheim", "+47 73 ## ## ##"],
    ]),
    mobile: ["+47 9## ## ###", "+47 4## ## ###"],
    forms: { local: ["AS"], sme: ["AS"], large: ["ASA", "AS"] },
    registrationId: (r) =>
      retry(r, () => {
        const d = `9${r.digits(7)}`;
        const c = mod11(d, [3, 2, 7, 6, 5, 4, 3, 2], (s) => (s % 11 === 0 ? 0 : s % 11 === 1 ? null : 11 - (s % 11)));
        return c === null ? null : spaced(d + c, [3, 3, 3]);
      }),
  },
  DK: {
    code: "DK",
    tld: "dk",
    cities: city("da", [
      ["København", "+45 33 ## ## ##"],
      ["Aarhus", "+45 86 ## ## ##"],
      ["Odense", "+45 66 ## ## ##"],
    ]),
    mobile: ["+45 2# ## ## ##", "+45 4# ## ## ##"],
    forms: { local: ["ApS", "I/S"], sme: ["ApS", "A/S"], large: ["A/S"] },
    registrationId: (r) =>
      retry(r, () => {
        const d = String(r.int(1000000, 9999999));
        const c = mod11(d, [2, 7, 6, 5, 4, 3, 2], (s) => (11 - (s % 11)) % 11);
        return c === null || c === 10 ? null : `CVR ${d}${c}`;
      }),
  },
  FI: {
    code: "FI",
    tld: "fi",
    cities: city("fi", [
      ["Helsinki", "+358 9 #### ####"],
      ["Tampere", "+358 3 #### ####"],
      ["Turku", "+358 2 #### ####"],
    ]),
    mobile: ["+358 40 ### ####", "+358 50 ### ####"],
    forms: { local: ["Oy", "Ky"], sme: ["Oy"], large: ["Oyj", "Oy"] },
    registrationId: (r) =>
      retry(r, () => {
        const d = String(r.int(1000000, 3299999));
        const c = mod11(d, [7, 9, 10, 5, 8, 4, 2], (s) => (s % 11 === 0 ? 0 : s % 11 === 1 ? null : 11 - (s % 11)));
        return c === null ? null : `${d}-${c}`;
      }),
  },
  CZ: {
    code: "CZ",
    tld: "cz",
    cities: city("cs", [
      ["Praha", "+420 2## ### ###"],
      ["Brno", "+420 54# ### ###"],
      ["Ostrava", "+420 59# ### ###"],
      ["Plzeň", "+420 37# ### ###"],
    ]),
    mobile: ["+420 6## ### ###", "+420 7## ### ###"],
    forms: { local: ["s.r.o.", "v.o.s."], sme: ["s.r.o.", "a.s."], large: ["a.s."] },
    // IČO: seven digits and a modulus-11 check digit.
    registrationId: (r) => {
      const d = String(r.int(1000000, 9999999));
      const c = mod11(d, [8, 7, 6, 5, 4, 3, 2], (s) => (11 - (s % 11)) % 10)!;
      return `IČO ${d}${c}`;
    },
  },
  RO: {
    code: "RO",
    tld: "ro",
    cities: city("ro", [
      ["București", "+40 21 ### ####"],
      ["Cluj-Napoca", "+40 264 ### ###"],
      ["Timișoara", "+40 256 ### ###"],
      ["Iași", "+40 232 ### ###"],
      ["Constanța", "+40 241 ### ###"],
      ["Brașov", "+40 268 ### ###"],
    ]),
    mobile: ["+40 7## ### ###"],
    forms: { local: ["S.R.L."], sme: ["S.R.L."], large: ["S.A.", "S.R.L."] },
    // Trade register number: J, county code, serial number, year of registration.
    registrationId: (r, _form, c) => `J${RO_COUNTY[c.name] ?? "40"}/${r.int(100, 29999)}/${r.int(1994, 2023)}`,
  },
  IE: {
    code: "IE",
    tld: "ie",
    cities: city("en", [
      ["Dublin", "+353 1 ### ####"],
      ["Cork", "+353 21 ### ####"],
      ["Galway", "+353 91 ### ###"],
      ["Limerick", "+353 61 ### ###"],
    ]),
    mobile: ["+353 8# ### ####"],
    forms: { local: ["Ltd"], sme: ["Ltd", "DAC"], large: ["PLC", "DAC"] },
    registrationId: (r) => `CRO ${r.int(100000, 749999)}`,
  },
  GB: {
    code: "GB",
    tld: "co.uk",
    cities: city("en", [
      ["London", "+44 20 #### ####"],
      ["Manchester", "+44 161 ### ####"],
      ["Birmingham", "+44 121 ### ####"],
      ["Leeds", "+44 113 ### ####"],
      ["Glasgow", "+44 141 ### ####"],
      ["Edinburgh", "+44 131 ### ####"],
    ]),
    mobile: ["+44 7### ######"],
    forms: { local: ["Ltd", "LLP"], sme: ["Ltd"], large: ["PLC", "Ltd"] },
    registrationId: (r, form, c) => {
      const prefix = form === "LLP" ? "OC" : ["Glasgow", "Edinburgh"].includes(c.name) ? "SC" : "";
      return prefix ? `${prefix}${r.int(100000, 699999)}` : String(r.int(1000000, 15999999)).padStart(8, "0");
    },
  },
};

/** The legal forms a company of this size, in this city's language area, would plausibly have. */
export function legalFormsFor(country: CountryInfo, size: SizeClass, lang: Lang): string[] {
  return (country.byLang?.[lang] ?? country.forms)[size];
}

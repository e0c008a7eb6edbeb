// A reproducible synthetic watchlist of any size (seeded), for speed and scale benchmarks. Names mix
// generated words (from syllables, so the vocabulary grows with the list like a real one) with common
// given names, surnames, business words and legal forms, so frequent tokens are as frequent as in life.

import type { Entity, EntityType } from "../types.js";
import { mulberry32, pick, randInt, type Rng } from "./prng.js";
import { BUSINESS_WORDS_EN, COMPANY_STEMS, GIVEN_NAMES, LEGAL_SUFFIXES, SURNAMES, VESSEL_WORDS } from "./wordlists.js";

const ONSETS = [
  "b",
  "d",
  "f",
  "g",
  "h",
  "k",
  "l",
  "m",
  "n",
  "p",
  "r",
  "s",
  "t",
  "v",
  "z",
  "br",
  "dr",
  "gr",
  "kr",
  "tr",
  "st",
  "sh",
  "ch",
  "kh",
  "zh",
  "ts",
  "y",
  "w",
  "j",
  "q",
];
const NUCLEI = ["a", "e", "i", "o", "u", "ai", "ou", "ia", "ei", "ya"];
const CODAS = ["", "", "", "n", "r", "l", "s", "k", "m", "v", "t", "ng", "sh"];
const COUNTRY_CODES = [
  "RU",
  "IR",
  "KP",
  "SY",
  "CU",
  "VE",
  "CN",
  "AE",
  "TR",
  "LB",
  "IQ",
  "AF",
  "PK",
  "BY",
  "UA",
  "MM",
  "SD",
  "LY",
  "YE",
  "SO",
  "NG",
  "GB",
  "US",
  "DE",
  "FR",
  "HK",
  "SG",
  "PA",
  "CY",
  "MT",
];

/** A pronounceable made-up word of 2-4 syllables. */
export function syntheticWord(rng: Rng): string {
  const n = 2 + randInt(rng, 3);
  let w = "";
  for (let i = 0; i < n; i++) w += pick(rng, ONSETS) + pick(rng, NUCLEI) + (i === n - 1 ? pick(rng, CODAS) : "");
  return w[0].toUpperCase() + w.slice(1);
}

function personName(rng: Rng): string {
  const given = pick(rng, GIVEN_NAMES);
  const surname = rng() < 0.5 ? pick(rng, SURNAMES) : syntheticWord(rng) + pick(rng, ["", "ov", "enko", "ski", "yan", "i", "ez", "son"]);
  const middle = rng() < 0.3 ? " " + pick(rng, GIVEN_NAMES) : "";
  return rng() < 0.5 ? `${surname.toUpperCase()}, ${given}${middle}` : `${given}${middle} ${surname}`;
}

function companyName(rng: Rng): string {
  // A known stem never comes alone: "Himalaya Ltd" would be listed hundreds of times in a large list.
  const stem = rng() < 0.3;
  const core = stem ? pick(rng, COMPANY_STEMS) : syntheticWord(rng);
  const second = stem || rng() < 0.3 ? " " + syntheticWord(rng) : "";
  const words = Array.from({ length: randInt(rng, 3) }, () => pick(rng, BUSINESS_WORDS_EN));
  const legal = rng() < 0.8 ? " " + pick(rng, LEGAL_SUFFIXES) : "";
  return `${core}${second}${words.length ? " " + words.join(" ") : ""}${legal}`;
}

function vesselName(rng: Rng): string {
  const a = rng() < 0.8 ? syntheticWord(rng) : `${pick(rng, COMPANY_STEMS)} ${syntheticWord(rng)}`;
  const b = pick(rng, VESSEL_WORDS);
  const num = rng() < 0.2 ? ` ${1 + randInt(rng, 20)}` : "";
  return `${a} ${b}${num}`.toUpperCase();
}

function aircraftName(rng: Rng): string {
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let reg = "";
  for (let i = 0; i < 3; i++) reg += letters[randInt(rng, 26)];
  return `${pick(rng, ["EP", "RA", "UP", "YK", "HZ", "5A", "ST", "YI"])}-${reg}`;
}

/** Alias: an abbreviated, re-ordered or re-spelled variant of the primary name. */
function aliasOf(rng: Rng, name: string, type: EntityType): string {
  if (type === "person") {
    const parts = name.replace(",", "").split(" ");
    return parts.reverse().join(" ");
  }
  if (type === "company") return name.replace(/\s+(Ltd|Limited|LLC|Inc\.|GmbH|S\.A\.)$/, "") + (rng() < 0.5 ? " Company" : "");
  return name + " " + (1 + randInt(rng, 9));
}

/** Yields `count` synthetic entities, identical for identical (count, seed). */
export function* syntheticEntities(count: number, seed = 42, list = "synthetic"): Generator<Entity> {
  const rng = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const roll = rng();
    const type: EntityType = roll < 0.55 ? "company" : roll < 0.9 ? "person" : roll < 0.97 ? "vessel" : "aircraft";
    const primary =
      type === "company" ? companyName(rng) : type === "person" ? personName(rng) : type === "vessel" ? vesselName(rng) : aircraftName(rng);
    const names = [primary];
    const aliases = rng() < 0.35 ? 1 + randInt(rng, 2) : 0;
    for (let a = 0; a < aliases; a++) names.push(aliasOf(rng, primary, type));
    const countries = Array.from({ length: randInt(rng, 3) }, () => pick(rng, COUNTRY_CODES));
    yield { list, sourceId: `S${i}`, type, names: [...new Set(names)], countries: [...new Set(countries)] };
  }
}

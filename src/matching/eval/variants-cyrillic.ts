// Test-side romanisation of Russian, Ukrainian and Belarusian Cyrillic names in the systems lists, passports
// and national press use, for the `translit-cyrillic` evaluation kind. Independent of the engine's own tables
// (src/matching/transliterate.ts): the evaluation must not grade the engine with the engine's rules.
//
// Sources (letter tables as published; the comparison table in Wikipedia "Romanization of Russian",
// https://en.wikipedia.org/wiki/Romanization_of_Russian, lists all of them side by side):
//   bgn-pcgn  BGN/PCGN 1947 system for Russian (US Board on Geographic Names / UK PCGN)
//   iso9      ISO 9:1995 (GOST 7.79-2000 System A), one letter per letter with diacritics
//   gost      GOST 7.79-2000 System B (ASCII only: x, cz, shh, y')
//   icao      ICAO Doc 9303 Part 3 (8th ed. 2021), section 6, machine-readable passports
//   german    Duden transcription (German press: Chruschtschow, Jelzin)
//   french    French usage (Khrouchtchev, Eltsine)
//   czech     Czech transcription (Chruščov)
//   polish    Polish transcription (Chruszczow)
//   swedish   Swedish / Scandinavian transcription (Chrusjtjov)
// Ukrainian і ї є ґ and Belarusian і ў follow the same sources' tables for those languages where they give one
// (ICAO lists them; BGN/PCGN has Ukrainian and Belarusian systems) and the nearest Russian letter otherwise.

export const CYRILLIC_SYSTEMS = ["bgn-pcgn", "iso9", "gost", "icao", "german", "french", "czech", "polish", "swedish"] as const;
export type CyrillicSystem = (typeof CYRILLIC_SYSTEMS)[number];

// Columns: bgn-pcgn, iso9, gost, icao, german, french, czech, polish, swedish.
// "|" separates the form after a consonant from the form at a word start or after a vowel, ь or ъ.
const TABLE: Record<string, string[]> = {
  а: ["a", "a", "a", "a", "a", "a", "a", "a", "a"],
  б: ["b", "b", "b", "b", "b", "b", "b", "b", "b"],
  в: ["v", "v", "v", "v", "w", "v", "v", "w", "v"],
  г: ["g", "g", "g", "g", "g", "g", "g", "g", "g"],
  д: ["d", "d", "d", "d", "d", "d", "d", "d", "d"],
  е: ["e|ye", "e", "e", "e", "e|je", "e", "e|je", "ie|je", "e|je"],
  ё: ["ë|yë", "ë", "yo", "e", "jo", "io", "jo", "io|jo", "jo"],
  ж: ["zh", "ž", "zh", "zh", "sch", "j", "ž", "ż", "zj"],
  з: ["z", "z", "z", "z", "s", "z", "z", "z", "z"],
  и: ["i", "i", "i", "i", "i", "i", "i", "i", "i"],
  й: ["y", "j", "j", "i", "i", "ï", "j", "j", "j"],
  к: ["k", "k", "k", "k", "k", "k", "k", "k", "k"],
  л: ["l", "l", "l", "l", "l", "l", "l", "ł", "l"],
  м: ["m", "m", "m", "m", "m", "m", "m", "m", "m"],
  н: ["n", "n", "n", "n", "n", "n", "n", "n", "n"],
  о: ["o", "o", "o", "o", "o", "o", "o", "o", "o"],
  п: ["p", "p", "p", "p", "p", "p", "p", "p", "p"],
  р: ["r", "r", "r", "r", "r", "r", "r", "r", "r"],
  с: ["s", "s", "s", "s", "s", "s", "s", "s", "s"],
  т: ["t", "t", "t", "t", "t", "t", "t", "t", "t"],
  у: ["u", "u", "u", "u", "u", "ou", "u", "u", "u"],
  ф: ["f", "f", "f", "f", "f", "f", "f", "f", "f"],
  х: ["kh", "h", "x", "kh", "ch", "kh", "ch", "ch", "ch"],
  ц: ["ts", "c", "cz", "ts", "z", "ts", "c", "c", "ts"],
  ч: ["ch", "č", "ch", "ch", "tsch", "tch", "č", "cz", "tj"],
  ш: ["sh", "š", "sh", "sh", "sch", "ch", "š", "sz", "sj"],
  щ: ["shch", "ŝ", "shh", "shch", "schtsch", "chtch", "šč", "szcz", "sjtj"],
  ъ: ["", "", "", "ie", "", "", "", "", ""],
  ы: ["y", "y", "y'", "y", "y", "y", "y", "y", "y"],
  ь: ["", "", "", "", "", "", "", "", ""],
  э: ["e", "è", "e'", "e", "e", "e", "e", "e", "e"],
  ю: ["yu", "û", "yu", "iu", "ju", "iou", "ju", "iu|ju", "ju"],
  я: ["ya", "â", "ya", "ia", "ja", "ia", "ja", "ia|ja", "ja"],
  // Ukrainian and Belarusian letters.
  і: ["i", "ì", "i", "i", "i", "i", "i", "i", "i"],
  ї: ["yi", "ï", "yi", "i", "ji", "ï", "ji", "ji", "ji"],
  є: ["ye", "ê", "ye", "ie", "je", "ie", "je", "je", "je"],
  ґ: ["g", "g̀", "g'", "g", "g", "g", "g", "g", "g"],
  ў: ["w", "ŭ", "u'", "u", "w", "ou", "ŭ", "ŭ", "w"],
};

const VOWELS = new Set([..."аеёиоуыэюяіїєў"]);

/** Romanises a Cyrillic string in one system; Latin and other characters pass through. Case follows the source. */
export function romaniseCyrillic(text: string, system: CyrillicSystem): string {
  const col = CYRILLIC_SYSTEMS.indexOf(system);
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const row = TABLE[lower];
    if (!row) {
      out += ch;
      continue;
    }
    const prev = (chars[i - 1] ?? " ").toLowerCase();
    const afterVowel = !TABLE[prev] || VOWELS.has(prev) || prev === "ь" || prev === "ъ";
    const [consonantForm, initialForm = consonantForm] = row[col].split("|");
    let r = afterVowel ? initialForm : consonantForm;
    // German and French write an s between vowels doubled (Jessenin, Vassiliev); Polish writes л as l before soft vowels.
    if (lower === "с" && (system === "german" || system === "french") && VOWELS.has(prev) && VOWELS.has((chars[i + 1] ?? "").toLowerCase()))
      r = "ss";
    // ё after ж ч ш щ is written o (Chruschtschow, Chruščov, Chruszczow, Chrusjtjov); French writes e (Khrouchtchev).
    if (lower === "ё" && /[жчшщ]/.test(prev) && ["german", "czech", "polish", "swedish"].includes(system)) r = "o";
    if (lower === "ё" && /[жчшщ]/.test(prev) && system === "french") r = "e";
    if (lower === "л" && system === "polish" && /[еёиюяьіє]/.test((chars[i + 1] ?? "").toLowerCase())) r = "l";
    // Names end in -ий/-ый: BGN -iy, ICAO -ii, German/French/Czech -i, Polish -i/-y.
    if (lower === "й" && (i + 1 === chars.length || !TABLE[(chars[i + 1] ?? "").toLowerCase()]) && (prev === "и" || prev === "ы")) {
      if (system === "german" || system === "french" || system === "czech" || system === "polish") r = "";
    }
    if (!r) continue;
    const upper = ch !== lower;
    out += upper
      ? r[0].toUpperCase() + (chars[i + 1] && chars[i + 1] !== chars[i + 1].toLowerCase() ? r.slice(1).toUpperCase() : r.slice(1))
      : r;
  }
  return out;
}

// Reverse BGN/PCGN: Latin list spellings of Russian names back to Cyrillic, longest match first. Used only to
// obtain Cyrillic originals for listed persons whose list entry is Latin-only (OFAC); the reconstruction is
// approximate (BGN/PCGN is not reversible: e vs э, y vs ы/й) and is labelled as reconstructed in the benchmark.
const REVERSE: Array<[string, string]> = [
  ["shch", "щ"],
  ["kh", "х"],
  ["zh", "ж"],
  ["ts", "ц"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["yu", "ю"],
  ["ya", "я"],
  ["yo", "ё"],
  ["ye", "е"],
  ["iy", "ий"],
  ["yy", "ый"],
  ["a", "а"],
  ["b", "б"],
  ["v", "в"],
  ["g", "г"],
  ["d", "д"],
  ["e", "е"],
  ["z", "з"],
  ["i", "и"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["f", "ф"],
  ["y", "ы"],
  ["h", "х"],
  ["w", "в"],
  ["c", "ц"],
  ["j", "й"],
  ["x", "кс"],
  ["q", "к"],
];
const LATIN_VOWELS = new Set([..."aeiouy"]);

/** Cyrillic for a Latin word spelled in BGN/PCGN (or close to it); undefined when it holds non-ASCII letters. */
export function cyrillicFromBgn(word: string): string | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return undefined;
  let out = "";
  for (let i = 0; i < w.length; ) {
    const prev = w[i - 1];
    // A word-initial e is э (Eduard); y after a vowel is й (Nikolay, Sergeyevich -> е handled above).
    if (w[i] === "e" && i === 0) {
      out += "э";
      i++;
      continue;
    }
    // A final -y after a consonant is -ий (Valery, Yuriy), a final -i after e is й (Aleksei).
    if (w[i] === "y" && i + 1 === w.length && prev && !LATIN_VOWELS.has(prev)) {
      out += "ий";
      i++;
      continue;
    }
    if (w[i] === "i" && i + 1 === w.length && prev === "e") {
      out += "й";
      i++;
      continue;
    }
    if (w[i] === "y" && prev && LATIN_VOWELS.has(prev) && !"aeiou".includes(w[i + 1] ?? "")) {
      out += "й";
      i++;
      continue;
    }
    const hit = REVERSE.find(([lat]) => w.startsWith(lat, i));
    if (!hit) return undefined;
    // "iy"/"yy" only at the end of a word.
    if ((hit[0] === "iy" || hit[0] === "yy") && i + 2 !== w.length) {
      out += hit[0] === "iy" ? "и" : "ы";
      i += 1;
      continue;
    }
    out += hit[1];
    i += hit[0].length;
  }
  return out;
}

/** Whether a string holds Cyrillic letters. */
export function isCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}

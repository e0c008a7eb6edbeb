// Burmese (Myanmar script) to Latin, in the informal romanisation Myanmar companies and people use for
// their names ("Aung", "Kyaw", "Htun", "Mingalar"), syllable by syllable. The `transliteration` package
// spells code points ("keaajeaathn"), which nobody writes. Approximate by nature: comparisons with
// romanised names stay fuzzy.

const CONSONANTS: Record<string, string> = {
  က: "k",
  ခ: "kh",
  ဂ: "g",
  ဃ: "g",
  င: "ng",
  စ: "s",
  ဆ: "hs",
  ဇ: "z",
  ဈ: "z",
  ဉ: "ny",
  ည: "ny",
  ဋ: "t",
  ဌ: "ht",
  ဍ: "d",
  ဎ: "d",
  ဏ: "n",
  တ: "t",
  ထ: "ht",
  ဒ: "d",
  ဓ: "d",
  န: "n",
  ပ: "p",
  ဖ: "ph",
  ဗ: "b",
  ဘ: "b",
  မ: "m",
  ယ: "y",
  ရ: "y",
  လ: "l",
  ဝ: "w",
  သ: "th",
  ဟ: "h",
  ဠ: "l",
  အ: "",
};
const INDEPENDENT: Record<string, string> = { ဣ: "i", ဤ: "i", ဥ: "u", ဦ: "u", ဧ: "e", ဩ: "aw", ဪ: "aw" };
const FINAL_CLASS: Record<string, string> = {
  က: "k",
  ဂ: "k",
  င: "ng",
  စ: "s",
  ည: "ny",
  ဉ: "ny",
  ဋ: "t",
  တ: "t",
  ဒ: "t",
  ပ: "t",
  ဗ: "t",
  န: "n",
  ဏ: "n",
  မ: "n",
  လ: "n",
  ယ: "y",
};
// Rhyme by vowel signs and final class; "w" prefix marks the wa-hswe medial.
const RHYMES: Record<string, string> = {
  "|": "a",
  "|k": "et",
  "|ng": "in",
  "|s": "it",
  "|ny": "i",
  "|t": "at",
  "|n": "an",
  "|y": "e",
  "a|": "ar",
  "a|ng": "in",
  "a|n": "an",
  "a|t": "at",
  "a|k": "et",
  "i|": "i",
  "i|n": "ein",
  "i|t": "eik",
  "i|k": "eik",
  "i|ng": "ein",
  "u|": "u",
  "u|n": "on",
  "u|t": "ok",
  "u|k": "ok",
  "u|ng": "on",
  "e|": "e",
  "ai|": "e",
  "aw|": "aw",
  "aw|ng": "aung",
  "aw|k": "auk",
  "o|": "o",
  "o|ng": "aing",
  "o|k": "aik",
  "o|n": "on",
  "w|": "wa",
  "w|n": "un",
  "w|t": "ut",
  "w|y": "we",
  "w|ng": "win",
  "w|k": "wet",
  "we|": "we",
  "wi|": "wi",
  "wa|": "war",
};

const MEDIAL_Y = new Set(["ျ", "ြ"]);
const MEDIAL_W = "ွ";
const MEDIAL_H = "ှ";
const ASAT = "်";
const VIRAMA = "္";
const DIGIT0 = 0x1040;

/** True for a character of the Myanmar block. */
export function isMyanmar(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x1000 && c <= 0x109f;
}

/** Romanises a run of Burmese text, syllables joined into one word. */
export function romaniseBurmese(text: string): string {
  const chars = [...text];
  let out = "";
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    const code = ch.codePointAt(0) ?? 0;
    if (code >= DIGIT0 && code <= DIGIT0 + 9) {
      out += String(code - DIGIT0);
      i++;
      continue;
    }
    if (INDEPENDENT[ch] !== undefined) {
      out += INDEPENDENT[ch];
      i++;
      while (i < chars.length && "းံ့်".includes(chars[i])) i++;
      continue;
    }
    if (CONSONANTS[ch] === undefined) {
      if (!isMyanmar(ch)) out += ch;
      i++;
      continue;
    }
    // Onset and medials.
    let onset = CONSONANTS[ch];
    i++;
    let hasY = false;
    let hasW = false;
    let hasH = false;
    while (i < chars.length && (MEDIAL_Y.has(chars[i]) || chars[i] === MEDIAL_W || chars[i] === MEDIAL_H)) {
      if (MEDIAL_Y.has(chars[i])) hasY = true;
      else if (chars[i] === MEDIAL_W) hasW = true;
      else hasH = true;
      i++;
    }
    if (hasH) onset = ch === "ရ" || ch === "ယ" ? "sh" : "h" + onset;
    if (hasY && !onset.endsWith("y")) onset = onset === "k" || onset === "kh" || onset === "g" ? onset[0] + "y" : onset + "y";
    // Vowel signs.
    let v = "";
    let sawE = false;
    let sawA = false;
    let sawI = false;
    let sawU = false;
    let anusvara = false;
    while (i < chars.length && "ါာိီုူေဲံ့း".includes(chars[i])) {
      const s = chars[i];
      if (s === "ေ") sawE = true;
      else if (s === "ါ" || s === "ာ") sawA = true;
      else if (s === "ိ" || s === "ီ") sawI = true;
      else if (s === "ု" || s === "ူ") sawU = true;
      else if (s === "ဲ") v = "ai";
      else if (s === "ံ") anusvara = true;
      i++;
    }
    if (sawE && sawA) v = "aw";
    else if (sawI && sawU) v = "o";
    else if (sawE) v = "e";
    else if (sawA) v = "a";
    else if (sawI) v = "i";
    else if (sawU) v = "u";
    if (i < chars.length && chars[i] === ASAT) i++; // ော် : asat on the vowel
    // Final consonant: C + asat, or C + virama (stacked, the next consonant starts a new syllable).
    let fin = anusvara ? "n" : "";
    if (i + 1 < chars.length && CONSONANTS[chars[i]] !== undefined && (chars[i + 1] === ASAT || chars[i + 1] === VIRAMA)) {
      fin = FINAL_CLASS[chars[i]] ?? "n";
      const stacked = chars[i + 1] === VIRAMA;
      i += 2;
      // Kinzi: င + asat + virama, the consonant after it starts the next syllable.
      if (!stacked && i < chars.length && chars[i] === VIRAMA) i++;
    }
    while (i < chars.length && "့း".includes(chars[i])) i++;
    const key = (hasW ? "w" + (v === "e" ? "e" : "") : v) + "|" + fin;
    const rhyme = RHYMES[key] ?? RHYMES[v + "|" + fin] ?? RHYMES[v + "|"] ?? "a";
    out += onset + rhyme;
  }
  return out;
}

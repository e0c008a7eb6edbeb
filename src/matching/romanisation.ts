// One key for every romanisation of a name: Khrushchev (BGN/PCGN, ICAO), Chruschtschow (German),
// Khrouchtchev (French), Chruščov (Czech, ISO 9 style), Chruszczow (Polish) and Chrusjtjov (Swedish) all
// become "XraXav". The key is coarse on purpose — vowels collapse, the hushing and velar fricatives are one
// class, ц/з/с one more — so it is only ever an extra comparison form beside the name as written
// (normalise.ts), matched as a whole word and never below five letters. Tables and their sources are in
// data/romanisation.ts.

import { DIACRITIC_DIGRAPHS, FRICATIVE_SPELLINGS, SIBILANT_SPELLINGS } from "./data/romanisation.js";
import { editCost, fold } from "./similarity.js";
import { GIVEN_NAME } from "./vocabulary.js";

import { ROMANISATION_MAX_DIFFERENCE } from "./algorithm.js";

export { ROMANISATION_MAX_DIFFERENCE };

const FRICATIVES = new RegExp(FRICATIVE_SPELLINGS.join("|"), "g");
const SIBILANTS = new RegExp(SIBILANT_SPELLINGS.join("|"), "g");
const DIGRAPH_LETTERS = new RegExp(`[${Object.keys(DIACRITIC_DIGRAPHS).join("")}]`, "giu");

/** Whether the text holds a letter that some romanisation writes with a diacritic for a digraph sound (č, š, ž …). */
export function hasDigraphLetters(text: string): boolean {
  DIGRAPH_LETTERS.lastIndex = 0;
  return DIGRAPH_LETTERS.test(text);
}

/** Writes č š ž ŝ … as the digraphs BGN/PCGN uses (ch sh zh shch), keeping case; other letters untouched. */
export function expandDiacritics(text: string): string {
  return text.replace(DIGRAPH_LETTERS, (ch) => {
    const lower = ch.toLowerCase();
    const out = DIACRITIC_DIGRAPHS[lower] ?? ch;
    return ch === lower ? out : out[0].toUpperCase() + out.slice(1);
  });
}

/**
 * The romanisation-insensitive key of one lower-case Latin word (see the module comment). An x is ks
 * (Alexei, Maxim) or, as GOST 7.79 B writes х, a fricative (Axmed, Mixail): `x` picks the reading, and a
 * name with an x gets a form for each.
 */
export function romanisationKey(word: string, x: "ks" | "h" = "ks"): string {
  let s = word.replace(/ph/g, "f").replace(/th/g, "t").replace(/ck/g, "k").replace(/q/g, "k");
  s = s.replace(/x/g, x);
  s = s.replace(FRICATIVES, "X");
  // c is ц in ISO 9, Czech and Polish, k before a back vowel in English and Romance spellings.
  s = s.replace(/c(?=[aou])/g, "k");
  s = s.replace(SIBILANTS, "s");
  s = s.replace(/w/g, "v").replace(/ff$/, "v");
  // French writes a mute final e (Eltsine, Poutine); a vowel before a final r comes and goes (Aleksandr, Alexander; Petr, Peter).
  if (s.length >= 6) s = s.replace(/(?<=[^aeiouy])e$/, "");
  s = s.replace(/(?<=[^aeiouy])e(?=r$)/, "");
  // Vowels and glides: я = ya / ja / ia / â / ä, ю = yu / ju / iu / ou, -ий = -iy / -ij / -ii / -y / -i.
  // A j before i is a consonant (pinyin Jinqiao is not Yinqiao; Czech Jiří); elsewhere it is the glide of я/ю/й.
  s = s.replace(/j(?=i)/g, "J").replace(/[aeiouyj]+/g, "a");
  return s.replace(/(.)\1+/g, "$1");
}

/**
 * A word with the other systems' letter groups for ш, ж, ч and щ written as BGN/PCGN writes them (Nordic and
 * Dutch sj, zj, tj, tsj; Polish sz, rz, cz, szcz; French tch; German tsch, schtsch) and a Nordic or German initial
 * or final j (й, я, ю) as y, so that the spelling check of `romanisedAlike` compares what the letters say.
 */
function bgnSpelling(w: string): string {
  return w
    .replace(/schtsch|sjtsj|sjtj|szcz|chtch/g, "shch")
    .replace(/tsch|tsj|tch|tj|cz/g, "ch")
    .replace(/sch|sj|sz/g, "sh")
    .replace(/zj|rz/g, "zh")
    .replace(/^j(?=[aeou])/, "y")
    .replace(/([aeiou])j$/, "$1y");
}

/**
 * Whether two words with one romanisation key are also spelt alike enough to be one name: the key is coarse,
 * so "Matthias" and "Mitec" share one although no system writes one as the other. Compared after the
 * engine's spelling fold, the systems' spellings of one name differ in at most ~40% of their letters
 * (Khrushchev / Chrusjtjov), unrelated words with a shared key in more. Given names the vocabulary knows
 * to be different names stay apart.
 */
export function romanisedAlike(a: string, b: string): boolean {
  // Two known given names of different groups are two names (Hassan, Hossein), whatever their key.
  const ga = GIVEN_NAME.get(a);
  const gb = GIVEN_NAME.get(b);
  if (ga !== undefined && gb !== undefined && ga !== gb) return false;
  const fa = fold(bgnSpelling(a));
  const fb = fold(bgnSpelling(b));
  const allowed = ROMANISATION_MAX_DIFFERENCE * Math.max(fa.length, fb.length);
  return editCost(fa, fb, allowed) <= allowed;
}

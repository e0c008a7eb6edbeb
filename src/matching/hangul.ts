// Korean Hangul to Latin by the Revised Romanisation, the system Korean companies use for their
// English names. The `transliteration` package spells letters one by one ("saebyeog"), RR spells
// sounds ("saebyeok"), so we decompose syllables ourselves.

const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const MEDIALS = [
  "a",
  "ae",
  "ya",
  "yae",
  "eo",
  "e",
  "yeo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "eu",
  "ui",
  "i",
];
// Final consonant as pronounced before a pause or another consonant.
const FINALS = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "l",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];
// Final consonant carried over to a following syllable that starts with a vowel (ㅇ initial).
const LIAISON = [
  "",
  "g",
  "kk",
  "ks",
  "n",
  "nj",
  "nh",
  "d",
  "r",
  "lg",
  "lm",
  "lb",
  "ls",
  "lt",
  "lp",
  "lh",
  "m",
  "b",
  "ps",
  "s",
  "ss",
  "ng",
  "j",
  "ch",
  "k",
  "t",
  "p",
  "h",
];

const BASE = 0xac00;
const LAST = 0xd7a3;

/** True for a precomposed Hangul syllable. */
export function isHangulSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= BASE && c <= LAST;
}

/** Romanises a run of Hangul syllables as one word (no spaces between syllables). */
export function romaniseHangul(text: string): string {
  const syl: Array<{ i: number; m: number; f: number } | string> = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < BASE || c > LAST) {
      syl.push(ch);
      continue;
    }
    const idx = c - BASE;
    syl.push({ i: Math.floor(idx / 588), m: Math.floor((idx % 588) / 28), f: idx % 28 });
  }
  let out = "";
  for (let k = 0; k < syl.length; k++) {
    const s = syl[k];
    if (typeof s === "string") {
      out += s;
      continue;
    }
    const prev = k > 0 ? syl[k - 1] : undefined;
    let initial = INITIALS[s.i];
    // ㄹ after a final ㄹ or ㄴ is pronounced [l]: 물류 -> mullyu.
    if (s.i === 5 && prev && typeof prev !== "string" && (prev.f === 8 || prev.f === 4)) initial = "l";
    out += initial + MEDIALS[s.m];
    const next = k + 1 < syl.length ? syl[k + 1] : undefined;
    if (s.f === 0) continue;
    if (next && typeof next !== "string" && next.i === 11) out += LIAISON[s.f];
    else if (s.f === 4 && next && typeof next !== "string" && next.i === 5) out += "l";
    else out += FINALS[s.f];
  }
  return out;
}

// From a name in any script to lower-case Latin word tokens, keeping the punctuation facts later steps need
// (a dot after a word marks an abbreviation, a comma after a legal form ends the name proper).

import { toLatin, type Script } from "./transliterate.js";

export interface RawToken {
  text: string;
  /** Written with a dot right after it ("Bros.", "S.", "Comm."). */
  dot: boolean;
  /** Followed by a comma. */
  comma: boolean;
}

export interface LatinName {
  text: string;
  scripts: Set<Script>;
}

/** Transliterates, splits camel case ("EtsKoffiet" -> "Ets Koffiet") and lower-cases. */
export function latinise(name: string): LatinName {
  const { text, scripts } = toLatin(name.normalize("NFKC"));
  // "EtsKoffiet" -> "Ets Koffiet"; "ATTARANMohammad", "OOOGazprom" -> "ATTARAN Mohammad", "OOO Gazprom".
  const split = text
    .replace(/([a-z])([A-Z])(?=[a-z])/g, "$1 $2")
    .replace(/([A-Z]{2})([A-Z][a-z]{2})/g, "$1 $2")
    .toLowerCase();
  return { text: split, scripts };
}

const WORD = /[a-z0-9]/;

/** Splits lower-case Latin text into tokens. */
export function rawTokens(latin: string): RawToken[] {
  let s = latin.replace(/[’‘`´ʼʻ]/g, "'");
  // "int'l" -> "intl", "ta'min" -> "tamin"; "o'doyle" -> "o doyle", "d'abidjan" -> "d abidjan".
  // Every pattern here looks a fixed distance around one character, so the work is linear in the input: an
  // open-ended run before the apostrophe ("[a-z]{2,}'") was retried from each letter of a long word, and a
  // 256k-character batch row stalled the server for a minute.
  s = s.replace(/(?<=[a-z]{2})'(?=[a-z])/g, "").replace(/\b([a-z])'(?=[a-z])/g, "$1 ");
  // A dot inside a word that is not a chain of initials joins it: "f.lli" -> "flli", but "s.p.a." stays.
  s = s.replace(/([a-z])\.(?=[a-z]{2})/g, "$1");
  s = s.replace(/&/g, " and ").replace(/\+/g, " and ");
  const out: RawToken[] = [];
  let cur = "";
  const push = () => {
    if (!cur) return;
    const m = /^(no|nr)(\d+)$/.exec(cur);
    if (m) {
      out.push({ text: m[1], dot: false, comma: false }, { text: m[2], dot: false, comma: false });
    } else out.push({ text: cur, dot: false, comma: false });
    cur = "";
  };
  for (const ch of s) {
    if (WORD.test(ch)) {
      cur += ch;
      continue;
    }
    push();
    const last = out[out.length - 1];
    if (!last) continue;
    if (ch === ".") last.dot = true;
    else if (ch === "," || ch === ";") last.comma = true;
  }
  push();
  return out;
}

/** Compact key of a phrase: its tokens joined without separators ("S.p.A." -> "spa"). */
export function compactKey(phrase: string): string {
  return rawTokens(latinise(phrase).text)
    .map((t) => t.text)
    .join("");
}

/** Space-joined token key of a phrase ("Import-Export" -> "import export"). */
export function phraseKey(phrase: string): string {
  return rawTokens(latinise(phrase).text)
    .map((t) => t.text)
    .join(" ");
}

// Any script to lower-case Latin. Per-script tables where the general library disagrees with how lists spell
// names (Cyrillic: BGN/PCGN as OFAC and the UN write it; Hebrew and Arabic: vowel letters by position, the
// article and compound names; Georgian, Armenian), our own romanisers for Hangul and Burmese, and the
// `any-ascii` library (pinned; Unicode-wide transliteration tables, ISC) for the rest (Han, kana, Greek,
// Thai, Devanagari ...).
// Scripts written without spaces (Han, kana, Hangul, Burmese) are first cut at known business words and
// legal forms, so "沧澜远洋航运有限公司" becomes "canglan yuanyang hangyun youxiangongsi", words a
// romanised name can meet.

import anyAscii from "any-ascii";
import { BUSINESS_WORDS } from "./data/business-words.js";
import { LEGAL_FORMS } from "./data/legal-forms.js";
import {
  ARABIC,
  ARABIC_PERSIAN,
  ARMENIAN,
  CYRILLIC,
  CYRILLIC_BELARUSIAN,
  CYRILLIC_UKRAINIAN,
  GEORGIAN,
  HEBREW,
  LATIN_SPECIAL,
  PERSIAN_ONLY_LETTERS,
} from "./data/scripts.js";
import { isMyanmar, romaniseBurmese } from "./burmese.js";
import { isHangulSyllable, romaniseHangul } from "./hangul.js";

export type Script =
  | "latin"
  | "cyrillic"
  | "greek"
  | "armenian"
  | "georgian"
  | "hebrew"
  | "arabic"
  | "cjk"
  | "hangul"
  | "myanmar"
  | "other";

/** Scripts whose romanisation loses vowels or is ambiguous enough to compare by consonant skeleton. */
export const LOSSY_SCRIPTS: ReadonlySet<Script> = new Set(["hebrew", "arabic", "myanmar", "cjk", "hangul", "other"]);

/** Script of one character, or undefined for digits, punctuation and spaces. */
export function scriptOf(ch: string): Script | undefined {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return /[A-Za-z]/.test(ch) ? "latin" : undefined;
  if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) return /\p{L}/u.test(ch) ? "latin" : undefined;
  if (c >= 0x370 && c <= 0x3ff) return "greek";
  if (c >= 0x1f00 && c <= 0x1fff) return "greek";
  if (c >= 0x400 && c <= 0x52f) return "cyrillic";
  if (c >= 0x530 && c <= 0x58f) return "armenian";
  if (c >= 0x590 && c <= 0x5ff) return "hebrew";
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff))
    return "arabic";
  if (c >= 0x10a0 && c <= 0x10ff) return "georgian";
  if (c >= 0x1000 && c <= 0x109f) return "myanmar";
  if (c >= 0xac00 && c <= 0xd7af) return "hangul";
  if ((c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) return "hangul";
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff))
    return "cjk";
  if (c === 0x3005 || c === 0x30fc) return "cjk";
  return /\p{L}/u.test(ch) ? "other" : undefined;
}

// ---- segmentation dictionary for scripts without spaces ----------------------------------------------

const SEGMENT_WORDS = new Set<string>();
let maxSegmentLength = 1;

function addSegmentWord(w: string): void {
  const chars = [...w];
  if (!chars.every((ch) => ["cjk", "hangul", "myanmar"].includes(scriptOf(ch) ?? ""))) return;
  SEGMENT_WORDS.add(w);
  maxSegmentLength = Math.max(maxSegmentLength, chars.length);
}
for (const [, variants] of BUSINESS_WORDS) for (const v of variants.split("|")) addSegmentWord(v.trim());
for (const form of LEGAL_FORMS) for (const v of form.variants) addSegmentWord(v.replace(/[()]/g, ""));
for (const w of ["ဦး", "ဒေါ်", "第", "号", "號"]) addSegmentWord(w);

const HAN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const HAN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Reads a Han numeral at `start` ("十八" = 18); returns the value and its length, or undefined. */
function readHanNumber(chars: string[], start: number): { value: number; length: number } | undefined {
  let total = 0;
  let digit = -1;
  let i = start;
  for (; i < chars.length; i++) {
    const ch = chars[i];
    if (HAN_DIGITS[ch] !== undefined) digit = HAN_DIGITS[ch];
    else if (HAN_UNITS[ch] !== undefined) {
      total += (digit < 0 ? 1 : digit) * HAN_UNITS[ch];
      digit = -1;
    } else if (/[0-9]/.test(ch)) digit = (digit < 0 ? 0 : digit) * 10 + Number(ch);
    else break;
  }
  if (i === start) return undefined;
  return { value: total + (digit < 0 ? 0 : digit), length: i - start };
}

function romaniseChunk(chunk: string, script: Script): string {
  if (script === "hangul") return romaniseHangul(chunk);
  if (script === "myanmar") return romaniseBurmese(chunk);
  return anyAscii(chunk)
    .replace(/[\s']+/g, "")
    .toLowerCase();
}

/** Cuts a run without spaces at dictionary words (longest first) and Han ordinals, romanising each piece. */
function segmentRun(run: string, script: Script): string {
  const chars = [...run];
  const pieces: string[] = [];
  let pending = "";
  const flush = () => {
    if (pending) pieces.push(romaniseChunk(pending, script));
    pending = "";
  };
  let i = 0;
  while (i < chars.length) {
    // Ordinals: 第十八 -> "no 18"; numbers before 号 -> "no N".
    if (chars[i] === "第") {
      const num = readHanNumber(chars, i + 1);
      if (num) {
        flush();
        pieces.push(`no ${num.value}`);
        i += 1 + num.length;
        continue;
      }
    }
    let matched = 0;
    for (let len = Math.min(maxSegmentLength, chars.length - i); len >= 1; len--) {
      const w = chars.slice(i, i + len).join("");
      if (SEGMENT_WORDS.has(w) && (len > 1 || w === "丸" || w === "号" || w === "號")) {
        matched = len;
        break;
      }
    }
    if (matched) {
      flush();
      const w = chars.slice(i, i + matched).join("");
      if (w !== "号" && w !== "號") pieces.push(romaniseChunk(w, script));
      i += matched;
      continue;
    }
    pending += chars[i];
    i++;
  }
  flush();
  return " " + pieces.join(" ") + " ";
}

// ---- alphabetic scripts ------------------------------------------------------------------------------

/** Ukrainian and Belarusian read some letters differently; decided once for the whole name. */
function cyrillicVariant(text: string): Record<string, string> | undefined {
  const lower = text.toLowerCase();
  const belarusian = /ў/.test(lower) || (/і/.test(lower) && /ы/.test(lower));
  if (belarusian) return CYRILLIC_BELARUSIAN;
  return /[іїєґ]/.test(lower) ? CYRILLIC_UKRAINIAN : undefined;
}

function cyrillicToLatin(run: string, override: Record<string, string> | undefined): string {
  const lower = run.toLowerCase();
  let out = "";
  for (const ch of lower) out += override?.[ch] ?? CYRILLIC[ch] ?? ch;
  return out;
}

function hebrewToLatin(run: string): string {
  // Niqqud and cantillation marks carry no consonant.
  const text = run.replace(/[\u0591-\u05C7]/g, "");
  let out = "";
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const atStart = !prev || !/[\u05D0-\u05EA]/.test(prev);
    const atEnd = !next || !/[\u05D0-\u05EA]/.test(next);
    if (next === "'" || next === "׳") {
      const geresh: Record<string, string> = { ג: "j", ז: "zh", צ: "ch", ץ: "ch", ת: "th" };
      if (geresh[ch]) {
        out += geresh[ch];
        i++;
        continue;
      }
    }
    if (ch === "ו") out += atStart || next === "ו" ? "v" : prev === "ו" ? "" : "o";
    else if (ch === "י") out += atStart ? "y" : prev === "י" ? "" : "i";
    else if (ch === "ב") out += atStart ? "b" : "v";
    else if (ch === "כ") out += atStart ? "k" : "kh";
    else if (ch === "פ") out += atStart ? "p" : "f";
    else if (ch === "ה" && atEnd && !atStart) out += "a";
    else if ((ch === "א" || ch === "ע") && atEnd) out += "";
    else out += HEBREW[ch] ?? (ch === '"' || ch === "״" ? "" : ch);
  }
  return out;
}

/** A name written the Persian, Urdu or Pashto way: it contains a letter Arabic does not write. */
const isPersianName = (text: string) => [...text].some((ch) => PERSIAN_ONLY_LETTERS.includes(ch));

function arabicToLatin(run: string, persian: boolean): string {
  const text = run.replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  let out = "";
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const prev = chars[i - 1];
    const atStart = !prev || scriptOf(prev) !== "arabic";
    // "الله" (Allah) ends compound names (عبد الله, حبیب الله): written as one word, so the name meets
    // Abdallah and Habibullah when run together.
    if (atStart && /^(?:ا|أ)?لل[هہ](?![\u0600-\u06FF])/.test(chars.slice(i, i + 5).join(""))) {
      const len = ch === "ل" ? 3 : 4;
      out += "allah";
      i += len - 1;
      continue;
    }
    // بن / ابن (son of) stand alone between names: lists write bin, ben or ibn.
    if (atStart && /^(?:ا)?بن(?![\u0600-\u06FF])/.test(chars.slice(i, i + 4).join(""))) {
      out += ch === "ا" ? "ibn" : "bin";
      i += ch === "ا" ? 2 : 1;
      continue;
    }
    // عبد + article written as one word (عبدالقدیر): lists write "Abdul Qadir", "Abd al-Qadir"; split it there.
    if (atStart && /^عبدال./.test(chars.slice(i, i + 6).join("")) && !/^عبدالل[هہ]$/.test(chars.slice(i).join(""))) {
      out += "abd al-";
      i += 4;
      continue;
    }
    // Definite article: "al-" as its own word, as lists write it.
    if (atStart && ch === "ا" && chars[i + 1] === "ل" && chars[i + 2] && scriptOf(chars[i + 2]) === "arabic") {
      out += "al-";
      i++;
      continue;
    }
    if (ch === "ع") out += chars[i + 1] && scriptOf(chars[i + 1]) === "arabic" ? "a" : "";
    else if (ch === "و") out += atStart ? "w" : "u";
    else if (ch === "ي" || ch === "ی") out += atStart ? "y" : "i";
    // A final heh after a consonant is a vowel ending (طه Taha, زاده Zadeh, القاعده al-Qaida), not a consonant.
    else if ((ch === "ه" || ch === "ہ") && i > 0 && !chars[i + 1] && !"اويیو".includes(prev)) out += "ah";
    else out += (persian ? ARABIC_PERSIAN[ch] : undefined) ?? ARABIC[ch] ?? ch;
  }
  return out;
}

function tableToLatin(run: string, table: Record<string, string>): string {
  let out = "";
  for (const ch of run.toLowerCase()) out += table[ch] ?? ch;
  return out;
}

/** Latin with diacritics to plain ASCII letters (keeps case; punctuation untouched). */
export function foldLatin(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFD")) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x300 && c <= 0x36f) continue;
    const lower = ch.toLowerCase();
    const special = LATIN_SPECIAL[lower];
    out += special !== undefined ? (ch === lower ? special : special.toUpperCase()) : ch;
  }
  return out;
}

export interface LatinText {
  text: string;
  scripts: Set<Script>;
}

/** Converts text in any script to Latin, keeping case for Latin runs (camel-case splitting needs it). */
export function toLatin(input: string): LatinText {
  const scripts = new Set<Script>();
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(input)) {
    if (/[A-Za-z]/.test(input)) scripts.add("latin");
    return { text: input, scripts };
  }
  // One-character abbreviations of legal forms would romanise to a syllable ("zhu", "ju") that is also a name.
  let text = input
    .replace(/[(（]株[)）]|㈱/g, " 株式会社 ")
    .replace(/[(（]주[)）]|㈜/g, " 주식회사 ")
    .replace(/[(（]有[)）]|㈲/g, " 有限会社 ");
  text = text.replace(/ու/g, "u").replace(/ՈՒ|Ու/g, "U");
  // Hebrew acronym marks inside a word (בע"מ) are not punctuation.
  text = text.replace(/([\u05D0-\u05EA])["״]([\u05D0-\u05EA])/g, "$1$2");
  const cyrillic = cyrillicVariant(text);
  const persian = isPersianName(text);
  let out = "";
  let run = "";
  let runScript: Script | undefined;
  const flush = () => {
    if (!run) return;
    if (runScript) scripts.add(runScript);
    switch (runScript) {
      case "latin":
        out += foldLatin(run);
        break;
      case "cyrillic":
        out += cyrillicToLatin(run, cyrillic);
        break;
      case "georgian":
        out += tableToLatin(run, GEORGIAN);
        break;
      case "armenian":
        out += tableToLatin(run, ARMENIAN);
        break;
      case "hebrew":
        out += hebrewToLatin(run);
        break;
      case "arabic":
        out += arabicToLatin(run, persian);
        break;
      case "cjk":
      case "hangul":
      case "myanmar":
        out += segmentRun(run, runScript);
        break;
      case undefined:
        out += foldLatin(run);
        break;
      default:
        out += " " + anyAscii(run) + " ";
    }
    run = "";
  };
  for (const ch of text) {
    let s = scriptOf(ch);
    // Geresh after a Hebrew letter belongs to the Hebrew run.
    if (s === undefined && (ch === "'" || ch === "׳") && runScript === "hebrew") s = "hebrew";
    // Burmese and Hangul marks/digits stay inside their run.
    if (s === undefined && (isMyanmar(ch) || isHangulSyllable(ch))) s = runScript;
    if (s !== runScript) {
      flush();
      runScript = s;
    }
    run += ch;
  }
  flush();
  return { text: out, scripts };
}

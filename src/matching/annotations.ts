// Text around a name that is not the name: message labels ("BENEFICIARY:"), "c/o" clauses, branch
// suffixes, vessel flags, ports and voyage numbers, and former names ("(ex-Cape Diamond)") which become
// aliases. Works on the raw string, before tokenising.

import type { EntityType } from "./types.js";
import { BRANCH_WORD, MESSAGE_LABEL } from "./vocabulary.js";
import { phraseKey } from "./tokenize.js";

export interface Annotated {
  /** The name proper. */
  name: string;
  /** Other names found inside the string (former names). */
  aliases: string[];
  /** Acronyms of the name given in brackets. */
  acronyms: string[];
  /** What was removed, for explanations. */
  removed: string[];
}

// Words that introduce another name of the same party: former names ("ex", "f/k/a", "formerly", "until 2019"),
// other names in use ("a.k.a.", "d/b/a", "t/a") and the new name ("n/k/a"), in English and a few languages lists
// and registries write. Each needs a space (or colon) after it, except "ex-" and "ex." which join the name.
const NAME_MARKERS = [
  String.raw`f\s?/\s?k\s?/\s?a\.?`,
  String.raw`a\s?/\s?k\s?/\s?a\.?`,
  String.raw`n\s?/\s?k\s?/\s?a\.?`,
  String.raw`d\s?/\s?b\s?/\s?a\.?`,
  String.raw`f\.?\s?k\.?\s?a\.?`,
  String.raw`a\.\s?k\.\s?a\.?`,
  String.raw`n\.\s?k\.\s?a\.?`,
  String.raw`d\.?\s?b\.?\s?a\.?`,
  String.raw`t/a`,
  String.raw`formerly(?:\s+(?:known\s+as|called|named|trading\s+as|registered\s+as))?`,
  String.raw`previously(?:\s+(?:known\s+as|called|named|registered\s+as))?`,
  String.raw`former(?:ly)?\s+name(?:\s+was)?`,
  String.raw`renamed\s+from`,
  String.raw`also\s+known\s+as`,
  String.raw`now\s+known\s+as`,
  String.raw`trading\s+as`,
  String.raw`(?:known\s+as\s+|named\s+)?(?:until|till)\s+(?:[a-z]+\s+)?\d{4}(?:\s+as)?`,
  String.raw`vormals`,
  String.raw`ehemals`,
  String.raw`fr(?:ü|ue)her`,
  String.raw`anciennement`,
  String.raw`pr(?:é|e)c(?:é|e)demment`,
  String.raw`anteriormente`,
  String.raw`dawniej`,
  String.raw`ранее`,
  String.raw`бывш(?:ий|ая|ее|\.)?`,
  String.raw`ex`,
];
const MARKER_SOURCE = String.raw`(?:ex[-.]\s*|(?:${NAME_MARKERS.join("|")})\s*:?(?=\s))\s*`;
/** A marker at the start of a text (bracket contents). */
const ALIAS_RE = new RegExp(`^${MARKER_SOURCE}`, "iu");
/** Every marker that follows a word boundary (a chain: "X f/k/a Y, formerly Z"). */
const MARKER_ANYWHERE = new RegExp(String.raw`(?<=^|[\s,;:(\[])${MARKER_SOURCE}`, "giu");
/** A date note after a name: "(until 2019)", "until 2019", "2015-2019", "in 2018". */
const DATE_NOTE =
  /(?:^|[\s,;]+)[([]?\s*(?:(?:until|till|to|before|from|since|in)\s+)?(?:[a-z]+\s+)?\d{4}(?:\s*[-–]\s*\d{4})?\s*[)\]]?\s*$/iu;

/** Trims punctuation, brackets, quotes and a trailing date note from a name found beside a marker. */
function cleanAlias(text: string): string {
  let s = text.replace(/^[\s,;:()[\]"'«»“”-]+|[\s,;:()[\]"'«»“”]+$/g, "");
  if (/\p{L}/u.test(s.replace(DATE_NOTE, ""))) s = s.replace(DATE_NOTE, "");
  return s.replace(/^[\s,;:()[\]"'«»“”-]+|[\s,;:()[\]"'«»“”]+$/g, "").trim();
}

/**
 * Splits "X f/k/a Y, formerly Z" into the head ("X") and the other names ("Y", "Z"). Markers at the very
 * start count only when `leading` (bracket contents); elsewhere a name that begins with "Ex" stays whole.
 */
function splitNameChain(text: string, leading: boolean): { head: string; others: string[]; found: boolean } {
  const cuts: Array<{ at: number; end: number }> = [];
  MARKER_ANYWHERE.lastIndex = 0;
  for (let m = MARKER_ANYWHERE.exec(text); m; m = MARKER_ANYWHERE.exec(text)) {
    if (m[0].length === 0) {
      MARKER_ANYWHERE.lastIndex++;
      continue;
    }
    if (m.index === 0 && !leading) continue;
    cuts.push({ at: m.index, end: m.index + m[0].length });
  }
  if (!cuts.length) return { head: text, others: [], found: false };
  const others: string[] = [];
  cuts.forEach((c, i) => {
    const alias = cleanAlias(text.slice(c.end, i + 1 < cuts.length ? cuts[i + 1].at : undefined));
    if (/\p{L}/u.test(alias)) others.push(alias);
  });
  return { head: text.slice(0, cuts[0].at), others, found: true };
}

const BRANCH_HINT = /branch|succurs|sucurs|filial|niederlass|oddzia|agenc|office|depot/i;

function hasBranchWord(text: string): boolean {
  if (!BRANCH_HINT.test(text)) return false;
  const key = ` ${phraseKey(text)} `;
  return BRANCH_WORD.some((w) => key.includes(` ${w} `));
}

/** "PAD" for "Propaganda and Agitation Department": letters of the name in order, starting with its first. */
function isAcronymOf(candidate: string, name: string): boolean {
  const acr = candidate.toLowerCase().replace(/[^a-z]/g, "");
  if (acr.length < 2 || acr.length > 8 || /\s/.test(candidate.trim())) return false;
  const letters = name
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z ]/g, "");
  const initials = letters
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join("");
  if (initials.length < 2) return false;
  // A typo in the first word's first letter ("Dafety Equipment Procurement (SEP)") leaves the rest of a
  // three-letter-or-longer acronym to say it: every other letter must then be a word initial, in order.
  if (acr[0] !== initials[0]) {
    if (acr.length < 3) return false;
    let k = 1;
    for (const ch of initials.slice(1)) if (ch === acr[k]) k++;
    return k === acr.length;
  }
  // Most letters must be word initials (NICO: N-I-C from Naftiran InterTrade CO).
  let j = 0;
  for (const ch of initials) if (ch === acr[j]) j++;
  return j >= Math.min(acr.length, 2) && j >= acr.length - 1;
}

/** Splits a name string into the name proper, embedded former names, and removed annotations. */
export function stripAnnotations(input: string, type: EntityType): Annotated {
  const removed: string[] = [];
  const aliases: string[] = [];
  const acronyms: string[] = [];
  let s = input.replace(/\s+/g, " ").trim();

  // Leading message label: "BENEFICIARY: X", "FIELD 59: X", "ORDERING CUSTOMER: X".
  const label = s.includes(":") ? /^([\p{L}0-9 ./-]{1,30}?)\s*:\s*(?=\S)/u.exec(s) : null;
  if (label) {
    const key = phraseKey(label[1]);
    const words = key.split(" ");
    if (
      MESSAGE_LABEL.has(key) ||
      MESSAGE_LABEL.has(words[0]) ||
      (words.length <= 3 && label[1] === label[1].toUpperCase() && /\p{Lu}/u.test(label[1]))
    ) {
      removed.push(label[0].trim());
      s = s.slice(label[0].length);
    }
  }
  // "Messrs." / "M/s" before a company name.
  const courtesy = /^(messrs\.?|m\/s\.?)\s+/i.exec(s);
  if (courtesy) {
    removed.push(courtesy[0].trim());
    s = s.slice(courtesy[0].length);
  }
  // Care-of clauses run to the end.
  const co = /\s+(?:c\/o|care of)\s.*$/i.exec(s);
  if (co && co.index > 0) {
    removed.push(co[0].trim());
    s = s.slice(0, co.index);
  }
  // Bracketed segments.
  if (/[([]/.test(s))
    s = s.replace(/\s*[([]([^()[\]]*)[)\]]/g, (whole, inner: string) => {
      const content = inner.trim();
      if (!content) return " ";
      if (ALIAS_RE.test(content)) {
        aliases.push(...splitNameChain(content, true).others);
        removed.push(whole.trim());
        return " ";
      }
      // "(Beta Ltd until 2019)": a name with the years it was used is a former name; "(until 2019)" alone a note.
      if (DATE_NOTE.test(content) && /\b(?:until|till|to|before|from|since)\b|\d{4}\s*[-–]\s*\d{4}/i.test(content)) {
        const former = cleanAlias(content);
        if (/\p{L}/u.test(former) && former !== content) aliases.push(former);
        removed.push(whole.trim());
        return " ";
      }
      // An acronym of the name in brackets ("NAFTIRAN INTERTRADE CO. (NICO)") is another name for it.
      if (type !== "person" && isAcronymOf(content, s)) {
        acronyms.push(content);
        removed.push(whole.trim());
        return " ";
      }
      if (hasBranchWord(content) || /\bflag\b/i.test(content) || (type === "vessel" && !/^\d+$/.test(content))) {
        removed.push(whole.trim());
        return " ";
      }
      return ` ${content} `;
    });
  // Unbracketed other names, chained: "Ocean Pioneer ex-Cape Diamond ex-Sea Lion", "X, formerly Y, until 2019 Z".
  const chain = splitNameChain(s, false);
  if (chain.found && /\p{L}/u.test(chain.head) && (chain.others.length > 0 || DATE_NOTE.test(s.slice(chain.head.length)))) {
    aliases.push(...chain.others);
    removed.push(s.slice(chain.head.length).trim());
    s = chain.head.replace(/[\s,;:-]+$/, "");
  }
  // Branch suffix: "X Ltd - Malindi Branch", "X Ltd, Sukkur Branch".
  const sep = Math.max(s.lastIndexOf(" - "), s.lastIndexOf(" – "), s.lastIndexOf(","), s.lastIndexOf(";"));
  if (sep > 0) {
    const tail = s.slice(sep).replace(/^[\s,;–-]+/, "");
    if (hasBranchWord(tail) && tail.split(/\s+/).length <= 5) {
      removed.push(tail);
      s = s.slice(0, sep);
    }
  }
  if (type === "vessel") {
    // Port of registry after a comma.
    const comma = s.indexOf(",");
    if (comma > 0) {
      removed.push(s.slice(comma).trim());
      s = s.slice(0, comma);
    }
  }
  if (type !== "person") {
    // Voyage and IMO numbers from shipping documents ("V.214W", "VOY 12", "IMO 9123456").
    s = s.replace(/(^|\s)(?:v\.\s?\d{2,4}[a-z]?|voy\.?\s?\d{1,4}[a-z]?|imo\s?\d{7})(?=\s|$)/gi, (m, pre: string) => {
      removed.push(m.trim());
      return pre + " ";
    });
  }
  s = s.replace(/\s+/g, " ").trim();
  if (!s) return { name: input.trim(), aliases: [], acronyms: [], removed: [] };
  return { name: s, aliases: aliases.filter(Boolean), acronyms, removed };
}

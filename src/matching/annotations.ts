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

const ALIAS_RE = /^(?:ex[-\s.]+|formerly(?:\s+known\s+as)?\s+|f\.?\s?k\.?\s?a\.?\s+|a\.?\s?k\.?\s?a\.?\s+|n\.?\s?k\.?\s?a\.?\s+|previously\s+|d\.?b\.?a\.?\s+|t\/a\s+|trading\s+as\s+)/i;

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
  const letters = name.toLowerCase().replace(/\([^)]*\)/g, " ").replace(/[^a-z ]/g, "");
  const initials = letters.split(/\s+/).filter(Boolean).map((w) => w[0]).join("");
  if (acr[0] !== initials[0] || initials.length < 2) return false;
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
    if (MESSAGE_LABEL.has(key) || MESSAGE_LABEL.has(words[0]) || (words.length <= 3 && label[1] === label[1].toUpperCase() && /\p{Lu}/u.test(label[1]))) {
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
  if (/[([]/.test(s)) s = s.replace(/\s*[([]([^()[\]]*)[)\]]/g, (whole, inner: string) => {
    const content = inner.trim();
    if (!content) return " ";
    const alias = ALIAS_RE.exec(content);
    if (alias) {
      aliases.push(content.slice(alias[0].length).trim());
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
  // Unbracketed former name at the end: "Ocean Pioneer ex-Cape Diamond", "X, formerly Y".
  const exTail = /[\s,;]+(?:ex-|ex\.\s*|f\.?k\.?a\.?\s+|formerly\s+)(.+)$/i.exec(s);
  if (exTail && exTail.index > 0) {
    aliases.push(exTail[1].trim());
    removed.push(exTail[0].trim());
    s = s.slice(0, exTail.index);
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

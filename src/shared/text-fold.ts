import { transliterate } from "transliteration";

const GERMAN: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "Ae", Ö: "Oe", Ü: "Ue" };

/** Lower-case, accent-less, Latin-script words of a text ("Müller-Bräu" → "muller brau"). */
export function foldText(text: string): string {
  return transliterate(text.normalize("NFKC"))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\s+/g, " ");
}

/**
 * The text kept for trigram search of names: each name folded, plus the German spelling of umlauts
 * ("Müller" is found by "Muller" and "Mueller"), words de-duplicated.
 */
export function searchKey(names: Array<string | null | undefined>): string {
  const words = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    for (const variant of [name, name.replace(/[äöüßÄÖÜ]/g, (ch) => GERMAN[ch] ?? ch)]) {
      for (const w of foldText(variant).split(" ")) if (w) words.add(w);
    }
  }
  return [...words].join(" ");
}

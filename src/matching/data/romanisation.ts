// Sources: the published romanisation standards and national transcription conventions listed below.
// How the romanisation systems that lists and passports use write the same Cyrillic sounds, so that a name
// spelt by any of them folds to one key (romanisation.ts). DATA ONLY. Sources, each a published standard
// or a national transcription convention:
//   BGN/PCGN 1947 System for Russian (US Board on Geographic Names / UK PCGN, as OFAC and the UN spell names)
//   ISO 9:1995 Information and documentation — Transliteration of Cyrillic characters into Latin characters
//   GOST 7.79-2000 System B (Russian interstate standard, ASCII transliteration)
//   ICAO Doc 9303 Machine Readable Travel Documents, Part 3 (8th ed., 2021), section 6 (Cyrillic) — passports
//   German: Duden transcription of Russian (Chruschtschow, Jakowlew, Zwetkow)
//   French: transcription usuelle du russe (Khrouchtchev, Tchekhov, Iouri)
//   Czech / Slovak / Croatian: Czech academic transcription (Chruščov, Čechov, Hruščov)
//   Polish: PWN transcription of Russian (Chruszczow, Czechow)
//   Swedish / Norwegian / Danish: Nordic transcription (Chrusjtjov, Tsjechov); Dutch: Chroesjtsjov, Tsjechov
//   Ukrainian National Transliteration (Cabinet of Ministers resolution 55, 2010) and Belarusian
//   Instruction on transliteration (2007) for Ukrainian/Belarusian forms (Oleksandr, Alyaksandr, Lukashenka).

/**
 * Latin letters with a diacritic that Slavic and Baltic romanisations (ISO 9, Czech, Polish, Croatian,
 * Latvian, Lithuanian) use for one Cyrillic letter; written out as the digraph BGN/PCGN uses before the key
 * is taken, so "Chruščov" and "Khrushchev" share one. Other accents are simply dropped.
 */
export const DIACRITIC_DIGRAPHS: Record<string, string> = {
  č: "ch",
  ć: "ch",
  ĉ: "ch",
  ç: "ch", // ч: ISO 9 č, Polish ć, Esperanto-style ĉ, Turkish/Albanian ç
  š: "sh",
  ś: "sh",
  ş: "sh",
  ș: "sh", // ш: ISO 9 / Czech š, Polish ś, Turkish ş, Romanian ș
  ŝ: "shch", // щ: ISO 9
  ž: "zh",
  ź: "zh",
  ż: "zh", // ж: ISO 9 / Czech ž, Polish ź ż
  ř: "rzh", // Czech ř
  ǧ: "gh",
  ğ: "gh", // Turkish ğ
};

/**
 * Spellings of one sound class, longest first: each alternative becomes the class letter in the key.
 * "X" is the hushing and velar fricatives that the systems swap among themselves: х (kh / ch / h / x),
 * ш (sh / sch / ch / sz / sj / š), ж (zh / sch / ž / ż / zj / rz), ч (ch / tsch / tch / cz / tsj / tj / č) and
 * щ (shch / schtsch / chtch / szcz / sjtj / šč / shh). German "ch" is х, English "ch" is ч and French "ch"
 * is ш, so the key cannot tell them apart and does not try.
 */
export const FRICATIVE_SPELLINGS: readonly string[] = [
  "schtsch", // щ German (Chruschtschow)
  "sjtsj", // щ Dutch (Chroesjtsjov)
  "chtch", // щ French (Khrouchtchev)
  "shtch", // щ older English
  "shch", // щ BGN/PCGN, ICAO 9303
  "szcz", // щ Polish (Chruszczow)
  "sjtj", // щ Swedish (Chrusjtjov)
  "tsch", // ч German (Tschechow)
  "shh", // щ GOST 7.79 B
  "tsj", // ч Dutch, Swedish (Tsjechov)
  "tch", // ч French (Tchekhov)
  "sch", // ш ж German (Schukow)
  "zh", // ж BGN/PCGN, ICAO
  "kh", // х BGN/PCGN, ICAO
  "sh", // ш BGN/PCGN, ICAO
  "ch", // ч English, х German/Czech/Polish, ш French
  "sz", // ш Polish
  "cz", // ч Polish
  "rz", // ж Polish
  "sj", // ш Dutch, Swedish
  "zj", // ж Dutch
  "tj", // ч Swedish
  "gh", // г Ukrainian/Belarusian in some English spellings, غ
  "h", // х Czech/Croatian/Slovene, г Ukrainian/Belarusian (Hryhoriy)
];

/**
 * Spellings of ц, з and с that systems exchange, one class: ts (BGN/PCGN, ICAO), c (ISO 9, Czech, Polish),
 * tz / z (German ц), s (German з: Solotow, Tscheresow), ss / ß (German с). The price: Arabic s and z fall
 * together too (Nasir, Nazir), which is why a key match also asks for alike spellings (romanisedAlike).
 */
export const SIBILANT_SPELLINGS: readonly string[] = ["tz", "ts", "dz", "ss", "z", "c"];

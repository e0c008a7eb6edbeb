// Small word lists the normaliser needs. DATA ONLY; all entries are in normalised (Latin, lower-case) form
// unless noted.

/** Function words: kept, but weigh almost nothing. */
export const STOPWORDS = [
  "the", "of", "and", "for", "in", "on", "at", "by", "to", "a", "an",
  "de", "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "los", "las", "lo", "il",
  "et", "e", "y", "i", "und", "en", "van", "der", "den", "het", "von", "zu", "zum", "zur", "im", "am", "aux", "au", "al", "el", "ul",
  "wa", "ve", "ir", "og", "och", "ja", "és", "es", "si", "și", "in", "na", "ni", "za", "z", "w", "ze", "pod", "pri", "per", "para", "con",
  "bin", "ibn", "bint", "ould", "abu", "umm", "ait", "d", "l",
];

/** Words that say who someone is rather than what they are called. Low weight, never decisive. */
export const TITLES = [
  "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "messrs", "sheikh", "shaikh", "shaykh", "sheik", "haji", "hajji", "hadji",
  "alhaji", "alhaj", "haj", "hajj", "mullah", "mulla", "maulana", "maulvi", "mawlawi", "mawlawi", "imam", "sayyid", 
  "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt", "brigadier", "admiral", "commander", "cmdr",
  "u", "daw", "herr", "frau", "monsieur", "madame", "mme", "mlle", "senor", "señor", "sra", "sr", "sig", "signor",
  "gospodin", "gospoda", "bey", "efendi", "pasha", "ustad", "sahib", "shri", "sri", "smt",
];

/** Vessel type prefixes (MV, M/V, M.V. all become "mv" after tokenising). Dropped from vessel names. */
export const VESSEL_PREFIXES = [
  "mv", "mt", "ms", "mts", "ss", "sv", "msv", "mfv", "fv", "rv", "tb", "nm", "mn", "my", "sy", "lng", "lpg", "hms", "uss", "hmas", "ot", "tkr", "gt",
  "motor vessel", "motor tanker", "motorship", "tanker", "coaster", "tug", "barge", "dhow", "yacht",
];

/** Number words in common languages, mapped to their value. Ordinals count as the number ("Second" = 2). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, premier: 1, premiere: 1, deuxieme: 2, troisieme: 3,
  tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, primero: 1, segundo: 2, tercero: 3,
  dois: 2, duas: 2, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, dieci: 10, primo: 1, terzo: 3,
  zwei: 2, drei: 3, vier: 4, funf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, erste: 1, zweite: 2, dritte: 3,
  dwa: 2, trzy: 3, cztery: 4, piec: 5, szesc: 6, siedem: 7, osiem: 8, dziewiec: 9, dziesiec: 10,
  dva: 2, tri: 3, chetyre: 4, pyat: 5, shest: 6, sem: 7, vosem: 8, devyat: 9, desyat: 10,
  iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9,
};

/** Leading "LABEL:" prefixes seen in payment and shipping messages. Matched on the normalised label. */
export const MESSAGE_LABELS = [
  "shipper", "consignee", "notify", "notify party", "beneficiary", "ordering customer", "ordering party", "applicant", "payer", "payee",
  "sender", "receiver", "remitter", "debtor", "creditor", "buyer", "seller", "vendor", "supplier", "customer", "client", "importer", "exporter",
  "field", "name", "account name", "acct name", "attn", "attention", "to", "from", "party", "bene", "ben", "cust", "owner", "operator", "manager",
];

/** Words that turn a parenthesised or trailing segment into a branch annotation. */
export const BRANCH_WORDS = ["branch", "branch office", "succursale", "sucursal", "filiale", "filial", "zweigniederlassung", "niederlassung", "oddzial", "oddział", "agence", "agencia", "office", "depot", "representative office", "rep office"];


/** Abbreviations of "number" that precede a numeral and carry nothing themselves. */
export const NUMBER_MARKERS = ["no", "nr", "num", "nro", "n", "numero", "number", "nummer"];

// Letter tables for scripts the `transliteration` package romanises poorly or inconsistently with how
// watchlists spell names. DATA ONLY. Values are lower-case Latin.

/** Russian (BGN/PCGN-like, as OFAC and the UN spell names). Ukrainian and Belarusian overrides below. */
export const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu",
  я: "ya", і: "i", ї: "yi", є: "ye", ґ: "g", ў: "w", ђ: "dj", ј: "j", љ: "lj", њ: "nj", ћ: "c", џ: "dz", ѓ: "gj", ќ: "kj", ѕ: "dz",
  ә: "a", ғ: "gh", қ: "q", ң: "ng", ө: "o", ұ: "u", ү: "u", һ: "h", ҳ: "h", ҷ: "j", ӣ: "i", ӯ: "u",
};
/** Letters whose reading differs in Ukrainian text (detected by і ї є ґ without ў or ы). */
export const CYRILLIC_UKRAINIAN: Record<string, string> = { г: "h", и: "y", е: "e", і: "i", ї: "yi", є: "ye", щ: "shch" };
/** Letters whose reading differs in Belarusian text (detected by ў, or і together with ы). */
export const CYRILLIC_BELARUSIAN: Record<string, string> = { г: "h", ў: "w", е: "e", ё: "yo", і: "i", ы: "y", э: "e" };

export const GEORGIAN: Record<string, string> = {
  ა: "a", ბ: "b", გ: "g", დ: "d", ე: "e", ვ: "v", ზ: "z", თ: "t", ი: "i", კ: "k", ლ: "l", მ: "m", ნ: "n", ო: "o", პ: "p", ჟ: "zh",
  რ: "r", ს: "s", ტ: "t", უ: "u", ფ: "p", ქ: "k", ღ: "gh", ყ: "q", შ: "sh", ჩ: "ch", ც: "ts", ძ: "dz", წ: "ts", ჭ: "ch", ხ: "kh",
  ჯ: "j", ჰ: "h",
};

/** Armenian; "ու" is handled as "u" before this table applies. */
export const ARMENIAN: Record<string, string> = {
  ա: "a", բ: "b", գ: "g", դ: "d", ե: "e", զ: "z", է: "e", ը: "e", թ: "t", ժ: "zh", ի: "i", լ: "l", խ: "kh", ծ: "ts", կ: "k", հ: "h",
  ձ: "dz", ղ: "gh", ճ: "ch", մ: "m", յ: "y", ն: "n", շ: "sh", ո: "o", չ: "ch", պ: "p", ջ: "j", ռ: "r", ս: "s", վ: "v", տ: "t", ր: "r",
  ց: "ts", ւ: "v", փ: "p", ք: "k", օ: "o", ֆ: "f", և: "ev",
};

/**
 * Hebrew consonants. Vowel letters (א ע ו י, final ה) are resolved by position in transliterate.ts because
 * Hebrew writes few vowels; the comparison then leans on consonant skeletons for Hebrew-vs-Latin pairs.
 */
export const HEBREW: Record<string, string> = {
  א: "a", ב: "v", ג: "g", ד: "d", ה: "h", ו: "v", ז: "z", ח: "kh", ט: "t", י: "y", כ: "k", ך: "kh", ל: "l", מ: "m", ם: "m", נ: "n",
  ן: "n", ס: "s", ע: "a", פ: "p", ף: "f", צ: "ts", ץ: "ts", ק: "k", ר: "r", ש: "sh", ת: "t",
};

/** Arabic and Persian letters. Short-vowel marks are dropped; long vowels come from و ي ا. */
export const ARABIC: Record<string, string> = {
  ا: "a", أ: "a", إ: "i", آ: "a", ٱ: "a", ب: "b", ت: "t", ث: "th", ج: "j", ح: "h", خ: "kh", د: "d", ذ: "dh", ر: "r", ز: "z", س: "s",
  ش: "sh", ص: "s", ض: "d", ط: "t", ظ: "z", ع: "", غ: "gh", ف: "f", ق: "q", ك: "k", ل: "l", م: "m", ن: "n", ه: "h", و: "w", ي: "y",
  ى: "a", ة: "a", ء: "", ئ: "", ؤ: "", پ: "p", چ: "ch", ژ: "zh", گ: "g", ک: "k", ی: "y", ۀ: "a", ں: "n", ے: "e", ٹ: "t", ڈ: "d", ڑ: "r",
};

/** Latin letters that Unicode decomposition does not reduce to ASCII. */
export const LATIN_SPECIAL: Record<string, string> = {
  ß: "ss", ø: "o", æ: "ae", œ: "oe", þ: "th", ð: "d", đ: "d", ł: "l", ı: "i", ħ: "h", ŋ: "ng", ĳ: "ij", ŀ: "l", ſ: "s", ə: "a",
  ɛ: "e", ɔ: "o", ƒ: "f", ʼ: "'", "ʻ": "'", "’": "'", "‘": "'", "`": "'", "´": "'",
};

import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);
countries.registerLocale(de);

/** The country's name in the interface language ("DE" → "Germany" / "Deutschland"). */
export function countryName(code: string | null | undefined, lang: string): string {
  if (!code) return "";
  return countries.getName(code, lang.slice(0, 2)) ?? countries.getName(code, "en") ?? code;
}

/** The country's flag as an emoji (regional indicator symbols). */
export function countryFlag(code: string | null | undefined): string {
  if (!code || !/^[A-Za-z]{2}$/.test(code)) return "";
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

const cache = new Map<string, Array<{ code: string; name: string }>>();
/** Every country, sorted by its name in the interface language. */
export function countryOptions(lang: string): Array<{ code: string; name: string }> {
  const l = lang.slice(0, 2);
  let list = cache.get(l);
  if (!list) {
    const names = countries.getNames(l, { select: "official" });
    list = Object.entries(names)
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name, l));
    cache.set(l, list);
  }
  return list;
}

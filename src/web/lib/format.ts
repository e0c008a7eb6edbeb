import i18n from "./i18n";

/** Default region per interface language when the browser names none for it. */
const DEFAULT_REGION: Record<string, string> = { de: "DE" };

/**
 * The locale for dates and numbers: the interface language, with the browser's region when the browser
 * asks for that same language ("en" + navigator "en-GB" → "en-GB"; "de" + "de-AT" → "de-AT"; "de" alone → "de-DE").
 */
export function resolveLocale(language: string, browserLanguages: readonly string[]): string {
  const lang = (language || "en").slice(0, 2).toLowerCase();
  for (const tag of browserLanguages) {
    try {
      const loc = new Intl.Locale(tag);
      if (loc.language === lang && loc.region) return `${lang}-${loc.region}`;
    } catch {
      /* not a valid language tag: ignore it */
    }
  }
  return DEFAULT_REGION[lang] ? `${lang}-${DEFAULT_REGION[lang]}` : lang;
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/** The locale the interface formats dates and numbers in. */
export function formatLocale(): string {
  return resolveLocale(i18n.language, browserLanguages());
}

/** Dates and numbers in the interface language and the browser's region, via Intl. */
export function formatDate(value: string | Date | null | undefined, opts: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return new Intl.DateTimeFormat(formatLocale(), opts).format(d);
}

export function formatDateTime(value: string | Date | null | undefined): string {
  return formatDate(value, { dateStyle: "medium", timeStyle: "short" });
}

export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return "";
  return new Intl.NumberFormat(formatLocale()).format(n);
}

/** Today's date as YYYY-MM-DD in local time (for date inputs). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Two initials of a name, for avatars. */
export function initials(name: string | null | undefined): string {
  // Words that start with a letter ("e.V.", "&" and "GmbH" still count if they do); the first two make the initials.
  const parts = (name ?? "")
    .trim()
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w));
  return ((parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "")).toUpperCase() || "?";
}

/**
 * A value with its unit. Units are the organisation's free text ("vehicles", "people"), so the language's plural
 * rule picks the form: "12 vehicles", but "1 (vehicles)" rather than "1 vehicles".
 */
export function formatWithUnit(value: number, unit: string | null | undefined): string {
  if (!unit) return formatNumber(value);
  return i18n.t("common:unitValue", { count: value, value: formatNumber(value), unit });
}

import deEngagements from "../../web/locales/de/engagements.json" with { type: "json" };
import deReports from "../../web/locales/de/reports.json" with { type: "json" };
import enEngagements from "../../web/locales/en/engagements.json" with { type: "json" };
import enReports from "../../web/locales/en/reports.json" with { type: "json" };
import type { ReportLanguage } from "./reports.schema.js";

// The PDFs speak the same words as the web app: strings come from the web app's locale files
// (reports.json; mode and stage names from engagements.json), so a translation is made once.

type Tree = { [k: string]: string | Tree };
const REPORTS: Record<ReportLanguage, Tree> = { en: enReports as Tree, de: deReports as Tree };
const ENGAGEMENTS: Record<ReportLanguage, Tree> = { en: enEngagements as unknown as Tree, de: deEngagements as unknown as Tree };
const LOCALE: Record<ReportLanguage, string> = { en: "en-GB", de: "de-DE" };

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A translator for the report namespace (i18next-style {{vars}} and _one/_other plurals on `count`). */
export function translator(lang: ReportLanguage): Translate {
  return (key, vars = {}) => {
    const plural =
      typeof vars.count === "number" ? `${key}_${new Intl.PluralRules(LOCALE[lang]).select(vars.count) === "one" ? "one" : "other"}` : null;
    const text =
      (plural && (lookup(REPORTS[lang], plural) ?? lookup(REPORTS.en, plural))) ??
      lookup(REPORTS[lang], key) ??
      lookup(REPORTS.en, key) ??
      key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ""));
  };
}

/** The label of an engagement mode: the translation of a built-in key, else the organisation's own label. */
export function modeLabel(lang: ReportLanguage, key: string, own: Map<string, string>): string {
  return lookup(ENGAGEMENTS[lang], `modes.${key}`) ?? own.get(key) ?? key;
}

/** Dates and numbers in the report's language. */
export function formats(lang: ReportLanguage) {
  const locale = LOCALE[lang];
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(locale, { day: "2-digit", month: "short", year: "numeric", timeZone: "UTC" });
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    date: (d: string) => day.format(new Date(`${d.slice(0, 10)}T00:00:00Z`)),
    shortDate: (d: string) => short.format(new Date(`${d.slice(0, 10)}T00:00:00Z`)),
    number: (n: number | null) => (n === null ? "—" : num.format(n)),
    /** Short numbers for chart axes (12K, 1.5M). */
    compact: (n: number) => new Intl.NumberFormat(locale, { notation: "compact" }).format(n),
    percent: (p: number | null) => (p === null ? "—" : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(p * 100)} %`),
    money: (amount: number, currency: string) => {
      try {
        return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
      } catch {
        return `${num.format(amount)} ${currency}`;
      }
    },
  };
}
export type Formats = ReturnType<typeof formats>;

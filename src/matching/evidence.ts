// Facts beyond the name that a screening may know — entity type, country, date of birth, identifiers — and
// how each moves a name score. Pure functions; the index applies them and explains each (docs/matching.md).

import type { EntityType, Explanation } from "./types.js";
import { EVIDENCE } from "./algorithm.js";

export { EVIDENCE };

export interface Identifier {
  /** "imo" for IMO ship numbers; "id" for any other number. */
  scheme: "imo" | "id";
  /** Upper case, letters and digits only. */
  value: string;
  raw: string;
}

/** An identifier as compared: "IMO 9187629" → imo/9187629, "Reg. No. 14-063-277" → id/14063277. */
export function parseIdentifier(raw: string): Identifier | undefined {
  const text = raw.trim();
  const imo = /\bIMO\b\s*(?:no\.?|number|:)?\s*(\d{7})\b/i.exec(text);
  if (imo) return { scheme: "imo", value: imo[1], raw: text };
  // Drop a leading label ("Registration ID", "Tax ID No.", "Passport") and a trailing "(Country)".
  const core = text
    .replace(/\([^)]*\)\s*$/, "")
    .replace(/^[A-Za-z .]*?(?:no\.?|number|id|passport|code|nr\.?)\s*[:#]?\s*(?=[A-Z0-9]*\d)/i, "");
  const value = core.toUpperCase().replace(/[^A-Z0-9]/g, "");
  // Too short to tell one party from another.
  if (value.length < 5 || !/\d/.test(value)) return undefined;
  return { scheme: "id", value, raw: text };
}

export interface BirthDate {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "1971-01-21", "1971-01", "1971", "21 Jan 1971", "Jan 1971", "circa 1971" → year, month, day as known. */
export function parseBirthDate(raw: string): BirthDate | undefined {
  const s = raw.trim().toLowerCase();
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:t.*)?$/.exec(s);
  if (iso) return { year: Number(iso[1]), ...(iso[2] ? { month: Number(iso[2]) } : {}), ...(iso[3] ? { day: Number(iso[3]) } : {}) };
  const written = /^(?:(?:circa|ca\.?|about)\s+)?(?:(\d{1,2})\s+)?([a-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(s);
  if (written && MONTHS.includes(written[2])) {
    return { year: Number(written[3]), month: MONTHS.indexOf(written[2]) + 1, ...(written[1] ? { day: Number(written[1]) } : {}) };
  }
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (dotted) return { year: Number(dotted[3]), month: Number(dotted[2]), day: Number(dotted[1]) };
  const year = /^(?:(?:circa|ca\.?|about)\s+)?(\d{4})$/.exec(s);
  if (year) return { year: Number(year[1]) };
  return undefined;
}

/** A date as "1971-01-21", "1971-01" or "1971", as precise as it is known. */
export function formatBirthDate(d: BirthDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return d.day && d.month ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : d.month ? `${d.year}-${pad(d.month)}` : String(d.year);
}

/** What a screening knows beyond the name, parsed once per query. */
export interface QueryFacts {
  type?: EntityType;
  country?: string;
  birthDate?: BirthDate;
  ids: Identifier[];
}

/** What the list knows about an entry. */
export interface EntryFacts {
  type: EntityType;
  countries: string[];
  birthDates: string[];
  ids: string[];
}

type Apply = (feature: Explanation["feature"], factor: number, detail: string) => void;
type Raise = (feature: Explanation["feature"], share: number, detail: string) => void;
type Note = (feature: Explanation["feature"], detail: string) => void;

/** Moves a name score by the facts beyond the name; each step can be explained. */
export function weighEvidence(q: QueryFacts, e: EntryFacts, nameScore: number, explanations?: Explanation[]): number {
  // Nothing to weigh (the common case, on every candidate of a search): no closures, no work.
  if (
    (!q.type || q.type === "unknown" || e.type === "unknown") &&
    !(q.country && e.countries.length) &&
    !(q.birthDate && e.birthDates.length) &&
    !(q.ids.length && e.ids.length)
  ) {
    return Math.round(nameScore * 10000) / 10000;
  }
  // Scores only (every candidate of a search), type and country alone: the same factors, no closures or texts.
  if (!explanations && !(q.birthDate && e.birthDates.length) && !(q.ids.length && e.ids.length)) {
    let score = nameScore;
    if (q.type && q.type !== "unknown" && e.type !== "unknown" && q.type !== e.type) score *= EVIDENCE.typeMismatch;
    if (q.country && e.countries.length && !e.countries.includes(q.country)) score *= EVIDENCE.countryMismatch;
    return Math.round(score * 10000) / 10000;
  }
  let score = nameScore;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const apply: Apply = (feature, factor, detail) => {
    const before = score;
    score *= factor;
    explanations?.push({ feature, detail, value: factor, weight: round(score - before) });
  };
  const raise: Raise = (feature, share, detail) => {
    const before = score;
    score += (1 - score) * share;
    explanations?.push({ feature, detail, value: share, weight: round(score - before) });
  };
  const note: Note = (feature, detail) => explanations?.push({ feature, detail, value: 1, weight: 0 });
  if (q.type && q.type !== "unknown" && e.type !== "unknown") {
    if (q.type !== e.type) apply("entity_type", EVIDENCE.typeMismatch, `query is a ${q.type}, entry is a ${e.type}`);
    else note("entity_type", `both ${e.type}`);
  }
  if (q.country && e.countries.length) {
    if (e.countries.includes(q.country)) note("country", `${q.country} is among ${e.countries.join(", ")}`);
    else apply("country", EVIDENCE.countryMismatch, `${q.country} not among ${e.countries.join(", ")}`);
  }
  if (q.birthDate && e.birthDates.length) weighBirthDate(q.birthDate, e.birthDates, apply, raise, note);
  if (q.ids.length && e.ids.length) weighIds(q.ids, e.ids, apply, raise, note);
  return round(score);
}

function weighBirthDate(q: BirthDate, listed: string[], apply: Apply, raise: Raise, note: Note): void {
  const dates = listed.map(parseBirthDate).filter((d): d is BirthDate => !!d);
  if (!dates.length) return;
  const shown = `${formatBirthDate(q)} vs ${listed.join(", ")}`;
  const sameDay = dates.some(
    (d) => d.year === q.year && d.month !== undefined && d.month === q.month && d.day !== undefined && d.day === q.day,
  );
  if (sameDay) {
    raise("birth_date", EVIDENCE.sameBirthDateRaise, `same date of birth: ${shown}`);
    return;
  }
  // A year alone agrees with any date in it; two full dates in one year that differ say little either way.
  const sameYear = dates.some(
    (d) => d.year === q.year && (d.day === undefined || q.day === undefined || d.month === undefined || q.month === undefined),
  );
  if (sameYear) raise("birth_date", EVIDENCE.sameBirthYearRaise, `same year of birth: ${shown}`);
  else if (dates.every((d) => Math.abs(d.year - q.year) > 1))
    apply("birth_date", EVIDENCE.birthDateDiffers, `conflicting: another date of birth: ${shown}`);
  else note("birth_date", `date of birth close but not the same: ${shown}`);
}

function weighIds(q: Identifier[], listed: string[], apply: Apply, raise: Raise, note: Note): void {
  const ids = listed.map(parseIdentifier).filter((d): d is Identifier => !!d);
  const same = q.find((x) => ids.some((y) => y.value === x.value));
  if (same) {
    raise("identifier", EVIDENCE.sameIdRaise, `same identifier: ${same.raw}`);
    return;
  }
  const qImo = q.filter((x) => x.scheme === "imo");
  const lImo = ids.filter((x) => x.scheme === "imo");
  if (qImo.length && lImo.length)
    apply(
      "identifier",
      EVIDENCE.imoDiffers,
      `another IMO number: ${qImo.map((x) => x.value).join(", ")} vs ${lImo.map((x) => x.value).join(", ")}`,
    );
  else if (ids.length) note("identifier", "no identifier in common");
}

// Remarks in OFAC's style: "DOB 10 Dec 1948; alt. DOB 1950; POB Giza, Egypt; Passport 1084010 (Egypt); ...".
const REMARK_ID =
  /^(?:alt\.\s+)?(Vessel Registration Identification IMO|(?:Company|Identification) Number IMO|Registration (?:ID|Number)|Tax ID No\.|National ID No\.|Passport|Cedula No\.|Identification Number|Commercial Registry Number|Business Registration Number|Company Number|D\.N\.I\.|MMSI|Folio Mercantil No\.|Trade License No\.)\s+(.+)$/i;

/** Dates of birth ("DOB …") and identifiers (IMO, registration, tax, passport …) found in a list's remarks. */
export function factsFromRemarks(remarks: string): { birthDates: string[]; ids: string[] } {
  const birthDates: string[] = [];
  const ids: string[] = [];
  for (const part of remarks.split(";")) {
    const item = part.trim().replace(/\.$/, "");
    const dob = /^(?:alt\.\s+)?DOB\s+(.+)$/i.exec(item);
    if (dob) {
      // "1960 to 1962" gives both ends; "circa 1960" the year.
      for (const piece of dob[1].split(/\s+to\s+/i)) {
        const d = parseBirthDate(piece);
        if (d) birthDates.push(formatBirthDate(d));
      }
      continue;
    }
    const id = REMARK_ID.exec(item);
    if (!id) continue;
    const label = id[1].toUpperCase().includes("IMO") ? "IMO" : id[1];
    const parsed = parseIdentifier(`${label} ${id[2]}`);
    if (parsed) ids.push(parsed.scheme === "imo" ? `IMO ${parsed.value}` : `${label} ${id[2]}`.trim());
  }
  return { birthDates: [...new Set(birthDates)], ids: [...new Set(ids)] };
}

import { CompanyInput } from "../companies/companies.schema.js";
import { foldText } from "../../shared/text-fold.js";
import type { ImportField, Mapping } from "./imports.fields.js";
import { ContactImportRow, type RowError } from "./imports.schema.js";
import { normalizeNace, optional, resolveCountry, resolveLanguage, resolveSize, splitList } from "./imports.values.js";

// One spreadsheet row → a validated company or contact, or the reasons it cannot be imported.

export type RowValues = Partial<Record<ImportField, string>>;

/** The cells of a row by field, through the mapping. */
export function valuesOf(cells: string[], columnIndex: Array<[ImportField, number]>): RowValues {
  const out: RowValues = {};
  for (const [field, i] of columnIndex) out[field] = cells[i] ?? "";
  return out;
}

/** True when every mapped cell is empty (such rows are ignored, like the blank rows at a sheet's end). */
export function isBlank(v: RowValues): boolean {
  return Object.values(v).every((x) => !x || !x.trim());
}

/**
 * Codes of row errors, for the web app to say them in the user's language (`params.value` is the cell as
 * written); zod's own issues travel as `invalid.<zod issue code>` with their limits (other zod codes fall back to
 * the English message).
 */
export const ROW_ERROR_CODES = [
  "required",
  "unknown_country",
  "unknown_size",
  "unknown_language",
  "invalid.too_small",
  "invalid.too_big",
  "invalid.invalid_format",
  "invalid.invalid_type",
] as const;
type Params = Record<string, string | number | boolean | null>;

type Collector = { errors: RowError[]; fail: (field: string, message: string, code: string, params?: Params) => void };
function collector(mapping: Mapping): Collector {
  const errors: RowError[] = [];
  return {
    errors,
    fail: (field, message, code, params = {}) =>
      errors.push({ field, column: mapping[field as ImportField] ?? null, message, code, params }),
  };
}

/** The limits of a zod issue, as params ({minimum}, {maximum}, {format}). */
function issueParams(issue: Record<string, unknown>): Params {
  const out: Params = {};
  for (const k of ["minimum", "maximum", "format", "expected"]) {
    const v = issue[k];
    if (typeof v === "number" || typeof v === "string") out[k] = v;
    else if (typeof v === "bigint") out[k] = Number(v);
  }
  return out;
}

/** Adds zod's issues for fields that have no error yet (a field is reported once, with the clearest reason). */
function addIssues(c: Collector, issues: Array<{ path: PropertyKey[]; message: string; code: string }>) {
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "row");
    if (!c.errors.some((e) => e.field === field))
      c.fail(field, issue.message, `invalid.${issue.code}`, issueParams(issue as unknown as Record<string, unknown>));
  }
}

/** A company from a row, or the row's errors. */
export function companyFromRow(v: RowValues, mapping: Mapping): { input: CompanyInput | null; errors: RowError[] } {
  const c = collector(mapping);
  const name = (v.name ?? "").trim();
  const rawCountry = (v.country ?? "").trim();
  const country = rawCountry ? resolveCountry(rawCountry) : null;
  if (!rawCountry) c.fail("country", "The country is required.", "required");
  else if (!country)
    c.fail(
      "country",
      `Unknown country "${rawCountry}". Use an ISO code (DE) or a country name (Germany, Deutschland).`,
      "unknown_country",
      { value: rawCountry },
    );
  const rawSize = optional(v.sizeClass);
  const sizeClass = rawSize ? resolveSize(rawSize) : null;
  if (rawSize && !sizeClass)
    c.fail(
      "sizeClass",
      `Unknown size "${rawSize}". Use local, sme or large (KMU, small, medium, Großunternehmen … also work).`,
      "unknown_size",
      { value: rawSize },
    );
  const rawNace = optional(v.naceCode);
  const candidate = {
    name,
    otherNames: splitList(v.otherNames, /[;|]/).filter((n) => n !== name),
    legalForm: optional(v.legalForm),
    country: country ?? "",
    registrationId: optional(v.registrationId)?.replace(/\s+/g, " ") ?? null,
    website: optional(v.website),
    naceCode: rawNace ? normalizeNace(rawNace) : null,
    naceLabel: optional(v.naceLabel),
    sizeClass,
    description: optional(v.description),
    tags: splitList(v.tags, /[;|,]/),
    csrPolicyUrl: optional(v.csrPolicyUrl),
  };
  const parsed = CompanyInput.safeParse(candidate);
  if (!parsed.success) addIssues(c, parsed.error.issues);
  return c.errors.length ? { input: null, errors: c.errors } : { input: parsed.data!, errors: [] };
}

/** A contact from a row (its company given by name, registration number and country), or the row's errors. */
export function contactFromRow(v: RowValues, mapping: Mapping): { input: ContactImportRow | null; errors: RowError[] } {
  const c = collector(mapping);
  const fullName =
    (v.name ?? "").trim() ||
    [v.firstName, v.lastName]
      .map((x) => (x ?? "").trim())
      .filter(Boolean)
      .join(" ");
  const rawLanguage = optional(v.preferredLanguage);
  const preferredLanguage = rawLanguage ? resolveLanguage(rawLanguage) : null;
  if (rawLanguage && !preferredLanguage)
    c.fail("preferredLanguage", `Unknown language "${rawLanguage}". Use a code (de, en) or a name (German, Deutsch).`, "unknown_language", {
      value: rawLanguage,
    });
  const rawCountry = optional(v.companyCountry);
  const companyCountry = rawCountry ? resolveCountry(rawCountry) : null;
  if (rawCountry && !companyCountry)
    c.fail(
      "companyCountry",
      `Unknown country "${rawCountry}". Use an ISO code (DE) or a country name (Germany, Deutschland).`,
      "unknown_country",
      { value: rawCountry },
    );
  const candidate = {
    name: fullName,
    roleTitle: optional(v.roleTitle),
    email: optional(v.email)?.replace(/^mailto:/i, "") ?? null,
    phone: optional(v.phone),
    preferredLanguage,
    notes: optional(v.notes),
    companyName: optional(v.companyName),
    companyRegistrationId: optional(v.companyRegistrationId)?.replace(/\s+/g, " ") ?? null,
    companyCountry,
  };
  const parsed = ContactImportRow.safeParse(candidate);
  if (!parsed.success) addIssues(c, parsed.error.issues);
  return c.errors.length ? { input: null, errors: c.errors } : { input: parsed.data!, errors: [] };
}

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "Ae", Ö: "Oe", Ü: "Ue" };

/**
 * The folded forms of a name compared for duplicates: plain ("Müller" → "muller") and with German
 * umlaut spelling ("Müller" → "mueller"), so both "Muller" and "Mueller" meet "Müller".
 */
export function nameKeys(name: string): string[] {
  const keys = [foldText(name), foldText(name.replace(/[äöüßÄÖÜ]/g, (ch) => UMLAUTS[ch] ?? ch))].filter(Boolean);
  return [...new Set(keys)];
}

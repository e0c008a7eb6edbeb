// The fields a spreadsheet column can be mapped to, with the header names people actually use
// (English and German), and the suggestion of a mapping from a file's header row. Browser-safe.

export const IMPORT_KINDS = ["companies", "contacts"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const COMPANY_FIELDS = [
  "name",
  "otherNames",
  "legalForm",
  "country",
  "registrationId",
  "website",
  "naceCode",
  "naceLabel",
  "sizeClass",
  "description",
  "tags",
  "csrPolicyUrl",
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];

export const CONTACT_FIELDS = [
  "name",
  "firstName",
  "lastName",
  "roleTitle",
  "email",
  "phone",
  "preferredLanguage",
  "notes",
  "companyName",
  "companyRegistrationId",
  "companyCountry",
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export type ImportField = CompanyField | ContactField;
/** field → column name of the file. */
export type Mapping = Partial<Record<ImportField, string>>;

export interface FieldDef {
  field: ImportField;
  label: string;
  required?: boolean;
  /** How a cell is read, shown next to the mapping step. */
  hint?: string;
  synonyms: string[];
}

export const COMPANY_FIELD_DEFS: FieldDef[] = [
  {
    field: "name",
    label: "Legal name",
    required: true,
    synonyms: [
      "name",
      "company",
      "company name",
      "legal name",
      "business name",
      "organisation",
      "organization",
      "firm",
      "firma",
      "firmenname",
      "firmierung",
      "unternehmen",
      "unternehmensname",
      "name des unternehmens",
      "rechtlicher name",
    ],
  },
  {
    field: "otherNames",
    label: "Other names",
    hint: "Several names separated by ; or |",
    synonyms: [
      "other names",
      "other name",
      "alias",
      "aliases",
      "also known as",
      "aka",
      "trading name",
      "trading names",
      "brand",
      "brands",
      "alternative names",
      "weitere namen",
      "andere namen",
      "handelsname",
      "handelsnamen",
      "marke",
      "marken",
      "markenname",
    ],
  },
  {
    field: "legalForm",
    label: "Legal form",
    synonyms: ["legal form", "company type", "entity type", "rechtsform", "gesellschaftsform", "unternehmensform"],
  },
  {
    field: "country",
    label: "Country",
    required: true,
    hint: "ISO code (DE) or a country name in English or German",
    synonyms: [
      "country",
      "country code",
      "iso country",
      "country iso",
      "land",
      "staat",
      "laendercode",
      "sitzland",
      "land des sitzes",
      "nation",
    ],
  },
  {
    field: "registrationId",
    label: "Registration number",
    synonyms: [
      "registration number",
      "registration id",
      "registration no",
      "reg no",
      "reg number",
      "company number",
      "company registration number",
      "commercial register",
      "register number",
      "registry number",
      "crn",
      "handelsregister",
      "handelsregisternummer",
      "handelsregister nr",
      "registernummer",
      "register nr",
      "hr nummer",
      "hrb",
      "firmenbuchnummer",
      "firmenbuch",
    ],
  },
  {
    field: "website",
    label: "Website",
    synonyms: [
      "website",
      "web site",
      "web",
      "url",
      "homepage",
      "home page",
      "internet",
      "webseite",
      "internetseite",
      "internetadresse",
      "site",
    ],
  },
  {
    field: "naceCode",
    label: "NACE code",
    hint: "A NACE Rev.2 code (C, 10, 10.1, 10.11) or its section/division name",
    synonyms: [
      "nace",
      "nace code",
      "nace rev 2",
      "nace rev2",
      "branche nace",
      "nace branche",
      "sector",
      "sector code",
      "industry",
      "industry code",
      "branche",
      "branchencode",
      "wirtschaftszweig",
      "wz",
      "wz code",
      "wz 2008",
      "sektor",
    ],
  },
  {
    field: "naceLabel",
    label: "NACE label",
    synonyms: [
      "nace label",
      "nace description",
      "sector label",
      "sector name",
      "industry name",
      "branchenbezeichnung",
      "wirtschaftszweig bezeichnung",
    ],
  },
  {
    field: "sizeClass",
    label: "Size class",
    hint: "local, sme or large (also: KMU, small, medium, Großunternehmen …)",
    synonyms: ["size", "size class", "company size", "groesse", "groessenklasse", "unternehmensgroesse", "betriebsgroesse"],
  },
  {
    field: "description",
    label: "Description",
    synonyms: [
      "description",
      "about",
      "notes",
      "note",
      "comment",
      "comments",
      "beschreibung",
      "notizen",
      "notiz",
      "kommentar",
      "bemerkung",
      "bemerkungen",
      "anmerkungen",
      "info",
    ],
  },
  {
    field: "tags",
    label: "Tags",
    hint: "Several tags separated by ; | or ,",
    synonyms: [
      "tags",
      "tag",
      "labels",
      "label",
      "keywords",
      "categories",
      "category",
      "schlagworte",
      "schlagwoerter",
      "stichworte",
      "stichwoerter",
      "kategorie",
      "kategorien",
    ],
  },
  {
    field: "csrPolicyUrl",
    label: "CSR policy URL",
    synonyms: [
      "csr policy url",
      "csr policy",
      "csr url",
      "csr link",
      "csr",
      "csr report",
      "sustainability report",
      "nachhaltigkeitsbericht",
      "csr richtlinie",
      "csr bericht",
    ],
  },
];

export const CONTACT_FIELD_DEFS: FieldDef[] = [
  {
    field: "name",
    label: "Full name",
    required: true,
    hint: "Or map first and last name",
    synonyms: [
      "name",
      "full name",
      "contact",
      "contact name",
      "contact person",
      "person",
      "ansprechpartner",
      "ansprechpartnerin",
      "ansprechperson",
      "kontakt",
      "kontaktperson",
      "vollstaendiger name",
    ],
  },
  { field: "firstName", label: "First name", synonyms: ["first name", "firstname", "given name", "forename", "vorname"] },
  {
    field: "lastName",
    label: "Last name",
    synonyms: ["last name", "lastname", "surname", "family name", "nachname", "familienname", "zuname"],
  },
  {
    field: "roleTitle",
    label: "Role / job title",
    synonyms: [
      "role",
      "title",
      "job title",
      "position",
      "job",
      "function",
      "funktion",
      "rolle",
      "stelle",
      "berufsbezeichnung",
      "jobtitel",
      "taetigkeit",
    ],
  },
  {
    field: "email",
    label: "Email",
    synonyms: ["email", "e mail", "mail", "email address", "e mail address", "e mail adresse", "emailadresse", "mailadresse"],
  },
  {
    field: "phone",
    label: "Phone",
    synonyms: [
      "phone",
      "phone number",
      "telephone",
      "tel",
      "mobile",
      "mobile phone",
      "cell",
      "telefon",
      "telefonnummer",
      "handy",
      "mobil",
      "mobilnummer",
      "rufnummer",
    ],
  },
  {
    field: "preferredLanguage",
    label: "Preferred language",
    hint: "Language code (de) or name (German, Deutsch)",
    synonyms: ["preferred language", "language", "sprache", "bevorzugte sprache", "korrespondenzsprache"],
  },
  {
    field: "notes",
    label: "Notes",
    synonyms: ["notes", "note", "comment", "comments", "notizen", "notiz", "kommentar", "bemerkung", "bemerkungen", "anmerkungen"],
  },
  {
    field: "companyName",
    label: "Company",
    hint: "Links the contact to a company of your register, or creates it in this import",
    synonyms: [
      "company",
      "company name",
      "organisation",
      "organization",
      "employer",
      "firma",
      "firmenname",
      "unternehmen",
      "arbeitgeber",
      "betrieb",
    ],
  },
  {
    field: "companyRegistrationId",
    label: "Company registration number",
    synonyms: [
      "company registration number",
      "company registration id",
      "company number",
      "registration number",
      "registration id",
      "handelsregister",
      "handelsregisternummer",
      "registernummer",
      "firmenbuchnummer",
    ],
  },
  {
    field: "companyCountry",
    label: "Company country",
    hint: "Needed only to create companies that are not in your register",
    synonyms: ["company country", "country", "land", "firmensitz land", "sitzland"],
  },
];

export function fieldDefs(kind: ImportKind): FieldDef[] {
  return kind === "companies" ? COMPANY_FIELD_DEFS : CONTACT_FIELD_DEFS;
}

const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "ae", Ö: "oe", Ü: "ue" };

/** A header name reduced to lower-case letters and digits ("E-Mail-Adresse" → "emailadresse", "Größe" → "groesse"). */
export function headerKey(header: string): string {
  return header
    .replace(/[äöüßÄÖÜ]/g, (ch) => UMLAUTS[ch] ?? ch)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

interface Candidate {
  column: string;
  field: ImportField;
  score: number;
  order: number;
}

/**
 * Suggests which column feeds which field: an exact synonym scores highest, then a header that starts
 * with or contains a synonym (longer synonyms first). Each field takes one column and each column one field.
 */
export function suggestMapping(kind: ImportKind, columns: string[]): Mapping {
  const defs = fieldDefs(kind);
  const candidates: Candidate[] = [];
  columns.forEach((column, order) => {
    const key = headerKey(column);
    if (!key) return;
    for (const def of defs) {
      let best = 0;
      for (const syn of def.synonyms) {
        const s = headerKey(syn);
        if (key === s) best = Math.max(best, 1000);
        else if (s.length >= 5 && key.startsWith(s)) best = Math.max(best, 500 + s.length);
        else if (s.length >= 6 && key.includes(s)) best = Math.max(best, 100 + s.length);
      }
      if (best) candidates.push({ column, field: def.field, score: best, order });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const mapping: Mapping = {};
  const used = new Set<string>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}

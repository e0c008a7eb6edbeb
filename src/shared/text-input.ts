// What text the API accepts, in one place (browser-safe, so forms can use the same limits).
// docs/api-limits.md lists every limit; the server's input guard (src/server/input-guard.ts) applies them to
// every JSON body field, query parameter, path parameter and form field before a route sees the request.

/** Length limits, in UTF-16 code units (what JavaScript's `length` counts). */
export const TEXT_LIMITS = {
  /** A name: of a company, contact, list, engagement, risk, … */
  name: 300,
  /** A short line: a title, a label, a reason, a link. */
  line: 2_000,
  /** A note, a description, a rationale. */
  note: 20_000,
  /** An e-mail address (RFC 5321's path limit, with room). */
  email: 320,
  /** An id a client sends in a body: a user id, a criterion key (entity ids are UUIDs, checked as such). */
  id: 200,
  /** A code checked against a list afterwards: ISO country, currency and language codes. */
  code: 100,
  /** The longest text field (a document template); no string in a request body or form may be longer. */
  document: 100_000,
  /** One query parameter's value. */
  query: 2_000,
  /** One path segment (ids are UUIDs or short slugs). */
  pathSegment: 200,
} as const;

/** Largest JSON (or other non-upload) request body, in bytes — auth included. Uploads have their own limits. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

// C0 controls except tab, line feed and carriage return; DEL; C1 controls; and lone UTF-16 surrogates.
// PostgreSQL cannot store U+0000 in text at all; the others are never typed by a person and break CSV, XLSX,
// PDF and mail output.
const DISALLOWED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `s` that text input may not hold, as `U+XXXX` with its position, or null. */
export function disallowedCharacter(s: string): { char: string; position: number } | null {
  const m = DISALLOWED.exec(s);
  if (!m) return null;
  return { char: `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`, position: m.index };
}

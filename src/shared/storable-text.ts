// Text from anywhere (an error quoting a damaged file, a message of a library) made safe to store in a text
// column and to show: PostgreSQL refuses U+0000 outright, and other control characters break logs and pages.

// C0/C1 controls (NUL included, which a PostgreSQL text column refuses) and lone surrogates.
// eslint-disable-next-line no-control-regex
const UNSTORABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text that can be stored and shown whatever it came from (an error message quoting a damaged file): control
 * characters become U+FFFD, and it is cut to `max` characters.
 */
export function storableText(text: string, max = 2000): string {
  const clean = text.replace(UNSTORABLE, "\uFFFD");
  return clean.length > max ? clean.slice(0, max) + "…" : clean;
}

/** The message of anything thrown, storable. */
export function errorText(err: unknown, max?: number): string {
  return storableText(err instanceof Error ? err.message : String(err), max);
}

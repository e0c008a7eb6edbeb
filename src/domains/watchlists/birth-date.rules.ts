// A date of birth as precise as known: "1951", "1951-06" or "1951-06-19" (a real calendar date). Plain code, no
// zod: the web app checks the field with it too, and zod in the web bundle probes `new Function`, which the
// Content-Security-Policy refuses.

export const BIRTH_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a full date (YYYY-MM-DD) names a day that exists; a year or a year and month always does. */
export function isRealDate(s: string): boolean {
  if (s.length < 10) return true;
  const [y, m, d] = s.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/** Whether a typed date of birth is well formed (surrounding spaces ignored). */
export function isBirthDate(value: string): boolean {
  const s = value.trim();
  return BIRTH_DATE_PATTERN.test(s) && isRealDate(s);
}

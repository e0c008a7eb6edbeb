import i18n from "./i18n";

/** Dates and numbers in the interface language, via Intl. */
export function formatDate(value: string | Date | null | undefined, opts: Intl.DateTimeFormatOptions = { dateStyle: "medium" }): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00` : value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return new Intl.DateTimeFormat(i18n.language, opts).format(d);
}

export function formatDateTime(value: string | Date | null | undefined): string {
  return formatDate(value, { dateStyle: "medium", timeStyle: "short" });
}

export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return "";
  return new Intl.NumberFormat(i18n.language).format(n);
}

/** Today's date as YYYY-MM-DD in local time (for date inputs). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** Two initials of a name, for avatars. */
export function initials(name: string | null | undefined): string {
  // Words that start with a letter ("e.V.", "&" and "GmbH" still count if they do); the first two make the initials.
  const parts = (name ?? "").trim().split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return ((parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "")).toUpperCase() || "?";
}

/** A file size for people: KB below a megabyte, else MB with one decimal. */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** Markdown-safe text for an image's alt text or a link's words (brackets would end them). */
export function markdownText(s: string): string {
  return s
    .replace(/[[\]\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

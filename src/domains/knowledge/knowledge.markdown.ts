import MarkdownIt from "markdown-it";

// Markdown of knowledge items as HTML for the server-rendered public pages. Raw HTML is off (shown as text) and
// markdown-it refuses javascript:, vbscript:, file: and data: links (except data: images), so an item's text
// cannot add a script; the pages are also served under a CSP without inline script.

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** An item's body as safe HTML. */
export function markdownToHtml(source: string): string {
  return md.render(source);
}

/** Text for HTML (element content and quoted attribute values). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

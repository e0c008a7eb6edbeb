import MarkdownIt from "markdown-it";
import { rewriteLinks, type UrlResolver } from "./knowledge.rules.js";

// Markdown of knowledge items as HTML for the server-rendered public pages. Raw HTML is off (shown as text) and
// markdown-it refuses javascript:, vbscript:, file: and data: links (except data: images), so an item's text
// cannot add a script; the pages are also served under a CSP without inline script. Links to other items and
// images of items are resolved for the page's reader (knowledge.rules.ts): what the reader may not see stays text.

const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** Without a resolver, no item link and no image survives (the safe default). */
const NOTHING: UrlResolver = { itemLink: () => null, file: () => null };

/** An item's body as safe HTML, its item links and images resolved by `resolve`. */
export function markdownToHtml(source: string, resolve: UrlResolver = NOTHING): string {
  const env = {};
  const tokens = md.parse(source, env);
  rewriteLinks(tokens as never, resolve);
  return md.renderer.render(tokens, md.options, env);
}

/** Text for HTML (element content and quoted attribute values). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

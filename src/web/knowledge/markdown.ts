import DOMPurify from "dompurify";
import MarkdownIt from "markdown-it";
import { fileHref, itemHref, rewriteLinks, type UrlResolver } from "../../domains/knowledge/knowledge.rules";

// Knowledge items are Markdown written by other organisations: they are rendered with raw HTML switched off
// (markdown-it shows it as text and refuses javascript:/vbscript:/data: links), and the HTML it makes is passed
// through DOMPurify before it reaches the page, so no script from an item ever runs — two independent guards.
// Links to other items and images are resolved for the reader first (knowledge.rules.ts): a link to an item the
// reader may not read becomes plain text, images come only from our own file routes.

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

let hooked = false;
function purifier() {
  if (!hooked) {
    // Links leaving the app open in a new tab without handing it this window.
    DOMPurify.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName === "A" && node.getAttribute("href")?.match(/^https?:/i)) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer nofollow");
      }
      // The last guard for images: only our own paths (the resolver already rewrote every image it keeps).
      if (node.tagName === "IMG" && !/^\/api\/v1\/knowledge\//.test(node.getAttribute("src") ?? "")) node.remove();
    });
    hooked = true;
  }
  return DOMPurify;
}

/**
 * What the reader may follow: `visible` lists the items a link may point at (undefined: every link is kept, as in
 * the editor's preview, where the author writes them); images are kept when they are files of an item.
 */
export function readerResolver(visible?: Iterable<string>): UrlResolver {
  const ok = visible ? new Set([...visible].map((id) => id.toLowerCase())) : null;
  return {
    itemLink: (id) => (!ok || ok.has(id) ? itemHref(id) : null),
    file: (itemId, fileId) => fileHref(itemId, fileId),
  };
}

/** The item's Markdown as sanitised HTML, safe to put into the page. */
export function renderMarkdown(source: string, resolve: UrlResolver = readerResolver([])): string {
  const env = {};
  const tokens = md.parse(source, env);
  rewriteLinks(tokens as never, resolve);
  return purifier().sanitize(md.renderer.render(tokens, md.options, env), {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ["style", "form", "input", "button", "iframe", "object", "embed"],
    FORBID_ATTR: ["style"],
  });
}

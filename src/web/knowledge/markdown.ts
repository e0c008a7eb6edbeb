import DOMPurify from "dompurify";
import MarkdownIt from "markdown-it";

// Knowledge items are Markdown written by other organisations: they are rendered with raw HTML switched off
// (markdown-it shows it as text and refuses javascript:/vbscript:/data: links), and the HTML it makes is passed
// through DOMPurify before it reaches the page, so no script from an item ever runs — two independent guards.

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
    });
    hooked = true;
  }
  return DOMPurify;
}

/** The item's Markdown as sanitised HTML, safe to put into the page. */
export function renderMarkdown(source: string): string {
  return purifier().sanitize(md.render(source), {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ["style", "form", "input", "button", "iframe", "object", "embed"],
    FORBID_ATTR: ["style"],
  });
}

// Links and images inside knowledge items: pure and browser-safe, used by the web app's renderer and by the
// server-rendered public pages alike.
//
// - A link to another item is written `[text](/knowledge/<item id>)` (the editor's "link to item" picker writes it).
// - An image or attachment of an item is written `![alt](/api/v1/knowledge/<item id>/files/<file id>)` (the
//   editor's image button uploads the file and writes it).
// Rendering resolves both for the reader: a link to an item the reader cannot see becomes plain text (its words
// stay, the target does not), an image is only shown from our own file routes; any other image becomes a plain
// link (https) or its alt text, so an item can neither run script nor load a tracking pixel.

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** `/knowledge/<id>` (optionally with a query or fragment): a link to another item. */
export const ITEM_LINK = new RegExp(`^/knowledge/(${UUID})(?:[?#].*)?$`, "i");
/** `/api/v1/knowledge/<item id>/files/<file id>`: a file of an item, as the signed-in app reads it. */
export const FILE_URL = new RegExp(`^/api/v1/knowledge/(${UUID})/files/(${UUID})$`, "i");

/** The path of an item in the web app (what the picker inserts). */
export const itemHref = (id: string) => `/knowledge/${id}`;
/** The API path of one of an item's files (what the image button inserts). */
export const fileHref = (itemId: string, fileId: string) => `/api/v1/knowledge/${itemId}/files/${fileId}`;

/** The ids of the items a body links to, lower-case, each once. */
export function linkedItemIds(body: string): string[] {
  const out = new Set<string>();
  for (const m of body.matchAll(new RegExp(`\\]\\(\\s*<?/knowledge/(${UUID})`, "gi"))) out.add(m[1].toLowerCase());
  return [...out];
}

/** What a renderer does with a URL found in an item; null drops the link (its text stays) or the image (its alt text stays). */
export interface UrlResolver {
  itemLink(id: string, href: string): string | null;
  file(itemId: string, fileId: string): string | null;
}

/** A markdown-it token, as far as the rewrite needs it (no import of markdown-it here). */
interface Tok {
  type: string;
  tag: string;
  attrs: [string, string][] | null;
  content: string;
  children: Tok[] | null;
  attrGet(name: string): string | null;
  attrSet(name: string, value: string): void;
}
type TokenCtor = new (type: string, tag: string, nesting: -1 | 0 | 1) => Tok;

/**
 * Rewrites a parsed document's links and images for a reader (in place). Links to items go through
 * `resolve.itemLink`, images through `resolve.file`; an image that is not one of our files becomes a link to it
 * (https) or its alt text.
 */
export function rewriteLinks(tokens: Tok[], resolve: UrlResolver): void {
  for (const block of tokens) {
    if (!block.children) continue;
    // New tokens are made by the parser's own Token class (no import of markdown-it here).
    const Token = block.constructor as TokenCtor;
    const out: Tok[] = [];
    let dropClose = 0;
    for (const t of block.children) {
      if (t.type === "link_open") {
        const href = t.attrGet("href") ?? "";
        const m = ITEM_LINK.exec(href);
        if (m) {
          const to = resolve.itemLink(m[1].toLowerCase(), href);
          if (to === null) {
            dropClose++;
            const span = new Token("html_inline", "", 0);
            span.content = '<span class="unavailable-link">';
            out.push(span);
            continue;
          }
          t.attrSet("href", to);
        }
      } else if (t.type === "link_close" && dropClose > 0) {
        dropClose--;
        const span = new Token("html_inline", "", 0);
        span.content = "</span>";
        out.push(span);
        continue;
      } else if (t.type === "image") {
        const src = t.attrGet("src") ?? "";
        const alt = t.content || (t.children ?? []).map((c) => c.content).join("");
        const m = FILE_URL.exec(src);
        const to = m ? resolve.file(m[1].toLowerCase(), m[2].toLowerCase()) : null;
        if (to) {
          t.attrSet("src", to);
          out.push(t);
          continue;
        }
        if (!m && /^https:\/\//i.test(src)) {
          const open = new Token("link_open", "a", 1);
          open.attrs = [["href", src]];
          const text = new Token("text", "", 0);
          text.content = alt || src;
          out.push(open, text, new Token("link_close", "a", -1));
          continue;
        }
        const text = new Token("text", "", 0);
        text.content = alt;
        out.push(text);
        continue;
      }
      out.push(t);
    }
    block.children = out;
  }
}

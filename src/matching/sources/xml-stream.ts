// A small streaming XML tokenizer (SAX-style events), enough for watchlist files: elements, attributes,
// text, CDATA, comments, processing instructions and the five XML entities plus numeric references.
// No namespaces or DTD processing.

export type XmlEvent =
  | { kind: "open"; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: "close"; name: string }
  | { kind: "text"; text: string };

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Replaces XML entity and character references. */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref] ?? m;
  });
}

function parseTag(body: string): XmlEvent {
  if (body[0] === "/") return { kind: "close", name: body.slice(1).trim() };
  const selfClosing = body.endsWith("/");
  const inner = selfClosing ? body.slice(0, -1) : body;
  const m = /^([^\s/>]+)/.exec(inner);
  const name = m ? m[1] : inner.trim();
  const attrs: Record<string, string> = {};
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (const a of inner.slice(name.length).matchAll(re)) attrs[a[1]] = decodeEntities(a[3] ?? a[4] ?? "");
  return { kind: "open", name, attrs, selfClosing };
}

/**
 * The longest piece (a tag, a comment, a text between tags) the tokenizer holds while waiting for its end.
 * Bounds memory, and the work: each new chunk rescans at most this much of an unfinished piece, so a file
 * that never closes a comment is read in linear time and then refused.
 */
export const MAX_XML_PIECE = 1 << 20;

/** Yields XML events from text arriving in chunks. */
export async function* xmlEvents(chunks: AsyncIterable<string | Buffer>, maxPiece = MAX_XML_PIECE): AsyncGenerator<XmlEvent> {
  let buf = "";
  // The piece left unfinished at the end of the buffer (it starts at buf[0]) and how far it was searched,
  // so the next chunk continues the search instead of starting it over.
  let pending: { kind: "text" | "comment" | "cdata" | "tag"; searched: number; quote: string } | undefined;
  for await (const chunk of chunks) {
    buf += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    let pos = 0;
    for (;;) {
      const resume = pending;
      pending = undefined;
      const lt = resume?.kind === "text" ? buf.indexOf("<", resume.searched) : resume ? 0 : buf.indexOf("<", pos);
      // Text with no tag after it yet stays in the buffer until the next chunk.
      if (lt < 0) {
        pending = { kind: "text", searched: buf.length, quote: "" };
        break;
      }
      if (lt > pos) {
        const text = buf.slice(pos, lt);
        if (text.trim()) yield { kind: "text", text: decodeEntities(text) };
        pos = lt;
      }
      let end: number;
      const from = (start: number) => (resume && resume.kind !== "text" ? Math.max(start, resume.searched - 2) : start);
      if (buf.startsWith("<!--", lt)) {
        end = buf.indexOf("-->", from(lt + 4));
        if (end < 0) {
          pending = { kind: "comment", searched: buf.length - pos, quote: "" };
          break;
        }
        pos = end + 3;
        continue;
      }
      if (buf.startsWith("<![CDATA[", lt)) {
        end = buf.indexOf("]]>", from(lt + 9));
        if (end < 0) {
          pending = { kind: "cdata", searched: buf.length - pos, quote: "" };
          break;
        }
        yield { kind: "text", text: buf.slice(lt + 9, end) };
        pos = end + 3;
        continue;
      }
      // A "<" too close to the end to tell a comment or CDATA from a tag waits for more text, unsearched.
      if (buf.length - lt < 9 && ("<!--".startsWith(buf.slice(lt, lt + 4)) || "<![CDATA[".startsWith(buf.slice(lt)))) break;
      const tag = findTagEnd(buf, resume?.kind === "tag" ? resume.searched : lt + 1, resume?.kind === "tag" ? resume.quote : "");
      end = tag.end;
      if (end < 0) {
        pending = { kind: "tag", searched: buf.length - pos, quote: tag.quote };
        break;
      }
      const body = buf.slice(lt + 1, end);
      pos = end + 1;
      if (body[0] === "?" || body[0] === "!") continue;
      const ev = parseTag(body);
      yield ev;
      if (ev.kind === "open" && ev.selfClosing) yield { kind: "close", name: ev.name };
    }
    buf = buf.slice(pos);
    if (pending?.kind === "text") pending.searched = buf.length;
    if (buf.length > maxPiece) throw new Error(`The XML file has a tag, comment or text longer than ${maxPiece} characters.`);
  }
  if (buf.trim()) yield { kind: "text", text: decodeEntities(buf) };
}

/** Index of the ">" closing a tag, skipping quoted attribute values; -1 (and the open quote) if not in the buffer yet. */
function findTagEnd(buf: string, from: number, openQuote: string): { end: number; quote: string } {
  let quote = openQuote;
  for (let i = from; i < buf.length; i++) {
    const ch = buf[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return { end: i, quote };
  }
  return { end: -1, quote };
}

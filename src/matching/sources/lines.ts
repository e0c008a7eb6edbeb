// Lines of text arriving in chunks, with a bound on a line's length (a file without line breaks would
// otherwise be held whole). Each character is looked at once: linear in the input.

export const MAX_LINE = 16 << 20;

/** Yields the lines of chunked text (LF or CRLF), without their line breaks; throws on a line longer than `maxLine`. */
export async function* textLines(chunks: AsyncIterable<string | Buffer>, maxLine = MAX_LINE): AsyncGenerator<string> {
  let parts: string[] = [];
  let pending = 0;
  let lineNo = 1;
  const take = (tail: string) => {
    const line = parts.join("") + tail;
    parts = [];
    pending = 0;
    return line.endsWith("\r") ? line.slice(0, -1) : line;
  };
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    let from = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", from)) {
      if (pending + nl - from > maxLine) throw new Error(`Line ${lineNo} is longer than ${maxLine} characters.`);
      yield take(text.slice(from, nl));
      lineNo++;
      from = nl + 1;
    }
    if (from < text.length) {
      parts.push(text.slice(from));
      pending += text.length - from;
      if (pending > maxLine) throw new Error(`Line ${lineNo} is longer than ${maxLine} characters.`);
    }
  }
  if (pending) yield take("");
}

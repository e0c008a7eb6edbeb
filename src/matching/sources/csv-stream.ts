// Streaming RFC 4180 CSV: rows are yielded as soon as they are complete, whatever the chunking.

/** Yields the rows of CSV text arriving in chunks (quoted fields may span chunks and lines). */
export async function* csvRows(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<string[]> {
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let pendingQuote = false; // saw a quote inside a quoted field; next char decides
  let skipLf = false;
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (skipLf) {
        skipLf = false;
        if (ch === "\n") continue;
      }
      if (pendingQuote) {
        pendingQuote = false;
        if (ch === '"') {
          field += '"';
          continue;
        }
        quoted = false;
      }
      if (quoted) {
        if (ch === '"') pendingQuote = true;
        else field += ch;
        continue;
      }
      if (ch === '"') quoted = true;
      else if (ch === ",") {
        row.push(field);
        field = "";
      } else if (ch === "\n" || ch === "\r") {
        row.push(field);
        yield row;
        row = [];
        field = "";
        skipLf = ch === "\r";
      } else field += ch;
    }
  }
  if (field || row.length) {
    row.push(field);
    yield row;
  }
}

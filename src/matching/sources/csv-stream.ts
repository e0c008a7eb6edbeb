// Streaming RFC 4180 CSV: rows are yielded as soon as they are complete, whatever the chunking.

/** Bounds of one row: a field longer, or a row wider, is refused (an unclosed quote would swallow the file). */
export interface CsvLimits {
  maxField: number;
  maxColumns: number;
}
export const CSV_LIMITS: CsvLimits = { maxField: 1 << 20, maxColumns: 1000 };

/** Yields the rows of CSV text arriving in chunks (quoted fields may span chunks and lines). Linear in the input. */
export async function* csvRows(chunks: AsyncIterable<string | Buffer>, limits: CsvLimits = CSV_LIMITS): AsyncGenerator<string[]> {
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let pendingQuote = false; // saw a quote inside a quoted field; next char decides
  let skipLf = false;
  let line = 1;
  // Checked once a chunk: a field overshoots the limit by at most one chunk before it is refused.
  const tooLong = () =>
    new Error(
      `Row ${line} of the CSV file has a field longer than ${limits.maxField} characters${quoted ? " (a quote that is never closed?)" : ""}.`,
    );
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : chunk.toString("utf8");
    if (field.length > limits.maxField) throw tooLong();
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
        if (row.length >= limits.maxColumns) throw new Error(`Row ${line} of the CSV file has more than ${limits.maxColumns} columns.`);
      } else if (ch === "\n" || ch === "\r") {
        row.push(field);
        line++;
        yield row;
        row = [];
        field = "";
        skipLf = ch === "\r";
      } else field += ch;
    }
  }
  if (field.length > limits.maxField) throw tooLong();
  if (field || row.length) {
    row.push(field);
    yield row;
  }
}

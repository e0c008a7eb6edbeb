// Streaming CSV through papaparse (the one CSV parser): rows are yielded once a batch of input holding them is read,
// whatever the chunking. Papaparse keeps the unfinished row and parses it again with the next batch, so that row is
// bounded (a quote that is never closed would otherwise make it the rest of the file) and batches grow with it,
// which keeps the work linear in the input.
import { StringDecoder } from "node:string_decoder";
import Papa from "papaparse";

/** Bounds of one row: a longer row, or a wider one, is refused with an error naming the row. */
export interface CsvLimits {
  /** Characters of one row, quoted line breaks included. */
  maxRow: number;
  maxColumns: number;
}
export const CSV_LIMITS: CsvLimits = { maxRow: 1 << 20, maxColumns: 1000 };

/** The smallest batch of new input parsed at once (file streams read 64 KiB chunks). */
const BATCH = 64 * 1024;

type Newline = "\n" | "\r" | "\r\n";

/** The line break of the text (outside quotes, first seen); undefined while it cannot be told yet. */
function lineBreak(text: string, final: boolean): Newline | undefined {
  const bare = text.replace(/"[^"]*"/g, "");
  const at = bare.search(/[\r\n]/);
  if (at < 0) return final ? "\n" : undefined;
  if (bare[at] === "\n") return "\n";
  if (at + 1 < bare.length) return bare[at + 1] === "\n" ? "\r\n" : "\r";
  return final ? "\r" : undefined;
}

/**
 * Yields the rows of CSV text arriving in chunks (RFC 4180: quoted fields may hold commas, quotes and line breaks,
 * and may span chunks). The line break is the first one outside quotes (`\r\n`, `\n` or `\r`). Linear in the input.
 */
export async function* csvRows(chunks: AsyncIterable<string | Buffer>, limits: CsvLimits = CSV_LIMITS): AsyncGenerator<string[]> {
  const decoder = new StringDecoder("utf8");
  let parser: Papa.Parser | undefined;
  let newlineOf: Newline = "\n";
  let partial = ""; // the unfinished row, parsed already
  let fresh: string[] = [];
  let freshLength = 0;
  let row = 0;

  function* parse(final: boolean): Generator<string[]> {
    const text = partial + fresh.join("");
    fresh = [];
    freshLength = 0;
    if (!parser) {
      const newline = lineBreak(text, final);
      if (!newline) {
        partial = text;
        check();
        return;
      }
      newlineOf = newline;
      parser = new Papa.Parser({ delimiter: ",", newline, quoteChar: '"' });
    }
    const result = parser.parse(text, 0, !final) as { data: string[][]; meta: { cursor: number } };
    const last = result.data.at(-1);
    // The line break that ends the file ends the last row; it starts no empty one.
    if (final && last?.length === 1 && last[0] === "" && text.endsWith(newlineOf)) result.data.pop();
    for (const fields of result.data) {
      row++;
      if (fields.length > limits.maxColumns) throw new Error(`Row ${row} of the CSV file has more than ${limits.maxColumns} columns.`);
      yield fields;
    }
    partial = final ? "" : text.slice(result.meta.cursor);
    check();
  }

  function check() {
    if (partial.length <= limits.maxRow) return;
    const hint = partial.includes('"') ? " (a quote that is never closed?)" : "";
    throw new Error(`Row ${row + 1} of the CSV file is longer than ${limits.maxRow} characters${hint}.`);
  }

  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    fresh.push(text);
    freshLength += text.length;
    if (freshLength >= Math.max(BATCH, partial.length) || partial.length + freshLength > limits.maxRow) yield* parse(false);
  }
  fresh.push(decoder.end());
  yield* parse(true);
}

import { describe, expect, it } from "vitest";
import { normaliseName } from "./normalise.js";
import { csvRows } from "./sources/csv-stream.js";
import { ftmEntities } from "./sources/ftm.js";
import { textLines } from "./sources/lines.js";
import { unEntities } from "./sources/un.js";
import { xmlEvents } from "./sources/xml-stream.js";
import { latinise, rawTokens } from "./tokenize.js";

// Work per request must grow linearly with the input: one long batch row once stalled the server for
// minutes. Each case runs an input of n and of 8n characters; linear work takes about 8× as long,
// quadratic 64×. The fastest of a few runs is compared with a generous bound (24×), so a loaded machine
// does not fail the test while a quadratic step still does.

function fastest(run: () => void, times = 3): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

async function fastestAsync(run: () => Promise<void>, times = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const SMALL = 16_000;
const LARGE = 8 * SMALL;
const BOUND = 24;

// Inputs that made a step quadratic: one endless word (an open-ended regex retried from each letter),
// words that are all legal forms (a recount after each form), a script romanised into one long word.
const NAMES: Record<string, (n: number) => string> = {
  "one long word": (n) => "a".repeat(n),
  apostrophes: (n) => "ab'".repeat(n / 3),
  "legal forms only": (n) => "ab ".repeat(n / 3),
  "dotted initials": (n) => "a.".repeat(n / 2),
  "Han characters": (n) => "沧".repeat(n),
  Cyrillic: (n) => "б".repeat(n),
  "mixed punctuation": (n) => "Int'l Co., Ltd. & S.p.A. ".repeat(n / 25),
};

describe("bounded work per name", () => {
  for (const [label, make] of Object.entries(NAMES)) {
    it(`tokenises and normalises a name in linear time: ${label}`, () => {
      const small = make(SMALL);
      const large = make(LARGE);
      normaliseName(small, "company"); // warm up
      const tSmall = fastest(() => normaliseName(small, "company"));
      const tLarge = fastest(() => normaliseName(large, "company"), 2);
      // Tiny timings are all noise; 8× of under 2 ms is no signal, and quadratic work at 256k takes seconds.
      expect(tLarge, `${label}: ${tSmall.toFixed(1)} ms at ${SMALL}, ${tLarge.toFixed(1)} ms at ${LARGE}`).toBeLessThan(
        Math.max(BOUND * tSmall, 250),
      );
    });
  }

  it("keeps the meaning of apostrophes and dots", () => {
    const words = (s: string) => rawTokens(latinise(s).text).map((t) => t.text);
    expect(words("Int'l Ta'min O'Doyle d'Abidjan")).toEqual(["intl", "tamin", "o", "doyle", "d", "abidjan"]);
    expect(words("ab'c'de")).toEqual(["abc", "de"]);
    expect(words("a'b'c")).toEqual(["a", "b", "c"]);
    expect(words("F.lli S.p.A.")).toEqual(["flli", "s", "p", "a"]);
  });
});

async function* chunked(text: string, size = 64 * 1024): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function drain(it: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of it) void _;
}

describe("bounded work per list file", () => {
  const FILES: Record<string, { make: (n: number) => string; read: (text: string) => AsyncIterable<unknown> }> = {
    "CSV rows": { make: (n) => '1,"a, b",c\n'.repeat(n / 11), read: (t) => csvRows(chunked(t)) },
    "XML events": { make: (n) => "<A x='1'>t&amp;u</A>".repeat(n / 20), read: (t) => xmlEvents(chunked(t)) },
    "UN entities": {
      make: (n) => "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>Ann</FIRST_NAME></INDIVIDUAL>".repeat(n / 70),
      read: (t) => unEntities(chunked(t)),
    },
    "FtM entities": {
      make: (n) => '{"id":"x","schema":"Person","properties":{"name":["Ann Lee"]}}\n'.repeat(n / 63),
      read: (t) => ftmEntities(chunked(t)),
    },
    // Unfinished pieces: each chunk used to rescan everything held so far.
    "a text without tags": { make: (n) => "a".repeat(n / 2), read: (t) => xmlEvents(chunked(t, 4096)) },
    "a line without a break": { make: (n) => "a".repeat(n), read: (t) => textLines(chunked(t, 4096), Infinity) },
    "a quoted CSV field over many chunks": { make: (n) => `"${"a".repeat(n)}"\n`, read: (t) => csvRows(chunked(t, 4096)) },
  };
  for (const [label, { make, read }] of Object.entries(FILES)) {
    it(`reads in linear time: ${label}`, async () => {
      const small = make(4 * SMALL);
      const large = make(4 * LARGE);
      await drain(read(small));
      const tSmall = await fastestAsync(() => drain(read(small)));
      const tLarge = await fastestAsync(() => drain(read(large)), 2);
      expect(tLarge, `${label}: ${tSmall.toFixed(1)} ms, then ${tLarge.toFixed(1)} ms`).toBeLessThan(Math.max(BOUND * tSmall, 250));
    });
  }

  it("refuses an unfinished piece, an endless field and an endless line instead of holding them", async () => {
    await expect(drain(xmlEvents(chunked("<A><!-- " + "x".repeat(3 << 20))))).rejects.toThrow(/longer than 1048576 characters/);
    await expect(drain(csvRows(chunked('1,"' + "x".repeat(3 << 20))))).rejects.toThrow(
      /Row 1 .* longer than 1048576 characters \(a quote that is never closed\?\)/,
    );
    await expect(drain(csvRows(chunked("a,".repeat(2000) + "\n")))).rejects.toThrow(/more than 1000 columns/);
    await expect(drain(csvRows(chunked("x".repeat(2 << 20))))).rejects.toThrow(
      /^Row 1 of the CSV file is longer than 1048576 characters\.$/,
    );
    await expect(drain(csvRows(chunked(`a\n${"x,".repeat(1 << 20)}\n`)))).rejects.toThrow(/^Row 2 of the CSV file is longer/);
    await expect(drain(textLines(chunked("ok\n" + "x".repeat(300)), 100))).rejects.toThrow(/Line 2 is longer than 100 characters/);
  });

  it("names the line of FtM input that is not JSON without quoting it", async () => {
    const err = await drain(ftmEntities(chunked('{"id":"a","schema":"Person","properties":{"name":["A"]}}\n\u0000\n'))).catch(
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(SyntaxError);
    expect((err as Error).message).toBe("line 2 is not valid JSON");
  });
});

describe("XML pieces split anywhere", () => {
  it("yields the same events for every chunk size, pieces spanning chunks included", async () => {
    const xml = `<?xml version="1.0"?><L a="x>y" b='1'><!-- a > b -- c --><E><N>Ann &amp; Bob</N><![CDATA[<raw> ]] ]]><S/></E>${"<T>t</T>".repeat(50)}</L>`;
    const events = async (size: number) => {
      const out: unknown[] = [];
      for await (const e of xmlEvents(chunked(xml, size))) out.push(e);
      return out;
    };
    const whole = await events(xml.length);
    expect(whole.slice(0, 4)).toEqual([
      { kind: "open", name: "L", attrs: { a: "x>y", b: "1" }, selfClosing: false },
      { kind: "open", name: "E", attrs: {}, selfClosing: false },
      { kind: "open", name: "N", attrs: {}, selfClosing: false },
      { kind: "text", text: "Ann & Bob" },
    ]);
    expect(whole[5]).toEqual({ kind: "text", text: "<raw> ]] " });
    for (const size of [1, 2, 3, 4, 5, 7, 9, 13]) expect(await events(size)).toEqual(whole);
  });
});

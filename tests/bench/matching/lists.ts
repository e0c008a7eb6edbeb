// Loads the reference watchlists for the matching benchmarks (streamed by the engine's own readers).

import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import type { ListEntry } from "../../../src/matching/eval/variants.js";
import { csvRows } from "../../../src/matching/sources/csv-stream.js";
import { readOfacSdn } from "../../../src/matching/sources/ofac.js";
import { readUnConsolidated } from "../../../src/matching/sources/un.js";
import type { Entity } from "../../../src/matching/types.js";

/** Reference data: MATCHING_DATA_DIR, or the copy in the repository (tests/fixtures/reference-data). */
export const DATA_DIR = process.env.MATCHING_DATA_DIR ?? resolve(process.cwd(), "tests/fixtures/reference-data");

/** OFAC SDN (2021 snapshot) and the UN consolidated list, as entities. */
export async function loadWatchlists(): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of readOfacSdn(resolve(DATA_DIR, "watchlists/ofac-sdn"))) out.push(e);
  for await (const e of readUnConsolidated(resolve(DATA_DIR, "watchlists/un/consolidated.xml"))) out.push(e);
  return out;
}

/**
 * The lists as the variant benchmark needs them: the engine's entities, plus OFAC's former names (alt.csv type
 * "fka") and the former names its remarks give (`f.k.a. 'X'`, `formerly X`), which the reader does not index.
 */
export async function loadListEntries(): Promise<ListEntry[]> {
  const dir = resolve(DATA_DIR, "watchlists/ofac-sdn");
  const fka = new Map<string, string[]>();
  for await (const row of csvRows(createReadStream(resolve(dir, "alt.csv"), { encoding: "utf8" }))) {
    if ((row[2] ?? "").trim().toLowerCase() !== "fka") continue;
    const id = row[0].trim();
    fka.set(id, [...(fka.get(id) ?? []), row[3].trim()]);
  }
  const remarks = new Map<string, string[]>();
  for await (const row of csvRows(createReadStream(resolve(dir, "sdn.csv"), { encoding: "utf8" }))) {
    const text = row[11] ?? "";
    const found = [...text.matchAll(/(?:f\.k\.a\.|formerly(?: known as)?)\s+'([^']+)'/gi)].map((m) => m[1].trim());
    if (found.length) remarks.set(row[0].trim(), found);
  }
  return (await loadWatchlists()).map((e) => {
    const former = e.list === "ofac-sdn" ? (fka.get(e.sourceId) ?? []) : [];
    const fromRemarks = e.list === "ofac-sdn" ? (remarks.get(e.sourceId) ?? []).filter((n) => !e.names.includes(n)) : [];
    return { ...e, formerNames: former.filter((n) => e.names.includes(n)), remarkFormerNames: fromRemarks };
  });
}

// OFAC SDN list in its legacy CSV files (sdn.csv, alt.csv, add.csv; no header; "-0-" means empty).
// The three files are sorted by ent_num, so they are merged as streams: one entity is in memory at a time.

import { createReadStream } from "node:fs";
import { join } from "node:path";
import type { Entity, EntityType } from "../types.js";
import { factsFromRemarks } from "../evidence.js";
import { countryCode } from "../vocabulary.js";
import { csvRows } from "./csv-stream.js";

const EMPTY = "-0-";

function clean(v: string | undefined): string {
  const s = (v ?? "").trim();
  return s === EMPTY ? "" : s;
}

/** OFAC's sdn.csv type column to our entity type. */
export function ofacType(value: string): EntityType {
  const v = clean(value).toLowerCase();
  if (v === "individual") return "person";
  if (v === "vessel") return "vessel";
  if (v === "aircraft") return "aircraft";
  return "company";
}

/** Rows of one OFAC CSV file with a numeric first column (skips the trailing EOF marker). */
async function* rowsOf(path: string): AsyncGenerator<string[]> {
  for await (const row of csvRows(createReadStream(path, { encoding: "utf8" }))) {
    if (/^\s*\d+\s*$/.test(row[0] ?? "")) yield row;
  }
}

/** Reads rows of a stream grouped by ent_num, advancing only as far as asked. */
class GroupedRows {
  private it: AsyncGenerator<string[]>;
  private head: string[] | undefined;
  private done = false;

  constructor(it: AsyncGenerator<string[]>) {
    this.it = it;
  }

  private async peek(): Promise<string[] | undefined> {
    if (!this.head && !this.done) {
      const n = await this.it.next();
      if (n.done) this.done = true;
      else this.head = n.value;
    }
    return this.head;
  }

  /** All rows for `id`, skipping rows for smaller ids (files are sorted ascending). */
  async take(id: number): Promise<string[][]> {
    const out: string[][] = [];
    for (;;) {
      const h = await this.peek();
      if (!h) return out;
      const n = Number(h[0]);
      if (n > id) return out;
      this.head = undefined;
      if (n === id) out.push(h);
    }
  }
}

/** Streams OFAC SDN entities from a directory holding sdn.csv, alt.csv and add.csv. */
export async function* readOfacSdn(dir: string, list = "ofac-sdn"): AsyncGenerator<Entity> {
  const alts = new GroupedRows(rowsOf(join(dir, "alt.csv")));
  const adds = new GroupedRows(rowsOf(join(dir, "add.csv")));
  for await (const row of rowsOf(join(dir, "sdn.csv"))) {
    const id = Number(row[0]);
    const names = [clean(row[1])];
    for (const alt of await alts.take(id)) {
      const n = clean(alt[3]);
      if (n) names.push(n);
    }
    const countries = new Set<string>();
    for (const add of await adds.take(id)) {
      const c = clean(add[4]);
      const code = c ? countryCode(c) : undefined;
      if (code) countries.add(code);
    }
    const type = ofacType(row[2]);
    if (type === "vessel") {
      const flag = clean(row[9]);
      const code = flag ? countryCode(flag) : undefined;
      if (code) countries.add(code);
    }
    const { birthDates, ids } = factsFromRemarks(clean(row[11]));
    yield {
      list,
      sourceId: String(id),
      type,
      names: names.filter(Boolean),
      countries: [...countries],
      ...(birthDates.length ? { birthDates } : {}),
      ...(ids.length ? { ids } : {}),
    };
  }
}

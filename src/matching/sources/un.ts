// UN Security Council Consolidated List (XML), streamed: one INDIVIDUAL or ENTITY element is collected at
// a time and turned into an Entity.

import { createReadStream } from "node:fs";
import type { Entity } from "../types.js";
import { parseIdentifier } from "../evidence.js";
import { countryCode } from "../vocabulary.js";
import { xmlEvents } from "./xml-stream.js";

interface Collected {
  kind: "INDIVIDUAL" | "ENTITY";
  fields: Map<string, string[]>;
}

const NAME_PARTS = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"];

function toEntity(c: Collected, list: string): Entity | undefined {
  const get = (path: string) => c.fields.get(path) ?? [];
  const id = get("DATAID")[0];
  if (!id) return undefined;
  const names: string[] = [];
  const full = NAME_PARTS.map((p) => get(p)[0] ?? "")
    .filter(Boolean)
    .join(" ");
  if (full) names.push(full);
  names.push(...get("NAME_ORIGINAL_SCRIPT"));
  const aliasPath = c.kind === "INDIVIDUAL" ? "INDIVIDUAL_ALIAS/ALIAS_NAME" : "ENTITY_ALIAS/ALIAS_NAME";
  names.push(...get(aliasPath));
  const countries = new Set<string>();
  const addCountry = (v: string) => {
    const code = countryCode(v);
    if (code) countries.add(code);
  };
  get("NATIONALITY/VALUE").forEach(addCountry);
  get("INDIVIDUAL_ADDRESS/COUNTRY").forEach(addCountry);
  get("ENTITY_ADDRESS/COUNTRY").forEach(addCountry);
  // Dates of birth: an exact DATE, a YEAR, or a FROM_YEAR..TO_YEAR range (both ends kept).
  const birthDates = [
    ...get("INDIVIDUAL_DATE_OF_BIRTH/DATE").map((d) => d.slice(0, 10)),
    ...get("INDIVIDUAL_DATE_OF_BIRTH/YEAR"),
    ...get("INDIVIDUAL_DATE_OF_BIRTH/FROM_YEAR"),
    ...get("INDIVIDUAL_DATE_OF_BIRTH/TO_YEAR"),
  ].filter((d) => /^\d{4}/.test(d));
  const ids = get("INDIVIDUAL_DOCUMENT/NUMBER").filter((n) => parseIdentifier(n));
  return {
    list,
    sourceId: id,
    type: c.kind === "INDIVIDUAL" ? "person" : "company",
    names: [...new Set(names.map((n) => n.trim()).filter(Boolean))],
    countries: [...countries],
    ...(birthDates.length ? { birthDates: [...new Set(birthDates)] } : {}),
    ...(ids.length ? { ids: [...new Set(ids)] } : {}),
  };
}

/** Streams UN consolidated-list entities (individuals -> person, entities -> company) from an XML file. */
export async function* readUnConsolidated(path: string, list = "un"): AsyncGenerator<Entity> {
  yield* unEntities(createReadStream(path, { encoding: "utf8" }), list);
}

/** Same as readUnConsolidated, from any chunked text source. */
export async function* unEntities(chunks: AsyncIterable<string | Buffer>, list = "un"): AsyncGenerator<Entity> {
  let current: Collected | undefined;
  const stack: string[] = [];
  let text = "";
  for await (const ev of xmlEvents(chunks)) {
    if (ev.kind === "open") {
      if (!current && (ev.name === "INDIVIDUAL" || ev.name === "ENTITY")) {
        current = { kind: ev.name, fields: new Map() };
        stack.length = 0;
        continue;
      }
      if (current) stack.push(ev.name);
      text = "";
    } else if (ev.kind === "text") {
      if (current) text += ev.text;
    } else if (current) {
      if (ev.name === current.kind && stack.length === 0) {
        const e = toEntity(current, list);
        current = undefined;
        if (e) yield e;
        continue;
      }
      const path = stack.join("/");
      const value = text.trim();
      if (value) {
        const values = current.fields.get(path) ?? [];
        values.push(value);
        current.fields.set(path, values);
      }
      text = "";
      stack.pop();
    }
  }
}

// Loads the reference watchlists for the matching benchmarks (streamed by the engine's own readers).

import { resolve } from "node:path";
import { readOfacSdn } from "../../../src/matching/sources/ofac.js";
import { readUnConsolidated } from "../../../src/matching/sources/un.js";
import type { Entity } from "../../../src/matching/types.js";

/** Shared reference data: MATCHING_DATA_DIR, or ../shared/data next to the repository. */
export const DATA_DIR = process.env.MATCHING_DATA_DIR ?? resolve(process.cwd(), "../shared/data");

/** OFAC SDN (2021 snapshot) and the UN consolidated list, as entities. */
export async function loadWatchlists(): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of readOfacSdn(resolve(DATA_DIR, "watchlists/ofac-sdn"))) out.push(e);
  for await (const e of readUnConsolidated(resolve(DATA_DIR, "watchlists/un/consolidated.xml"))) out.push(e);
  return out;
}

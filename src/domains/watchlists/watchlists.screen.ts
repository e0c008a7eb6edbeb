import Papa from "papaparse";
import { compareNames, DEFAULT_THRESHOLD } from "../../matching/compare.js";
import { NEAR_MISS_SHARE } from "../../matching/algorithm.js";
import type { EntityType, SearchQuery } from "../../matching/types.js";
import type { Ctx } from "../../platform/context.js";
import type { Database } from "../../platform/db.js";
import { AppError } from "../../shared/app-error.js";
import { screenerFor, type IndexedMatch, type Screener } from "./watchlists.index-cache.js";
import type { Match, ScreenInput } from "./watchlists.schema.js";

// Screening names against the lists, for the API, the CLI and batches; comparing two names; reading the
// CSV files the CLI and batch screening take.

/** What is shown for a query: matches, then near-misses down to half the threshold; at most this many. */
export const SHOWN_MATCHES = 10;
export { NEAR_MISS_SHARE };

/** The matches worth showing for a query: score ≥ half the threshold, best first, at most 10. */
export function shownMatches(screener: Screener, query: SearchQuery, threshold = DEFAULT_THRESHOLD): IndexedMatch[] {
  if (!query.name.trim()) return [];
  const floor = NEAR_MISS_SHARE * threshold;
  return screener.search(query, { limit: SHOWN_MATCHES, includeNonMatches: true, threshold }).filter((m) => m.score >= floor);
}

/** The public shape of a match (the CLI's and API's contract). */
export function toMatch(m: IndexedMatch): Match {
  return { list: m.list, sourceId: m.sourceId, name: m.name, score: m.score, match: m.match, explanations: m.explanations };
}

/** Screens one name against the instance-wide lists and the organisation's own. */
export async function screenName(ctx: Ctx, input: ScreenInput) {
  const screener = await screenerFor(ctx.database, ctx.orgId);
  const query: SearchQuery = {
    name: input.name,
    ...(input.country ? { country: input.country } : {}),
    ...(input.type ? { type: input.type as EntityType } : {}),
    ...(input.birthDate ? { birthDate: input.birthDate } : {}),
    ...(input.ids?.length ? { ids: input.ids } : {}),
  };
  const matches = shownMatches(screener, query).map(toMatch);
  return {
    query: input.name,
    ...(input.country ? { country: input.country } : {}),
    ...(input.type ? { type: input.type } : {}),
    ...(input.birthDate ? { birthDate: input.birthDate } : {}),
    ...(input.ids?.length ? { ids: input.ids } : {}),
    threshold: DEFAULT_THRESHOLD,
    checked: screener.checked(),
    matches,
  };
}

/** A screener for the command line: the instance-wide lists only. */
export function instanceScreener(database: Database): Promise<Screener> {
  return screenerFor(database, null);
}

/** Compares two names with the engine: score, decision and explanations. */
export function compare(input: { name1: string; name2: string; type?: string }) {
  const r = compareNames(input.name1, input.name2, { type: (input.type as EntityType | undefined) ?? "unknown" });
  return { score: r.score, match: r.match, threshold: r.threshold, explanations: r.explanations };
}

export interface NameRow {
  /** The row's id column, or its 1-based row number. */
  id: string;
  name: string;
  country?: string;
}

/** The widest CSV a name list may be (batch screening, name pairs): wider files are refused before their rows are read. */
export const MAX_CSV_COLUMNS = 50;

function parseCsv(text: string, what: string): { fields: string[]; rows: Record<string, string>[] } {
  let fields: string[] | undefined;
  const rows: Record<string, string>[] = [];
  let wide: number | undefined;
  let broken: string | undefined;
  let line = 0;
  // Row by row, so a file with a million columns is refused at its first wide row instead of being expanded.
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), {
    header: false,
    skipEmptyLines: "greedy",
    step: (r, parser) => {
      line++;
      const cells = r.data;
      if (cells.length > MAX_CSV_COLUMNS) {
        wide = line;
        parser.abort();
        return;
      }
      const quotes = r.errors.find((e) => e.type === "Quotes");
      if (quotes) {
        broken = `${quotes.message} (row ${line})`;
        parser.abort();
        return;
      }
      if (!fields) {
        fields = cells.map((h) => h.trim().toLowerCase());
        return;
      }
      const row: Record<string, string> = {};
      fields.forEach((f, i) => {
        if (f && cells[i] !== undefined && !(f in row)) row[f] = cells[i];
      });
      rows.push(row);
    },
  });
  if (wide !== undefined) {
    const message = `The ${what} has more than ${MAX_CSV_COLUMNS} columns (row ${wide}); keep only name, country and id.`;
    throw new AppError("validation", message, {
      errors: [{ path: "file", message, code: "too_many_columns", params: { maximum: MAX_CSV_COLUMNS } }],
    });
  }
  if (broken) throw new AppError("validation", `The ${what} is not valid CSV: ${broken}.`, { errors: [{ path: "file", message: broken }] });
  return { fields: fields ?? [], rows };
}

/** Rows of a CSV with a header holding `name` and optionally `country` and `id`. */
export function parseNameRows(text: string): NameRow[] {
  const { fields, rows } = parseCsv(text, "file");
  if (!fields.includes("name")) {
    throw new AppError(
      "validation",
      `The CSV needs a header row with a "name" column (optional: "country", "id"); found: ${fields.join(", ") || "nothing"}.`,
      {
        errors: [{ path: "file", message: 'No "name" column.' }],
      },
    );
  }
  const hasId = fields.includes("id");
  return rows.map((r, i) => {
    const country = (r.country ?? "").trim();
    const id = hasId ? (r.id ?? "").trim() : "";
    return { id: id || String(i + 1), name: (r.name ?? "").trim(), ...(country ? { country } : {}) };
  });
}

export interface NamePair {
  name1: string;
  name2: string;
  type?: string;
}

/** Rows of a CSV with the header `name1,name2` and optionally `type` (company or person). */
export function parseNamePairs(text: string): NamePair[] {
  const { fields, rows } = parseCsv(text, "file");
  if (!fields.includes("name1") || !fields.includes("name2")) {
    throw new AppError(
      "validation",
      `The pairs CSV needs a header with "name1" and "name2" (optional: "type"); found: ${fields.join(", ") || "nothing"}.`,
    );
  }
  return rows.map((r) => {
    const type = (r.type ?? "").trim().toLowerCase();
    return { name1: (r.name1 ?? "").trim(), name2: (r.name2 ?? "").trim(), ...(type ? { type } : {}) };
  });
}

// Public types of the name-matching engine. Browser-safe: no Node imports.

/** What a listed party is; `unknown` when the caller does not say. */
export type EntityType = "person" | "company" | "vessel" | "aircraft" | "unknown";

/** One party on a watchlist, as the index stores it. `id` is internal and assigned by the caller or the index. */
export interface Entity {
  id?: number;
  /** Which list it comes from, e.g. "ofac-sdn", "un", "opensanctions". */
  list: string;
  /** The identifier the list itself uses (OFAC ent_num, UN DATAID, FtM id). */
  sourceId: string;
  type: EntityType;
  /** Primary name first, then aliases; the best-matching name wins. */
  names: string[];
  /** ISO 3166-1 alpha-2 codes, upper case. */
  countries: string[];
  /** Dates of birth as the list gives them: "1971-01-21", "1971-01" or "1971" (persons). */
  birthDates?: string[];
  /**
   * Identifiers the list records: IMO numbers ("IMO 9187629"), registration, tax and passport numbers. Compared
   * without spaces and punctuation; an IMO number is a scheme of its own (two different ones mean two ships).
   */
  ids?: string[];
}

/**
 * One feature that moved the score. `value` is the feature's own measurement (a similarity in 0..1 or a
 * multiplier); `weight` is its signed contribution to the final score, so the weights of a result add up
 * to its `score`.
 */
export interface Explanation {
  feature: ExplanationFeature;
  detail: string;
  weight: number;
  value: number;
}

export type ExplanationFeature =
  | "token_overlap"
  | "unmatched_tokens"
  | "numbers"
  | "legal_form"
  | "entity_type"
  | "country"
  | "alias"
  | "annotation"
  | "script"
  | "birth_date"
  | "identifier";

/** Outcome of comparing two names. */
export interface CompareResult {
  score: number;
  match: boolean;
  threshold: number;
  explanations: Explanation[];
}

export interface SearchQuery {
  name: string;
  /** ISO alpha-2 code or a country name. */
  country?: string;
  type?: EntityType;
  /** Date of birth of the person screened: "1971-01-21", "1971-01" or "1971". */
  birthDate?: string;
  /** Identifiers of the party screened (IMO number, registration or tax number, passport). */
  ids?: string[];
}

export interface SearchOptions {
  limit?: number;
  threshold?: number;
  /** Return candidates scoring below the threshold too (still sorted, still capped by `limit`). */
  includeNonMatches?: boolean;
}

export interface SearchResult {
  entityId: number;
  list: string;
  sourceId: string;
  type: EntityType;
  /** The list name (primary or alias) that matched best. */
  name: string;
  score: number;
  match: boolean;
  explanations: Explanation[];
}

/** What a token of a normalised name is (normalise.ts decides; scoring weighs each kind). */
export type TokenKind = "word" | "concept" | "stop" | "title" | "initial" | "given" | "romanised";

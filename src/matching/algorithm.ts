// The engine's named algorithm and every threshold and weight it scores with, in one place (STYLE rule 15:
// versioned algorithms; thresholds in one config, as yente's `get_algorithm(name)` over named algorithms).
// The modules that use a value import it from here; changing any value here changes scores, so bump
// MATCHING_ENGINE's version (version.ts). Every stored hit keeps the engine id and the threshold it was judged at.

import { MATCHING_ENGINE, MATCHING_ENGINE_ID } from "./version.js";
import type { TokenKind } from "./types.js";

/** Score at or above which two names are reported as a match. Chosen on the development split (docs/matching.md). */
export const DEFAULT_THRESHOLD = 0.8;

/** What is shown for a query beside its matches: near-misses down to this share of the threshold. */
export const NEAR_MISS_SHARE = 0.5;

/** Weight of a token when no index statistics are available. */
export const DEFAULT_KIND_WEIGHTS: Record<TokenKind, number> = {
  word: 1,
  given: 1,
  romanised: 1,
  concept: 0.5,
  initial: 0.4,
  title: 0.15,
  stop: 0.1,
};

/** Multipliers applied after token alignment. */
export const FACTORS = {
  acronymOnly: 0.9,
  romanisationKey: 0.97,
  numbersDiffer: 0.4,
  numberOneSided: 0.7,
  legalIncompatible: 0.6,
  legalOneSidedNonCompany: 0.65,
  legalCompatible: 0.98,
};

/**
 * A person's extra names: when one name is found whole in the other (at least two of its names aligned), the
 * other's further names — middle names, patronymics, second surnames — count this much per unit of weight
 * instead of the full penalty. Lists write them; people who type a name leave them out.
 */
export const PERSON_EXTRA_NAME_PENALTY = 0.25;
/** Further names beyond this much weight (two full names) cost nothing more. */
export const PERSON_EXTRA_NAMES_CAP = 2;

/** How much more a typo costs when the misspelt word is itself a known word (see KnownWord). */
export const KNOWN_WORD_TYPO_FACTOR = 2;
/** The same in names of companies, vessels and unknown types (since 2.13.0): there a known word is as often a slip. */
export const KNOWN_WORD_TYPO_FACTOR_NON_PERSON = 1.5;

/**
 * A query word on no listed name, within the spelling budget plus `extraBudget` of a listed word of `minLength`
 * letters or more (the longer of the two), is read as a slip of it with similarity `sim` (index only).
 */
export const NON_WORD_SLIP = { budget: 2, minLength: 5, minShorter: 4, sim: 0.7 };

/** Costs of the spelling rule (one place, documented in docs/matching.md). */
export const SPELLING = {
  /** Similarity lost per unit of edit cost, relative to word length. */
  perEdit: 1,
  /** Extra cost when the first letters differ (and do not fold together): rarer as a typo, commoner as another name. */
  firstLetter: 0.2,
  /** Similarity of a romanisation variant (equal after folding). */
  variant: 0.95,
};

/**
 * How evidence moves a score. A factor below 1 multiplies the score; a `raise` moves it that share of the way
 * to 1 (0.4 turns 0.75 into 0.85), so agreeing facts can lift a near miss over the threshold but never past 1.
 */
export const EVIDENCE = {
  /** The query's type differs from the entry's. */
  typeMismatch: 0.8,
  /** The query's country is not among the entry's countries. */
  countryMismatch: 0.95,
  /** The same identifier (IMO number, registration, tax or passport number) on both sides. */
  sameIdRaise: 0.8,
  /** Both sides have IMO numbers and none agrees: two ships. */
  imoDiffers: 0.5,
  /** The same full date of birth. */
  sameBirthDateRaise: 0.4,
  /** The same year of birth (one side gives only the year, or only years are comparable). */
  sameBirthYearRaise: 0.15,
  /**
   * Every date of birth on the list is more than a year from the query's. Shown as conflicting evidence and
   * never lowers the score (since 2.4.0): a wrong or disguised date must not hide a listed name (recall first).
   */
  birthDateDiffers: 1,
};

/** Keys on more records than this share (and at least COMMON_KEY_MIN) only re-rank, never find, candidates. */
export const COMMON_KEY_SHARE = 0.002;
export const COMMON_KEY_MIN = 2_000;

/** Share of a word's letters that two spellings with one romanisation key may still differ by. */
export const ROMANISATION_MAX_DIFFERENCE = 0.42;

/** One named, versioned scoring algorithm and the values it scores with. */
export interface MatchingAlgorithm {
  name: string;
  version: string;
  /** "name@version", stored beside every hit. */
  id: string;
  threshold: number;
  nearMissShare: number;
  kindWeights: typeof DEFAULT_KIND_WEIGHTS;
  factors: typeof FACTORS;
  personExtraNamePenalty: number;
  personExtraNamesCap: number;
  knownWordTypoFactor: number;
  knownWordTypoFactorNonPerson: number;
  nonWordSlip: typeof NON_WORD_SLIP;
  spelling: typeof SPELLING;
  evidence: typeof EVIDENCE;
  commonKey: { share: number; min: number };
  romanisationMaxDifference: number;
}

/** The algorithms this build knows, by name (one today). */
export const ALGORITHMS: Readonly<Record<string, MatchingAlgorithm>> = {
  [MATCHING_ENGINE.name]: {
    name: MATCHING_ENGINE.name,
    version: MATCHING_ENGINE.version,
    id: MATCHING_ENGINE_ID,
    threshold: DEFAULT_THRESHOLD,
    nearMissShare: NEAR_MISS_SHARE,
    kindWeights: DEFAULT_KIND_WEIGHTS,
    factors: FACTORS,
    personExtraNamePenalty: PERSON_EXTRA_NAME_PENALTY,
    personExtraNamesCap: PERSON_EXTRA_NAMES_CAP,
    knownWordTypoFactor: KNOWN_WORD_TYPO_FACTOR,
    knownWordTypoFactorNonPerson: KNOWN_WORD_TYPO_FACTOR_NON_PERSON,
    nonWordSlip: NON_WORD_SLIP,
    spelling: SPELLING,
    evidence: EVIDENCE,
    commonKey: { share: COMMON_KEY_SHARE, min: COMMON_KEY_MIN },
    romanisationMaxDifference: ROMANISATION_MAX_DIFFERENCE,
  },
};

/** The named algorithm (the current one by default); throws for a name this build does not know. */
export function getAlgorithm(name: string = MATCHING_ENGINE.name): MatchingAlgorithm {
  const a = ALGORITHMS[name];
  if (!a) throw new Error(`unknown matching algorithm: ${name}`);
  return a;
}

/**
 * The name-matching engine's identity. Every stored hit records it with the threshold it was judged at, so an
 * old screening decision stays explainable after the engine changes (STYLE rule 15: versioned algorithms).
 * Bump `version` whenever scoring, normalisation, vocabulary or candidate generation changes a score.
 */
export const MATCHING_ENGINE = { name: "partnerwise-names", version: "2.14.0" } as const;

/** "partnerwise-names@2.0.0" — the form stored beside every hit. */
export const MATCHING_ENGINE_ID = `${MATCHING_ENGINE.name}@${MATCHING_ENGINE.version}`;

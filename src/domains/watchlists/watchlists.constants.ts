// The watchlist vocabulary without zod: the web app imports these, and zod in the browser bundle probes
// `new Function` (its JIT), which the app's Content-Security-Policy refuses and reports as a violation.

export const WATCHLIST_FORMATS = ["ofac-csv", "un-xml", "ftm-json"] as const;
export type WatchlistFormat = (typeof WATCHLIST_FORMATS)[number];
export const IMPORT_STATUSES = ["running", "done", "failed"] as const;
/** abandoned: interrupted or out of time on every attempt — not retried again (see docs/watchlists.md). */
export const BATCH_STATUSES = ["queued", "running", "done", "failed", "abandoned"] as const;
export const VERDICTS = ["true_match", "false_positive"] as const;
export type Verdict = (typeof VERDICTS)[number];
export const ENTITY_TYPES = ["person", "company", "vessel", "aircraft", "unknown"] as const;
/** The longest name screened (a quick check, a batch row): longer ones are refused, not cut. */
export const MAX_NAME_LENGTH = 500;
export const MAX_COUNTRY_LENGTH = 100;
export const MAX_ROW_ID_LENGTH = 200;
/** Why a batch row was not screened. */
export const BATCH_ROW_REJECTIONS = ["name_too_long", "country_too_long", "id_too_long"] as const;
export type BatchRowRejection = (typeof BATCH_ROW_REJECTIONS)[number];

/** The list name a format gets when none is given. */
export const DEFAULT_LIST_NAMES: Record<WatchlistFormat, string> = { "ofac-csv": "ofac-sdn", "un-xml": "un", "ftm-json": "opensanctions" };

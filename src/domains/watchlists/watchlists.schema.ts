import { z } from "zod";
import { PageQuery } from "../../shared/pagination.js";
import {
  BATCH_ERROR_CODES,
  IMPORT_ERROR_CODES,
  WATCHLIST_FORMATS,
  IMPORT_STATUSES,
  BATCH_STATUSES,
  VERDICTS,
  ENTITY_TYPES,
  MAX_NAME_LENGTH,
  MAX_COUNTRY_LENGTH,
  MAX_ROW_ID_LENGTH,
  BATCH_ROW_REJECTIONS,
} from "./watchlists.constants.js";
import { BIRTH_DATE_PATTERN, isRealDate } from "./birth-date.rules.js";

// Browser-safe schemas of watchlists, watchlist screening, hit judgements and batch screening.

export {
  WATCHLIST_FORMATS,
  type WatchlistFormat,
  IMPORT_STATUSES,
  BATCH_STATUSES,
  VERDICTS,
  type Verdict,
  ENTITY_TYPES,
  MAX_NAME_LENGTH,
  MAX_COUNTRY_LENGTH,
  MAX_ROW_ID_LENGTH,
  BATCH_ROW_REJECTIONS,
  type BatchRowRejection,
  DEFAULT_LIST_NAMES,
  BATCH_ERROR_CODES,
  type BatchErrorCode,
  IMPORT_ERROR_CODES,
  type ImportErrorCode,
} from "./watchlists.constants.js";

/** At most this many identifiers per screened name. */
export const MAX_SCREEN_IDS = 10;

/** A date of birth as precise as known: "1951", "1951-06" or "1951-06-19" (a real calendar date). */
export const BirthDate = z
  .string()
  .trim()
  .regex(BIRTH_DATE_PATTERN, "Use YYYY, YYYY-MM or YYYY-MM-DD.")
  .refine(isRealDate, "No such date.");

const UserRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const Explanation = z
  .object({
    feature: z.string().meta({ example: "token_overlap" }),
    detail: z.string(),
    weight: z.number().meta({ description: "Signed contribution to the score; the weights of a result add up to its score" }),
    value: z.number().meta({ description: "The feature's own measurement (similarity 0..1 or a multiplier)" }),
  })
  .meta({ id: "MatchExplanation" });

export const Watchlist = z
  .object({
    id: z.uuid(),
    name: z.string().meta({ example: "ofac-sdn" }),
    format: z.enum(WATCHLIST_FORMATS),
    scope: z
      .enum(["instance", "organization"])
      .meta({ description: "instance: imported by the operator for everyone; organization: your private list" }),
    currentVersion: z.number().int(),
    entityCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: "Watchlist" });
export type Watchlist = z.infer<typeof Watchlist>;

export const WatchlistImport = z
  .object({
    id: z.uuid(),
    watchlistId: z.string().nullable(),
    name: z.string(),
    format: z.enum(WATCHLIST_FORMATS),
    version: z.number().int().nullable(),
    filename: z.string(),
    status: z.enum(IMPORT_STATUSES),
    processed: z.number().int().meta({ description: "Entities read from the file so far" }),
    added: z.number().int(),
    changed: z.number().int(),
    removed: z.number().int(),
    error: z.string().nullable(),
    errorCode: z.enum(IMPORT_ERROR_CODES).nullable().meta({ description: "Why it failed, for translation; `error` says it in English" }),
    errorParams: z.record(z.string(), z.number()).nullable().meta({ description: "The values behind errorCode (minutes)" }),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    by: UserRef,
  })
  .meta({ id: "WatchlistImport" });
export type WatchlistImport = z.infer<typeof WatchlistImport>;

export const ScreenInput = z
  .object({
    name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
    country: z.string().trim().max(MAX_COUNTRY_LENGTH).optional().meta({ description: "ISO 3166-1 alpha-2 code or a country name" }),
    type: z.enum(ENTITY_TYPES).optional(),
    birthDate: BirthDate.optional().meta({
      description:
        "The person's date of birth, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD): the same date raises a hit's score; another one is shown as conflicting evidence and never hides a hit",
      example: "1951-06-19",
    }),
    ids: z
      .array(z.string().trim().min(1).max(MAX_ROW_ID_LENGTH))
      .max(MAX_SCREEN_IDS)
      .optional()
      .meta({
        description:
          "Identifiers of the party (IMO number, registration, tax or passport number), compared without spaces and punctuation: the same one raises the score and finds the entry under another name",
        example: ["IMO 9187629"],
      }),
  })
  .meta({ id: "WatchlistScreenInput" });
export type ScreenInput = z.infer<typeof ScreenInput>;

export const Match = z
  .object({
    list: z.string().meta({ description: "The list's name", example: "ofac-sdn" }),
    sourceId: z.string().meta({ description: "The list's own identifier (OFAC ent_num, UN DATAID, FtM id)" }),
    name: z.string().meta({ description: "The list name (primary or alias) that matched best" }),
    score: z.number(),
    match: z.boolean().meta({ description: "score ≥ the threshold" }),
    explanations: z.array(Explanation),
  })
  .meta({ id: "WatchlistMatch" });
export type Match = z.infer<typeof Match>;
export type BatchMatch = Match;

export const CheckedList = z
  .object({
    id: z.string(),
    name: z.string().meta({ example: "ofac-sdn" }),
    scope: z.enum(["instance", "organization"]),
    version: z.number().int().meta({ description: "The list version screened against (goes up with every import that changed it)" }),
    entityCount: z.number().int(),
  })
  .meta({ id: "WatchlistChecked" });
export type CheckedList = z.infer<typeof CheckedList>;

export const WatchlistCheck = z
  .object({
    engine: z
      .string()
      .meta({ description: "The matching engine and its version, e.g. partnerwise-names@1.0.0", example: "partnerwise-names@1.0.0" }),
    threshold: z.number().meta({ description: "The score from which a name counts as a match" }),
    lists: z.array(CheckedList).meta({ description: "Every list screened against, with the version used" }),
    entityCount: z.number().int().meta({ description: "Entries screened against, over all lists" }),
    noLists: z
      .boolean()
      .meta({ description: "true: no list is loaded, so nothing was checked — an empty result then says nothing about sanctions" }),
  })
  .meta({ id: "WatchlistCheck" });
export type WatchlistCheck = z.infer<typeof WatchlistCheck>;

/** One thing that changed since a screening was made, so its watchlist result may be out of date. */
export const WatchlistChange = z
  .object({
    kind: z.enum(["engine", "list_updated", "list_added", "list_removed", "unrecorded"]),
    name: z.string().nullable().meta({ description: "The list (null for the engine and for unrecorded)" }),
    from: z.string().nullable(),
    to: z.string().nullable(),
  })
  .meta({ id: "WatchlistChange" });
export type WatchlistChange = z.infer<typeof WatchlistChange>;

export const ScreenResult = z
  .object({
    query: z.string().meta({ description: "The name screened" }),
    country: z.string().optional(),
    type: z.enum(ENTITY_TYPES).optional(),
    birthDate: z.string().optional(),
    ids: z.array(z.string()).optional(),
    threshold: z.number(),
    checked: WatchlistCheck,
    matches: z.array(Match).meta({ description: "Matches and near-misses (score ≥ half the threshold), best first, at most 10" }),
  })
  .meta({ id: "WatchlistScreenResult" });

export const CompareInput = z
  .object({
    name1: z.string().trim().min(1).max(500),
    name2: z.string().trim().min(1).max(500),
    type: z.enum(ENTITY_TYPES).optional(),
  })
  .meta({ id: "NameCompareInput" });

export const CompareOutput = z
  .object({ score: z.number(), match: z.boolean(), threshold: z.number(), explanations: z.array(Explanation) })
  .meta({ id: "NameCompareResult" });

export const Judgement = z
  .object({
    verdict: z.enum(VERDICTS),
    note: z.string().nullable(),
    judgedBy: UserRef,
    judgedAt: z.string(),
    score: z
      .number()
      .nullable()
      .meta({ description: "The hit's score when it was judged (null for judgements recorded before scores were kept)" }),
    threshold: z.number().nullable().meta({ description: "The threshold the hit was judged at" }),
    engine: z.string().nullable().meta({ description: "The matching engine version that scored the hit" }),
  })
  .meta({ id: "WatchlistHitJudgement" });
export type Judgement = z.infer<typeof Judgement>;

export const JudgementInput = z
  .object({
    verdict: z.enum(VERDICTS),
    note: z
      .string()
      .trim()
      .max(5000)
      .nullish()
      .transform((v) => v || null),
  })
  .meta({ id: "WatchlistHitJudgementInput" });
export type JudgementInput = z.infer<typeof JudgementInput>;

export const WatchlistHit = Match.extend({
  entityId: z.number().int().meta({ description: "The list entry's id in Partnerwise (for judgements)" }),
  type: z.string(),
  queryName: z.string().meta({ description: "Which of the company's names matched" }),
  judgement: Judgement.nullable().meta({ description: "The standing judgement; null when none or when the list entry changed since" }),
  entryChangedSinceJudgement: z.boolean(),
  suppressed: z.boolean().meta({ description: "Judged a false positive and the list entry is unchanged: does not alert" }),
}).meta({ id: "WatchlistHit" });
export type WatchlistHit = z.infer<typeof WatchlistHit>;

export const WatchlistHits = z
  .object({ companyId: z.uuid(), threshold: z.number(), checked: WatchlistCheck, hits: z.array(WatchlistHit) })
  .meta({ id: "WatchlistHits" });

export const BatchRow = z
  .object({
    id: z.string().meta({ description: "The row's id column, or its 1-based row number" }),
    query: z.string().meta({ description: "The name screened" }),
    country: z.string().optional(),
    matches: z.array(Match).nullable().meta({ description: "null until the row is screened, and for a rejected row" }),
    rejected: z
      .enum(BATCH_ROW_REJECTIONS)
      .nullable()
      .meta({
        description: `Why the row was not screened: a name over ${MAX_NAME_LENGTH} characters, a country over ${MAX_COUNTRY_LENGTH}, an id over ${MAX_ROW_ID_LENGTH}; null otherwise. A rejected row's values are shown cut to that length.`,
      }),
  })
  .meta({ id: "ScreeningBatchRow" });

export const BatchSummary = z
  .object({
    id: z.uuid(),
    filename: z.string(),
    status: z.enum(BATCH_STATUSES),
    processed: z.number().int(),
    total: z.number().int(),
    error: z.string().nullable(),
    errorCode: z
      .enum(BATCH_ERROR_CODES)
      .nullable()
      .meta({ description: "Why it failed or was abandoned, for translation; `error` says it in English" }),
    errorParams: z.record(z.string(), z.number()).nullable().meta({ description: "The values behind errorCode (attempts, minutes)" }),
    createdBy: UserRef,
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: "ScreeningBatchSummary" });

export const Batch = BatchSummary.extend({
  threshold: z.number().meta({ description: "The score from which a row's match counts as a hit" }),
  checked: WatchlistCheck.nullable().meta({
    description: "The lists, versions and engine the rows were screened with; null until the job starts",
  }),
  rows: z.array(BatchRow),
  rowsOffset: z.number().int(),
  rowsLimit: z.number().int(),
}).meta({ id: "ScreeningBatch" });

/** A page of a batch's rows: pages larger than a list's (the batch page and the report read many rows at once). */
export const BatchRowsQuery = PageQuery.omit({ cursor: true }).extend({
  limit: z.coerce.number().int().min(1).max(10000).default(1000),
});

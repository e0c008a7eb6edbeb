import { bigint, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { organization, user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import {
  BATCH_ROW_REJECTIONS,
  BATCH_ERROR_CODES,
  BATCH_STATUSES,
  IMPORT_ERROR_CODES,
  IMPORT_STATUSES,
  VERDICTS,
  WATCHLIST_FORMATS,
  type BatchMatch,
  type WatchlistCheck,
} from "./watchlists.schema.js";

/**
 * A sanctions or watch list. Public reference data: organization_id NULL = instance-wide (imported by the
 * operator from the CLI, screened for every organisation); set = an organisation's private list.
 * `current_version` goes up with every import that changed something.
 */
export const watchlist = pgTable(
  "watchlist",
  {
    id: uuidKey(),
    organizationId: text("organization_id").references(() => organization.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    format: text("format", { enum: WATCHLIST_FORMATS }).notNull(),
    currentVersion: integer("current_version").notNull().default(0),
    entityCount: integer("entity_count").notNull().default(0),
    ...timestamps(),
  },
  (t) => [unique("watchlist_org_name_uq").on(t.organizationId, t.name).nullsNotDistinct()],
);

/**
 * One listed party, as the list gave it. Rows are never deleted by an import: an entry gone from the file
 * gets `removed_in_version`; one whose content changed gets `changed_in_version` and a new `content_hash`.
 * The id is a bigint so a million entries stay cheap to map in the in-memory index.
 */
export const watchlistEntity = pgTable(
  "watchlist_entity",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    watchlistId: uuid("watchlist_id")
      .notNull()
      .references(() => watchlist.id, { onDelete: "cascade" }),
    /** The list's own identifier: OFAC ent_num, UN DATAID, FollowTheMoney entity id. */
    sourceId: text("source_id").notNull(),
    type: text("type").notNull(),
    names: text("names").array().notNull(),
    countries: text("countries").array().notNull().default([]),
    /** Dates of birth as the list gives them ("1971-01-21", "1971-01", "1971"); evidence, shown with a hit. */
    birthDates: text("birth_dates").array().notNull().default([]),
    /** Identifiers the list records (IMO, registration, tax, passport numbers), as written there. */
    identifiers: text("identifiers").array().notNull().default([]),
    /** Hash of type, names, countries and (when present) dates of birth and identifiers: a judgement holds while it is unchanged. */
    contentHash: text("content_hash").notNull(),
    addedInVersion: integer("added_in_version").notNull(),
    changedInVersion: integer("changed_in_version"),
    removedInVersion: integer("removed_in_version"),
  },
  (t) => [
    unique("watchlist_entity_source_uq").on(t.watchlistId, t.sourceId),
    index("watchlist_entity_list_id_idx").on(t.watchlistId, t.id),
  ],
);

/** One import run of a list file: progress while it runs, then what it added, changed and removed. */
export const watchlistImport = pgTable(
  "watchlist_import",
  {
    id: uuidKey(),
    /** NULL for instance-wide imports (CLI). */
    organizationId: text("organization_id").references(() => organization.id, { onDelete: "cascade" }),
    /** Set once the list exists (a first import that fails leaves no empty list behind). */
    watchlistId: uuid("watchlist_id").references(() => watchlist.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    format: text("format", { enum: WATCHLIST_FORMATS }).notNull(),
    /** The list version this import produced (or found unchanged). */
    version: integer("version"),
    filename: text("filename").notNull(),
    /** Where an uploaded file waits for the background job (relative to the files folder); cleared after. */
    upload: jsonb("upload").$type<Record<string, string>>(),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("running"),
    processed: integer("processed").notNull().default(0),
    added: integer("added").notNull().default(0),
    changed: integer("changed").notNull().default(0),
    removed: integer("removed").notNull().default(0),
    error: text("error"),
    /** Why it failed, for translation (IMPORT_ERROR_CODES), with the values behind it. */
    errorCode: text("error_code", { enum: IMPORT_ERROR_CODES }),
    errorParams: jsonb("error_params").$type<Record<string, number>>(),
    /** Runs started (the background job's claims); a crash counts as one. */
    attempts: integer("attempts").notNull().default(0),
    /** Last sign of life of the run; a "running" import without one for a while was interrupted. */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    by: text("by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [index("watchlist_import_org_idx").on(t.organizationId, t.startedAt)],
);

/**
 * Entities of a running import, written in batches as the file streams in, then diffed against the list
 * in one transaction. Rows are deleted when the import ends. No index: the diff joins it whole (hash
 * joins after ANALYZE), and an index would slow the bulk load.
 */
export const watchlistStaging = pgTable("watchlist_staging", {
  importId: uuid("import_id").notNull(),
  /** Order in the file: the last occurrence of a repeated source id wins. */
  seq: integer("seq").notNull(),
  sourceId: text("source_id").notNull(),
  type: text("type").notNull(),
  names: text("names").array().notNull(),
  countries: text("countries").array().notNull(),
  birthDates: text("birth_dates").array().notNull().default([]),
  identifiers: text("identifiers").array().notNull().default([]),
  contentHash: text("content_hash").notNull(),
});

/**
 * A reviewer's verdict on a watchlist hit for a company. History is kept; the latest counts, and only
 * while the entity's content hash is the one judged (a changed list entry alerts again).
 */
export const watchlistJudgement = pgTable(
  "watchlist_judgement",
  {
    id: uuidKey(),
    ...orgScoped(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => company.id, { onDelete: "cascade" }),
    watchlistEntityId: bigint("watchlist_entity_id", { mode: "number" })
      .notNull()
      .references(() => watchlistEntity.id, { onDelete: "cascade" }),
    contentHash: text("content_hash").notNull(),
    verdict: text("verdict", { enum: VERDICTS }).notNull(),
    note: text("note"),
    /** The hit as it was judged: its score, the threshold and the engine version (null before these were kept). */
    score: real("score"),
    threshold: real("threshold"),
    engine: text("engine"),
    judgedBy: text("judged_by").references(() => user.id, { onDelete: "set null" }),
    judgedAt: timestamp("judged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("watchlist_judgement_company_idx").on(t.organizationId, t.companyId, t.watchlistEntityId, t.judgedAt)],
);

/** A batch screening of an uploaded CSV of names; rows are screened by a background job. */
export const screeningBatch = pgTable(
  "screening_batch",
  {
    id: uuidKey(),
    ...orgScoped(),
    filename: text("filename").notNull(),
    status: text("status", { enum: BATCH_STATUSES }).notNull().default("queued"),
    /** The lists, versions and engine the rows were screened with (set when the job starts). */
    checked: jsonb("checked").$type<WatchlistCheck>(),
    total: integer("total").notNull(),
    processed: integer("processed").notNull().default(0),
    error: text("error"),
    /** Why it failed or was abandoned, for translation (BATCH_ERROR_CODES), with the values behind it. */
    errorCode: text("error_code", { enum: BATCH_ERROR_CODES }),
    errorParams: jsonb("error_params").$type<Record<string, number>>(),
    /** Runs started; an interrupted batch is queued again until MAX_BATCH_ATTEMPTS, then abandoned. */
    attempts: integer("attempts").notNull().default(0),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("screening_batch_org_idx").on(t.organizationId, t.createdAt)],
);

/** One input row of a batch and, once screened, its matches (best first). */
export const screeningBatchRow = pgTable(
  "screening_batch_row",
  {
    batchId: uuid("batch_id")
      .notNull()
      .references(() => screeningBatch.id, { onDelete: "cascade" }),
    rowNo: integer("row_no").notNull(),
    rowId: text("row_id").notNull(),
    name: text("name").notNull(),
    country: text("country"),
    matches: jsonb("matches").$type<BatchMatch[]>(),
    /** Set when the row was refused at upload (too long to screen); such a row is never screened. */
    rejected: text("rejected", { enum: BATCH_ROW_REJECTIONS }),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.rowNo] })],
);

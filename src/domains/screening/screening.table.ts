import type { WatchlistCheck } from "../watchlists/watchlists.schema.js";
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { catalogueVersion } from "./catalogue.table.js";
import { SCREENING_DECISIONS, type ScreeningDecision } from "./decisions.js";
import { ANSWERS, type Signal, type SupplyChain } from "./screening.schema.js";

export { SCREENING_DECISIONS, type ScreeningDecision };

/**
 * One ethical screening of a company. A draft is edited; once decided it is immutable history, and the
 * latest decided screening is the company's current status.
 */
export const screening = pgTable(
  "screening",
  {
    id: uuidKey(),
    ...orgScoped(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => company.id, { onDelete: "cascade" }),
    /** The organisation's effective catalogue version the screening used. */
    catalogueVersionId: uuid("catalogue_version_id").references(() => catalogueVersion.id, { onDelete: "no action" }),
    status: text("status", { enum: ["draft", "decided"] })
      .notNull()
      .default("draft"),
    decision: text("decision", { enum: SCREENING_DECISIONS }),
    rationale: text("rationale"),
    monitoringPlan: text("monitoring_plan"),
    /** An admin approved although the risk was high or critical. */
    override: boolean("override").notNull().default(false),
    riskScore: real("risk_score"),
    riskSummary: jsonb("risk_summary"),
    supplyChain: jsonb("supply_chain").$type<SupplyChain>().notNull().default({ hasSupplyChain: false, sourcingCountries: [], goods: [] }),
    signals: jsonb("signals").$type<Signal[]>().notNull().default([]),
    signalsRefreshedAt: timestamp("signals_refreshed_at", { withTimezone: true }),
    /** The watchlists (with versions), engine and threshold the signals were computed with; null before this was kept. */
    watchlistCheck: jsonb("watchlist_check").$type<WatchlistCheck>(),
    previousScreeningId: uuid("previous_screening_id"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    rescreenOn: date("rescreen_on"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [index("screening_org_company_idx").on(t.organizationId, t.companyId, t.decidedAt)],
);

/** The answer to one criterion of a screening, with its evidence notes and links. */
export const screeningAnswer = pgTable(
  "screening_answer",
  {
    screeningId: uuid("screening_id")
      .notNull()
      .references(() => screening.id, { onDelete: "cascade" }),
    ...orgScoped(),
    criterionKey: text("criterion_key").notNull(),
    answer: text("answer", { enum: ANSWERS }).notNull(),
    notes: text("notes"),
    links: jsonb("links").$type<Array<{ title?: string; url: string }>>().notNull().default([]),
    carriedOver: boolean("carried_over").notNull().default(false),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.screeningId, t.criterionKey] }), index("screening_answer_org_idx").on(t.organizationId)],
);

/** An evidence file attached to a screening (optionally to one criterion); the bytes live in file storage. */
export const screeningFile = pgTable(
  "screening_file",
  {
    id: uuidKey(),
    ...orgScoped(),
    screeningId: uuid("screening_id")
      .notNull()
      .references(() => screening.id, { onDelete: "cascade" }),
    criterionKey: text("criterion_key"),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    /** Path below the organisation's storage folder; shared by copies carried into a later screening. */
    storageKey: text("storage_key").notNull(),
    uploadedBy: text("uploaded_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("screening_file_screening_idx").on(t.organizationId, t.screeningId),
    index("screening_file_storage_idx").on(t.organizationId, t.storageKey),
  ],
);

/** A condition of an approved_with_conditions or engage_to_reform decision, with its due date. */
export const screeningCondition = pgTable(
  "screening_condition",
  {
    id: uuidKey(),
    ...orgScoped(),
    screeningId: uuid("screening_id")
      .notNull()
      .references(() => screening.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    dueOn: date("due_on").notNull(),
    status: text("status", { enum: ["open", "met", "missed"] })
      .notNull()
      .default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("screening_condition_screening_idx").on(t.organizationId, t.screeningId),
    index("screening_condition_due_idx").on(t.organizationId, t.dueOn),
  ],
);

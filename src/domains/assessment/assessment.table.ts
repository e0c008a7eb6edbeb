import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { uuidKey } from "../auth/auth.columns.js";
import { organization, user } from "../auth/auth.table.js";
import { network } from "../networks/networks.table.js";

/** A questionnaire of a network: SurveyJS JSON, versioned (a new version is a new row; a round keeps the one it used). */
export const assessmentQuestionnaire = pgTable(
  "assessment_questionnaire",
  {
    id: uuidKey(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    /** The template key (`ngo-business-engagement`) or the network's own key. */
    key: text("key").notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    definition: jsonb("definition").notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("assessment_questionnaire_key_version").on(t.networkId, t.key, t.version)],
);

/** One run of a questionnaire across a network's member organisations. */
export const assessmentRound = pgTable(
  "assessment_round",
  {
    id: uuidKey(),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    questionnaireId: uuid("questionnaire_id")
      .notNull()
      .references(() => assessmentQuestionnaire.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    opensOn: date("opens_on"),
    closesOn: date("closes_on"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the coordinator last reminded the organisations that had not submitted (null: never). */
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("assessment_round_network_name").on(t.networkId, t.name)],
);

/** The member organisations asked to answer a round. */
export const assessmentRoundMember = pgTable(
  "assessment_round_member",
  {
    roundId: uuid("round_id")
      .notNull()
      .references(() => assessmentRound.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.organizationId] }), index("assessment_round_member_org_idx").on(t.organizationId)],
);

/**
 * One response per organisation and round (draft until submitted). Imported responses were collected elsewhere:
 * they have no organisation, only the file's row (and an optional respondent label).
 */
export const assessmentResponse = pgTable(
  "assessment_response",
  {
    id: uuidKey(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => assessmentRound.id, { onDelete: "cascade" }),
    organizationId: text("organization_id").references(() => organization.id, { onDelete: "cascade" }),
    source: text("source", { enum: ["web", "import"] }).notNull(),
    /** The import file's row number (imports only). */
    sourceRow: integer("source_row"),
    respondent: text("respondent"),
    status: text("status", { enum: ["draft", "submitted"] })
      .notNull()
      .default("draft"),
    answers: jsonb("answers").$type<Record<string, string | string[]>>().notNull(),
    /** The coordinator approved the free-text answer for a published report (anonymised). */
    quoteApproved: boolean("quote_approved").notNull().default(false),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // The unique index also serves the round's lookups (its first column).
  (t) => [uniqueIndex("assessment_response_round_org").on(t.roundId, t.organizationId)],
);

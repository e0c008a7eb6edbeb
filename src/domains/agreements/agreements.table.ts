import { boolean, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { organization, user } from "../auth/auth.table.js";
import { contact } from "../contacts/contacts.table.js";
import { engagement } from "../engagements/engagements.table.js";
import { AGREEMENT_KINDS, COMMITMENT_STATUSES, PARTIES } from "./agreements.rules.js";

/** The MoU or contract of an engagement (at most one), with its terms and the signed copy. */
export const agreement = pgTable(
  "agreement",
  {
    id: uuidKey(),
    ...orgScoped(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: AGREEMENT_KINDS }).notNull().default("mou"),
    goals: text("goals"),
    ngoResponsibilities: text("ngo_responsibilities").array().notNull().default([]),
    companyResponsibilities: text("company_responsibilities").array().notNull().default([]),
    activities: text("activities").array().notNull().default([]),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    ngoSignedOn: date("ngo_signed_on"),
    companySignedOn: date("company_signed_on"),
    confidentialityClause: text("confidentiality_clause"),
    nameUseTerms: text("name_use_terms"),
    publicStatementTerms: text("public_statement_terms"),
    /** Kept out of anything published (annual report, web page). */
    confidential: boolean("confidential").notNull().default(false),
    clearedForPublication: boolean("cleared_for_publication").notNull().default(false),
    /** The signed copy, stored under PARTNERWISE_DATA_DIR/files/<org>/agreements/. */
    signedFileKey: text("signed_file_key"),
    signedFileName: text("signed_file_name"),
    signedFileType: text("signed_file_type"),
    signedFileSize: integer("signed_file_size"),
    signedFileSha256: text("signed_file_sha256"),
    signedFileUploadedBy: text("signed_file_uploaded_by").references(() => user.id, { onDelete: "set null" }),
    signedFileUploadedAt: timestamp("signed_file_uploaded_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [uniqueIndex("agreement_engagement_idx").on(t.engagementId), index("agreement_org_idx").on(t.organizationId)],
);

/** What the partnership measures: an indicator of an agreement, with baseline and target. */
export const agreementIndicator = pgTable(
  "agreement_indicator",
  {
    id: uuidKey(),
    organizationId: text("organization_id").notNull(),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => agreement.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit"),
    baseline: numeric("baseline", { precision: 18, scale: 4, mode: "number" }),
    target: numeric("target", { precision: 18, scale: 4, mode: "number" }),
    position: integer("position").notNull().default(0),
    ...timestamps(),
  },
  (t) => [index("agreement_indicator_eng_idx").on(t.organizationId, t.engagementId)],
);

/** The organisation's own draft-MoU template (absent: the built-in default). */
export const agreementTemplate = pgTable("agreement_template", {
  organizationId: text("organization_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  body: text("body").notNull(),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Who promised what by when: a person of the NGO (user) or of the company (contact). */
export const commitment = pgTable(
  "commitment",
  {
    id: uuidKey(),
    ...orgScoped(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    party: text("party", { enum: PARTIES }).notNull(),
    userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
    contactId: uuid("contact_id").references(() => contact.id, { onDelete: "set null" }),
    description: text("description").notNull(),
    dueOn: date("due_on"),
    status: text("status", { enum: COMMITMENT_STATUSES }).notNull().default("open"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    /** Set when the company contact who made the promise left the company (contact turnover). */
    contactLeftOn: date("contact_left_on"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("commitment_eng_idx").on(t.organizationId, t.engagementId),
    index("commitment_org_due_idx").on(t.organizationId, t.status, t.dueOn),
    index("commitment_user_idx").on(t.userId),
    index("commitment_contact_idx").on(t.contactId),
  ],
);

/** A monitoring entry: what was observed on a day, with indicator values. */
export const checkIn = pgTable(
  "check_in",
  {
    id: uuidKey(),
    ...orgScoped(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    occurredOn: date("occurred_on").notNull(),
    notes: text("notes"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("check_in_eng_idx").on(t.organizationId, t.engagementId, t.occurredOn)],
);

/** An indicator's value recorded at a check-in. */
export const checkInValue = pgTable(
  "check_in_value",
  {
    checkInId: uuid("check_in_id")
      .notNull()
      .references(() => checkIn.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => agreementIndicator.id, { onDelete: "cascade" }),
    organizationId: text("organization_id").notNull(),
    value: numeric("value", { precision: 18, scale: 4, mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.checkInId, t.indicatorId] }), index("check_in_value_indicator_idx").on(t.indicatorId)],
);

/** An engagement's monitoring schedule when it differs from the default (or is switched on/off explicitly). */
export const monitoringSchedule = pgTable("monitoring_schedule", {
  engagementId: uuid("engagement_id")
    .primaryKey()
    .references(() => engagement.id, { onDelete: "cascade" }),
  organizationId: text("organization_id").notNull(),
  enabled: boolean("enabled").notNull().default(true),
  intervalDays: integer("interval_days").notNull().default(90),
  toleranceDays: integer("tolerance_days").notNull().default(14),
  /** First day of the schedule; null: the agreement's start date. */
  startsOn: date("starts_on"),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

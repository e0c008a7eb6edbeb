import { boolean, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { contact } from "../contacts/contacts.table.js";
import { screening } from "../screening/screening.table.js";
import { ACTIVITY_KINDS, ENGAGEMENT_STAGES, PUBLICATIONS } from "./engagements.rules.js";

/** The organisation's list of engagement modes (key + label); defaults are seeded on first use. */
export const engagementMode = pgTable(
  "engagement_mode",
  {
    id: uuidKey(),
    ...orgScoped(),
    key: text("key").notNull(),
    label: text("label").notNull(),
    position: integer("position").notNull().default(0),
    /** Archived modes stay on existing engagements but cannot be chosen for new ones. */
    archived: boolean("archived").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("engagement_mode_org_key_idx").on(t.organizationId, t.key)],
);

/** One company + one intended collaboration, moving through the partnership pipeline. */
export const engagement = pgTable(
  "engagement",
  {
    id: uuidKey(),
    ...orgScoped(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => company.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    modes: text("modes").array().notNull().default([]),
    initiatedBy: text("initiated_by", { enum: ["ngo", "business"] }),
    goals: text("goals"),
    moneyAmount: numeric("money_amount", { precision: 14, scale: 2, mode: "number" }),
    currency: text("currency"),
    inKindDescription: text("in_kind_description"),
    inKindValue: numeric("in_kind_value", { precision: 14, scale: 2, mode: "number" }),
    nonMonetaryValue: text("non_monetary_value"),
    ownerId: text("owner_id").references(() => user.id, { onDelete: "set null" }),
    /** User ids of the NGO's team on this engagement. */
    team: text("team").array().notNull().default([]),
    /** The screening that was current when the engagement last changed stage (or was created). */
    screeningId: uuid("screening_id").references(() => screening.id, { onDelete: "set null" }),
    stage: text("stage", { enum: ENGAGEMENT_STAGES }).notNull().default("identified"),
    stageChangedAt: timestamp("stage_changed_at", { withTimezone: true }).notNull().defaultNow(),
    endedReason: text("ended_reason"),
    /** Whether published reports may show it (named, anonymised) or must leave it out; see PUBLICATIONS. */
    publication: text("publication", { enum: PUBLICATIONS }).notNull().default("confidential"),
    /** Planned rhythm of contact with the company, in days (the health score compares the last contact with it). */
    contactCadenceDays: integer("contact_cadence_days").notNull().default(45),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("engagement_org_stage_idx").on(t.organizationId, t.stage),
    index("engagement_org_company_idx").on(t.organizationId, t.companyId),
    index("engagement_org_owner_idx").on(t.organizationId, t.ownerId),
    index("engagement_org_updated_idx").on(t.organizationId, t.updatedAt),
    index("engagement_modes_idx").using("gin", t.modes),
  ],
);

/** The company's people on an engagement (erasing a contact removes the row). */
export const engagementContact = pgTable(
  "engagement_contact",
  {
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contact.id, { onDelete: "cascade" }),
    organizationId: text("organization_id").notNull(),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.contactId] }), index("engagement_contact_contact_idx").on(t.contactId)],
);

/** Every stage move, with the override reason when the screening gate was overridden. */
export const engagementStageChange = pgTable(
  "engagement_stage_change",
  {
    id: uuidKey(),
    organizationId: text("organization_id").notNull(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    fromStage: text("from_stage", { enum: ENGAGEMENT_STAGES }),
    toStage: text("to_stage", { enum: ENGAGEMENT_STAGES }).notNull(),
    changedBy: text("changed_by").references(() => user.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    overrideReason: text("override_reason"),
    endedReason: text("ended_reason"),
    /** The company's screening decision at the time of the move (null: none). */
    screeningDecision: text("screening_decision"),
  },
  (t) => [index("engagement_stage_change_eng_idx").on(t.engagementId, t.changedAt)],
);

/** A meeting, call, e-mail or note: on an engagement, or on the company alone. */
export const engagementActivity = pgTable(
  "engagement_activity",
  {
    id: uuidKey(),
    ...orgScoped(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => company.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id").references(() => engagement.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ACTIVITY_KINDS }).notNull(),
    occurredOn: date("occurred_on").notNull(),
    summary: text("summary").notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("engagement_activity_company_idx").on(t.organizationId, t.companyId, t.occurredOn),
    index("engagement_activity_eng_idx").on(t.engagementId, t.occurredOn),
  ],
);

/** Contacts involved in an activity. */
export const activityContact = pgTable(
  "activity_contact",
  {
    activityId: uuid("activity_id")
      .notNull()
      .references(() => engagementActivity.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contact.id, { onDelete: "cascade" }),
    organizationId: text("organization_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.contactId] }), index("activity_contact_contact_idx").on(t.contactId)],
);

/** A next step on an engagement, with a due date and an assignee. */
export const engagementTask = pgTable(
  "engagement_task",
  {
    id: uuidKey(),
    ...orgScoped(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    dueOn: date("due_on"),
    assigneeId: text("assignee_id").references(() => user.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["manual", "handover"] })
      .notNull()
      .default("manual"),
    done: boolean("done").notNull().default(false),
    doneAt: timestamp("done_at", { withTimezone: true }),
    doneBy: text("done_by").references(() => user.id, { onDelete: "set null" }),
    /** The last day a reminder mail named this task (at most one a day). */
    remindedOn: date("reminded_on"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("engagement_task_assignee_idx").on(t.organizationId, t.assigneeId, t.done, t.dueOn),
    index("engagement_task_eng_idx").on(t.engagementId),
    index("engagement_task_due_idx").on(t.done, t.dueOn),
  ],
);

/** Something that needs attention on an engagement, e.g. a company contact left. */
export const engagementFlag = pgTable(
  "engagement_flag",
  {
    id: uuidKey(),
    organizationId: text("organization_id").notNull(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["contact_left"] }).notNull(),
    contactId: uuid("contact_id").references(() => contact.id, { onDelete: "set null" }),
    taskId: uuid("task_id").references(() => engagementTask.id, { onDelete: "set null" }),
    /** Free of personal data: it names the company, never the person. */
    message: text("message").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [index("engagement_flag_eng_idx").on(t.engagementId)],
);

/** A user's secret calendar-feed token, stored as a SHA-256 hash. */
export const icalToken = pgTable("ical_token", {
  userId: text("user_id")
    .primaryKey()
    .references(() => user.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

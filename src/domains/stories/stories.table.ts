import { boolean, date, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { organization, user } from "../auth/auth.table.js";
import { engagement } from "../engagements/engagements.table.js";
import { STORY_CHANNELS, STORY_KINDS } from "./stories.consent.js";

/** A survivor's testimony, image description or case, stored anonymised. Only members with story access open it. */
export const story = pgTable(
  "story",
  {
    id: uuidKey(),
    ...orgScoped(),
    title: text("title").notNull(),
    text: text("text").notNull(),
    kind: text("kind", { enum: STORY_KINDS }).notNull().default("testimony"),
    anonymised: boolean("anonymised").notNull().default(true),
    /** Restricted: only stored when the organisation enables "store names"; returned only on explicit request. */
    personName: text("person_name"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [index("story_org_updated_idx").on(t.organizationId, t.updatedAt)],
);

/** Per-organisation story settings; its row also marks that story access was initialised (owners granted). */
export const storySettings = pgTable("story_settings", {
  organizationId: text("organization_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  storeNames: boolean("store_names").notNull().default(false),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The "stories" permission: members listed here may open stories. */
export const storyAccess = pgTable(
  "story_access",
  {
    ...orgScoped(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    grantedBy: text("granted_by").references(() => user.id, { onDelete: "set null" }),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] })],
);

/**
 * A consent to use a story: who consented (a pseudonymous reference), for which channels, optionally only
 * with one partner (engagement or company), valid from/until, until withdrawn. The partner scope has no
 * foreign key on purpose: deleting the engagement must not widen a consent to every partner.
 */
export const storyConsent = pgTable(
  "story_consent",
  {
    id: uuidKey(),
    ...orgScoped(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => story.id, { onDelete: "cascade" }),
    reference: text("reference").notNull(),
    channels: text("channels").array().notNull(),
    engagementId: uuid("engagement_id"),
    companyId: uuid("company_id"),
    validFrom: date("valid_from").notNull(),
    validUntil: date("valid_until"),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnBy: text("withdrawn_by").references(() => user.id, { onDelete: "set null" }),
    withdrawalNote: text("withdrawal_note"),
  },
  (t) => [index("story_consent_story_idx").on(t.organizationId, t.storyId)],
);

/** A use of a story in an engagement on a channel; allowed only while a consent covers it. */
export const storyUse = pgTable(
  "story_use",
  {
    id: uuidKey(),
    ...orgScoped(),
    storyId: uuid("story_id")
      .notNull()
      .references(() => story.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id").references(() => engagement.id, { onDelete: "set null" }),
    /** The company of the engagement when the use was recorded (kept if the engagement is deleted). */
    companyId: uuid("company_id"),
    channel: text("channel", { enum: STORY_CHANNELS }).notNull(),
    usedOn: date("used_on").notNull(),
    note: text("note"),
    /** The consent that allowed the use when it was recorded. */
    consentId: uuid("consent_id").references(() => storyConsent.id, { onDelete: "set null" }),
    recordedBy: text("recorded_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("story_use_story_idx").on(t.organizationId, t.storyId), index("story_use_eng_idx").on(t.engagementId)],
);

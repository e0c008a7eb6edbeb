import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tsvector } from "../../platform/pg-types.js";
import { orgScoped, uuidKey } from "../auth/auth.columns.js";
import { organization, user } from "../auth/auth.table.js";
import { network } from "../networks/networks.table.js";
import { KNOWLEDGE_KINDS, KNOWLEDGE_LANGUAGES, KNOWLEDGE_SCOPES, KNOWLEDGE_STATUSES } from "./knowledge.constants.js";

/**
 * A knowledge item: Markdown written by an organisation (private, shared with one network, or public), or a
 * built-in item shipped with Partnerwise (no organisation, `built_in_key` set, public and read-only).
 * `search_vector` is built with the dictionary of the item's own language, so German words are found by their
 * inflected forms and English ones by singular or plural.
 */
export const knowledgeItem = pgTable(
  "knowledge_item",
  {
    id: uuidKey(),
    /** The owning organisation; null only for built-in items. */
    organizationId: text("organization_id").references(() => organization.id, { onDelete: "cascade" }),
    builtInKey: text("built_in_key"),
    networkId: uuid("network_id").references(() => network.id, { onDelete: "set null" }),
    kind: text("kind", { enum: KNOWLEDGE_KINDS }).notNull().default("practice_guide"),
    scope: text("scope", { enum: KNOWLEDGE_SCOPES }).notNull().default("private"),
    status: text("status", { enum: KNOWLEDGE_STATUSES }).notNull().default("published"),
    language: text("language", { enum: KNOWLEDGE_LANGUAGES }).notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    /** The engagement a case study was written from (kept when the engagement is deleted: the story was told). */
    engagementId: uuid("engagement_id"),
    /**
     * A case study written from an engagement: the confidential parts its author chose to include (`company_name`,
     * `contacts`, `amounts`, `risks`, `story:<id>`); every other part is checked to be absent on each save and at approval.
     */
    caseStudyParts: text("case_study_parts").array(),
    version: integer("version").notNull().default(1),
    reviewedOn: date("reviewed_on"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`case when language = 'de' then setweight(to_tsvector('german', title), 'A') || setweight(to_tsvector('german', body), 'B') else setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B') end`,
    ),
  },
  (t) => [
    index("knowledge_item_org_idx").on(t.organizationId, t.updatedAt),
    index("knowledge_item_scope_idx").on(t.scope, t.networkId),
    uniqueIndex("knowledge_item_built_in_idx").on(t.builtInKey),
    // One index per language: a search matches each item with its own language's query (`matches` in the repository),
    // and with the language in the index predicate the database answers that from the index alone.
    index("knowledge_item_search_en_idx").using("gin", t.searchVector).where(sql`language = 'en'`),
    index("knowledge_item_search_de_idx").using("gin", t.searchVector).where(sql`language = 'de'`),
    index("knowledge_item_tags_idx").using("gin", t.tags),
  ],
);

/** Every saved state of an item, newest version highest; written in the same transaction as the change. */
export const knowledgeVersion = pgTable(
  "knowledge_version",
  {
    id: uuidKey(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => knowledgeItem.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    language: text("language", { enum: KNOWLEDGE_LANGUAGES }).notNull(),
    scope: text("scope", { enum: KNOWLEDGE_SCOPES }).notNull(),
    tags: text("tags").array().notNull(),
    editedBy: text("edited_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("knowledge_version_item_idx").on(t.itemId, t.version)],
);

/**
 * An image or attachment of an item; the bytes live in the owning organisation's file storage (area `knowledge`).
 * Whoever may read the item may read its files; the files of public items are served on the public pages.
 */
export const knowledgeFile = pgTable(
  "knowledge_file",
  {
    id: uuidKey(),
    ...orgScoped(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => knowledgeItem.id, { onDelete: "cascade" }),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    /** Path below the organisation's storage folder. */
    storageKey: text("storage_key").notNull(),
    uploadedBy: text("uploaded_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("knowledge_file_item_idx").on(t.itemId, t.createdAt), index("knowledge_file_org_idx").on(t.organizationId)],
);

/**
 * A link in an item's text to another item (`[words](/knowledge/<id>)`), kept in step with the text on every write
 * (knowledge.repo.ts), so "Linked from" is an index lookup instead of a scan of every body.
 */
export const knowledgeLink = pgTable(
  "knowledge_link",
  {
    fromId: uuid("from_id")
      .notNull()
      .references(() => knowledgeItem.id, { onDelete: "cascade" }),
    toId: uuid("to_id")
      .notNull()
      .references(() => knowledgeItem.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId] }), index("knowledge_link_to_idx").on(t.toId)],
);

import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { user } from "../auth/auth.table.js";
import { tsvector } from "../../platform/pg-types.js";

/** An import run: every row it created carries its id so the whole run can be undone. */
export const importBatch = pgTable(
  "import_batch",
  {
    id: uuidKey(),
    ...orgScoped(),
    kind: text("kind", { enum: ["companies", "contacts"] }).notNull(),
    filename: text("filename"),
    createdCount: integer("created_count").notNull().default(0),
    mergedCount: integer("merged_count").notNull().default(0),
    skippedCount: integer("skipped_count").notNull().default(0),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
    undoneBy: text("undone_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [index("import_batch_org_idx").on(t.organizationId, t.createdAt)],
);

/** The business register of one organisation. Private to that organisation. */
export const company = pgTable(
  "company",
  {
    id: uuidKey(),
    ...orgScoped(),
    name: text("name").notNull(),
    otherNames: text("other_names").array().notNull().default([]),
    legalForm: text("legal_form"),
    country: text("country").notNull(),
    registrationId: text("registration_id"),
    website: text("website"),
    naceCode: text("nace_code"),
    naceLabel: text("nace_label"),
    sizeClass: text("size_class", { enum: ["local", "sme", "large"] }),
    description: text("description"),
    tags: text("tags").array().notNull().default([]),
    csrPolicyUrl: text("csr_policy_url"),
    ownerId: text("owner_id").references(() => user.id, { onDelete: "set null" }),
    primaryContactId: uuid("primary_contact_id"),
    /** Folded (accent-less, transliterated, lower-case) names, maintained by the service for trigram search. */
    searchName: text("search_name").notNull().default(""),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`to_tsvector('simple', coalesce(search_name, '') || ' ' || coalesce(description, '') || ' ' || coalesce(nace_label, ''))`,
    ),
    importBatchId: uuid("import_batch_id").references(() => importBatch.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    // Each sort order's index ends in the id, as the list's ORDER BY does: a page is the first rows of an index scan,
    // not a sort of every company of the organisation.
    index("company_org_name_idx").on(t.organizationId, t.name, t.id),
    index("company_org_updated_idx").on(t.organizationId, t.updatedAt, t.id),
    index("company_org_created_idx").on(t.organizationId, t.createdAt, t.id),
    index("company_org_country_idx").on(t.organizationId, t.country),
    index("company_org_nace_idx").on(t.organizationId, t.naceCode),
    index("company_org_size_idx").on(t.organizationId, t.sizeClass),
    index("company_org_owner_idx").on(t.organizationId, t.ownerId),
    index("company_org_regid_idx").on(t.organizationId, t.registrationId),
    index("company_tags_idx").using("gin", t.tags),
    index("company_search_trgm_idx").using("gin", sql`${t.searchName} gin_trgm_ops`),
    index("company_search_fts_idx").using("gin", t.searchVector),
    index("company_batch_idx").on(t.importBatchId),
  ],
);

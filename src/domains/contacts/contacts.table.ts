import { sql } from "drizzle-orm";
import { date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { user } from "../auth/auth.table.js";
import { company, importBatch } from "../companies/companies.table.js";

/** A person at a company. Personal data: exportable and erasable on request. */
export const contact = pgTable(
  "contact",
  {
    id: uuidKey(),
    ...orgScoped(),
    name: text("name").notNull(),
    roleTitle: text("role_title"),
    email: text("email"),
    phone: text("phone"),
    preferredLanguage: text("preferred_language"),
    notes: text("notes"),
    searchName: text("search_name").notNull().default(""),
    importBatchId: uuid("import_batch_id").references(() => importBatch.id, { onDelete: "set null" }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("contact_org_name_idx").on(t.organizationId, t.name),
    index("contact_search_trgm_idx").using("gin", sql`${t.searchName} gin_trgm_ops`),
    index("contact_batch_idx").on(t.importBatchId),
  ],
);

/** Employment history: a contact works at a company from a date until (optionally) a leaving date. */
export const employment = pgTable(
  "employment",
  {
    id: uuidKey(),
    ...orgScoped(),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contact.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => company.id, { onDelete: "cascade" }),
    title: text("title"),
    startedOn: date("started_on"),
    endedOn: date("ended_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("employment_contact_idx").on(t.contactId),
    index("employment_company_idx").on(t.companyId),
    index("employment_org_idx").on(t.organizationId),
  ],
);

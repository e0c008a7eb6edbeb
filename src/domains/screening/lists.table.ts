import { index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { network } from "../networks/networks.table.js";

/** An organisation's black or white list entry about a company, with the reason. Private unless shared. */
export const listEntry = pgTable(
  "screening_list_entry",
  {
    id: uuidKey(),
    ...orgScoped(),
    list: text("list", { enum: ["black", "white"] }).notNull(),
    companyName: text("company_name").notNull(),
    /** Folded name (text-fold) for matching against companies screened by this and other organisations. */
    searchName: text("search_name").notNull(),
    country: text("country").notNull(),
    companyId: uuid("company_id").references(() => company.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("screening_list_entry_org_idx").on(t.organizationId, t.list, t.companyName),
    index("screening_list_entry_company_idx").on(t.organizationId, t.companyId),
  ],
);

/** The explicit choice to share one entry with one network, and how much of it. Deleting it unshares. */
export const listShare = pgTable(
  "screening_list_share",
  {
    entryId: uuid("entry_id")
      .notNull()
      .references(() => listEntry.id, { onDelete: "cascade" }),
    networkId: uuid("network_id")
      .notNull()
      .references(() => network.id, { onDelete: "cascade" }),
    ...orgScoped(),
    mode: text("mode", { enum: ["name_and_decision", "with_rationale"] }).notNull(),
    sharedBy: text("shared_by").references(() => user.id, { onDelete: "set null" }),
    sharedAt: timestamp("shared_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.networkId] }), index("screening_list_share_network_idx").on(t.networkId)],
);

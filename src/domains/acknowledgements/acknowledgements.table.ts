import { date, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { engagement } from "../engagements/engagements.table.js";
import { ACKNOWLEDGEMENT_CHANNELS } from "./acknowledgements.schema.js";

/** Where and when the NGO publicly thanked or featured a partner company. */
export const acknowledgement = pgTable(
  "acknowledgement",
  {
    id: uuidKey(),
    ...orgScoped(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => company.id, { onDelete: "cascade" }),
    /** Deleting the engagement keeps the acknowledgement (it was given to the company). */
    engagementId: uuid("engagement_id").references(() => engagement.id, { onDelete: "set null" }),
    channel: text("channel", { enum: ACKNOWLEDGEMENT_CHANNELS }).notNull(),
    occurredOn: date("occurred_on").notNull(),
    title: text("title").notNull(),
    url: text("url"),
    notes: text("notes"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("acknowledgement_company_idx").on(t.organizationId, t.companyId, t.occurredOn),
    index("acknowledgement_eng_idx").on(t.engagementId),
  ],
);

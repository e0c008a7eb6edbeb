import { text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization } from "./auth.table.js";

// The columns most tables share, declared once. Each keeps the exact SQL it had when it was written out by hand,
// so using a helper changes no migration.

/** A random UUID primary key named id. */
export const uuidKey = () => uuid("id").primaryKey().defaultRandom();

/** The tenant: the owning organisation, whose deletion deletes the row. */
export const orgScoped = () => ({
  organizationId: text("organization_id")
    .notNull()
    .references(() => organization.id, { onDelete: "cascade" }),
});

/** When the row was created and last changed. */
export const timestamps = () => ({
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

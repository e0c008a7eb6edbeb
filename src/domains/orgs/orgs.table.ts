import { boolean, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { organization } from "../auth/auth.table.js";

/** The NGO profile of an organisation (better-auth keeps name and slug; the rest lives here). */
export const orgProfile = pgTable("org_profile", {
  organizationId: text("organization_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  country: text("country"),
  languages: text("languages").array().notNull().default([]),
  size: text("size"),
  scope: text("scope"),
  mission: text("mission"),
  requireTwoFactor: boolean("require_two_factor").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Instance-wide key/value settings kept in the database (e.g. the generated auth secret). */
export const appSetting = pgTable("app_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

import { index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { orgScoped, uuidKey } from "../auth/auth.columns.js";
import { user } from "../auth/auth.table.js";
import { API_KEY_ROLES } from "./api-keys.schema.js";

/** An organisation's API key. The secret itself is never stored: only its SHA-256 and its first characters. */
export const apiKey = pgTable(
  "api_key",
  {
    id: uuidKey(),
    ...orgScoped(),
    name: text("name").notNull(),
    role: text("role", { enum: API_KEY_ROLES }).notNull(),
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    /** The key acts for its creator; without one (user deleted) it no longer works. */
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: text("revoked_by").references(() => user.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("api_key_secret_hash_idx").on(t.secretHash), index("api_key_org_idx").on(t.organizationId, t.createdAt)],
);

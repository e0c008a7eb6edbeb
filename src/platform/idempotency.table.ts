import { integer, jsonb, pgTable, primaryKey, text, timestamp, index } from "drizzle-orm/pg-core";

/**
 * A POST sent with an `Idempotency-Key` (src/server/idempotency.ts): one row per organisation, caller and key,
 * holding a fingerprint of the request and, once it succeeded, the response to replay. `status` is null while
 * the first request is still running. Rows expire after 24 hours.
 */
export const idempotencyKey = pgTable(
  "idempotency_key",
  {
    /** The organisation the request acted in, or `user:<id>` for routes without one (/me, /networks). */
    scope: text("scope").notNull(),
    /** The user, or `key:<id>` for an API key. */
    userId: text("user_id").notNull(),
    key: text("key").notNull(),
    /** SHA-256 of method, path and body. */
    fingerprint: text("fingerprint").notNull(),
    status: integer("status"),
    headers: jsonb("headers").$type<Record<string, string>>(),
    /** The response body, base64. */
    body: text("body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.userId, t.key] }), index("idempotency_key_expires_idx").on(t.expiresAt)],
);

import { date, index, integer, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orgScoped, uuidKey } from "../auth/auth.columns.js";
import { engagement, engagementTask } from "../engagements/engagements.table.js";

/**
 * One renewal reminder sent (or due) for an engagement's end date at a milestone (90, 60, 30, 0 days
 * before). The unique key makes the reminder job idempotent: a milestone of an end date is reminded once;
 * a changed end date (a renewal) starts afresh. Milestone -1 marks the "Prepare renewal" task of that end date.
 */
export const renewalReminder = pgTable(
  "renewal_reminder",
  {
    id: uuidKey(),
    ...orgScoped(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    endsOn: date("ends_on").notNull(),
    milestone: integer("milestone").notNull(),
    /** The "Prepare renewal" task created for this end date (milestone -1 rows). */
    taskId: uuid("task_id").references(() => engagementTask.id, { onDelete: "set null" }),
    sentOn: date("sent_on").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("renewal_reminder_key_idx").on(t.engagementId, t.endsOn, t.milestone),
    index("renewal_reminder_org_idx").on(t.organizationId, t.sentOn),
  ],
);

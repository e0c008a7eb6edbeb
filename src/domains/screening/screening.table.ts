import { date, index, jsonb, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organization, user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";

export const SCREENING_DECISIONS = ["approved", "approved_with_conditions", "engage_to_reform", "rejected"] as const;
export type ScreeningDecision = (typeof SCREENING_DECISIONS)[number];

/**
 * One ethical screening of a company. A draft is edited; once decided it is immutable history, and the
 * latest decided screening is the company's current status.
 */
export const screening = pgTable(
  "screening",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organization.id, { onDelete: "cascade" }),
    companyId: uuid("company_id")
      .notNull()
      .references(() => company.id, { onDelete: "cascade" }),
    catalogueVersionId: uuid("catalogue_version_id"),
    status: text("status", { enum: ["draft", "decided"] }).notNull().default("draft"),
    decision: text("decision", { enum: SCREENING_DECISIONS }),
    rationale: text("rationale"),
    monitoringPlan: text("monitoring_plan"),
    riskScore: real("risk_score"),
    riskSummary: jsonb("risk_summary"),
    decidedBy: text("decided_by").references(() => user.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    rescreenOn: date("rescreen_on"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("screening_org_company_idx").on(t.organizationId, t.companyId, t.decidedAt)],
);

import { boolean, date, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orgScoped, timestamps, uuidKey } from "../auth/auth.columns.js";
import { user } from "../auth/auth.table.js";
import { engagement } from "../engagements/engagements.table.js";
import { RISK_STATUSES } from "./risks.rules.js";

/** The organisation's catalogue of partnership risks (seeded from the brief on first use, then editable). */
export const riskCatalogueItem = pgTable(
  "risk_catalogue_item",
  {
    id: uuidKey(),
    ...orgScoped(),
    /** Stable key of a seeded item (null for the organisation's own). */
    key: text("key"),
    title: text("title").notNull(),
    description: text("description"),
    suggestedMitigation: text("suggested_mitigation"),
    defaultLikelihood: smallint("default_likelihood"),
    defaultImpact: smallint("default_impact"),
    position: integer("position").notNull().default(0),
    /** Archived items stay on existing risks but are not offered for new ones. */
    archived: boolean("archived").notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("risk_catalogue_org_key_idx").on(t.organizationId, t.key),
    index("risk_catalogue_org_idx").on(t.organizationId, t.position),
  ],
);

/** A risk in an engagement's register: likelihood × impact before and after mitigation. */
export const engagementRisk = pgTable(
  "engagement_risk",
  {
    id: uuidKey(),
    ...orgScoped(),
    engagementId: uuid("engagement_id")
      .notNull()
      .references(() => engagement.id, { onDelete: "cascade" }),
    catalogueItemId: uuid("catalogue_item_id").references(() => riskCatalogueItem.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description"),
    likelihood: smallint("likelihood").notNull(),
    impact: smallint("impact").notNull(),
    residualLikelihood: smallint("residual_likelihood"),
    residualImpact: smallint("residual_impact"),
    status: text("status", { enum: RISK_STATUSES }).notNull().default("open"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    ...timestamps(),
  },
  (t) => [
    index("engagement_risk_eng_idx").on(t.organizationId, t.engagementId),
    index("engagement_risk_org_status_idx").on(t.organizationId, t.status),
  ],
);

/** What is done about a risk, by whom, reviewed when. */
export const riskMitigation = pgTable(
  "risk_mitigation",
  {
    id: uuidKey(),
    organizationId: text("organization_id").notNull(),
    riskId: uuid("risk_id")
      .notNull()
      .references(() => engagementRisk.id, { onDelete: "cascade" }),
    action: text("action").notNull(),
    ownerId: text("owner_id").references(() => user.id, { onDelete: "set null" }),
    reviewOn: date("review_on"),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("risk_mitigation_risk_idx").on(t.riskId), index("risk_mitigation_review_idx").on(t.organizationId, t.reviewOn)],
);

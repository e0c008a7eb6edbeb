import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orgScoped, uuidKey } from "../auth/auth.columns.js";
import { organization, user } from "../auth/auth.table.js";
import { company } from "../companies/companies.table.js";
import { engagement } from "../engagements/engagements.table.js";
import type { FitWeights, ProposalContent } from "./prospects.rules.js";

/** How an organisation chooses whom to approach: its goal, focus sectors and countries, the fit weights; one row per organisation. */
export const prospectSettings = pgTable("prospect_settings", {
  organizationId: text("organization_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  goal: text("goal", { enum: ["awareness", "practice", "support"] })
    .notNull()
    .default("awareness"),
  /** NACE sections (letters) or codes the organisation's work is relevant to; empty = derived from the goal. */
  focusSectors: text("focus_sectors").array().notNull().default([]),
  /** Countries the organisation works in (ISO 3166 alpha-2); empty = the organisation's own country. */
  countries: text("countries").array().notNull().default([]),
  sizes: text("sizes").array().notNull().default(["sme", "large"]),
  weights: jsonb("weights").$type<Partial<FitWeights>>().notNull().default({}),
  /** Let network peers see that this organisation engages a company ("who else in our network has engaged this company?"). */
  shareEngagements: boolean("share_engagements").notNull().default(false),
  /** The colour of headings and rules in proposals and pitch sheets (#rrggbb). */
  brandColor: text("brand_color"),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** What the organisation understands of a prospect: interests, needs, what it could bring and gain (the stakeholder map). */
export const prospectProfile = pgTable(
  "prospect_profile",
  {
    ...orgScoped(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => company.id, { onDelete: "cascade" }),
    interests: text("interests"),
    needs: text("needs"),
    couldBring: text("could_bring"),
    couldGain: text("could_gain"),
    notes: text("notes"),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.companyId] })],
);

/** A partnership proposal to a company; every save keeps the previous content as a version. */
export const proposal = pgTable(
  "proposal",
  {
    id: uuidKey(),
    ...orgScoped(),
    companyId: uuid("company_id")
      .notNull()
      .references(() => company.id, { onDelete: "cascade" }),
    engagementId: uuid("engagement_id").references(() => engagement.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    language: text("language", { enum: ["en", "de"] })
      .notNull()
      .default("en"),
    modes: text("modes").array().notNull().default([]),
    content: jsonb("content").$type<ProposalContent>().notNull(),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("proposal_org_updated_idx").on(t.organizationId, t.updatedAt),
    index("proposal_org_company_idx").on(t.organizationId, t.companyId),
    index("proposal_engagement_idx").on(t.engagementId),
  ],
);

/** Earlier contents of a proposal, one row per saved version (the current one is in `proposal`). */
export const proposalVersion = pgTable(
  "proposal_version",
  {
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposal.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    ...orgScoped(),
    title: text("title").notNull(),
    modes: text("modes").array().notNull().default([]),
    content: jsonb("content").$type<ProposalContent>().notNull(),
    savedBy: text("saved_by").references(() => user.id, { onDelete: "set null" }),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.version] }), index("proposal_version_org_idx").on(t.organizationId)],
);

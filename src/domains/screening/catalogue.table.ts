import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { uuidKey } from "../auth/auth.columns.js";
import { organization, user } from "../auth/auth.table.js";
import { network } from "../networks/networks.table.js";
import type { CatalogueContent, EffectiveCriterion, ExcludedSector, Override } from "./catalogue.schema.js";
import type { SectorRisk } from "./sector-risk.schema.js";

/** What a version holds: network versions plain criteria; organisation versions effective ones (with origin) and what was disabled. */
export type StoredCatalogue = Omit<CatalogueContent, "criteria"> & {
  criteria: Array<CatalogueContent["criteria"][number] | EffectiveCriterion>;
  disabled?: Array<{ key: string; title: string }>;
};

/**
 * A version of a screening criteria catalogue. Network versions are edited as one draft and then published
 * (immutable). Organisation versions are the effective catalogue (network version or built-in default plus
 * the organisation's overrides), written whenever that changes; a screening records the one it used.
 */
export const catalogueVersion = pgTable(
  "screening_catalogue_version",
  {
    id: uuidKey(),
    scope: text("scope", { enum: ["network", "organization"] }).notNull(),
    networkId: uuid("network_id").references(() => network.id, { onDelete: "cascade" }),
    organizationId: text("organization_id").references(() => organization.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    status: text("status", { enum: ["draft", "published"] }).notNull(),
    content: jsonb("content").$type<StoredCatalogue>().notNull(),
    /** Organisation versions: what they build on ("builtin" or "network") and which network version. */
    baseKind: text("base_kind", { enum: ["builtin", "network"] }),
    baseVersionId: uuid("base_version_id"),
    overrides: jsonb("overrides").$type<Override[]>(),
    warnings: jsonb("warnings").$type<string[]>(),
    contentHash: text("content_hash").notNull(),
    note: text("note"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("screening_catalogue_network_version_idx").on(t.networkId, t.version).where(sql`${t.networkId} is not null`),
    uniqueIndex("screening_catalogue_org_version_idx").on(t.organizationId, t.version).where(sql`${t.organizationId} is not null`),
    uniqueIndex("screening_catalogue_network_draft_idx").on(t.networkId).where(sql`${t.status} = 'draft'`),
    index("screening_catalogue_base_idx").on(t.baseVersionId),
  ],
);

/** An organisation's screening settings: adopted network, criteria overrides, excluded sectors, sector-risk list. */
export const screeningSettings = pgTable("screening_settings", {
  organizationId: text("organization_id")
    .primaryKey()
    .references(() => organization.id, { onDelete: "cascade" }),
  adoptedNetworkId: uuid("adopted_network_id").references(() => network.id, { onDelete: "set null" }),
  overrides: jsonb("overrides").$type<Override[]>().notNull().default([]),
  /** null: the base catalogue's excluded sectors. */
  excludedSectors: jsonb("excluded_sectors").$type<ExcludedSector[]>(),
  /** null: the built-in default sector-risk list. */
  sectorRisks: jsonb("sector_risks").$type<SectorRisk[]>(),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

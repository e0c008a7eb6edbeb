import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { network } from "../networks/networks.table.js";
import { catalogueVersion, screeningSettings, type StoredCatalogue } from "./catalogue.table.js";

export type { StoredCatalogue };

// Queries of criteria catalogue versions and of an organisation's screening settings. Organisation versions and
// settings are read within the caller's organisation; a network's published versions by the network's id, which
// the caller has checked membership of.

export type CatalogueVersionRow = typeof catalogueVersion.$inferSelect;
export type SettingsRow = typeof screeningSettings.$inferSelect;
export type ScreeningSettings = Pick<SettingsRow, "adoptedNetworkId" | "overrides" | "excludedSectors" | "sectorRisks">;

/** The organisation's screening settings (defaults when it never changed any). */
export async function loadSettings(db: Db, orgId: string): Promise<ScreeningSettings> {
  const [row] = await db.select().from(screeningSettings).where(eq(screeningSettings.organizationId, orgId));
  return row ?? { adoptedNetworkId: null, overrides: [], excludedSectors: null, sectorRisks: null };
}

/** Changes some of the organisation's screening settings (creating the row on first change). */
export async function saveSettings(ctx: Ctx, patch: Partial<ScreeningSettings>): Promise<void> {
  await ctx.db
    .insert(screeningSettings)
    .values({ organizationId: ctx.orgId, ...patch, updatedBy: ctx.user.id })
    .onConflictDoUpdate({ target: screeningSettings.organizationId, set: { ...patch, updatedBy: ctx.user.id, updatedAt: new Date() } });
}

/** The latest published version of a network's catalogue. */
export async function latestPublished(db: Db, networkId: string): Promise<CatalogueVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(catalogueVersion)
    .where(and(eq(catalogueVersion.networkId, networkId), eq(catalogueVersion.status, "published")))
    .orderBy(desc(catalogueVersion.version))
    .limit(1);
  return row;
}

/** The organisation's latest catalogue version. */
export async function latestOrgVersion(db: Db, orgId: string): Promise<CatalogueVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(catalogueVersion)
    .where(eq(catalogueVersion.organizationId, orgId))
    .orderBy(desc(catalogueVersion.version))
    .limit(1);
  return row;
}

/** A new organisation version; undefined when another writer took that version number first. */
export async function insertOrgVersion(
  ctx: Ctx,
  values: Omit<typeof catalogueVersion.$inferInsert, "organizationId" | "scope" | "createdBy" | "publishedBy">,
): Promise<CatalogueVersionRow | undefined> {
  const [row] = await ctx.db
    .insert(catalogueVersion)
    .values({ ...values, scope: "organization", organizationId: ctx.orgId, createdBy: ctx.user.id, publishedBy: ctx.user.id })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** One of the organisation's catalogue versions. */
export async function findOrgVersion(ctx: Ctx, id: string): Promise<CatalogueVersionRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(catalogueVersion)
    .where(and(eq(catalogueVersion.id, id), eq(catalogueVersion.organizationId, ctx.orgId)));
  return row;
}

/** A page of the organisation's catalogue versions, newest first, with the count of all. */
export async function pageOfOrgVersions(ctx: Ctx, page: { limit: number; offset: number }) {
  const where = eq(catalogueVersion.organizationId, ctx.orgId);
  const [rows, [{ total }]] = await Promise.all([
    ctx.db.select().from(catalogueVersion).where(where).orderBy(desc(catalogueVersion.version)).limit(page.limit).offset(page.offset),
    ctx.db.select({ total: sql<number>`count(*)::int` }).from(catalogueVersion).where(where),
  ]);
  return { rows, total: Number(total) };
}

/** The network and version number of network catalogue versions, by version id. */
export async function networkVersionsById(
  db: Db,
  ids: string[],
): Promise<Map<string, { networkId: string; networkName: string; version: number }>> {
  const out = new Map<string, { networkId: string; networkName: string; version: number }>();
  if (!ids.length) return out;
  const rows = await db
    .select({ id: catalogueVersion.id, version: catalogueVersion.version, networkId: network.id, name: network.name })
    .from(catalogueVersion)
    .innerJoin(network, eq(network.id, catalogueVersion.networkId))
    .where(inArray(catalogueVersion.id, ids));
  for (const r of rows) out.set(r.id, { networkId: r.networkId, networkName: r.name, version: r.version });
  return out;
}

// A network's catalogue: one draft at a time, published versions never change. Scoped by the network (the caller
// checked the user's relation to it).

/** The network's open draft, if any. */
export async function networkDraft(db: Db, networkId: string): Promise<CatalogueVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(catalogueVersion)
    .where(and(eq(catalogueVersion.networkId, networkId), eq(catalogueVersion.status, "draft")));
  return row;
}

/** The number the network's next version gets. */
export async function nextNetworkVersion(db: Db, networkId: string): Promise<number> {
  const [row] = await db
    .select({ v: sql<number>`coalesce(max(${catalogueVersion.version}), 0)::int` })
    .from(catalogueVersion)
    .where(eq(catalogueVersion.networkId, networkId));
  return Number(row.v) + 1;
}

/** A page of the network's versions, newest first: the published ones, and the draft `withDraft`. */
export async function networkVersionPage(db: Db, networkId: string, q: { withDraft: boolean; limit: number; offset: number }) {
  const where = q.withDraft
    ? eq(catalogueVersion.networkId, networkId)
    : and(eq(catalogueVersion.networkId, networkId), eq(catalogueVersion.status, "published"));
  const [rows, [{ total }]] = await Promise.all([
    db.select().from(catalogueVersion).where(where).orderBy(desc(catalogueVersion.version)).limit(q.limit).offset(q.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(catalogueVersion).where(where),
  ]);
  return { rows, total: Number(total) };
}

export async function insertNetworkDraft(
  db: Db,
  networkId: string,
  values: Pick<typeof catalogueVersion.$inferInsert, "version" | "content" | "baseVersionId" | "contentHash" | "createdBy">,
): Promise<CatalogueVersionRow> {
  const [row] = await db
    .insert(catalogueVersion)
    .values({ ...values, scope: "network", networkId, status: "draft" })
    .returning();
  return row;
}

/** Changes the network's open draft; undefined when there is none. */
export async function updateNetworkDraft(
  db: Db,
  networkId: string,
  set: Pick<typeof catalogueVersion.$inferInsert, "content" | "note" | "contentHash" | "createdBy">,
): Promise<CatalogueVersionRow | undefined> {
  const [row] = await db
    .update(catalogueVersion)
    .set(set)
    .where(and(eq(catalogueVersion.networkId, networkId), eq(catalogueVersion.status, "draft")))
    .returning();
  return row;
}

/** Deletes the network's open draft; whether there was one. */
export async function deleteNetworkDraft(db: Db, networkId: string): Promise<boolean> {
  const gone = await db
    .delete(catalogueVersion)
    .where(and(eq(catalogueVersion.networkId, networkId), eq(catalogueVersion.status, "draft")))
    .returning({ id: catalogueVersion.id });
  return gone.length > 0;
}

/** Publishes the network's open draft; undefined when there is none. */
export async function publishNetworkDraft(db: Db, networkId: string, userId: string): Promise<CatalogueVersionRow | undefined> {
  const [row] = await db
    .update(catalogueVersion)
    .set({ status: "published", publishedBy: userId, publishedAt: new Date() })
    .where(and(eq(catalogueVersion.networkId, networkId), eq(catalogueVersion.status, "draft")))
    .returning();
  return row;
}

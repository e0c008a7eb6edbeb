import { inTransaction, type Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { DEFAULT_RISK_CATALOGUE } from "./data/catalogue.js";
import type { CatalogueItem, CatalogueItemInput, CatalogueItemPatch } from "./risks.schema.js";
import {
  catalogueItems,
  catalogueSize,
  deleteCatalogueItem,
  findCatalogueItem,
  insertCatalogueItem,
  seedCatalogueItems,
  updateCatalogueItem,
  type CatalogueItemRow as ItemRow,
} from "./risks.repo.js";

const toItem = (r: ItemRow): CatalogueItem => ({
  id: r.id,
  key: r.key,
  title: r.title,
  description: r.description,
  suggestedMitigation: r.suggestedMitigation,
  defaultLikelihood: r.defaultLikelihood,
  defaultImpact: r.defaultImpact,
  position: r.position,
  archived: r.archived,
});

/** Seeds the brief's risks the first time an organisation needs its catalogue (deleted items stay deleted). */
export async function ensureCatalogue(db: Db, orgId: string): Promise<void> {
  const { n } = await catalogueSize(db, orgId);
  if (n > 0) return;
  await seedCatalogueItems(
    db,
    orgId,
    DEFAULT_RISK_CATALOGUE.map((r, i) => ({ ...r, position: (i + 1) * 10 })),
  );
}

/** The organisation's risk catalogue in its order (archived items included, marked). */
export async function listCatalogue(ctx: Ctx): Promise<{ items: CatalogueItem[] }> {
  await ensureCatalogue(ctx.db, ctx.orgId);
  const rows = await catalogueItems(ctx.db, ctx.orgId);
  return { items: rows.map(toItem) };
}

async function load(ctx: Ctx, id: string): Promise<ItemRow> {
  const row = await findCatalogueItem(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Risk catalogue item");
  return row;
}

/** Adds the organisation's own risk to its catalogue. */
export async function createItem(ctx: Ctx, input: CatalogueItemInput): Promise<CatalogueItem> {
  requireRole(ctx, "member");
  await ensureCatalogue(ctx.db, ctx.orgId);
  const { max } = await catalogueSize(ctx.db, ctx.orgId);
  return inTransaction(ctx, async (tx) => {
    const row = await insertCatalogueItem(tx.db, ctx.orgId, { ...input, key: null, position: max + 10 });
    await audit(tx, {
      action: "create",
      entityType: "risk_catalogue_item",
      entityId: row.id,
      summary: `Added risk ${row.title} to the catalogue`,
    });
    return toItem(row);
  });
}

/** Changes, reorders or archives a catalogue item (existing risks keep their own title and scores). */
export async function updateItem(ctx: Ctx, id: string, patch: CatalogueItemPatch): Promise<CatalogueItem> {
  const before = await load(ctx, id);
  requireRole(ctx, "member");
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as CatalogueItemPatch;
  return inTransaction(ctx, async (tx) => {
    const row = await updateCatalogueItem(tx.db, ctx.orgId, id, { ...given, updatedAt: new Date() });
    await audit(tx, {
      action: "update",
      entityType: "risk_catalogue_item",
      entityId: id,
      summary: `Changed catalogue risk ${before.title}`,
      details: { fields: Object.keys(given) },
    });
    return toItem(row);
  });
}

/** Removes a catalogue item; risks made from it stay in their registers as custom risks. */
export async function deleteItem(ctx: Ctx, id: string): Promise<void> {
  const before = await load(ctx, id);
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    await deleteCatalogueItem(tx.db, ctx.orgId, id);
    await audit(tx, {
      action: "delete",
      entityType: "risk_catalogue_item",
      entityId: id,
      summary: `Removed risk ${before.title} from the catalogue`,
      details: { key: before.key },
    });
  });
}

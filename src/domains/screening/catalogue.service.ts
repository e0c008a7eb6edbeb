import { createHash } from "node:crypto";
import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { networksOfOrg } from "../networks/networks.service.js";
import { applyOverrides } from "./catalogue.apply.js";
import type {
  CatalogueBase,
  CatalogueContent,
  Criterion,
  EffectiveCriterion,
  ExcludedSector,
  Override,
  OverrideInput,
  OrgCatalogueSettings,
  OrgCatalogueVersion,
} from "./catalogue.schema.js";
import type { ScreeningRow } from "./screening.repo.js";
import {
  findOrgVersion,
  insertOrgVersion,
  latestOrgVersion,
  latestPublished,
  loadSettings,
  networkVersionsById,
  pageOfOrgVersions,
  saveSettings,
  type CatalogueVersionRow,
  type StoredCatalogue,
} from "./catalogue.repo.js";
import { DEFAULT_CATALOGUE } from "./data/criteria.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function hashOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

type Base =
  | { kind: "builtin"; content: CatalogueContent }
  | { kind: "network"; content: CatalogueContent; networkId: string; networkName: string; version: CatalogueVersionRow };

/**
 * What the organisation's catalogue builds on: the latest published catalogue of the network it adopted, or
 * (none adopted) of its first network, by name, that published one; otherwise the built-in default.
 */
async function resolveBase(db: Db, orgId: string, adoptedNetworkId: string | null): Promise<Base> {
  const nets = await networksOfOrg(db, orgId);
  const adopted = nets.find((n) => n.id === adoptedNetworkId);
  for (const n of adopted ? [adopted] : nets) {
    const v = await latestPublished(db, n.id);
    if (v) return { kind: "network", content: v.content as CatalogueContent, networkId: n.id, networkName: n.name, version: v };
  }
  return { kind: "builtin", content: DEFAULT_CATALOGUE };
}

/** Serialises organisation versions with their base described. */
export async function toOrgVersions(db: Db, rows: CatalogueVersionRow[]): Promise<OrgCatalogueVersion[]> {
  const nets = await networkVersionsById(db, [...new Set(rows.map((r) => r.baseVersionId).filter((x): x is string => !!x))]);
  return rows.map((r) => {
    const n = r.baseVersionId ? nets.get(r.baseVersionId) : undefined;
    const base: CatalogueBase = n
      ? { kind: "network", networkId: n.networkId, networkName: n.networkName, versionId: r.baseVersionId, version: n.version }
      : { kind: "builtin", networkId: null, networkName: null, versionId: null, version: null };
    const content = r.content;
    return {
      id: r.id,
      version: r.version,
      base,
      criteria: content.criteria.map((c) => ({ origin: "base", ...c }) as EffectiveCriterion),
      disabled: content.disabled ?? [],
      excludedSectors: content.excludedSectors,
      overrides: r.overrides ?? [],
      warnings: r.warnings ?? [],
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/**
 * The organisation's effective catalogue as a stored version: base plus overrides. When either changed
 * since the latest version, a new version is written, so every screening can point at the exact one it used.
 */
export async function currentOrgVersion(ctx: Ctx): Promise<CatalogueVersionRow> {
  const settings = await loadSettings(ctx.db, ctx.orgId);
  const base = await resolveBase(ctx.db, ctx.orgId, settings.adoptedNetworkId);
  const eff = applyOverrides(base.content, settings.overrides, settings.excludedSectors);
  const content: StoredCatalogue = { criteria: eff.criteria, excludedSectors: eff.excludedSectors, disabled: eff.disabled };
  const baseVersionId = base.kind === "network" ? base.version.id : null;
  const contentHash = hashOf({ baseKind: base.kind, baseVersionId, content });
  for (let attempt = 0; attempt < 3; attempt++) {
    const latest = await latestOrgVersion(ctx.db, ctx.orgId);
    if (latest && latest.contentHash === contentHash) return latest;
    const row = await insertOrgVersion(ctx, {
      version: (latest?.version ?? 0) + 1,
      status: "published",
      content,
      baseKind: base.kind,
      baseVersionId,
      overrides: settings.overrides,
      warnings: eff.warnings,
      contentHash,
      publishedAt: new Date(),
    });
    if (row) return row;
  }
  throw new AppError("conflict", "The catalogue changed while it was being read; try again.");
}

/** GET the effective catalogue. */
export async function effective(ctx: Ctx): Promise<OrgCatalogueVersion> {
  return (await toOrgVersions(ctx.db, [await currentOrgVersion(ctx)]))[0];
}

/** One of the organisation's catalogue versions (404 for other organisations' versions). */
export async function orgVersion(ctx: Ctx, id: string): Promise<CatalogueVersionRow> {
  if (!UUID.test(id)) throw notFound("Catalogue version");
  const row = await findOrgVersion(ctx, id);
  if (!row) throw notFound("Catalogue version");
  return row;
}

export async function getVersion(ctx: Ctx, id: string): Promise<OrgCatalogueVersion> {
  return (await toOrgVersions(ctx.db, [await orgVersion(ctx, id)]))[0];
}

/** The organisation's catalogue versions, newest first. */
export async function listVersions(ctx: Ctx, page: { limit: number; offset: number }) {
  await currentOrgVersion(ctx);
  const { rows, total } = await pageOfOrgVersions(ctx, page);
  return { items: await toOrgVersions(ctx.db, rows), total, ...page };
}

/** The organisation's adoption and overrides, with the networks it could adopt. */
export async function settings(ctx: Ctx): Promise<OrgCatalogueSettings> {
  const s = await loadSettings(ctx.db, ctx.orgId);
  const nets = await networksOfOrg(ctx.db, ctx.orgId);
  const networks = [];
  for (const n of nets) networks.push({ id: n.id, name: n.name, publishedVersion: (await latestPublished(ctx.db, n.id))?.version ?? null });
  return { adoptedNetworkId: s.adoptedNetworkId, overrides: s.overrides, excludedSectors: s.excludedSectors, networks };
}

/** Adopts a network's catalogue (null: the first network with a published catalogue, or the default). Admins. */
export async function adopt(ctx: Ctx, networkId: string | null): Promise<OrgCatalogueVersion> {
  requireRole(ctx, "admin");
  if (networkId && !(await networksOfOrg(ctx.db, ctx.orgId)).some((n) => n.id === networkId)) throw notFound("Network");
  return inTransaction(ctx, async (tx) => {
    await saveSettings(tx, { adoptedNetworkId: networkId });
    await audit(tx, {
      action: "settings",
      entityType: "screening_catalogue",
      summary: networkId ? "Adopted a network's screening catalogue" : "Screening catalogue follows the default",
      details: { networkId },
    });
    return effective(tx);
  });
}

/** Adds, disables or re-weights one criterion for the organisation. Admins. */
export async function putOverride(ctx: Ctx, key: string, input: OverrideInput): Promise<OrgCatalogueVersion> {
  requireRole(ctx, "admin");
  if (!/^[a-z][a-z0-9_]{1,59}$/.test(key))
    throw new AppError("validation", "Not a valid criterion key.", {
      errors: [{ path: "key", message: "Use 2–60 lower-case letters, digits and underscores." }],
    });
  return inTransaction(ctx, async (tx) => {
    const s = await loadSettings(tx.db, ctx.orgId);
    const base = await resolveBase(tx.db, ctx.orgId, s.adoptedNetworkId);
    const inBase = base.content.criteria.some((c) => c.key === key);
    if (input.mode !== "add" && !inBase) throw notFound("Criterion");
    if (input.mode === "add" && inBase)
      throw new AppError("conflict", `The catalogue already has a criterion ${key}; re-weight or disable it instead.`);
    const override: Override = { key, mode: input.mode, note: input.note };
    if (input.mode === "reweight") override.weight = input.weight;
    if (input.mode === "add" && input.criterion) override.criterion = { ...input.criterion, key };
    const overrides = [...s.overrides.filter((o) => o.key !== key), override];
    await saveSettings(tx, { overrides });
    await audit(tx, {
      action: "settings",
      entityType: "screening_catalogue",
      entityId: null,
      summary: `Catalogue override: ${input.mode} ${key}`,
      details: { override },
    });
    return effective(tx);
  });
}

/** Removes the organisation's override of one criterion. Admins. */
export async function deleteOverride(ctx: Ctx, key: string): Promise<void> {
  requireRole(ctx, "admin");
  await inTransaction(ctx, async (tx) => {
    const s = await loadSettings(tx.db, ctx.orgId);
    if (!s.overrides.some((o) => o.key === key)) throw notFound("Override");
    await saveSettings(tx, { overrides: s.overrides.filter((o) => o.key !== key) });
    await audit(tx, { action: "settings", entityType: "screening_catalogue", summary: `Removed catalogue override of ${key}` });
  });
}

/** Sets the organisation's own excluded sectors (null: those of the base catalogue). Admins. */
export async function setExcludedSectors(ctx: Ctx, excludedSectors: ExcludedSector[] | null): Promise<OrgCatalogueVersion> {
  requireRole(ctx, "admin");
  return inTransaction(ctx, async (tx) => {
    await saveSettings(tx, { excludedSectors });
    await audit(tx, {
      action: "settings",
      entityType: "screening_catalogue",
      summary: excludedSectors ? "Set the organisation's excluded sectors" : "Excluded sectors follow the base catalogue",
      details: { excludedSectors },
    });
    return effective(tx);
  });
}

/** The criteria of a catalogue version. */
export const criteriaOf = (v: CatalogueVersionRow): Criterion[] => v.content.criteria;

/** The catalogue version a screening used (rows written without one, e.g. by SQL in other domains' tests, get the current one). */
export async function versionOf(ctx: Ctx, row: Pick<ScreeningRow, "catalogueVersionId">): Promise<CatalogueVersionRow> {
  return row.catalogueVersionId ? orgVersion(ctx, row.catalogueVersionId) : currentOrgVersion(ctx);
}

import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { loadSettings, saveSettings } from "./catalogue.repo.js";
import { DOL_GOODS, DOL_GOODS_PROVENANCE } from "./data/dol-goods.js";
import { DEFAULT_SECTOR_RISKS } from "./data/sector-risks.js";
import type { SectorRisk, SectorRiskList } from "./sector-risk.schema.js";

/** The organisation's sector-risk list (the built-in default until it edits it). */
export async function sectorRisks(ctx: Ctx): Promise<SectorRiskList> {
  const s = await loadSettings(ctx.db, ctx.orgId);
  return { items: s.sectorRisks ?? DEFAULT_SECTOR_RISKS, customised: s.sectorRisks !== null };
}

/** Replaces the organisation's sector-risk list. Admins. */
export async function putSectorRisks(ctx: Ctx, items: SectorRisk[]): Promise<SectorRiskList> {
  requireRole(ctx, "admin");
  const sorted = [...items].sort((a, b) => a.naceCode.localeCompare(b.naceCode));
  return inTransaction(ctx, async (tx) => {
    await saveSettings(tx, { sectorRisks: sorted });
    await audit(tx, {
      action: "settings",
      entityType: "screening_sector_risk",
      summary: `Changed the sector-risk list (${sorted.length} sectors)`,
    });
    return { items: sorted, customised: true };
  });
}

/** Goes back to the built-in default sector-risk list. Admins. */
export async function resetSectorRisks(ctx: Ctx): Promise<void> {
  requireRole(ctx, "admin");
  await inTransaction(ctx, async (tx) => {
    await saveSettings(tx, { sectorRisks: null });
    await audit(tx, { action: "settings", entityType: "screening_sector_risk", summary: "Reset the sector-risk list to the default" });
  });
}

/** The goods × countries data the goods/country signal uses, with its provenance. */
export function goodsRisks() {
  return {
    provenance: { ...DOL_GOODS_PROVENANCE },
    items: DOL_GOODS.map((g) => ({
      key: g.key,
      good: g.good,
      sectors: g.sectors,
      countries: Object.entries(g.countries).map(([country, [childLabour, forcedLabour]]) => ({ country, childLabour, forcedLabour })),
    })),
  };
}

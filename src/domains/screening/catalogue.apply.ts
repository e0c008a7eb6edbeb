import type { CatalogueContent, Criterion, EffectiveCriterion, ExcludedSector, Override } from "./catalogue.schema.js";

export interface Effective {
  criteria: EffectiveCriterion[];
  disabled: Array<{ key: string; title: string }>;
  excludedSectors: ExcludedSector[];
  warnings: string[];
}

/**
 * An organisation's effective catalogue: the base (network version or built-in default) with the
 * organisation's overrides applied in order — disable leaves a criterion out, reweight changes its weight,
 * add appends one of its own. Overrides that no longer fit the base are reported, not fatal.
 */
export function applyOverrides(base: CatalogueContent, overrides: Override[], ownExcludedSectors: ExcludedSector[] | null): Effective {
  const warnings: string[] = [];
  const byKey = new Map<string, EffectiveCriterion>(base.criteria.map((c) => [c.key, { ...c, origin: "base" as const }]));
  const disabled: Array<{ key: string; title: string }> = [];
  for (const o of overrides) {
    const current = byKey.get(o.key);
    if (o.mode === "disable") {
      if (!current) warnings.push(`Disabling ${o.key} has no effect: the base catalogue has no such criterion.`);
      else {
        byKey.delete(o.key);
        disabled.push({ key: o.key, title: current.title });
      }
    } else if (o.mode === "reweight") {
      if (!current) warnings.push(`Re-weighting ${o.key} has no effect: the base catalogue has no such criterion.`);
      else if (o.weight !== undefined && o.weight !== current.weight)
        byKey.set(o.key, { ...current, weight: o.weight, origin: "reweighted", baseWeight: current.weight });
    } else if (o.criterion) {
      if (current) warnings.push(`Your criterion ${o.key} replaces the base catalogue's criterion of the same key.`);
      const own: Criterion = { ...o.criterion, key: o.key };
      byKey.set(o.key, { ...own, origin: "added" });
    }
  }
  return { criteria: [...byKey.values()], disabled, excludedSectors: ownExcludedSectors ?? base.excludedSectors, warnings };
}

import countries from "i18n-iso-countries";
import type { ExcludedSector } from "./catalogue.schema.js";
import { DOL_GOODS, DOL_GOODS_PROVENANCE, type DolGood } from "./data/dol-goods.js";
import type { SectorRisk } from "./sector-risk.schema.js";
import type { Signal, SupplyChain } from "./screening.schema.js";

// Signals computed from data alone (no database): sector risk, goods/country risk, excluded sectors.

/** The company data signal providers see. */
export interface ScreenedCompany {
  id: string;
  name: string;
  otherNames: string[];
  country: string;
  registrationId: string | null;
  website: string | null;
  naceCode: string | null;
  tags: string[];
}

export const SIGNAL_POINTS = {
  sectorHigh: 15,
  sectorMedium: 8,
  goodsForcedLabour: 10,
  goodsChildLabour: 6,
  goodsExposure: 2,
  excludedSector: 40,
  ownBlack: 25,
  ownWhite: -10,
  networkBlack: 12,
  networkWhite: -5,
} as const;

/** True when a NACE code falls under a code or prefix ("81.21" under "81.2" and "81"). */
export function naceUnder(code: string | null, prefix: string): boolean {
  return !!code && /^\d{2}/.test(code) && code.startsWith(prefix);
}

const countryName = (iso: string) => countries.getName(iso, "en") ?? iso;
const linksOf = (sources: SectorRisk["sources"]) => sources.filter((s) => s.url).map((s) => ({ title: s.title, url: s.url! }));

/** The most specific sector-risk entry that covers the company's NACE code, as a signal. */
export function sectorRiskSignals(company: Pick<ScreenedCompany, "naceCode">, risks: SectorRisk[]): Signal[] {
  const match = risks.filter((r) => naceUnder(company.naceCode, r.naceCode)).sort((a, b) => b.naceCode.length - a.naceCode.length)[0];
  if (!match) return [];
  const high = match.level === "high";
  const cited = match.sources.map((s) => (s.publisher ? `${s.publisher}: ${s.title}` : s.title)).join("; ");
  return [
    {
      key: `sector_risk:${match.naceCode}`,
      source: "sector_risk",
      title: `${high ? "High" : "Elevated"}-risk sector: ${match.label} (NACE ${match.naceCode})`,
      detail: `${match.reason}${cited ? ` Sources: ${cited}.` : ""}`,
      code: high ? "sector_risk.high" : "sector_risk.elevated",
      params: { label: match.label, naceCode: match.naceCode, reason: match.reason, sources: cited },
      severity: high ? "high" : "medium",
      points: high ? SIGNAL_POINTS.sectorHigh : SIGNAL_POINTS.sectorMedium,
      links: linksOf(match.sources),
      data: { naceCode: match.naceCode, level: match.level },
    },
  ];
}

type Labour = "both" | "forced" | "child";
const labourKind = ([child, forced]: [boolean, boolean]): Labour => (child && forced ? "both" : forced ? "forced" : "child");
const LABOUR_EN: Record<Labour, string> = { both: "child labour and forced labour", forced: "forced labour", child: "child labour" };
const labourOf = (flags: [boolean, boolean]) => LABOUR_EN[labourKind(flags)];

/**
 * Goods of the DOL list the company may source (named in the screening, or implied by its sector), crossed
 * with the countries it is known to source from and its own country. A listed (good, country) pair is a
 * finding; a good implied by the sector without a known listed origin is an exposure to ask about.
 */
export function goodsCountrySignals(
  company: Pick<ScreenedCompany, "naceCode" | "country">,
  supplyChain: SupplyChain,
  goods: DolGood[] = DOL_GOODS,
): Signal[] {
  const named = new Set(supplyChain.goods);
  const relevant = goods.filter((g) => named.has(g.key) || g.sectors.some((s) => naceUnder(company.naceCode, s)));
  const origins = new Set([...supplyChain.sourcingCountries, company.country]);
  const link = [{ title: DOL_GOODS_PROVENANCE.title, url: DOL_GOODS_PROVENANCE.url }];
  const out: Signal[] = [];
  for (const g of relevant) {
    const hits = Object.entries(g.countries).filter(([iso]) => origins.has(iso));
    for (const [iso, flags] of hits) {
      const why =
        iso === company.country && !supplyChain.sourcingCountries.includes(iso) ? "the company's own country" : "a known sourcing country";
      out.push({
        key: `goods_country:${g.key}:${iso}`,
        source: "goods_country",
        title: `${g.good} from ${countryName(iso)}: listed for ${labourOf(flags)}`,
        detail: `${g.good} produced in ${countryName(iso)} (${why}) is on the US DOL List of Goods Produced by Child Labor or Forced Labor for ${labourOf(flags)}.`,
        // Goods keep the DOL list's English names (the source's own wording); countries travel as ISO codes.
        code: "goods_country.listed",
        params: {
          good: g.good,
          country: iso,
          labour: labourKind(flags),
          why: why === "the company's own country" ? "own_country" : "sourcing_country",
        },
        severity: flags[1] ? "high" : "medium",
        points: flags[1] ? SIGNAL_POINTS.goodsForcedLabour : SIGNAL_POINTS.goodsChildLabour,
        links: link,
        data: { good: g.key, country: iso, childLabour: flags[0], forcedLabour: flags[1], named: named.has(g.key) },
      });
    }
    if (!hits.length) {
      const listed = Object.keys(g.countries).map(countryName);
      out.push({
        key: `goods_country:${g.key}:exposure`,
        source: "goods_country",
        title: `May source ${g.good.toLowerCase()}: listed for ${listed.length} producing ${listed.length === 1 ? "country" : "countries"}`,
        detail: `${named.has(g.key) ? "The company sources" : "Companies in this sector often source"} ${g.good.toLowerCase()}, which the US DOL list names for child or forced labour in ${listed.join(", ")}. Ask where it comes from and record the sourcing countries.`,
        code: "goods_country.exposure",
        params: { good: g.good, count: listed.length, countries: Object.keys(g.countries).join(","), named: named.has(g.key) },
        severity: "low",
        points: SIGNAL_POINTS.goodsExposure,
        criterionKey: "sc_traceability_risk",
        links: link,
        data: { good: g.key, countries: Object.keys(g.countries), named: named.has(g.key) },
      });
    }
  }
  return out;
}

/** Excluded sectors of the catalogue the company's NACE code or tags fall into. */
export function excludedSectorSignals(company: Pick<ScreenedCompany, "naceCode" | "tags">, excluded: ExcludedSector[]): Signal[] {
  const tags = new Set(company.tags.map((t) => t.toLowerCase()));
  const out: Signal[] = [];
  for (const s of excluded) {
    const byCode = s.naceCodes.find((p) => naceUnder(company.naceCode, p));
    const byTag = s.tags.find((t) => tags.has(t.toLowerCase()));
    if (!byCode && !byTag) continue;
    out.push({
      key: `excluded_sector:${s.key}`,
      source: "excluded_sector",
      title: `Excluded sector: ${s.label}`,
      detail: byCode
        ? `The company's NACE code ${company.naceCode} falls under ${byCode}, which your catalogue excludes (${s.label}).`
        : `The company is tagged "${byTag}", which your catalogue treats as ${s.label}.`,
      code: byCode ? "excluded_sector.by_code" : "excluded_sector.by_tag",
      params: { sector: s.key, label: s.label, naceCode: company.naceCode, prefix: byCode ?? null, tag: byTag ?? null },
      severity: "critical",
      points: SIGNAL_POINTS.excludedSector,
      criterionKey: "excluded_sector",
      links: [],
      data: { sector: s.key, naceCode: byCode ?? null, tag: byTag ?? null },
    });
  }
  return out;
}

/** Whether a company probably has a supply chain worth the supply-chain questions, judged by its sector. */
export function guessHasSupplyChain(naceCode: string | null): boolean {
  if (!naceCode) return false;
  const division = Number(naceCode.slice(0, 2));
  // Agriculture to manufacturing (01–33), construction (41–43), wholesale and retail (45–47), food service (55–56).
  return (division >= 1 && division <= 33) || (division >= 41 && division <= 47) || division === 55 || division === 56;
}

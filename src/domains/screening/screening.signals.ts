import type { Ctx } from "../../platform/context.js";
import { log } from "../../platform/logger.js";
import type { ExcludedSector } from "./catalogue.schema.js";
import { matchesFor } from "./lists.service.js";
import { networkSignalKey } from "./lists.repo.js";
import { NETWORK_LIST_STORED_DETAIL } from "./signal-text.js";
import type { SectorRisk } from "./sector-risk.schema.js";
import type { Signal, SupplyChain } from "./screening.schema.js";
import { excludedSectorSignals, goodsCountrySignals, sectorRiskSignals, SIGNAL_POINTS, type ScreenedCompany } from "./signals.builtin.js";

export type { ScreenedCompany };

/**
 * A source of signals about a company, called when a screening is created and when its signals are refreshed.
 * Runs inside the caller's organisation context (`ctx.orgId`); must only read that organisation's data and
 * shared sources. Return [] when nothing is found. Signals are evidence, never verdicts: set `severity`
 * "critical" only for confirmed findings (e.g. a watchlist true match), and `criterionKey` to the criterion a
 * reviewer resolves the finding under (e.g. "no_crime_political_links" for watchlist hits).
 */
export type SignalProvider = (ctx: Ctx, company: ScreenedCompany) => Promise<Signal[]>;

const providers: SignalProvider[] = [];

/** Adds a signal provider (e.g. watchlist hits); returns a function that removes it again. */
export function registerSignalProvider(fn: SignalProvider): () => void {
  providers.push(fn);
  return () => {
    const i = providers.indexOf(fn);
    if (i >= 0) providers.splice(i, 1);
  };
}

/** Signals from the organisation's own lists and from entries other members shared into its networks. */
async function listSignals(ctx: Ctx, company: ScreenedCompany): Promise<Signal[]> {
  const m = await matchesFor(ctx, company);
  const out: Signal[] = [];
  for (const e of m.own) {
    const black = e.list === "black";
    out.push({
      key: `own_list:${e.id}`,
      source: "own_list",
      title: `On your ${e.list} list: ${e.companyName}`,
      detail: `${e.basis === "linked" ? "Linked to this company" : `Same name and country (${e.companyName}, ${e.country})`}. Reason: ${e.reason}`,
      code: `own_list.${e.list}`,
      params: { companyName: e.companyName, country: e.country, basis: e.basis, reason: e.reason },
      severity: black ? "high" : "low",
      points: black ? SIGNAL_POINTS.ownBlack : SIGNAL_POINTS.ownWhite,
      links: [],
      data: { list: e.list, entryId: e.id, basis: e.basis },
    });
  }
  for (const e of m.shared) {
    const black = e.list === "black";
    out.push({
      key: networkSignalKey(e.entryId),
      source: "network_list",
      title: `${e.organizationName} has "${e.companyName}" on its ${e.list} list (shared in ${e.networkName})`,
      // The rationale lives in params.reason only; presentSignals() builds the sentence when the screening is shown.
      detail: NETWORK_LIST_STORED_DETAIL,
      code: `network_list.${e.list}`,
      params: { organizationName: e.organizationName, companyName: e.companyName, networkName: e.networkName, reason: e.reason || null },
      severity: black ? "medium" : "low",
      points: black ? SIGNAL_POINTS.networkBlack : SIGNAL_POINTS.networkWhite,
      links: [],
      data: {
        list: e.list,
        companyName: e.companyName,
        country: e.country,
        organizationName: e.organizationName,
        networkName: e.networkName,
        mode: e.mode,
        sharedAt: e.sharedAt,
        ...(e.reason ? { reason: e.reason } : {}),
      },
    });
  }
  return out;
}

/** Every signal about the company: built-in sources, then registered providers (a failing provider is reported, not fatal). */
export async function collectSignals(
  ctx: Ctx,
  company: ScreenedCompany,
  opts: { excludedSectors: ExcludedSector[]; sectorRisks: SectorRisk[]; supplyChain: SupplyChain },
): Promise<Signal[]> {
  const signals: Signal[] = [
    ...excludedSectorSignals(company, opts.excludedSectors),
    ...sectorRiskSignals(company, opts.sectorRisks),
    ...goodsCountrySignals(company, opts.supplyChain),
    ...(await listSignals(ctx, company)),
  ];
  for (const [i, provider] of providers.entries()) {
    try {
      signals.push(...(await provider(ctx, company)));
    } catch (err) {
      log.warn("screening signal provider failed", { error: err instanceof Error ? err.message : String(err) });
      signals.push({
        key: `provider_error:${i}`,
        source: "system",
        title: "A signal source could not be checked",
        detail: "One of the automatic checks failed; refresh the signals later. The failure is in the server log.",
        code: "system.provider_error",
        params: {},
        severity: "info",
        points: 0,
        links: [],
      });
    }
  }
  const seen = new Set<string>();
  return signals.filter((s) => !seen.has(s.key) && seen.add(s.key));
}

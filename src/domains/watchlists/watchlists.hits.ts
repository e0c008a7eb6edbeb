import { DEFAULT_THRESHOLD } from "../../matching/compare.js";
import { MATCHING_ENGINE_ID } from "../../matching/version.js";
import { inTransaction, type Ctx } from "../../platform/context.js";
import { notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { findCompany, userNames } from "../companies/companies.repo.js";
import type { Signal } from "../screening/screening.schema.js";
import * as screenings from "../screening/screening.service.js";
import type { ScreenedCompany } from "../screening/screening.signals.js";
import { screenerFor, type IndexedMatch, type Screener } from "./watchlists.index-cache.js";
import type { Judgement, JudgementInput, WatchlistCheck, WatchlistHit } from "./watchlists.schema.js";
import { toMatch } from "./watchlists.screen.js";
import { contentHashes, insertJudgement, judgementsOf, visibleEntity } from "./watchlists.repo.js";

// Watchlist hits of a company: every name of the company (name and other names) screened against every
// list the organisation sees. A reviewer judges a hit true match or false positive; the judgement holds
// while the list entry's content hash is the one judged, so a false positive stays quiet until the list
// changes that entry.

/** Risk points and severity a hit brings into a screening. */
export const HIT_POINTS = { open: 30, confirmed: 50 } as const;
const CRITERION = "no_crime_political_links";

type CompanyNames = Pick<ScreenedCompany, "id" | "name" | "otherNames" | "country">;

/** The company's hits (score ≥ threshold), best first, with the standing judgement of each, and what was checked. */
export async function companyHits(ctx: Ctx, company: CompanyNames): Promise<{ hits: WatchlistHit[]; checked: WatchlistCheck }> {
  const screener = await screenerFor(ctx.database, ctx.orgId);
  const checked = screener.checked();
  return { hits: screener.empty ? [] : await hitsWith(ctx, screener, company), checked };
}

async function hitsWith(ctx: Ctx, screener: Screener, company: CompanyNames): Promise<WatchlistHit[]> {
  const best = new Map<number, IndexedMatch & { queryName: string }>();
  for (const name of [company.name, ...company.otherNames]) {
    if (!name.trim()) continue;
    for (const m of screener.search({ name, country: company.country, type: "company" }, { limit: 10 })) {
      const prev = best.get(m.entityId);
      if (m.match && (!prev || m.score > prev.score)) best.set(m.entityId, { ...m, queryName: name });
    }
  }
  if (!best.size) return [];
  const ids = [...best.keys()];
  const hashes = new Map((await contentHashes(ctx.db, ids)).map((r) => [r.id, r.hash]));
  const judged = await judgementsOf(ctx.db, ctx.orgId, company.id, ids);
  const latest = new Map<number, (typeof judged)[number]>();
  for (const j of judged) if (!latest.has(j.watchlistEntityId)) latest.set(j.watchlistEntityId, j);
  const names = await userNames(
    ctx.db,
    judged.map((j) => j.judgedBy),
  );
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.entityId - b.entityId)
    .map((m) => {
      const j = latest.get(m.entityId);
      const standing = j && j.contentHash === hashes.get(m.entityId) ? j : undefined;
      const judgement: Judgement | null = standing
        ? {
            verdict: standing.verdict,
            note: standing.note,
            judgedBy: standing.judgedBy ? { id: standing.judgedBy, name: names.get(standing.judgedBy) ?? "(former user)" } : null,
            judgedAt: standing.judgedAt.toISOString(),
            score: standing.score,
            threshold: standing.threshold,
            engine: standing.engine,
          }
        : null;
      return {
        ...toMatch(m),
        entityId: m.entityId,
        type: m.type,
        queryName: m.queryName,
        judgement,
        entryChangedSinceJudgement: !!j && !standing,
        suppressed: judgement?.verdict === "false_positive",
      };
    });
}

/** GET /companies/{id}/watchlist-hits: the hits of one of the organisation's companies. */
export async function hitsOfCompany(ctx: Ctx, companyId: string) {
  const found = await findCompany(ctx.db, ctx.orgId, companyId);
  if (!found) throw notFound("Company");
  const { hits, checked } = await companyHits(ctx, found.c);
  return { companyId, threshold: DEFAULT_THRESHOLD, checked, hits };
}

function signalOf(hit: WatchlistHit): Signal {
  const where = `"${hit.name}" on ${hit.list} (${hit.sourceId})`;
  const why = hit.explanations.map((e) => e.detail).join("; ");
  // The threshold and the engine version travel with the hit, so the screening page can say where a match
  // starts and an old decision stays explainable after the engine changes.
  const data = { ...hit, threshold: DEFAULT_THRESHOLD, engine: MATCHING_ENGINE_ID } as unknown as Record<string, unknown>;
  const base = { key: `watchlist:${hit.entityId}`, source: "watchlist", criterionKey: CRITERION, links: [], data };
  // Codes and params let the web app say the same in the user's language (the explanations stay in `data`).
  const params = {
    name: hit.name,
    list: hit.list,
    sourceId: hit.sourceId,
    score: hit.score,
    queryName: hit.queryName,
    note: hit.judgement?.note || null,
    changed: hit.entryChangedSinceJudgement,
  };
  if (hit.judgement?.verdict === "true_match") {
    return {
      ...base,
      title: `On a sanctions list: ${where}`,
      detail: `Confirmed as a true match${hit.judgement.note ? `: ${hit.judgement.note}` : ""}. Score ${hit.score} (${why}).`,
      severity: "critical",
      points: HIT_POINTS.confirmed,
      code: "watchlist.true_match",
      params,
    };
  }
  if (hit.suppressed) {
    return {
      ...base,
      title: `Set aside as a false positive: ${where}`,
      detail: `Judged not the same party${hit.judgement?.note ? `: ${hit.judgement.note}` : ""}. It alerts again if the list changes this entry.`,
      severity: "info",
      points: 0,
      code: "watchlist.false_positive",
      params,
    };
  }
  const again = hit.entryChangedSinceJudgement ? " The list entry changed since it was last judged." : "";
  return {
    ...base,
    title: `Possible sanctions-list match: ${where}`,
    detail: `"${hit.queryName}" scores ${hit.score} against it (${why}). Check whether it is the same party and mark it true match or false positive.${again}`,
    severity: "high",
    points: HIT_POINTS.open,
    code: "watchlist.possible",
    params,
  };
}

/** The screening signal provider: one signal per hit; false positives come back set aside, not alerting. */
export async function watchlistSignals(ctx: Ctx, company: ScreenedCompany): Promise<Signal[]> {
  return (await companyHits(ctx, company)).hits.map(signalOf);
}

/**
 * Records a judgement on a hit of the screened company, remembered for that company and list entry while
 * the entry is unchanged. A draft screening's signals are refreshed at once. Members.
 */
export async function judgeHit(ctx: Ctx, screeningId: string, entityId: number, input: JudgementInput) {
  requireRole(ctx, "member");
  const s = await screenings.get(ctx, screeningId);
  const entity = await visibleEntity(ctx.db, ctx.orgId, entityId);
  if (!entity) throw notFound("Watchlist entry");
  // The hit as the screening shows it: its score, the threshold and the engine that scored it.
  const shown = s.signals.find((x) => x.key === `watchlist:${entity.id}`)?.data as
    | { score?: number; threshold?: number; engine?: string }
    | undefined;
  const scored = {
    score: typeof shown?.score === "number" ? shown.score : null,
    threshold: typeof shown?.threshold === "number" ? shown.threshold : DEFAULT_THRESHOLD,
    engine: typeof shown?.engine === "string" ? shown.engine : shown ? null : MATCHING_ENGINE_ID,
  };
  const row = await inTransaction(ctx, async (tx) => {
    const j = await insertJudgement(tx.db, ctx.orgId, {
      companyId: s.company.id,
      watchlistEntityId: entity.id,
      contentHash: entity.contentHash,
      verdict: input.verdict,
      note: input.note,
      judgedBy: ctx.user.id,
      ...scored,
    });
    await audit(tx, {
      action: "create",
      entityType: "watchlist_judgement",
      entityId: j.id,
      summary: `Marked ${entity.list} entry ${entity.sourceId} as ${input.verdict === "true_match" ? "a true match" : "a false positive"} for ${s.company.name}`,
      details: { screeningId, companyId: s.company.id, watchlistEntityId: entity.id, verdict: input.verdict, ...scored },
    });
    return j;
  });
  if (s.status === "draft") await screenings.refreshSignals(ctx, screeningId);
  return {
    id: row.id,
    companyId: s.company.id,
    entityId: entity.id,
    list: entity.list,
    sourceId: entity.sourceId,
    contentHash: row.contentHash,
    verdict: row.verdict,
    note: row.note,
    judgedBy: { id: ctx.user.id, name: ctx.user.name },
    judgedAt: row.judgedAt.toISOString(),
    score: row.score,
    threshold: row.threshold,
    engine: row.engine,
  };
}

import { and, desc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import type { KnowledgeLanguage } from "./knowledge.constants.js";
import { type Reader, visibleTo } from "./knowledge.repo.js";
import { knowledgeItem } from "./knowledge.table.js";
import { type ItemWording, wordingSections } from "./knowledge.wording.js";

// The hub items that offer the proposal builder wording (sections named after its steps, see knowledge.wording.ts).

export type WordingSource = "organization" | "network" | "built_in";

export interface WordingItem {
  id: string;
  title: string;
  language: KnowledgeLanguage;
  source: WordingSource;
  /** How many of the proposal's mode and sector tags the item carries. */
  matched: number;
  /** Mode tags the item carries. */
  modes: string[];
  wording: ItemWording;
}

const TIER: Record<WordingSource, number> = { organization: 0, network: 1, built_in: 2 };

/**
 * The hub items offering proposal wording to an organisation, best first: templates and practice guides in the
 * language, that are the organisation's own, shared with a network it belongs to, or built in (another
 * organisation's public items are not offered), and tagged with one of the proposal's modes, the company's sector
 * or the need `presenting` — but not with only other modes or only other sectors. Order: the organisation's own,
 * then its networks', then built-in ones; within each, the item matching more of the modes and sector first, then
 * the most recently changed. Items with no wording section are left out.
 */
export async function wordingItems(
  db: Db,
  r: Reader,
  q: { language: KnowledgeLanguage; modes: string[]; sectorTags: string[] },
  limit = 60,
): Promise<WordingItem[]> {
  const modeTags = q.modes.map((m) => `mode:${m}`);
  const wanted = [...modeTags, ...q.sectorTags, "presenting"];
  const rows = await db
    .select({
      id: knowledgeItem.id,
      title: knowledgeItem.title,
      language: knowledgeItem.language,
      body: knowledgeItem.body,
      tags: knowledgeItem.tags,
      organizationId: knowledgeItem.organizationId,
      builtInKey: knowledgeItem.builtInKey,
      updatedAt: knowledgeItem.updatedAt,
    })
    .from(knowledgeItem)
    .where(
      and(
        visibleTo(r),
        inArray(knowledgeItem.kind, ["template", "practice_guide"]),
        eq(knowledgeItem.language, q.language),
        or(eq(knowledgeItem.organizationId, r.orgId), isNotNull(knowledgeItem.builtInKey), eq(knowledgeItem.scope, "network")),
        sql`${knowledgeItem.tags} && ${sql.param(wanted)}::text[]`,
      ),
    )
    .orderBy(desc(knowledgeItem.updatedAt))
    .limit(limit);
  const items: Array<WordingItem & { at: number }> = [];
  for (const row of rows) {
    const modes = row.tags.filter((t) => t.startsWith("mode:"));
    const sectors = row.tags.filter((t) => t.startsWith("sector:"));
    const modeHits = modes.filter((t) => modeTags.includes(t)).length;
    const sectorHits = sectors.filter((t) => q.sectorTags.includes(t)).length;
    // Tagged for other modes only, or for other sectors only: written for someone else.
    if ((modes.length && !modeHits) || (sectors.length && !sectorHits)) continue;
    const wording = wordingSections(row.body);
    if (!Object.keys(wording.steps).length) continue;
    const source: WordingSource = row.organizationId === r.orgId ? "organization" : row.builtInKey ? "built_in" : "network";
    items.push({
      id: row.id,
      title: row.title,
      language: row.language,
      source,
      matched: modeHits + (sectorHits ? 1 : 0),
      modes: modes.map((t) => t.slice(5)),
      wording,
      at: row.updatedAt.getTime(),
    });
  }
  items.sort((a, b) => TIER[a.source] - TIER[b.source] || b.matched - a.matched || b.at - a.at || a.id.localeCompare(b.id));
  return items.map(({ at: _at, ...i }) => i);
}

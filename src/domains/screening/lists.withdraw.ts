import { createHash } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../platform/db.js";
import { networkMember } from "../networks/networks.table.js";
import { listShare } from "./lists.table.js";
import { screening } from "./screening.table.js";
import { NETWORK_LIST_STORED_DETAIL } from "./signal-text.js";

// A screening keeps the signals it was computed with (and a decided one its risk summary), so an entry another
// organisation once shared *with its rationale* would keep showing that rationale in the peers' screenings after
// the sharer narrowed the share to name and decision, stopped sharing, or deleted the entry. The sharer's choice
// must win: these helpers take the rationale out of the stored copies. They write into other organisations'
// screenings on purpose — only the text of the sharer's own rationale; the signal, its points and any decision stay.

/** The key of the signal a shared entry gives other organisations' screenings (screening.signals.ts uses it too). */
export const networkSignalKey = (entryId: string) => `network_list:${createHash("sha256").update(entryId).digest("hex").slice(0, 12)}`;

/**
 * The JSON of one stored signal (or risk factor) without the rationale. The rationale is a structured field —
 * params.reason, data.reason (data.mode becomes name_and_decision) and, on a risk factor, signal.params.reason —
 * so nulling those fields is the whole withdrawal; no sentence is parsed. The stored detail is reset to the
 * rationale-free text too, which also cleans screenings stored while the sentence still quoted the rationale.
 * jsonb_set with create_missing = false leaves absent paths alone, so one expression serves signals and factors.
 */
function scrubbed(x: SQL) {
  const detail = sql`jsonb_set(${x}, '{detail}', to_jsonb(${NETWORK_LIST_STORED_DETAIL}::text), false)`;
  const data = sql`jsonb_set(${detail} #- '{data,reason}', '{data,mode}', '"name_and_decision"'::jsonb, false)`;
  return sql`jsonb_set(jsonb_set(${data}, '{params,reason}', 'null'::jsonb, false), '{signal,params,reason}', 'null'::jsonb, false)`;
}

/**
 * Takes an entry's rationale out of the screenings of every organisation that no longer receives it with
 * rationale (through any network). Call after the share was narrowed or removed, or the entry deleted, in the
 * same transaction. Returns how many screenings changed.
 */
export async function withdrawSharedRationale(db: Db, sharerOrgId: string, entryId: string): Promise<number> {
  const key = networkSignalKey(entryId);
  // The element aliases of the two jsonb_array_elements below.
  const s = sql.raw("s");
  const f = sql.raw("f");
  const stillWithRationale = sql`select ${networkMember.organizationId} from ${listShare} join ${networkMember} on ${networkMember.networkId} = ${listShare.networkId} and ${networkMember.status} = 'active'
    where ${listShare.entryId} = ${entryId} and ${listShare.mode} = 'with_rationale'`;
  const rows = await db.execute(sql`
    update ${screening} set
      signals = (select jsonb_agg(case when s->>'key' = ${key} then ${scrubbed(s)} else s end order by ord) from jsonb_array_elements(${screening.signals}) with ordinality as x(s, ord)),
      risk_summary = case when jsonb_typeof(${screening.riskSummary}->'factors') = 'array' then jsonb_set(${screening.riskSummary}, '{factors}',
        coalesce((select jsonb_agg(case when f->>'key' = ${key} then ${scrubbed(f)} else f end order by ord) from jsonb_array_elements(${screening.riskSummary}->'factors') with ordinality as y(f, ord)), '[]'::jsonb))
        else ${screening.riskSummary} end
    where ${screening.signals} @> ${JSON.stringify([{ key }])}::jsonb
      and ${screening.organizationId} <> ${sharerOrgId}
      and ${screening.organizationId} not in (${stillWithRationale})
    returning ${screening.id}`);
  return (rows as unknown as { rows: unknown[] }).rows.length;
}

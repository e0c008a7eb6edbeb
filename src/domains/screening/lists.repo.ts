import { createHash } from "node:crypto";
import { and, asc, desc, eq, ilike, inArray, ne, or, sql, type SQL } from "drizzle-orm";
import { claimVersion } from "../../platform/precondition.js";
import { alias } from "drizzle-orm/pg-core";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { foldText } from "../../shared/text-fold.js";
import { organization } from "../auth/auth.table.js";
import { network, networkMember } from "../networks/networks.table.js";
import type { ListQuery, SharedQuery } from "./lists.schema.js";
import { listEntry, listShare } from "./lists.table.js";
import { screening } from "./screening.table.js";
import { NETWORK_LIST_STORED_DETAIL } from "./signal-text.js";

// Queries of black and white list entries and their network shares. An organisation's own entries are read within
// the caller's organisation; shared entries only through networks where both organisations are active members.

export type EntryRow = typeof listEntry.$inferSelect;
type EntryValues = Pick<EntryRow, "list" | "companyName" | "country" | "companyId" | "reason">;

/** Trigram similarity from which a list entry's name counts as the company's name. */
export const NAME_MATCH_THRESHOLD = 0.6;

/** The networks each of the organisation's entries is shared with, by network name. */
export async function sharesOf(ctx: Ctx, entryIds: string[]) {
  if (!entryIds.length) return [];
  return ctx.db
    .select({
      entryId: listShare.entryId,
      networkId: listShare.networkId,
      networkName: network.name,
      mode: listShare.mode,
      sharedBy: listShare.sharedBy,
      sharedAt: listShare.sharedAt,
    })
    .from(listShare)
    .innerJoin(network, eq(network.id, listShare.networkId))
    .where(and(eq(listShare.organizationId, ctx.orgId), inArray(listShare.entryId, entryIds)))
    .orderBy(asc(network.name));
}

/** One of the organisation's entries. */
export async function findEntry(ctx: Ctx, id: string): Promise<EntryRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(listEntry)
    .where(and(eq(listEntry.organizationId, ctx.orgId), eq(listEntry.id, id)));
  return row;
}

/** A page of the organisation's entries by company name, with the count of all. */
export async function pageOfEntries(ctx: Ctx, q: ListQuery): Promise<{ rows: EntryRow[]; total: number }> {
  const where: SQL[] = [eq(listEntry.organizationId, ctx.orgId)];
  if (q.list) where.push(eq(listEntry.list, q.list));
  if (q.companyId) where.push(eq(listEntry.companyId, q.companyId));
  if (q.q)
    where.push(
      or(
        ilike(listEntry.companyName, `%${q.q.replace(/[%_\\]/g, "\\$&")}%`),
        sql`${listEntry.searchName} like ${"%" + foldText(q.q) + "%"}`,
      )!,
    );
  const [rows, [{ total }]] = await Promise.all([
    ctx.db
      .select()
      .from(listEntry)
      .where(and(...where))
      .orderBy(asc(listEntry.companyName), asc(listEntry.id))
      .limit(q.limit)
      .offset(q.offset),
    ctx.db
      .select({ total: sql<number>`count(*)::int` })
      .from(listEntry)
      .where(and(...where)),
  ]);
  return { rows, total: Number(total) };
}

/** A new entry, written by the caller. */
export async function insertEntry(ctx: Ctx, values: EntryValues): Promise<EntryRow> {
  const [row] = await ctx.db
    .insert(listEntry)
    .values({
      ...values,
      organizationId: ctx.orgId,
      searchName: foldText(values.companyName),
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
    })
    .returning();
  return row!;
}

/** Changes an entry (its folded search name follows the company name), as changed by the caller. */
export async function updateEntry(ctx: Ctx, id: string, set: Partial<EntryValues>): Promise<EntryRow> {
  const [row] = await ctx.db
    .update(listEntry)
    .set({
      ...set,
      ...(set.companyName !== undefined ? { searchName: foldText(set.companyName) } : {}),
      updatedBy: ctx.user.id,
      updatedAt: new Date(),
    })
    .where(and(eq(listEntry.organizationId, ctx.orgId), eq(listEntry.id, id)))
    .returning();
  return row!;
}

/** Removes an entry (its shares go with it). */
export async function deleteEntry(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.delete(listEntry).where(and(eq(listEntry.organizationId, ctx.orgId), eq(listEntry.id, id)));
}

/** Shares an entry with a network, or changes the mode of its share there. */
export async function upsertShare(ctx: Ctx, entryId: string, networkId: string, mode: (typeof listShare.$inferSelect)["mode"]) {
  await ctx.db
    .insert(listShare)
    .values({ entryId, networkId, organizationId: ctx.orgId, mode, sharedBy: ctx.user.id })
    .onConflictDoUpdate({ target: [listShare.entryId, listShare.networkId], set: { mode, sharedBy: ctx.user.id, sharedAt: new Date() } });
}

/** Removes an entry's share with one network, or with every network; returns the networks it left. */
export async function deleteShares(ctx: Ctx, entryId: string, networkId?: string): Promise<string[]> {
  const where = [eq(listShare.organizationId, ctx.orgId), eq(listShare.entryId, entryId)];
  if (networkId) where.push(eq(listShare.networkId, networkId));
  const gone = await ctx.db
    .delete(listShare)
    .where(and(...where))
    .returning({ networkId: listShare.networkId });
  return gone.map((g) => g.networkId);
}

const sharer = alias(networkMember, "sharer_membership");
const viewer = alias(networkMember, "viewer_membership");

/**
 * Entries other organisations shared into networks where both they and the caller's organisation are active
 * members. The reason is only read for shares made with_rationale.
 */
function sharedWithOrg(ctx: Ctx, extra: SQL[]) {
  return ctx.db
    .select({
      entryId: listEntry.id,
      list: listEntry.list,
      companyName: listEntry.companyName,
      country: listEntry.country,
      organizationName: organization.name,
      networkId: network.id,
      networkName: network.name,
      mode: listShare.mode,
      sharedAt: listShare.sharedAt,
      reason: sql<string | null>`case when ${listShare.mode} = 'with_rationale' then ${listEntry.reason} else null end`,
    })
    .from(listShare)
    .innerJoin(listEntry, eq(listEntry.id, listShare.entryId))
    .innerJoin(network, eq(network.id, listShare.networkId))
    .innerJoin(organization, eq(organization.id, listEntry.organizationId))
    .innerJoin(
      sharer,
      and(eq(sharer.networkId, listShare.networkId), eq(sharer.organizationId, listEntry.organizationId), eq(sharer.status, "active")),
    )
    .innerJoin(viewer, and(eq(viewer.networkId, listShare.networkId), eq(viewer.organizationId, ctx.orgId), eq(viewer.status, "active")))
    .where(and(ne(listEntry.organizationId, ctx.orgId), ...extra));
}

export type SharedRow = Awaited<ReturnType<typeof sharedWithOrg>>[number];

/** Every entry shared with the organisation (filtered by list and folded name), by company, network and newest share. */
export async function sharedEntries(ctx: Ctx, q: Pick<SharedQuery, "list" | "q">): Promise<SharedRow[]> {
  const extra: SQL[] = [];
  if (q.list) extra.push(eq(listEntry.list, q.list));
  if (q.q) extra.push(sql`${listEntry.searchName} like ${"%" + foldText(q.q) + "%"}`);
  return sharedWithOrg(ctx, extra).orderBy(asc(listEntry.companyName), asc(network.name), desc(listShare.sharedAt));
}

/** The trigram condition for an entry naming a company (any of its names) in its country. */
function namesCompany(names: string[], country: string): SQL {
  const byName = or(...names.map((n) => sql`similarity(${listEntry.searchName}, ${n}) >= ${NAME_MATCH_THRESHOLD}`))!;
  return and(eq(listEntry.country, country), byName)!;
}

/** The organisation's entries linked to a company or naming it (folded names) in its country, oldest first. */
export async function ownEntriesFor(ctx: Ctx, companyId: string, names: string[], country: string): Promise<EntryRow[]> {
  return ctx.db
    .select()
    .from(listEntry)
    .where(and(eq(listEntry.organizationId, ctx.orgId), or(eq(listEntry.companyId, companyId), namesCompany(names, country))))
    .orderBy(asc(listEntry.createdAt));
}

/** Entries shared with the organisation that name a company (folded names) in its country, by network name. */
export async function sharedEntriesFor(ctx: Ctx, names: string[], country: string): Promise<SharedRow[]> {
  return sharedWithOrg(ctx, [namesCompany(names, country)]).orderBy(asc(network.name));
}

/** Claims the version of one of the organisation's entries that If-Match named, in the write's transaction (platform/precondition.ts). */
export const claimEntryVersion = (ctx: Ctx, id: string) => claimVersion(ctx, listEntry, listEntry.id, id);

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

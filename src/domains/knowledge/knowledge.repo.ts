import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { claimVersionWhere } from "../../platform/precondition.js";
import type { Ctx } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { organization, user } from "../auth/auth.table.js";
import { isUuid } from "../engagements/engagements.repo.js";
import { network, networkCoordinator, networkMember } from "../networks/networks.table.js";
import type { KnowledgeListQuery } from "./knowledge.schema.js";
import { linkedItemIds } from "./knowledge.rules.js";
import { knowledgeFile, knowledgeItem, knowledgeLink, knowledgeVersion } from "./knowledge.table.js";

export type KnowledgeRow = typeof knowledgeItem.$inferSelect;
export type KnowledgeValues = typeof knowledgeItem.$inferInsert;

/** Who reads: the active organisation and the signed-in user (a coordinator reads their networks' items). */
export interface Reader {
  orgId: string;
  userId: string;
}

/**
 * The items a reader may see: the organisation's own (any status), and published items that are public
 * (built-in ones included) or shared with a network the organisation is an active member of or the user coordinates.
 */
export function visibleTo(r: Reader): SQL {
  const inNetwork = sql`(${knowledgeItem.networkId} in (select ${networkMember.networkId} from ${networkMember} where ${networkMember.organizationId} = ${r.orgId} and ${networkMember.status} = 'active') or ${knowledgeItem.networkId} in (select ${networkCoordinator.networkId} from ${networkCoordinator} where ${networkCoordinator.userId} = ${r.userId}))`;
  return or(
    eq(knowledgeItem.organizationId, r.orgId),
    and(eq(knowledgeItem.status, "published"), or(eq(knowledgeItem.scope, "public"), and(eq(knowledgeItem.scope, "network"), inNetwork))),
  )!;
}

/** The full-text condition: each item matched with its own language's dictionary. */
export function matches(q: string): SQL {
  return sql`((${knowledgeItem.language} = 'de' and ${knowledgeItem.searchVector} @@ websearch_to_tsquery('german', ${q})) or (${knowledgeItem.language} = 'en' and ${knowledgeItem.searchVector} @@ websearch_to_tsquery('english', ${q})))`;
}

function rank(q: string): SQL<number> {
  return sql<number>`ts_rank(${knowledgeItem.searchVector}, case when ${knowledgeItem.language} = 'de' then websearch_to_tsquery('german', ${q}) else websearch_to_tsquery('english', ${q}) end)`;
}

/** The columns of a list row: the item without its body (only its start, for the excerpt), with names. */
const summaryColumns = {
  id: knowledgeItem.id,
  organizationId: knowledgeItem.organizationId,
  builtInKey: knowledgeItem.builtInKey,
  networkId: knowledgeItem.networkId,
  kind: knowledgeItem.kind,
  scope: knowledgeItem.scope,
  status: knowledgeItem.status,
  language: knowledgeItem.language,
  title: knowledgeItem.title,
  head: sql<string>`left(${knowledgeItem.body}, 600)`,
  tags: knowledgeItem.tags,
  version: knowledgeItem.version,
  reviewedOn: knowledgeItem.reviewedOn,
  createdBy: knowledgeItem.createdBy,
  updatedAt: knowledgeItem.updatedAt,
  orgName: organization.name,
  networkName: network.name,
  authorName: user.name,
};

export type SummaryRow = Awaited<ReturnType<typeof selectSummaries>>[number];

function selectSummaries(db: Db) {
  return db
    .select(summaryColumns)
    .from(knowledgeItem)
    .leftJoin(organization, eq(organization.id, knowledgeItem.organizationId))
    .leftJoin(network, eq(network.id, knowledgeItem.networkId))
    .leftJoin(user, eq(user.id, knowledgeItem.createdBy));
}

function listWhere(r: Reader, q: Omit<KnowledgeListQuery, "limit" | "offset" | "cursor">): SQL {
  const where: SQL[] = [visibleTo(r)];
  if (q.q) where.push(matches(q.q));
  if (q.tags.length) where.push(sql`${knowledgeItem.tags} @> ${sql.param(q.tags)}::text[]`);
  if (q.kind) where.push(eq(knowledgeItem.kind, q.kind));
  if (q.language) where.push(eq(knowledgeItem.language, q.language));
  if (q.scope) where.push(eq(knowledgeItem.scope, q.scope));
  if (q.mine) where.push(eq(knowledgeItem.organizationId, r.orgId));
  return and(...where)!;
}

/**
 * One page of the items the reader may see, best match first when searching, else most recently changed. In two
 * steps: the page's ids with the number of all matches (`count(*) over ()`: one pass over the matches, ranked on the
 * search vector alone), then the summaries of those ids — so the start of the body, which the database keeps out of
 * line for long items, is read for the rows shown rather than for every match. See docs/benchmarks.md.
 */
export async function listItems(db: Db, r: Reader, q: KnowledgeListQuery): Promise<{ rows: SummaryRow[]; total: number }> {
  const where = listWhere(r, q);
  const order = q.q
    ? [desc(rank(q.q)), desc(knowledgeItem.updatedAt), asc(knowledgeItem.id)]
    : [desc(knowledgeItem.updatedAt), asc(knowledgeItem.id)];
  const page = await db
    .select({ id: knowledgeItem.id, total: sql<number>`count(*) over ()` })
    .from(knowledgeItem)
    .where(where)
    .orderBy(...order)
    .limit(q.limit)
    .offset(q.offset);
  if (!page.length) {
    // Past the last page (or nothing matches): the total still answers.
    const [{ total }] = q.offset ? await db.select({ total: sql<number>`count(*)::int` }).from(knowledgeItem).where(where) : [{ total: 0 }];
    return { rows: [], total: Number(total) };
  }
  const rows = await selectSummaries(db).where(
    inArray(
      knowledgeItem.id,
      page.map((p) => p.id),
    ),
  );
  const at = new Map(page.map((p, i) => [p.id, i]));
  return { rows: rows.sort((a, b) => at.get(a.id)! - at.get(b.id)!), total: Number(page[0].total) };
}

export type ItemRow = KnowledgeRow & { orgName: string | null; networkName: string | null; authorName: string | null };

function selectItems(db: Db) {
  return db
    .select({ item: knowledgeItem, orgName: organization.name, networkName: network.name, authorName: user.name })
    .from(knowledgeItem)
    .leftJoin(organization, eq(organization.id, knowledgeItem.organizationId))
    .leftJoin(network, eq(network.id, knowledgeItem.networkId))
    .leftJoin(user, eq(user.id, knowledgeItem.createdBy));
}

const flat = (r: { item: KnowledgeRow; orgName: string | null; networkName: string | null; authorName: string | null }): ItemRow => ({
  ...r.item,
  orgName: r.orgName,
  networkName: r.networkName,
  authorName: r.authorName,
});

/** One item the reader may see, or undefined (another organisation's private item is not there). */
export async function findVisible(db: Db, r: Reader, id: string, opts: { lock?: boolean } = {}): Promise<ItemRow | undefined> {
  if (!isUuid(id)) return undefined;
  const q = selectItems(db).where(and(eq(knowledgeItem.id, id), visibleTo(r)));
  const [row] = opts.lock ? await q.for("update", { of: knowledgeItem }) : await q;
  return row ? flat(row) : undefined;
}

/** An item by id whatever its scope (after a change the caller may no longer see it: a coordinator withdrawing it). */
export async function findById(db: Db, id: string): Promise<ItemRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await selectItems(db).where(eq(knowledgeItem.id, id));
  return row ? flat(row) : undefined;
}

/** A published public item, for anyone; undefined for every other item. */
export async function findPublic(db: Db, id: string): Promise<ItemRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await selectItems(db).where(
    and(eq(knowledgeItem.id, id), eq(knowledgeItem.scope, "public"), eq(knowledgeItem.status, "published")),
  );
  return row ? flat(row) : undefined;
}

/** Published public items a network's public pages show: built-in ones, those marked for it, its active members'. */
function publicOfNetwork(networkId: string): SQL {
  return and(
    eq(knowledgeItem.scope, "public"),
    eq(knowledgeItem.status, "published"),
    or(
      isNull(knowledgeItem.organizationId),
      eq(knowledgeItem.networkId, networkId),
      sql`${knowledgeItem.organizationId} in (select ${networkMember.organizationId} from ${networkMember} where ${networkMember.networkId} = ${networkId} and ${networkMember.status} = 'active')`,
    ),
  )!;
}

/** One item of a network's public pages, or undefined (not public, or not of this network). */
export async function findPublicOfNetwork(db: Db, networkId: string, id: string): Promise<ItemRow | undefined> {
  if (!isUuid(id) || !isUuid(networkId)) return undefined;
  const [row] = await selectItems(db).where(and(eq(knowledgeItem.id, id), publicOfNetwork(networkId)));
  return row ? flat(row) : undefined;
}

/**
 * Published public items shown on a network's public pages: the built-in ones, those marked for the network, and
 * those of its active member organisations; searched like the hub.
 */
export async function listPublic(
  db: Db,
  networkId: string,
  q: { q?: string; language?: "en" | "de"; limit: number },
): Promise<SummaryRow[]> {
  const where: SQL[] = [publicOfNetwork(networkId)];
  if (q.q) where.push(matches(q.q));
  if (q.language) where.push(eq(knowledgeItem.language, q.language));
  const rows = await selectSummaries(db)
    .where(and(...where))
    .orderBy(...(q.q ? [desc(rank(q.q))] : []), asc(knowledgeItem.kind), asc(knowledgeItem.title), asc(knowledgeItem.id))
    .limit(q.limit);
  return rows;
}

/** Items the reader may see that share tags with the item: its language first, then most shared tags, same kind, newest. */
export async function relatedItems(db: Db, r: Reader, item: KnowledgeRow, limit: number): Promise<SummaryRow[]> {
  if (!item.tags.length) return [];
  const shared = sql<number>`cardinality(array(select unnest(${knowledgeItem.tags}) intersect select unnest(${sql.param(item.tags)}::text[])))`;
  const rows = await selectSummaries(db)
    .where(and(visibleTo(r), sql`${knowledgeItem.id} <> ${item.id}`, sql`${knowledgeItem.tags} && ${sql.param(item.tags)}::text[]`))
    .orderBy(
      desc(sql`(${knowledgeItem.language} = ${item.language})`),
      desc(shared),
      desc(sql`(${knowledgeItem.kind} = ${item.kind})`),
      desc(knowledgeItem.updatedAt),
    )
    .limit(limit);
  return rows;
}

/** Items the reader may see carrying any of the tags, most matching tags first (suggestions in context). */
export async function itemsTaggedAny(db: Db, r: Reader, tags: string[], limit: number): Promise<SummaryRow[]> {
  if (!tags.length) return [];
  const shared = sql<number>`cardinality(array(select unnest(${knowledgeItem.tags}) intersect select unnest(${sql.param(tags)}::text[])))`;
  const rows = await selectSummaries(db)
    .where(and(visibleTo(r), sql`${knowledgeItem.tags} && ${sql.param(tags)}::text[]`))
    .orderBy(desc(shared), desc(knowledgeItem.updatedAt), asc(knowledgeItem.id))
    .limit(limit);
  return rows;
}

export async function insertItem(db: Db, orgId: string | null, values: Omit<KnowledgeValues, "organizationId">): Promise<KnowledgeRow> {
  const [row] = await db
    .insert(knowledgeItem)
    .values({ ...values, organizationId: orgId })
    .returning();
  await syncLinks(db, row.id, row.body);
  return row;
}

/** Changes an item (found visible before, so the id is known to be the reader's to change). */
export async function updateItem(db: Db, id: string, set: Partial<KnowledgeValues>): Promise<void> {
  await db.update(knowledgeItem).set(set).where(eq(knowledgeItem.id, id));
  if (set.body !== undefined) await syncLinks(db, id, set.body);
}

/** Records the items a text links to (those that exist), replacing what the item linked to before. */
async function syncLinks(db: Db, fromId: string, body: string): Promise<void> {
  await db.delete(knowledgeLink).where(eq(knowledgeLink.fromId, fromId));
  const ids = linkedItemIds(body).filter((id) => id !== fromId);
  if (!ids.length) return;
  const existing = await db.select({ id: knowledgeItem.id }).from(knowledgeItem).where(inArray(knowledgeItem.id, ids));
  if (existing.length)
    await db
      .insert(knowledgeLink)
      .values(existing.map((e) => ({ fromId, toId: e.id })))
      .onConflictDoNothing();
}

export async function deleteItem(db: Db, id: string): Promise<void> {
  await db.delete(knowledgeItem).where(eq(knowledgeItem.id, id));
}

/** Records an item's state as a version (after creating or changing it). */
export async function insertVersion(db: Db, row: KnowledgeRow, editedBy: string | null): Promise<void> {
  await db.insert(knowledgeVersion).values({
    itemId: row.id,
    version: row.version,
    title: row.title,
    body: row.body,
    language: row.language,
    scope: row.scope,
    tags: row.tags,
    editedBy,
  });
}

/** An item's versions, newest first. */
export async function versionsOf(db: Db, itemId: string) {
  return db
    .select({ v: knowledgeVersion, editorName: user.name })
    .from(knowledgeVersion)
    .leftJoin(user, eq(user.id, knowledgeVersion.editedBy))
    .where(eq(knowledgeVersion.itemId, itemId))
    .orderBy(desc(knowledgeVersion.version));
}

/** The built-in keys already stored. */
export async function builtInKeys(db: Db): Promise<Set<string>> {
  const rows = await db.select({ key: knowledgeItem.builtInKey }).from(knowledgeItem).where(sql`${knowledgeItem.builtInKey} is not null`);
  return new Set(rows.map((r) => r.key!));
}

/** Replaces a built-in item's content (kept in step with the shipped text). */
export async function updateBuiltIn(db: Db, key: string, set: Partial<KnowledgeValues>): Promise<void> {
  await db.update(knowledgeItem).set(set).where(eq(knowledgeItem.builtInKey, key));
}

/** Whether the organisation is an active member of the network. */
export async function orgInNetwork(db: Db, orgId: string, networkId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql`1` })
    .from(networkMember)
    .where(and(eq(networkMember.organizationId, orgId), eq(networkMember.networkId, networkId), eq(networkMember.status, "active")));
  return !!row;
}

/** Whether the user coordinates the network. */
export async function coordinates(db: Db, userId: string, networkId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql`1` })
    .from(networkCoordinator)
    .where(and(eq(networkCoordinator.userId, userId), eq(networkCoordinator.networkId, networkId)));
  return !!row;
}

/** A network by id or by its slug, or undefined. */
export async function findNetworkByRef(db: Db, ref: string): Promise<{ id: string; name: string; slug: string | null } | undefined> {
  const cols = { id: network.id, name: network.name, slug: network.slug };
  if (isUuid(ref)) {
    const [row] = await db.select(cols).from(network).where(eq(network.id, ref));
    return row;
  }
  if (!/^[a-z0-9-]{1,60}$/i.test(ref)) return undefined;
  const [row] = await db.select(cols).from(network).where(eq(network.slug, ref.toLowerCase()));
  return row;
}

// ---- Links between items ---------------------------------------------------------------------------

/** Among `ids`, the items the reader may see, with their titles. */
export async function visibleTitles(db: Db, r: Reader, ids: string[]): Promise<Array<{ id: string; title: string }>> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  return db
    .select({ id: knowledgeItem.id, title: knowledgeItem.title })
    .from(knowledgeItem)
    .where(and(inArray(knowledgeItem.id, valid), visibleTo(r)));
}

/** Among `ids`, the items a network's public pages show. */
export async function publicIdsOfNetwork(db: Db, networkId: string, ids: string[]): Promise<Set<string>> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return new Set();
  const rows = await db
    .select({ id: knowledgeItem.id })
    .from(knowledgeItem)
    .where(and(inArray(knowledgeItem.id, valid), publicOfNetwork(networkId)));
  return new Set(rows.map((r) => r.id));
}

/** Items the reader may see whose body links to the item ("linked from", from knowledge_link), most recently changed first. */
export async function backlinks(db: Db, r: Reader, itemId: string, limit: number): Promise<SummaryRow[]> {
  if (!isUuid(itemId)) return [];
  return selectSummaries(db)
    .where(
      and(
        visibleTo(r),
        sql`${knowledgeItem.id} in (select ${knowledgeLink.fromId} from ${knowledgeLink} where ${knowledgeLink.toId} = ${itemId})`,
      ),
    )
    .orderBy(desc(knowledgeItem.updatedAt), asc(knowledgeItem.id))
    .limit(limit);
}

// ---- Files ------------------------------------------------------------------------------------------

export type FileRow = typeof knowledgeFile.$inferSelect;

export async function insertFile(db: Db, values: typeof knowledgeFile.$inferInsert): Promise<FileRow> {
  const [row] = await db.insert(knowledgeFile).values(values).returning();
  return row;
}

/** An item's files, oldest first, with the uploader's name. */
export async function filesOf(db: Db, itemId: string) {
  return db
    .select({ f: knowledgeFile, uploaderName: user.name })
    .from(knowledgeFile)
    .leftJoin(user, eq(user.id, knowledgeFile.uploadedBy))
    .where(eq(knowledgeFile.itemId, itemId))
    .orderBy(asc(knowledgeFile.createdAt), asc(knowledgeFile.id));
}

/** One file of an item (the item is loaded, and checked readable, first). */
export async function findFile(db: Db, itemId: string, fileId: string): Promise<FileRow | undefined> {
  if (!isUuid(fileId)) return undefined;
  const [row] = await db
    .select()
    .from(knowledgeFile)
    .where(and(eq(knowledgeFile.itemId, itemId), eq(knowledgeFile.id, fileId)));
  return row;
}

export async function deleteFile(db: Db, itemId: string, fileId: string): Promise<void> {
  await db.delete(knowledgeFile).where(and(eq(knowledgeFile.itemId, itemId), eq(knowledgeFile.id, fileId)));
}

/** The storage keys of an item's files (to remove the bytes after the item is deleted). */
export async function fileKeysOf(db: Db, itemId: string): Promise<Array<{ organizationId: string; storageKey: string }>> {
  return db
    .select({ organizationId: knowledgeFile.organizationId, storageKey: knowledgeFile.storageKey })
    .from(knowledgeFile)
    .where(eq(knowledgeFile.itemId, itemId));
}

/** Ids of networks among `ids` that exist. */
export async function existingNetworks(db: Db, ids: string[]): Promise<string[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  return (await db.select({ id: network.id }).from(network).where(inArray(network.id, valid))).map((r) => r.id);
}

/**
 * Claims the version of an item that If-Match named, in the write's transaction (platform/precondition.ts). By id
 * alone: the service has found the item and that the caller may change it (a coordinator may change a peer's).
 */
export const claimItemVersion = (ctx: Ctx, id: string) => claimVersionWhere(ctx, knowledgeItem, eq(knowledgeItem.id, id));

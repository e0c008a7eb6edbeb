import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { notFound } from "../../shared/app-error.js";
import { foldText } from "../../shared/text-fold.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { findCompany, userNames } from "../companies/companies.repo.js";
import { networksOfOrg } from "../networks/networks.service.js";
import type { ListEntry, ListEntryInput, ListEntryPatch, ListQuery, SharedEntry, SharedQuery, ShareInput } from "./lists.schema.js";
import {
  deleteEntry,
  deleteShares,
  findEntry,
  insertEntry,
  ownEntriesFor,
  pageOfEntries,
  sharedEntries,
  sharedEntriesFor,
  sharesOf,
  updateEntry,
  claimEntryVersion,
  upsertShare,
  withdrawSharedRationale,
  type EntryRow,
  type SharedRow,
} from "./lists.repo.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function toEntries(ctx: Ctx, rows: EntryRow[]): Promise<ListEntry[]> {
  const shares = await sharesOf(
    ctx,
    rows.map((r) => r.id),
  );
  const names = await userNames(ctx.db, [...rows.flatMap((r) => [r.createdBy, r.updatedBy]), ...shares.map((s) => s.sharedBy)]);
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  return rows.map((r) => ({
    id: r.id,
    list: r.list,
    companyName: r.companyName,
    country: r.country,
    companyId: r.companyId,
    reason: r.reason,
    shares: shares
      .filter((s) => s.entryId === r.id)
      .map((s) => ({
        networkId: s.networkId,
        networkName: s.networkName,
        mode: s.mode,
        sharedBy: ref(s.sharedBy),
        sharedAt: s.sharedAt.toISOString(),
      })),
    createdBy: ref(r.createdBy),
    updatedBy: ref(r.updatedBy),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

async function find(ctx: Ctx, id: string): Promise<EntryRow> {
  if (!UUID.test(id)) throw notFound("List entry");
  const row = await findEntry(ctx, id);
  if (!row) throw notFound("List entry");
  return row;
}

/** The organisation's black and white list entries. */
export async function list(ctx: Ctx, q: ListQuery) {
  const { rows, total } = await pageOfEntries(ctx, q);
  return { items: await toEntries(ctx, rows), total, limit: q.limit, offset: q.offset };
}

export async function get(ctx: Ctx, id: string): Promise<ListEntry> {
  return (await toEntries(ctx, [await find(ctx, id)]))[0];
}

/** Adds an entry to the organisation's black or white list. Members. */
export async function create(ctx: Ctx, input: ListEntryInput): Promise<ListEntry> {
  requireRole(ctx, "member");
  let { companyName, country } = input;
  if (input.companyId) {
    const c = await findCompany(ctx.db, ctx.orgId, input.companyId);
    if (!c) throw notFound("Company");
    companyName ??= c.c.name;
    country ??= c.c.country;
  }
  return inTransaction(ctx, async (tx) => {
    const row = await insertEntry(tx, {
      list: input.list,
      companyName: companyName!,
      country: country!,
      companyId: input.companyId ?? null,
      reason: input.reason,
    });
    await audit(tx, {
      action: "create",
      entityType: "screening_list_entry",
      entityId: row.id,
      summary: `Put ${row.companyName} on the ${row.list} list`,
    });
    return (await toEntries(tx, [row]))[0];
  });
}

/** Changes an entry (shares keep their mode; shared copies show the change). Members. */
export async function update(ctx: Ctx, id: string, patch: ListEntryPatch): Promise<ListEntry> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const current = await find(tx, id);
    await claimEntryVersion(tx, current.id);
    if (patch.companyId && !(await findCompany(tx.db, ctx.orgId, patch.companyId))) throw notFound("Company");
    const set: Partial<EntryRow> = {};
    if (patch.list !== undefined) set.list = patch.list;
    if (patch.companyName !== undefined) set.companyName = patch.companyName;
    if (patch.country !== undefined) set.country = patch.country;
    if (patch.companyId !== undefined) set.companyId = patch.companyId;
    if (patch.reason !== undefined) set.reason = patch.reason;
    const row = await updateEntry(tx, current.id, set);
    const changed = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== undefined);
    await audit(tx, {
      action: "update",
      entityType: "screening_list_entry",
      entityId: row.id,
      summary: `Changed ${changed.join(", ")} of the ${row.list}-list entry ${row.companyName}`,
    });
    return (await toEntries(tx, [row]))[0];
  });
}

/** Removes an entry, and with it every share. Members. */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    const current = await find(tx, id);
    await claimEntryVersion(tx, current.id);
    await deleteEntry(tx, current.id);
    await withdrawSharedRationale(tx.db, ctx.orgId, current.id);
    await audit(tx, {
      action: "delete",
      entityType: "screening_list_entry",
      entityId: current.id,
      summary: `Removed ${current.companyName} from the ${current.list} list`,
      details: { entry: current },
    });
  });
}

/** Shares an entry with a network the organisation is an active member of, in the chosen mode. Admins. */
export async function share(ctx: Ctx, id: string, input: ShareInput): Promise<ListEntry> {
  requireRole(ctx, "admin");
  return inTransaction(ctx, async (tx) => {
    const current = await find(tx, id);
    const net = (await networksOfOrg(tx.db, ctx.orgId)).find((n) => n.id === input.networkId);
    if (!net) throw notFound("Network");
    await upsertShare(tx, current.id, net.id, input.mode);
    // Narrowed to name and decision: peers' screenings made while the rationale was shared lose it.
    if (input.mode !== "with_rationale") await withdrawSharedRationale(tx.db, ctx.orgId, current.id);
    await audit(tx, {
      action: "update",
      entityType: "screening_list_entry",
      entityId: current.id,
      summary: `Shared the ${current.list}-list entry ${current.companyName} with ${net.name} (${input.mode})`,
      details: { networkId: net.id, mode: input.mode },
    });
    return (await toEntries(tx, [current]))[0];
  });
}

/** Stops sharing an entry with one network, or with every network when none is named. Admins. */
export async function unshare(ctx: Ctx, id: string, networkId: string | undefined): Promise<void> {
  requireRole(ctx, "admin");
  await inTransaction(ctx, async (tx) => {
    const current = await find(tx, id);
    const gone = await deleteShares(tx, current.id, networkId);
    if (networkId && !gone.length) throw notFound("Share");
    if (gone.length) await withdrawSharedRationale(tx.db, ctx.orgId, current.id);
    if (gone.length)
      await audit(tx, {
        action: "update",
        entityType: "screening_list_entry",
        entityId: current.id,
        summary: `Stopped sharing the ${current.list}-list entry ${current.companyName}`,
        details: { networkIds: gone },
      });
  });
}

function toShared(r: SharedRow): SharedEntry {
  const out: SharedEntry = {
    list: r.list,
    companyName: r.companyName,
    country: r.country,
    organizationName: r.organizationName,
    networkId: r.networkId,
    networkName: r.networkName,
    mode: r.mode,
    sharedAt: r.sharedAt.toISOString(),
  };
  if (r.mode === "with_rationale" && r.reason !== null) out.reason = r.reason;
  return out;
}

/** Entries shared with the caller's organisation through its networks. */
export async function sharedWithMe(ctx: Ctx, q: SharedQuery) {
  const rows = await sharedEntries(ctx, q);
  return { items: rows.slice(q.offset, q.offset + q.limit).map(toShared), total: rows.length, limit: q.limit, offset: q.offset };
}

export interface ListMatches {
  own: Array<EntryRow & { basis: "linked" | "name" }>;
  shared: Array<SharedEntry & { entryId: string }>;
}

/** List entries that concern a company: the organisation's own (linked or by name and country) and shared ones (by name and country). */
export async function matchesFor(ctx: Ctx, c: { id: string; name: string; otherNames: string[]; country: string }): Promise<ListMatches> {
  const names = [...new Set([c.name, ...c.otherNames].map(foldText).filter(Boolean))];
  const own = await ownEntriesFor(ctx, c.id, names, c.country);
  const shared = await sharedEntriesFor(ctx, names, c.country);
  // One entry shared into several of the caller's networks counts once, in its most open mode.
  const byEntry = new Map<string, SharedRow>();
  for (const r of shared) {
    const seen = byEntry.get(r.entryId);
    if (!seen || (seen.mode === "name_and_decision" && r.mode === "with_rationale")) byEntry.set(r.entryId, r);
  }
  return {
    own: own.map((r) => ({ ...r, basis: r.companyId === c.id ? ("linked" as const) : ("name" as const) })),
    shared: [...byEntry.values()].map((r) => ({ ...toShared(r), entryId: r.entryId })),
  };
}

import type { Ctx } from "../../platform/context.js";
import { assertExpectedVersion, assertUpdated } from "../../platform/precondition.js";
import { inTransaction } from "../../platform/context.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { searchKey } from "../../shared/text-fold.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { decodeCursor, encodeCursor } from "../../platform/cursor.js";
import {
  deleteCompany,
  findCompany,
  insertCompany,
  listCompanies,
  listCompaniesAfter,
  repointCompany,
  updateCompany,
  userNames,
  worksAtNow,
  type CompanyNames,
  type CompanyRow,
} from "./companies.repo.js";
import { membersAmong } from "../orgs/orgs.repo.js";
import type { Company, CompanyInput, CompanyListQuery, CompanyPatch } from "./companies.schema.js";
import { naceLabel } from "./nace.js";
import { currentDecisions, type CurrentScreening } from "../screening/screening.status.js";

/**
 * Tables whose rows point at a company (table, company column). Merging moves them to the surviving
 * company; each domain that attaches things to companies adds itself here.
 */
export const companyReferences: Array<{ table: string; column: string }> = [
  { table: "employment", column: "company_id" },
  { table: "screening", column: "company_id" },
  { table: "screening_list_entry", column: "company_id" },
  { table: "engagement", column: "company_id" },
  { table: "engagement_activity", column: "company_id" },
  { table: "story_consent", column: "company_id" },
  { table: "story_use", column: "company_id" },
  { table: "acknowledgement", column: "company_id" },
  { table: "watchlist_judgement", column: "company_id" },
];

/** A company row with its active contacts and, when the query read them, its users' names. */
type Row = { c: CompanyRow; activeContactCount: number; names?: CompanyNames };

const screeningOf = (s: CurrentScreening | undefined) =>
  s
    ? {
        decision: s.decision,
        decidedAt: s.decidedAt,
        rescreenOn: s.rescreenOn,
        overdue: s.overdue,
        watchlistsChanged: s.watchlistChanges.length > 0,
        watchlistChanges: s.watchlistChanges,
      }
    : null;

function toCompany(r: Row, names: Map<string, string>, screenings: Map<string, CurrentScreening>): Company {
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  const c = r.c;
  return {
    id: c.id,
    name: c.name,
    otherNames: c.otherNames,
    legalForm: c.legalForm,
    country: c.country,
    registrationId: c.registrationId,
    website: c.website,
    naceCode: c.naceCode,
    naceLabel: c.naceLabel,
    sizeClass: c.sizeClass,
    description: c.description,
    tags: c.tags,
    csrPolicyUrl: c.csrPolicyUrl,
    ownerId: c.ownerId,
    owner: ref(c.ownerId),
    primaryContactId: c.primaryContactId,
    activeContactCount: Number(r.activeContactCount ?? 0),
    importBatchId: c.importBatchId,
    screening: screeningOf(screenings.get(c.id)),
    createdBy: ref(c.createdBy),
    updatedBy: ref(c.updatedBy),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/**
 * Serialises rows with the display names of the users they reference (read with the rows; looked up only for rows
 * read without them) and their current screening decisions. A company created in this request has none yet: `fresh`.
 */
export async function toCompanies(ctx: Ctx, rows: Row[], opts: { fresh?: boolean } = {}): Promise<Company[]> {
  const names = new Map<string, string>();
  const missing: Array<string | null> = [];
  for (const { c, names: n } of rows) {
    if (!n) missing.push(c.ownerId, c.createdBy, c.updatedBy);
    else
      for (const [id, name] of [
        [c.ownerId, n.ownerName],
        [c.createdBy, n.createdByName],
        [c.updatedBy, n.updatedByName],
      ] as const)
        if (id && name !== null) names.set(id, name);
  }
  const [looked, screenings] = await Promise.all([
    missing.some(Boolean) ? userNames(ctx.db, missing) : new Map<string, string>(),
    opts.fresh
      ? new Map<string, CurrentScreening>()
      : currentDecisions(
          ctx.db,
          ctx.orgId,
          rows.map((r) => r.c.id),
        ),
  ]);
  for (const [id, name] of looked) names.set(id, name);
  return rows.map((r) => toCompany(r, names, screenings));
}

async function assertMember(ctx: Ctx, userId: string | null | undefined) {
  if (!userId) return;
  const m = (await membersAmong(ctx.db, ctx.orgId, [userId])).has(userId);
  if (!m)
    throw new AppError("validation", "The relationship owner must be a member of your organisation.", {
      errors: [{ path: "ownerId", message: "Not a member of this organisation." }],
    });
}

async function assertContactAt(ctx: Ctx, companyId: string | null, contactId: string | null | undefined) {
  if (!contactId) return;
  const e = companyId ? await worksAtNow(ctx.db, ctx.orgId, companyId, contactId) : false;
  if (!e)
    throw new AppError("validation", "The primary contact must currently work at this company.", {
      errors: [{ path: "primaryContactId", message: "Not an active contact of this company." }],
    });
}

/** A page of companies matching filters and search. */
export async function list(ctx: Ctx, q: CompanyListQuery) {
  // A search pages by rank (offset cursors); every other list by keyset, from the first page on.
  if (!q.q?.trim() && (q.cursor === undefined ? q.offset === 0 : decodeCursor(q.cursor)?.k)) {
    const after = q.cursor === undefined ? null : decodeCursor(q.cursor)!.k!;
    const page = await listCompaniesAfter(ctx.db, ctx.orgId, q, after);
    if (!page)
      throw new AppError("validation", "The cursor is not valid for this sort order.", {
        errors: [{ path: "cursor", message: "Pass a page's nextCursor with the same sort." }],
      });
    return {
      items: await toCompanies(ctx, page.rows),
      total: page.total,
      limit: q.limit,
      offset: 0,
      nextCursor: page.lastKey ? encodeCursor({ k: page.lastKey }) : null,
    };
  }
  const { rows, total } = await listCompanies(ctx.db, ctx.orgId, q);
  return { items: await toCompanies(ctx, rows), total, limit: q.limit, offset: q.offset };
}

/** One company; 404 if it is not the caller's organisation's. */
export async function get(ctx: Ctx, id: string): Promise<Company> {
  const row = await findCompany(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Company");
  return (await toCompanies(ctx, [row]))[0];
}

/** Values for the company row derived from input (search key, NACE label). */
export function derived(input: { name: string; otherNames: string[]; naceCode: string | null; naceLabel: string | null }) {
  return {
    searchName: searchKey([input.name, ...input.otherNames]),
    naceLabel: input.naceLabel ?? (input.naceCode ? naceLabel(input.naceCode) : null),
  };
}

/** Creates a company in the caller's organisation. */
export async function create(ctx: Ctx, input: CompanyInput, opts: { importBatchId?: string } = {}): Promise<Company> {
  requireRole(ctx, "member");
  await assertMember(ctx, input.ownerId);
  if (input.primaryContactId)
    throw new AppError("validation", "Set the primary contact after adding contacts to the company.", {
      errors: [{ path: "primaryContactId", message: "A new company has no contacts yet." }],
    });
  return inTransaction(ctx, async (tx) => {
    const { row, names } = await insertCompany(tx.db, ctx.orgId, {
      ...input,
      ...derived(input),
      createdBy: ctx.user.id,
      updatedBy: ctx.user.id,
      importBatchId: opts.importBatchId ?? null,
    });
    await audit(tx, { action: "create", entityType: "company", entityId: row.id, summary: `Created company ${row.name}` });
    return (await toCompanies(tx, [{ c: row, activeContactCount: 0, names }], { fresh: true }))[0];
  });
}

/** Changes some fields of a company. */
export async function update(ctx: Ctx, id: string, patch: CompanyPatch): Promise<Company> {
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const current = await findCompany(tx.db, ctx.orgId, id);
    if (!current) throw notFound("Company");
    assertExpectedVersion(ctx, current.c.updatedAt);
    if (patch.ownerId !== undefined) await assertMember(tx, patch.ownerId);
    if (patch.primaryContactId !== undefined) await assertContactAt(tx, id, patch.primaryContactId);
    const next = { ...current.c, ...stripUndefined(patch) };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [k, v] of Object.entries(stripUndefined(patch))) {
      const before = (current.c as Record<string, unknown>)[k];
      if (JSON.stringify(before) !== JSON.stringify(v)) changes[k] = { from: before, to: v };
    }
    if (Object.keys(changes).length === 0) return (await toCompanies(tx, [current]))[0];
    const updated = await updateCompany(
      tx.db,
      ctx.orgId,
      id,
      { ...stripUndefined(patch), ...derived(next), updatedBy: ctx.user.id, updatedAt: new Date() },
      ctx.expectedUpdatedAt,
    );
    assertUpdated(ctx, updated ? [updated] : []);
    if (!updated) throw notFound("Company");
    const { row, names } = updated;
    await audit(tx, {
      action: "update",
      entityType: "company",
      entityId: id,
      summary: `Changed ${Object.keys(changes).join(", ")} of ${row.name}`,
      details: { changes },
    });
    return (await toCompanies(tx, [{ c: row, activeContactCount: current.activeContactCount, names }]))[0];
  });
}

/** Deletes a company (its employment records go with it; the contacts stay). */
export async function remove(ctx: Ctx, id: string): Promise<void> {
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    const current = await findCompany(tx.db, ctx.orgId, id);
    if (!current) throw notFound("Company");
    assertExpectedVersion(ctx, current.c.updatedAt);
    assertUpdated(ctx, await deleteCompany(tx.db, ctx.orgId, id, ctx.expectedUpdatedAt));
    await audit(tx, {
      action: "delete",
      entityType: "company",
      entityId: id,
      summary: `Deleted company ${current.c.name}`,
      details: { snapshot: current.c },
    });
  });
}

/**
 * Merges a duplicate (source) into target: names become other names, empty fields are filled, tags are
 * united, and everything attached to the source moves to the target. Nothing is lost; the source is removed.
 */
export async function merge(ctx: Ctx, targetId: string, sourceId: string): Promise<Company> {
  requireRole(ctx, "member");
  if (targetId === sourceId) throw new AppError("bad_request", "A company cannot be merged into itself.");
  return inTransaction(ctx, async (tx) => {
    const target = await findCompany(tx.db, ctx.orgId, targetId);
    const source = await findCompany(tx.db, ctx.orgId, sourceId);
    if (!target || !source) throw notFound("Company");
    const t = target.c;
    const s = source.c;
    const otherNames = unique([...t.otherNames, s.name, ...s.otherNames].filter((n) => n !== t.name));
    const fill = <K extends keyof CompanyRow>(k: K) => (t[k] ?? s[k]) as CompanyRow[K];
    const notes = unique([t.description, s.description].filter((d): d is string => !!d)).join("\n\n");
    const merged = {
      otherNames,
      legalForm: fill("legalForm"),
      registrationId: fill("registrationId"),
      website: fill("website"),
      naceCode: fill("naceCode"),
      naceLabel: fill("naceLabel"),
      sizeClass: fill("sizeClass"),
      description: notes || null,
      tags: unique([...t.tags, ...s.tags]),
      csrPolicyUrl: fill("csrPolicyUrl"),
      ownerId: fill("ownerId"),
      primaryContactId: fill("primaryContactId"),
    };
    await repointCompany(tx.db, ctx.orgId, companyReferences, sourceId, targetId);
    const updated = await updateCompany(tx.db, ctx.orgId, targetId, {
      ...merged,
      ...derived({ name: t.name, otherNames, naceCode: merged.naceCode, naceLabel: merged.naceLabel }),
      updatedBy: ctx.user.id,
      updatedAt: new Date(),
    });
    if (!updated) throw notFound("Company");
    await deleteCompany(tx.db, ctx.orgId, sourceId);
    await audit(tx, {
      action: "merge",
      entityType: "company",
      entityId: targetId,
      summary: `Merged ${s.name} into ${t.name}`,
      details: { source: s },
    });
    const fresh = await findCompany(tx.db, ctx.orgId, targetId);
    return (await toCompanies(tx, [fresh!]))[0];
  });
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

import { randomUUID } from "node:crypto";
import type { Ctx } from "../../platform/context.js";
import type { CompanyInput } from "../companies/companies.schema.js";
import { derived } from "../companies/companies.service.js";
import type { Mapping } from "./imports.fields.js";
import { matchCompanies } from "./imports.match.js";
import {
  companiesByIds,
  companiesByRegistration,
  insertCompanyRows,
  setCompanyFields,
  type CompanyRow,
  type NewCompanyRow,
} from "./imports.repo.js";
import { companyFromRow, nameKeys, type RowValues } from "./imports.rows.js";
import type { Decisions, DuplicateRow, InvalidRow } from "./imports.schema.js";
import { registrationKey } from "./imports.values.js";

// Company rows: validate, find duplicates (in the register and within the file), then create or merge.

export type Progress = (phase: "validating" | "checking duplicates" | "importing", done: number, total: number) => void;

export const SAME_REGISTRATION = "same registration id";
export const SAME_NAME = "near-identical name in the same country";

type Dup = Omit<DuplicateRow, "row" | "name">;
export interface CompanyItem {
  row: number;
  input: CompanyInput;
  dup: Dup | null;
}
export interface CompanyPlan {
  items: CompanyItem[];
  invalid: InvalidRow[];
}

/** Validates the rows and finds each valid row's duplicate, if any (read-only). */
export async function planCompanies(
  ctx: Ctx,
  rows: Array<{ row: number; values: RowValues }>,
  mapping: Mapping,
  progress?: Progress,
): Promise<CompanyPlan> {
  const items: CompanyItem[] = [];
  const invalid: InvalidRow[] = [];
  rows.forEach((r, n) => {
    const { input, errors } = companyFromRow(r.values, mapping);
    if (input) items.push({ row: r.row, input, dup: null });
    else invalid.push({ row: r.row, errors });
    if (n % 500 === 0) progress?.("validating", n, rows.length);
  });
  progress?.("validating", rows.length, rows.length);

  // 1. The register: same registration number in the same country.
  const regKeys = [...new Set(items.map((it) => registrationKey(it.input.registrationId)).filter((k): k is string => !!k))];
  const byReg = new Map<string, Awaited<ReturnType<typeof companiesByRegistration>>>();
  for (const c of await companiesByRegistration(ctx.db, ctx.orgId, regKeys)) byReg.set(c.rk, [...(byReg.get(c.rk) ?? []), c]);
  for (const it of items) {
    const rk = registrationKey(it.input.registrationId);
    const hit = rk ? byReg.get(rk)?.find((c) => c.country === it.input.country) : undefined;
    if (hit)
      it.dup = {
        existing: { id: hit.id, row: null, name: hit.name, country: hit.country, registrationId: hit.registration_id },
        reason: SAME_REGISTRATION,
        similarity: null,
      };
  }
  progress?.("checking duplicates", 0, items.length);

  // 2. The register: near-identical name in the same country.
  const open = items.map((it, i) => ({ it, i })).filter((x) => !x.it.dup);
  const matches = await matchCompanies(
    ctx.db,
    ctx.orgId,
    open.map((x) => ({ i: x.i, name: x.it.input.name, country: x.it.input.country })),
  );
  for (const { it, i } of open) {
    const best = matches.get(i)?.[0];
    if (best)
      it.dup = {
        existing: { id: best.id, row: null, name: best.name, country: best.country, registrationId: best.registrationId },
        reason: SAME_NAME,
        similarity: best.similarity,
      };
  }

  // 3. Earlier rows of the same file.
  const seenReg = new Map<string, CompanyItem>();
  const seenName = new Map<string, CompanyItem>();
  for (const it of items) {
    const rk = registrationKey(it.input.registrationId);
    const regKey = rk ? `${it.input.country}|${rk}` : null;
    const keys = nameKeys(it.input.name).map((k) => `${it.input.country}|${k}`);
    if (!it.dup) {
      const byRegHit = regKey ? seenReg.get(regKey) : undefined;
      const byNameHit = byRegHit ? undefined : keys.map((k) => seenName.get(k)).find(Boolean);
      const first = byRegHit ?? byNameHit;
      if (first) {
        it.dup = {
          existing: {
            id: null,
            row: first.row,
            name: first.input.name,
            country: first.input.country,
            registrationId: first.input.registrationId,
          },
          reason: byRegHit ? SAME_REGISTRATION : SAME_NAME,
          similarity: byRegHit ? null : 1,
        };
      }
    }
    if (regKey && !seenReg.has(regKey)) seenReg.set(regKey, it);
    for (const k of keys) if (!seenName.has(k)) seenName.set(k, it);
  }
  progress?.("checking duplicates", items.length, items.length);
  return { items, invalid };
}

/** The decision for a duplicate row: its own, else the "*" default, else skip. */
export function decide(decisions: Decisions, row: number): "skip" | "merge" | "create" {
  return decisions[String(row)] ?? decisions["*"] ?? "skip";
}

type Mergeable = Pick<
  CompanyRow,
  | "name"
  | "otherNames"
  | "legalForm"
  | "registrationId"
  | "website"
  | "naceCode"
  | "naceLabel"
  | "sizeClass"
  | "description"
  | "tags"
  | "csrPolicyUrl"
>;
const FILLED = ["legalForm", "registrationId", "website", "naceCode", "naceLabel", "sizeClass", "description", "csrPolicyUrl"] as const;
export const MERGED_FIELDS = ["otherNames", "tags", ...FILLED] as const;

/** Adds a row to a company: its names become other names, empty fields are filled, tags are united. */
function mergeInto(target: Mergeable, input: CompanyInput) {
  const lower = (s: string) => s.toLowerCase();
  const names = new Set([target.name, ...target.otherNames].map(lower));
  for (const n of [input.name, ...input.otherNames]) {
    if (!names.has(lower(n))) {
      target.otherNames = [...target.otherNames, n];
      names.add(lower(n));
    }
  }
  for (const k of FILLED) if (target[k] === null || target[k] === "") (target as Record<string, unknown>)[k] = input[k];
  const tags = new Set(target.tags.map(lower));
  for (const t of input.tags) {
    if (!tags.has(lower(t))) {
      target.tags = [...target.tags, t];
      tags.add(lower(t));
    }
  }
}

export interface CompanySnapshot {
  id: string;
  name: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Writes the plan in the caller's transaction: creates, merges (remembering what each merged company was) and skips. */
export async function applyCompanies(tx: Ctx, batchId: string, plan: CompanyPlan, decisions: Decisions, progress?: Progress) {
  const creations = new Map<number, NewCompanyRow & Mergeable>();
  const resolved = new Map<number, { created: number } | { existing: string }>();
  const mergeIds = plan.items
    .filter((it) => it.dup?.existing.id && decide(decisions, it.row) === "merge")
    .map((it) => it.dup!.existing.id!);
  const originals = new Map((await companiesByIds(tx.db, tx.orgId, [...new Set(mergeIds)])).map((c) => [c.id, c]));
  const working = new Map<string, CompanyRow>();
  let merged = 0;
  let skipped = 0;

  const create = (it: CompanyItem) => {
    creations.set(it.row, {
      ...it.input,
      id: randomUUID(),
      organizationId: tx.orgId,
      searchName: "",
      importBatchId: batchId,
      createdBy: tx.user.id,
      updatedBy: tx.user.id,
    });
    resolved.set(it.row, { created: it.row });
  };
  const mergeExisting = (id: string, it: CompanyItem) => {
    const original = originals.get(id);
    if (!original) return false;
    const w = working.get(id) ?? structuredClone(original);
    mergeInto(w, it.input);
    working.set(id, w);
    resolved.set(it.row, { existing: id });
    return true;
  };

  for (const it of plan.items) {
    const decision = it.dup ? decide(decisions, it.row) : "create";
    if (decision === "create") create(it);
    else if (decision === "skip") {
      skipped++;
      if (it.dup?.existing.id) resolved.set(it.row, { existing: it.dup.existing.id });
    } else if (it.dup!.existing.id) {
      if (mergeExisting(it.dup!.existing.id, it)) merged++;
      else create(it);
    } else {
      // A duplicate of an earlier row: merge into whatever that row became.
      const target = resolved.get(it.dup!.existing.row!);
      if (target && "created" in target) {
        mergeInto(creations.get(target.created)!, it.input);
        resolved.set(it.row, target);
        merged++;
      } else if (
        target &&
        "existing" in target &&
        (originals.has(target.existing) || (await loadOriginal(tx, originals, target.existing)))
      ) {
        mergeExisting(target.existing, it);
        merged++;
      } else create(it);
    }
  }

  const values = [...creations.values()].map((v) => ({ ...v, ...derived(v) }));
  for (let i = 0; i < values.length; i += 500) {
    await insertCompanyRows(tx.db, values.slice(i, i + 500));
    progress?.("importing", Math.min(i + 500, values.length), values.length + working.size);
  }
  const snapshots: CompanySnapshot[] = [];
  for (const [id, w] of working) {
    const o = originals.get(id)!;
    const next = { ...w, ...derived(w) };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const k of MERGED_FIELDS) {
      if (JSON.stringify(o[k]) !== JSON.stringify(next[k])) {
        before[k] = o[k];
        after[k] = next[k];
      }
    }
    if (!Object.keys(after).length) continue;
    await setCompanyFields(tx.db, tx.orgId, id, { ...after, searchName: next.searchName, updatedBy: tx.user.id, updatedAt: new Date() });
    snapshots.push({ id, name: o.name, before, after });
  }
  progress?.("importing", values.length + working.size, values.length + working.size);
  return { created: values.length, merged, skipped, snapshots };
}

async function loadOriginal(tx: Ctx, originals: Map<string, CompanyRow>, id: string): Promise<boolean> {
  const [row] = await companiesByIds(tx.db, tx.orgId, [id]);
  if (row) originals.set(id, row);
  return !!row;
}

/**
 * Puts merged companies back as they were before the import — field by field, and only where the value
 * is still what the import wrote (a later edit by someone wins). Returns the fields left alone.
 */
export async function restoreCompanies(tx: Ctx, snapshots: CompanySnapshot[]) {
  let restored = 0;
  const keptChanges: Array<{ id: string; fields: string[] }> = [];
  const current = new Map(
    (
      await companiesByIds(
        tx.db,
        tx.orgId,
        snapshots.map((s) => s.id),
      )
    ).map((c) => [c.id, c]),
  );
  for (const s of snapshots) {
    const c = current.get(s.id);
    if (!c) continue;
    const set: Record<string, unknown> = {};
    const kept: string[] = [];
    for (const [k, v] of Object.entries(s.before)) {
      if (JSON.stringify((c as Record<string, unknown>)[k]) === JSON.stringify(s.after[k])) set[k] = v;
      else kept.push(k);
    }
    if (kept.length) keptChanges.push({ id: s.id, fields: kept });
    if (!Object.keys(set).length) continue;
    const next = { ...c, ...set } as CompanyRow;
    await setCompanyFields(tx.db, tx.orgId, s.id, {
      ...set,
      searchName: derived(next).searchName,
      updatedBy: tx.user.id,
      updatedAt: new Date(),
    });
    restored++;
  }
  return { restored, keptChanges };
}

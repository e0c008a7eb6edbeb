import { randomUUID } from "node:crypto";
import type { Ctx } from "../../platform/context.js";
import { searchKey } from "../../shared/text-fold.js";
import { derived } from "../companies/companies.service.js";
import type { Mapping } from "./imports.fields.js";
import { decide, type Progress } from "./imports.companies.js";
import { matchCompanies, matchContactsAt } from "./imports.match.js";
import {
  activeEmployments,
  companiesByRegistration,
  contactsByEmail,
  contactsByIds,
  deleteEmployments,
  insertCompanyRows,
  insertContactRows,
  insertEmployment,
  insertEmployments,
  setContactFields,
  type ContactRow,
  type NewContactRow,
} from "./imports.repo.js";
import { contactFromRow, nameKeys, type RowValues } from "./imports.rows.js";
import type { ContactImportRow, Decisions, DuplicateRow, InvalidRow } from "./imports.schema.js";
import { registrationKey } from "./imports.values.js";

// Contact rows: link each to a company of the register (by registration number, else by name) or to a
// company this import creates; find duplicates by email or by name at the same company; then write
// contact + employment rows. Personal data: the audit trail gets record ids and field names, never values.

export const SAME_EMAIL = "same email address";
export const SAME_NAME_AT_COMPANY = "same name at the same company";

type CompanyLink = { kind: "existing"; id: string; name: string } | { kind: "new"; key: string };
type Dup = Omit<DuplicateRow, "row" | "name">;
export interface ContactItem {
  row: number;
  input: ContactImportRow;
  company: CompanyLink | null;
  dup: Dup | null;
}
export interface NewCompany {
  key: string;
  name: string;
  country: string;
  registrationId: string | null;
  rows: number[];
}
export interface ContactPlan {
  items: ContactItem[];
  invalid: InvalidRow[];
  newCompanies: NewCompany[];
}

/** Validates the rows, links them to companies and finds duplicates (read-only). */
export async function planContacts(
  ctx: Ctx,
  rows: Array<{ row: number; values: RowValues }>,
  mapping: Mapping,
  defaultCountry: string | null,
  progress?: Progress,
): Promise<ContactPlan> {
  const candidates: ContactItem[] = [];
  const invalid: InvalidRow[] = [];
  rows.forEach((r, n) => {
    const { input, errors } = contactFromRow(r.values, mapping);
    if (input) candidates.push({ row: r.row, input, company: null, dup: null });
    else invalid.push({ row: r.row, errors });
    if (n % 500 === 0) progress?.("validating", n, rows.length);
  });
  progress?.("validating", rows.length, rows.length);

  // Link to companies of the register: registration number first, then name.
  const failed = new Map<number, string>();
  const regKeys = [...new Set(candidates.map((c) => registrationKey(c.input.companyRegistrationId)).filter((k): k is string => !!k))];
  const byReg = new Map<string, Awaited<ReturnType<typeof companiesByRegistration>>>();
  for (const c of await companiesByRegistration(ctx.db, ctx.orgId, regKeys)) byReg.set(c.rk, [...(byReg.get(c.rk) ?? []), c]);
  for (const it of candidates) {
    const rk = registrationKey(it.input.companyRegistrationId);
    if (!rk) continue;
    const hits = (byReg.get(rk) ?? []).filter((c) => !it.input.companyCountry || c.country === it.input.companyCountry);
    if (hits.length === 1) it.company = { kind: "existing", id: hits[0].id, name: hits[0].name };
    else if (hits.length > 1)
      failed.set(
        it.row,
        `Several companies have registration number "${it.input.companyRegistrationId}" (${hits.map((h) => `${h.name}, ${h.country}`).join("; ")}). Add a company country column.`,
      );
  }
  const byName = candidates.map((it, i) => ({ it, i })).filter((x) => !x.it.company && !failed.has(x.it.row) && x.it.input.companyName);
  const matches = await matchCompanies(
    ctx.db,
    ctx.orgId,
    byName.map((x) => ({ i: x.i, name: x.it.input.companyName!, country: x.it.input.companyCountry })),
  );
  for (const { it, i } of byName) {
    const [best, second] = matches.get(i) ?? [];
    if (!best) continue;
    if (second && second.similarity === best.similarity && second.id !== best.id) {
      failed.set(
        it.row,
        `"${it.input.companyName}" matches several companies (${[best, second].map((c) => `${c.name}, ${c.country}`).join("; ")}). Add the company registration number or country.`,
      );
    } else it.company = { kind: "existing", id: best.id, name: best.name };
  }

  // Companies not in the register: created by this import (one per name or registration number).
  const newCompanies = new Map<string, NewCompany>();
  const newKeys = new Map<string, string>();
  for (const it of candidates) {
    if (it.company || failed.has(it.row)) continue;
    const { companyName, companyRegistrationId, companyCountry } = it.input;
    if (!companyName && !companyRegistrationId) continue;
    if (!companyName) {
      failed.set(
        it.row,
        `No company with registration number "${companyRegistrationId}" in your register. Add the company name to create it.`,
      );
      continue;
    }
    const country = companyCountry ?? defaultCountry;
    if (!country) {
      failed.set(
        it.row,
        `No company "${companyName}" in your register. Add a company country column (or set your organisation's country) so it can be created.`,
      );
      continue;
    }
    const rk = registrationKey(companyRegistrationId);
    const keys = [...(rk ? [`${country}|#${rk}`] : []), ...nameKeys(companyName).map((k) => `${country}|${k}`)];
    let key = keys.map((k) => newKeys.get(k)).find(Boolean);
    if (!key) {
      key = keys[0];
      newCompanies.set(key, { key, name: companyName, country, registrationId: companyRegistrationId, rows: [] });
    }
    for (const k of keys) if (!newKeys.has(k)) newKeys.set(k, key);
    newCompanies.get(key)!.rows.push(it.row);
    it.company = { kind: "new", key };
  }
  for (const [row, message] of failed)
    invalid.push({
      row,
      errors: [{ field: "companyName", column: mapping.companyName ?? mapping.companyRegistrationId ?? null, message }],
    });
  invalid.sort((a, b) => a.row - b.row);
  const items = candidates.filter((it) => !failed.has(it.row));
  progress?.("checking duplicates", 0, items.length);

  // Duplicates in the register: same email, else same name at the same company.
  const emails = [...new Set(items.map((it) => it.input.email?.toLowerCase()).filter((e): e is string => !!e))];
  const byEmail = new Map((await contactsByEmail(ctx.db, ctx.orgId, emails)).map((c) => [c.email!.toLowerCase(), c]));
  for (const it of items) {
    const hit = it.input.email ? byEmail.get(it.input.email.toLowerCase()) : undefined;
    if (hit) it.dup = { existing: { id: hit.id, row: null, name: hit.name, email: hit.email }, reason: SAME_EMAIL, similarity: null };
  }
  const atCompany = items.map((it, i) => ({ it, i })).filter((x) => !x.it.dup && x.it.company?.kind === "existing");
  const people = await matchContactsAt(
    ctx.db,
    ctx.orgId,
    atCompany.map((x) => ({ i: x.i, name: x.it.input.name, companyId: (x.it.company as { id: string }).id })),
  );
  for (const { it, i } of atCompany) {
    const best = people.get(i)?.[0];
    if (best)
      it.dup = {
        existing: { id: best.id, row: null, name: best.name, email: best.email },
        reason: SAME_NAME_AT_COMPANY,
        similarity: best.similarity,
      };
  }

  // Duplicates within the file.
  const seenEmail = new Map<string, ContactItem>();
  const seenName = new Map<string, ContactItem>();
  for (const it of items) {
    const email = it.input.email?.toLowerCase();
    const companyKey = it.company ? (it.company.kind === "existing" ? it.company.id : it.company.key) : null;
    const keys = companyKey ? nameKeys(it.input.name).map((k) => `${companyKey}|${k}`) : [];
    if (!it.dup) {
      const byMail = email ? seenEmail.get(email) : undefined;
      const first = byMail ?? keys.map((k) => seenName.get(k)).find(Boolean);
      if (first)
        it.dup = {
          existing: { id: null, row: first.row, name: first.input.name, email: first.input.email },
          reason: byMail ? SAME_EMAIL : SAME_NAME_AT_COMPANY,
          similarity: byMail ? null : 1,
        };
    }
    if (email && !seenEmail.has(email)) seenEmail.set(email, it);
    for (const k of keys) if (!seenName.has(k)) seenName.set(k, it);
  }
  progress?.("checking duplicates", items.length, items.length);
  return { items, invalid, newCompanies: [...newCompanies.values()] };
}

const FILLABLE = ["roleTitle", "email", "phone", "preferredLanguage", "notes"] as const;

export interface ContactMerge {
  id: string;
  /** Names of the fields the import filled (they were empty before). */
  filled: string[];
  employmentIds: string[];
  /** The contact's updatedAt as the import left it: undo restores only an untouched contact. */
  updatedAt: string;
}

/** Writes the plan in the caller's transaction. */
export async function applyContacts(tx: Ctx, batchId: string, plan: ContactPlan, decisions: Decisions, progress?: Progress) {
  type Creation = { values: NewContactRow; companies: string[] };
  const creations = new Map<number, Creation>();
  const resolved = new Map<number, { created: number } | { existing: string }>();
  const newCompanyIds = new Map<string, string>();
  const companyId = (link: CompanyLink | null): string | null => {
    if (!link) return null;
    if (link.kind === "existing") return link.id;
    let id = newCompanyIds.get(link.key);
    if (!id) {
      id = randomUUID();
      newCompanyIds.set(link.key, id);
    }
    return id;
  };
  const mergeIds = [...new Set(plan.items.filter((it) => it.dup?.existing.id).map((it) => it.dup!.existing.id!))];
  const originals = new Map((await contactsByIds(tx.db, tx.orgId, mergeIds)).map((c) => [c.id, c]));
  const working = new Map<string, { row: ContactRow; filled: Set<string>; companies: Set<string> }>();
  const employed = new Set((await activeEmployments(tx.db, tx.orgId, mergeIds)).map((e) => `${e.contactId}|${e.companyId}`));
  let merged = 0;
  let skipped = 0;

  const create = (it: ContactItem) => {
    const { companyName: _n, companyRegistrationId: _r, companyCountry: _c, ...fields } = it.input;
    const cid = companyId(it.company);
    creations.set(it.row, {
      values: {
        ...fields,
        id: randomUUID(),
        organizationId: tx.orgId,
        searchName: searchKey([fields.name]),
        importBatchId: batchId,
        createdBy: tx.user.id,
        updatedBy: tx.user.id,
      },
      companies: cid ? [cid] : [],
    });
    resolved.set(it.row, { created: it.row });
  };
  const mergeExisting = (id: string, it: ContactItem) => {
    const original = originals.get(id);
    if (!original) return false;
    const w = working.get(id) ?? { row: { ...original }, filled: new Set<string>(), companies: new Set<string>() };
    for (const k of FILLABLE) {
      if (!w.row[k] && it.input[k]) {
        (w.row as Record<string, unknown>)[k] = it.input[k];
        w.filled.add(k);
      }
    }
    const cid = companyId(it.company);
    if (cid && !employed.has(`${id}|${cid}`)) w.companies.add(cid);
    working.set(id, w);
    resolved.set(it.row, { existing: id });
    return true;
  };

  for (const it of plan.items) {
    const decision = it.dup ? decide(decisions, it.row) : "create";
    if (decision === "create") create(it);
    else if (decision === "skip") skipped++;
    else if (it.dup!.existing.id) {
      if (mergeExisting(it.dup!.existing.id, it)) merged++;
      else create(it);
    } else {
      const target = resolved.get(it.dup!.existing.row!);
      if (target && "created" in target) {
        const c = creations.get(target.created)!;
        for (const k of FILLABLE) if (!c.values[k] && it.input[k]) c.values[k] = it.input[k];
        const cid = companyId(it.company);
        if (cid && !c.companies.includes(cid)) c.companies.push(cid);
        resolved.set(it.row, target);
        merged++;
      } else if (target && "existing" in target) {
        mergeExisting(target.existing, it);
        merged++;
      } else create(it);
    }
  }

  // Companies this import creates for its contacts.
  const companyRows = plan.newCompanies
    .filter((nc) => newCompanyIds.has(nc.key))
    .map((nc) => {
      const base = { name: nc.name, otherNames: [] as string[], naceCode: null, naceLabel: null };
      return {
        ...base,
        ...derived(base),
        id: newCompanyIds.get(nc.key)!,
        organizationId: tx.orgId,
        country: nc.country,
        registrationId: nc.registrationId,
        importBatchId: batchId,
        createdBy: tx.user.id,
        updatedBy: tx.user.id,
      };
    });
  for (let i = 0; i < companyRows.length; i += 500) await insertCompanyRows(tx.db, companyRows.slice(i, i + 500));

  const list = [...creations.values()];
  const total = list.length + working.size;
  for (let i = 0; i < list.length; i += 500) {
    const chunk = list.slice(i, i + 500);
    await insertContactRows(
      tx.db,
      chunk.map((c) => c.values),
    );
    const jobs = chunk.flatMap((c) =>
      c.companies.map((companyId) => ({ organizationId: tx.orgId, contactId: c.values.id!, companyId, title: c.values.roleTitle ?? null })),
    );
    if (jobs.length) await insertEmployments(tx.db, jobs);
    progress?.("importing", Math.min(i + 500, list.length), total);
  }

  const merges: ContactMerge[] = [];
  for (const [id, w] of working) {
    const employmentIds: string[] = [];
    for (const cid of w.companies) {
      employmentIds.push(await insertEmployment(tx.db, tx.orgId, { contactId: id, companyId: cid, title: w.row.roleTitle }));
    }
    const updatedAt = new Date();
    const set = Object.fromEntries([...w.filled].map((k) => [k, (w.row as Record<string, unknown>)[k]]));
    if (w.filled.size) await setContactFields(tx.db, tx.orgId, id, { ...set, updatedBy: tx.user.id, updatedAt });
    if (w.filled.size || employmentIds.length)
      merges.push({
        id,
        filled: [...w.filled],
        employmentIds,
        updatedAt: (w.filled.size ? updatedAt : originals.get(id)!.updatedAt).toISOString(),
      });
  }
  progress?.("importing", total, total);
  return { created: list.length, merged, skipped, companiesCreated: companyRows.length, merges };
}

/** Takes back what an import added to existing contacts: its employment records, and the fields it filled if nobody changed the contact since. */
export async function restoreContacts(tx: Ctx, merges: ContactMerge[]) {
  let restored = 0;
  const keptChanges: Array<{ id: string; fields: string[] }> = [];
  const employmentIds = merges.flatMap((m) => m.employmentIds);
  if (employmentIds.length) await deleteEmployments(tx.db, tx.orgId, employmentIds);
  const current = new Map(
    (
      await contactsByIds(
        tx.db,
        tx.orgId,
        merges.map((m) => m.id),
      )
    ).map((c) => [c.id, c]),
  );
  for (const m of merges) {
    const c = current.get(m.id);
    if (!c) continue;
    if (m.filled.length && c.updatedAt.toISOString() !== m.updatedAt) {
      keptChanges.push({ id: m.id, fields: m.filled });
      continue;
    }
    if (m.filled.length) {
      await setContactFields(tx.db, tx.orgId, m.id, {
        ...Object.fromEntries(m.filled.map((k) => [k, null])),
        updatedBy: tx.user.id,
        updatedAt: new Date(),
      });
    }
    restored++;
  }
  return { restored, keptChanges };
}

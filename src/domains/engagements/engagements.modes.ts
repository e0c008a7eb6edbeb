import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { DEFAULT_MODES } from "./engagements.rules.js";
import * as repo from "./engagements.modes.repo.js";

type ModeRow = repo.ModeRow;
const toMode = (m: ModeRow) => ({ key: m.key, label: m.label, position: m.position, archived: m.archived });

/** Seeds the default modes the first time an organisation needs its list. */
async function ensureModes(db: Db, orgId: string): Promise<void> {
  const { n } = await repo.modeCount(db, orgId);
  if (n > 0) return;
  await repo.insertModes(
    db,
    orgId,
    DEFAULT_MODES.map((m, i) => ({ key: m.key, label: m.label, position: i * 10 })),
  );
}

/** The organisation's engagement modes, in their order (archived ones included, marked). */
export async function listModes(ctx: Ctx) {
  await ensureModes(ctx.db, ctx.orgId);
  const rows = await repo.modesOf(ctx.db, ctx.orgId);
  return { items: rows.map(toMode) };
}

/** Adds a mode to the organisation's list (admins). */
export async function createMode(ctx: Ctx, input: { key: string; label: string }) {
  requireRole(ctx, "admin");
  await ensureModes(ctx.db, ctx.orgId);
  return inTransaction(ctx, async (tx) => {
    const { max } = await repo.modeCount(tx.db, ctx.orgId);
    const [row] = await repo.insertModes(tx.db, ctx.orgId, [{ key: input.key, label: input.label, position: max + 10 }]);
    if (!row)
      throw new AppError("conflict", `A mode with the key ${input.key} exists already.`, {
        errors: [{ path: "key", message: "Already in use." }],
      });
    await audit(tx, { action: "settings", entityType: "engagement_mode", entityId: row.id, summary: `Added engagement mode ${row.label}` });
    return toMode(row);
  });
}

/** Renames, reorders or archives a mode (admins). Archived modes stay on engagements that have them. */
export async function updateMode(ctx: Ctx, key: string, patch: { label?: string; archived?: boolean; position?: number }) {
  requireRole(ctx, "admin");
  await ensureModes(ctx.db, ctx.orgId);
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  // An empty patch changes nothing (drizzle refuses an empty SET): answer the mode as it is, without an audit entry.
  if (!Object.keys(set).length) {
    const [row] = await repo.modesByKey(ctx.db, ctx.orgId, [key]);
    if (!row) throw notFound("Engagement mode");
    return toMode(row);
  }
  return inTransaction(ctx, async (tx) => {
    const row = await repo.updateMode(tx.db, ctx.orgId, key, set);
    if (!row) throw notFound("Engagement mode");
    await audit(tx, {
      action: "settings",
      entityType: "engagement_mode",
      entityId: row.id,
      summary: `Changed engagement mode ${row.key}`,
      details: { fields: Object.keys(set) },
    });
    return toMode(row);
  });
}

/**
 * Refuses unknown modes, and archived modes unless the engagement has them already (422 on `modes`).
 */
export async function assertModes(ctx: Ctx, keys: string[], already: string[] = []): Promise<string[]> {
  const unique = [...new Set(keys)];
  if (!unique.length) return [];
  await ensureModes(ctx.db, ctx.orgId);
  const rows = await repo.modesByKey(ctx.db, ctx.orgId, unique);
  const usable = new Set(rows.filter((r) => !r.archived || already.includes(r.key)).map((r) => r.key));
  const bad = unique.filter((k) => !usable.has(k));
  if (bad.length) {
    throw new AppError("validation", `Unknown or archived engagement mode: ${bad.join(", ")}.`, {
      errors: [{ path: "modes", message: `Not a mode of your organisation: ${bad.join(", ")}` }],
    });
  }
  return unique;
}

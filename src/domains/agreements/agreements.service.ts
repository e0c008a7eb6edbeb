import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { checkUpload, deleteOrgFile, readOrgFile, saveOrgFile } from "../../platform/storage.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import type { EngagementRow } from "../engagements/engagements.repo.js";
import { load as loadEngagement } from "../engagements/engagements.service.js";
import type { Agreement, AgreementInput, Indicator, IndicatorInput, IndicatorPatch, SignedFile } from "./agreements.schema.js";
import {
  agreementOf,
  changedAgreements,
  deleteAgreement,
  deleteIndicator,
  findIndicator,
  indicatorRows,
  insertAgreement,
  insertIndicator,
  latestIndicatorValues,
  maxIndicatorPosition,
  updateAgreement,
  updateIndicatorRow,
  claimAgreementVersion,
  type AgreementRow,
  type IndicatorRow,
} from "./agreements.repo.js";
import type { SyncQuery } from "../../shared/pagination.js";

/** The engagement's agreement row, or undefined (the engagement must already be the caller's). */
export async function findAgreement(ctx: Ctx, engagementId: string): Promise<AgreementRow | undefined> {
  return agreementOf(ctx.db, ctx.orgId, engagementId);
}

/** The organisation's agreements changed at or after `updatedSince` (all without it), oldest change first: for syncing. */
export async function changed(ctx: Ctx, q: SyncQuery) {
  const { rows, total, nextCursor } = await changedAgreements(ctx.db, ctx.orgId, q);
  const items = await Promise.all(rows.map((a) => toAgreement(ctx, a)));
  return { items, total, limit: q.limit, offset: 0, nextCursor };
}

async function loadAgreement(ctx: Ctx, e: EngagementRow): Promise<AgreementRow> {
  const row = await findAgreement(ctx, e.id);
  if (!row) throw notFound("Agreement");
  return row;
}

/** Latest recorded value per indicator (by check-in day). */
async function latestValues(ctx: Ctx, indicatorIds: string[]): Promise<Map<string, { value: number; on: string }>> {
  if (!indicatorIds.length) return new Map();
  const rows = await latestIndicatorValues(ctx.db, ctx.orgId, indicatorIds);
  return new Map(rows.map((r) => [r.indicatorId, { value: r.value, on: r.on }]));
}

/** Share of the way from baseline to target (null when it cannot be said). */
export function progressOf(baseline: number | null, target: number | null, value: number | null): number | null {
  if (value === null || target === null) return null;
  const base = baseline ?? 0;
  if (target === base) return value === target ? 1 : null;
  return Math.round(((value - base) / (target - base)) * 1000) / 1000;
}

/** An engagement's indicators in order, with their latest values and progress. */
export async function indicatorsOf(ctx: Ctx, engagementId: string): Promise<Indicator[]> {
  const rows = await indicatorRows(ctx.db, ctx.orgId, engagementId);
  const latest = await latestValues(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toIndicator(r, latest.get(r.id) ?? null));
}

function toIndicator(r: IndicatorRow, latest: { value: number; on: string } | null): Indicator {
  return {
    id: r.id,
    engagementId: r.engagementId,
    name: r.name,
    unit: r.unit,
    baseline: r.baseline,
    target: r.target,
    position: r.position,
    latest,
    progress: progressOf(r.baseline, r.target, latest?.value ?? null),
  };
}

async function toAgreement(ctx: Ctx, a: AgreementRow): Promise<Agreement> {
  const [names, indicators] = await Promise.all([
    userNames(ctx.db, [a.createdBy, a.updatedBy, a.signedFileUploadedBy]),
    indicatorsOf(ctx, a.engagementId),
  ]);
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? "(former user)" } : null);
  const signedFile: SignedFile | null = a.signedFileKey
    ? {
        filename: a.signedFileName!,
        contentType: a.signedFileType!,
        size: a.signedFileSize!,
        sha256: a.signedFileSha256!,
        uploadedBy: ref(a.signedFileUploadedBy),
        uploadedAt: a.signedFileUploadedAt!.toISOString(),
      }
    : null;
  return {
    id: a.id,
    engagementId: a.engagementId,
    kind: a.kind,
    goals: a.goals,
    ngoResponsibilities: a.ngoResponsibilities,
    companyResponsibilities: a.companyResponsibilities,
    activities: a.activities,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    ngoSignedOn: a.ngoSignedOn,
    companySignedOn: a.companySignedOn,
    signed: !!a.ngoSignedOn && !!a.companySignedOn,
    confidentialityClause: a.confidentialityClause,
    nameUseTerms: a.nameUseTerms,
    publicStatementTerms: a.publicStatementTerms,
    confidential: a.confidential,
    clearedForPublication: a.clearedForPublication,
    signedFile,
    indicators,
    createdBy: ref(a.createdBy),
    updatedBy: ref(a.updatedBy),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** The engagement's agreement; 404 when the engagement is not the caller's or has no agreement yet. */
export async function get(ctx: Ctx, engagementId: string): Promise<Agreement> {
  const e = await loadEngagement(ctx, engagementId);
  return toAgreement(ctx, await loadAgreement(ctx, e));
}

const TERM_FIELDS = [
  "kind",
  "goals",
  "ngoResponsibilities",
  "companyResponsibilities",
  "activities",
  "startsOn",
  "endsOn",
  "ngoSignedOn",
  "companySignedOn",
  "confidentialityClause",
  "nameUseTerms",
  "publicStatementTerms",
  "confidential",
  "clearedForPublication",
] as const;

/** Records or replaces the engagement's agreement terms (indicators and the signed file are kept). */
export async function put(ctx: Ctx, engagementId: string, input: AgreementInput): Promise<{ agreement: Agreement; created: boolean }> {
  const e = await loadEngagement(ctx, engagementId);
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const before = await findAgreement(tx, e.id);
    const now = new Date();
    let row: AgreementRow;
    if (before) {
      await claimAgreementVersion(tx, before.id);
      row = await updateAgreement(tx.db, ctx.orgId, before.id, { ...input, updatedBy: ctx.user.id, updatedAt: now });
      const changed = TERM_FIELDS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(row[k]));
      await audit(tx, {
        action: "update",
        entityType: "agreement",
        entityId: row.id,
        summary: `Changed the agreement of engagement ${e.title}`,
        details: { engagementId: e.id, fields: changed },
      });
    } else {
      const inserted = await insertAgreement(tx.db, ctx.orgId, {
        ...input,
        engagementId: e.id,
        createdBy: ctx.user.id,
        updatedBy: ctx.user.id,
      });
      if (!inserted) throw new AppError("conflict", "The agreement was recorded at the same moment by someone else; reload and try again.");
      row = inserted;
      await audit(tx, {
        action: "create",
        entityType: "agreement",
        entityId: row.id,
        summary: `Recorded the ${row.kind === "mou" ? "MoU" : "contract"} of engagement ${e.title}`,
        details: { engagementId: e.id },
      });
    }
    return { agreement: await toAgreement(tx, row), created: !before };
  });
}

/** Deletes the engagement's agreement with its indicators, their check-in values and the signed file. */
export async function remove(ctx: Ctx, engagementId: string): Promise<void> {
  const e = await loadEngagement(ctx, engagementId);
  requireRole(ctx, "member");
  const key = await inTransaction(ctx, async (tx) => {
    const a = await loadAgreement(tx, e);
    await claimAgreementVersion(tx, a.id);
    await deleteAgreement(tx.db, ctx.orgId, a.id);
    await audit(tx, {
      action: "delete",
      entityType: "agreement",
      entityId: a.id,
      summary: `Deleted the agreement of engagement ${e.title}`,
      details: { engagementId: e.id },
    });
    return a.signedFileKey;
  });
  if (key) await deleteOrgFile(ctx.orgId, key);
}

// ---- Indicators ------------------------------------------------------------------------------------

async function loadIndicator(ctx: Ctx, engagementId: string, id: string): Promise<IndicatorRow> {
  const row = await findIndicator(ctx.db, ctx.orgId, engagementId, id);
  if (!row) throw notFound("Indicator");
  return row;
}

/** The engagement's indicators (an empty list while there is no agreement). */
export async function listIndicators(ctx: Ctx, engagementId: string): Promise<{ items: Indicator[] }> {
  const e = await loadEngagement(ctx, engagementId);
  return { items: await indicatorsOf(ctx, e.id) };
}

/** Adds an indicator to the engagement's agreement (409 while there is no agreement). */
export async function addIndicator(ctx: Ctx, engagementId: string, input: IndicatorInput): Promise<Indicator> {
  const e = await loadEngagement(ctx, engagementId);
  requireRole(ctx, "member");
  return inTransaction(ctx, async (tx) => {
    const a = await findAgreement(tx, e.id);
    if (!a)
      throw new AppError("rule_violation", "Record the agreement first (PUT …/agreement); indicators belong to it.", {
        rule: "agreement_required",
      });
    const max = await maxIndicatorPosition(tx.db, ctx.orgId, e.id);
    const row = await insertIndicator(tx.db, ctx.orgId, {
      agreementId: a.id,
      engagementId: e.id,
      name: input.name,
      unit: input.unit,
      baseline: input.baseline,
      target: input.target,
      position: input.position ?? max + 10,
    });
    await audit(tx, {
      action: "create",
      entityType: "indicator",
      entityId: row.id,
      summary: `Added indicator ${row.name} to engagement ${e.title}`,
      details: { engagementId: e.id },
    });
    return toIndicator(row, null);
  });
}

/** Changes an indicator. */
export async function updateIndicator(ctx: Ctx, engagementId: string, id: string, patch: IndicatorPatch): Promise<Indicator> {
  const e = await loadEngagement(ctx, engagementId);
  const before = await loadIndicator(ctx, e.id, id);
  requireRole(ctx, "member");
  const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as IndicatorPatch;
  return inTransaction(ctx, async (tx) => {
    const row = await updateIndicatorRow(tx.db, ctx.orgId, before.id, { ...given, updatedAt: new Date() });
    await audit(tx, {
      action: "update",
      entityType: "indicator",
      entityId: id,
      summary: `Changed indicator ${before.name}`,
      details: { engagementId: e.id, fields: Object.keys(given) },
    });
    return toIndicator(row, (await latestValues(tx, [row.id])).get(row.id) ?? null);
  });
}

/** Deletes an indicator and the values recorded for it. */
export async function removeIndicator(ctx: Ctx, engagementId: string, id: string): Promise<void> {
  const e = await loadEngagement(ctx, engagementId);
  const before = await loadIndicator(ctx, e.id, id);
  requireRole(ctx, "member");
  await inTransaction(ctx, async (tx) => {
    await deleteIndicator(tx.db, ctx.orgId, before.id);
    await audit(tx, {
      action: "delete",
      entityType: "indicator",
      entityId: id,
      summary: `Deleted indicator ${before.name}`,
      details: { engagementId: e.id },
    });
  });
}

// ---- Signed file -----------------------------------------------------------------------------------

/** Attaches (or replaces) the signed copy of the agreement. PDF, images or office documents. */
export async function attachSignedFile(
  ctx: Ctx,
  engagementId: string,
  file: { filename: string; type: string; bytes: Uint8Array },
): Promise<Agreement> {
  const e = await loadEngagement(ctx, engagementId);
  requireRole(ctx, "member");
  await loadAgreement(ctx, e);
  const contentType = checkUpload(file.bytes, file.filename, file.type);
  const filename = file.filename.replace(/[\u0000-\u001f\u007f/\\"]/g, "_").slice(0, 255) || "signed-agreement";
  const saved = await saveOrgFile(ctx.orgId, "agreements", file.bytes);
  let replaced: string | null = null;
  try {
    const result = await inTransaction(ctx, async (tx) => {
      const a = await loadAgreement(tx, e);
      replaced = a.signedFileKey;
      const row = await updateAgreement(tx.db, ctx.orgId, a.id, {
        signedFileKey: saved.key,
        signedFileName: filename,
        signedFileType: contentType,
        signedFileSize: saved.size,
        signedFileSha256: saved.sha256,
        signedFileUploadedBy: ctx.user.id,
        signedFileUploadedAt: new Date(),
        updatedBy: ctx.user.id,
        updatedAt: new Date(),
      });
      await audit(tx, {
        action: "update",
        entityType: "agreement",
        entityId: a.id,
        summary: `Attached the signed agreement ${filename} to engagement ${e.title}`,
        details: { engagementId: e.id, size: saved.size, sha256: saved.sha256, contentType },
      });
      return toAgreement(tx, row);
    });
    if (replaced) await deleteOrgFile(ctx.orgId, replaced);
    return result;
  } catch (err) {
    await deleteOrgFile(ctx.orgId, saved.key);
    throw err;
  }
}

/** The signed copy's bytes, for the organisation only (404 when none is attached). */
export async function readSignedFile(ctx: Ctx, engagementId: string): Promise<{ filename: string; contentType: string; bytes: Buffer }> {
  const e = await loadEngagement(ctx, engagementId);
  const a = await loadAgreement(ctx, e);
  if (!a.signedFileKey) throw notFound("Signed agreement file");
  return { filename: a.signedFileName!, contentType: a.signedFileType!, bytes: await readOrgFile(ctx.orgId, a.signedFileKey) };
}

/** Removes the signed copy. */
export async function removeSignedFile(ctx: Ctx, engagementId: string): Promise<void> {
  const e = await loadEngagement(ctx, engagementId);
  requireRole(ctx, "member");
  const key = await inTransaction(ctx, async (tx) => {
    const a = await loadAgreement(tx, e);
    if (!a.signedFileKey) throw notFound("Signed agreement file");
    await updateAgreement(tx.db, ctx.orgId, a.id, {
      signedFileKey: null,
      signedFileName: null,
      signedFileType: null,
      signedFileSize: null,
      signedFileSha256: null,
      signedFileUploadedBy: null,
      signedFileUploadedAt: null,
      updatedBy: ctx.user.id,
      updatedAt: new Date(),
    });
    await audit(tx, {
      action: "update",
      entityType: "agreement",
      entityId: a.id,
      summary: `Removed the signed agreement ${a.signedFileName} from engagement ${e.title}`,
      details: { engagementId: e.id },
    });
    return a.signedFileKey;
  });
  await deleteOrgFile(ctx.orgId, key);
}

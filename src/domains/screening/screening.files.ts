import type { Ctx } from "../../platform/context.js";
import { inTransaction } from "../../platform/context.js";
import { checkUpload, deleteOrgFile, readOrgFile, saveOrgFile } from "../../platform/storage.js";
import { notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import type { EvidenceFile } from "./screening.schema.js";
import { criteriaOf, versionOf } from "./catalogue.service.js";
import {
  deleteScreeningFile,
  find,
  findDraft,
  findScreeningFile,
  insertScreeningFile,
  updateScreening,
  usedStorageKeys,
  type ScreeningFileRow as FileRow,
} from "./screening.repo.js";

// Evidence files of screenings: bytes in the organisation's file storage, rows in screening_file. A file
// carried into a later screening is a second row pointing at the same bytes; bytes go when no row is left.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API shape of a file row. */
export function toFile(f: FileRow, names: Map<string, string>): EvidenceFile {
  return {
    id: f.id,
    criterionKey: f.criterionKey,
    filename: f.filename,
    contentType: f.contentType,
    size: f.size,
    sha256: f.sha256,
    uploadedBy: f.uploadedBy ? { id: f.uploadedBy, name: names.get(f.uploadedBy) ?? "(former user)" } : null,
    createdAt: f.createdAt.toISOString(),
  };
}

/** Deletes files whose bytes no row of the organisation points at any more. */
export async function dropOrphans(ctx: Ctx, keys: string[]) {
  if (!keys.length) return;
  const used = new Set(await usedStorageKeys(ctx.db, ctx.orgId, keys));
  for (const k of keys) if (!used.has(k)) await deleteOrgFile(ctx.orgId, k);
}

/** Attaches an evidence file to a draft (optionally to one criterion). Members. */
export async function addFile(
  ctx: Ctx,
  id: string,
  file: { filename: string; type: string; bytes: Uint8Array },
  criterionKey: string | null,
): Promise<EvidenceFile> {
  requireRole(ctx, "member");
  const row = await findDraft(ctx, id);
  if (criterionKey) {
    const version = await versionOf(ctx, row);
    if (!criteriaOf(version).some((c) => c.key === criterionKey)) throw notFound("Criterion");
  }
  const contentType = checkUpload(file.bytes, file.filename, file.type);
  const filename = file.filename.replace(/[\u0000-\u001f\u007f/\\]/g, "_").slice(0, 255) || "evidence";
  const saved = await saveOrgFile(ctx.orgId, "screening", file.bytes);
  try {
    const inserted = await inTransaction(ctx, async (tx) => {
      const locked = await findDraft(tx, id, { lock: true });
      const f = await insertScreeningFile(tx.db, ctx.orgId, {
        screeningId: locked.id,
        criterionKey,
        filename,
        contentType,
        size: saved.size,
        sha256: saved.sha256,
        storageKey: saved.key,
        uploadedBy: ctx.user.id,
      });
      await updateScreening(tx, locked.id, { updatedAt: new Date() });
      await audit(tx, {
        action: "update",
        entityType: "screening",
        entityId: locked.id,
        summary: `Attached evidence ${filename}`,
        details: { fileId: f.id, criterionKey, size: saved.size, sha256: saved.sha256 },
      });
      return f;
    });
    return toFile(inserted, await userNames(ctx.db, [inserted.uploadedBy]));
  } catch (err) {
    await deleteOrgFile(ctx.orgId, saved.key);
    throw err;
  }
}

async function findFile(ctx: Ctx, screeningId: string, fileId: string): Promise<FileRow> {
  if (!UUID.test(fileId)) throw notFound("File");
  const f = await findScreeningFile(ctx.db, ctx.orgId, screeningId, fileId);
  if (!f) throw notFound("File");
  return f;
}

/** An evidence file's bytes, for the organisation only. */
export async function readFile(ctx: Ctx, id: string, fileId: string): Promise<{ file: EvidenceFile; bytes: Buffer }> {
  const row = await find(ctx, id);
  const f = await findFile(ctx, row.id, fileId);
  return { file: toFile(f, new Map()), bytes: await readOrgFile(ctx.orgId, f.storageKey) };
}

/** Removes an evidence file from a draft. Members. */
export async function removeFile(ctx: Ctx, id: string, fileId: string): Promise<void> {
  requireRole(ctx, "member");
  const key = await inTransaction(ctx, async (tx) => {
    const row = await findDraft(tx, id, { lock: true });
    const f = await findFile(tx, row.id, fileId);
    await deleteScreeningFile(tx.db, ctx.orgId, f.id);
    await audit(tx, {
      action: "update",
      entityType: "screening",
      entityId: row.id,
      summary: `Removed evidence ${f.filename}`,
      details: { fileId: f.id },
    });
    return f.storageKey;
  });
  await dropOrphans(ctx, [key]);
}

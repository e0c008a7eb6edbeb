import { createWriteStream } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Ctx } from "../../platform/context.js";
import type { Database } from "../../platform/db.js";
import { enqueueJob } from "../../platform/jobs.js";
import { filesRoot } from "../../platform/storage.js";
import { AppError, notFound } from "../../shared/app-error.js";
import { audit } from "../audit/audit.service.js";
import { requireRole } from "../auth/guard.js";
import { userNames } from "../companies/companies.repo.js";
import { createImport, runImport, type ImportRow } from "./watchlists.import.js";
import { screenerFor } from "./watchlists.index-cache.js";
import { DEFAULT_LIST_NAMES, type Watchlist, type WatchlistFormat, type WatchlistImport } from "./watchlists.schema.js";
import { OFAC_FILES } from "./watchlists.sources.js";
import { findImport, importById, importPage, listsOf, setImport } from "./watchlists.repo.js";

// Watchlists as reference data: the instance-wide lists the operator imports from the command line, and
// an organisation's private lists its admins upload (imported by a background job).

export const IMPORT_JOB = "watchlist-import";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lists the organisation screens against: the instance-wide ones and its own. */
export async function listWatchlists(ctx: Ctx): Promise<Watchlist[]> {
  const rows = await listsOf(ctx.db, ctx.orgId);
  return rows.map((w) => ({
    id: w.id,
    name: w.name,
    format: w.format,
    scope: w.organizationId ? "organization" : "instance",
    currentVersion: w.currentVersion,
    entityCount: w.entityCount,
    updatedAt: w.updatedAt.toISOString(),
  }));
}

function toImport(r: ImportRow, names: Map<string, string>): WatchlistImport {
  return {
    id: r.id,
    watchlistId: r.watchlistId,
    name: r.name,
    format: r.format,
    version: r.version,
    filename: r.filename,
    status: r.status,
    processed: r.processed,
    added: r.added,
    changed: r.changed,
    removed: r.removed,
    error: r.error,
    errorCode: r.errorCode,
    errorParams: r.errorParams,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    by: r.by ? { id: r.by, name: names.get(r.by) ?? "(former user)" } : null,
  };
}

/** One of the organisation's imports (progress while it runs). */
export async function getImport(ctx: Ctx, id: string): Promise<WatchlistImport> {
  if (!UUID.test(id)) throw notFound("Watchlist import");
  const row = await findImport(ctx.db, ctx.orgId, id);
  if (!row) throw notFound("Watchlist import");
  return toImport(row, await userNames(ctx.db, [row.by]));
}

/** The organisation's imports, newest first. */
export async function listImports(ctx: Ctx, page: { limit: number; offset: number }) {
  const { rows, total } = await importPage(ctx.db, ctx.orgId, page.limit, page.offset);
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.by),
  );
  return { items: rows.map((r) => toImport(r, names)), total, limit: page.limit, offset: page.offset };
}

const uploadDir = (orgId: string, importId: string) => join(filesRoot(), orgId, "watchlists", importId);

/** The uploaded list: one file, or for ofac-csv the SDN set (sdn required, alt and add optional). */
export interface ListUpload {
  format: WatchlistFormat;
  name?: string;
  file?: File;
  sdn?: File;
  alt?: File;
  add?: File;
}

async function save(file: File, path: string): Promise<void> {
  await pipeline(Readable.fromWeb(file.stream() as unknown as WebReadableStream), createWriteStream(path, { flags: "wx" }));
}

/**
 * Starts importing a private list of the organisation from an upload: the file is kept until the
 * background job has read it; poll GET /watchlists/imports/{id}. Admins.
 */
export async function requestImport(ctx: Ctx, up: ListUpload): Promise<WatchlistImport> {
  requireRole(ctx, "admin");
  const ofac = up.format === "ofac-csv";
  const main = ofac ? up.sdn : up.file;
  if (!main || main.size === 0) {
    const field = ofac ? "sdn" : "file";
    throw new AppError(
      "validation",
      ofac ? "Attach OFAC's sdn.csv as `sdn` (and alt.csv, add.csv as `alt`, `add`)." : "Attach the list file as `file`.",
      { errors: [{ path: field, message: "Required." }] },
    );
  }
  const name = up.name?.trim() || DEFAULT_LIST_NAMES[up.format];
  const imp = await createImport(ctx.db, {
    orgId: ctx.orgId,
    name,
    format: up.format,
    filename: main.name || (ofac ? "sdn.csv" : "upload"),
    by: ctx.user.id,
  });
  const dir = uploadDir(ctx.orgId, imp.id);
  await mkdir(dir, { recursive: true });
  let path: string;
  if (ofac) {
    const files: Record<(typeof OFAC_FILES)[number], File | undefined> = { "sdn.csv": up.sdn, "alt.csv": up.alt, "add.csv": up.add };
    for (const [fname, f] of Object.entries(files)) {
      if (f) await save(f, join(dir, fname));
      else await writeFile(join(dir, fname), "");
    }
    path = dir;
  } else {
    path = join(dir, "list");
    await save(main, path);
  }
  await setImport(ctx.db, imp.id, { upload: { path } });
  await audit(ctx, {
    action: "import",
    entityType: "watchlist",
    entityId: imp.id,
    summary: `Started importing the private list "${name}" (${up.format}) from ${imp.filename}`,
  });
  try {
    await enqueueJob(ctx.database, IMPORT_JOB, { importId: imp.id });
  } catch (err) {
    // Nothing will read the upload: record the failure instead of leaving the import "running".
    await setImport(ctx.db, imp.id, {
      status: "failed",
      error: "The import could not be queued.",
      errorCode: "not_queued",
      finishedAt: new Date(),
      upload: null,
    });
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return getImport(ctx, imp.id);
}

/** The background job: runs the import from its upload, then removes the upload. Safe to run twice. */
export async function runImportJob(database: Database, data: { importId: string }, signal?: AbortSignal): Promise<void> {
  const imp = await importById(database.db, data.importId);
  if (!imp || imp.status !== "running") return;
  const path = imp.upload?.path;
  try {
    if (!path) {
      await setImport(database.db, imp.id, {
        status: "failed",
        error: "The uploaded file is gone.",
        errorCode: "file_gone",
        finishedAt: new Date(),
      });
      return;
    }
    const done = await runImport(database, imp.id, path, undefined, signal);
    // Build the organisation's index now rather than on its next screening.
    if (done.status === "done") await screenerFor(database, imp.organizationId);
  } finally {
    if (imp.organizationId) await rm(uploadDir(imp.organizationId, imp.id), { recursive: true, force: true });
  }
}

/** Imports an instance-wide list from a local path (the operator's CLI); returns the finished import record. */
export async function importInstanceList(
  database: Database,
  req: { format: WatchlistFormat; path: string; name?: string },
  onProgress?: (processed: number) => void,
): Promise<ImportRow> {
  const name = req.name?.trim() || DEFAULT_LIST_NAMES[req.format];
  const imp = await createImport(database.db, { orgId: null, name, format: req.format, filename: req.path, by: null });
  return runImport(database, imp.id, req.path, onProgress);
}

import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { AppError } from "../shared/app-error.js";
import type { Env } from "./env.js";

// Files uploaded by an organisation (screening evidence, later agreements and reports), kept on disk under
// PARTNERWISE_DATA_DIR/files/<organisation id>/<area>/<random id>. The database row that points at a file
// is what makes it reachable: callers load that row scoped to the organisation, then read the bytes here.
// Keys are generated, never taken from a request, and every read re-checks the organisation prefix.

/** Content types we accept, each with the signature its first bytes must carry. */
const TYPES: Record<string, { ext: string[]; check: (b: Uint8Array) => boolean }> = {
  "application/pdf": { ext: ["pdf"], check: (b) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  "image/png": { ext: ["png"], check: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  "image/jpeg": { ext: ["jpg", "jpeg"], check: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  "image/webp": { ext: ["webp"], check: (b) => starts(b, [0x52, 0x49, 0x46, 0x46]) && ascii(b, 8, 4) === "WEBP" },
  "text/plain": { ext: ["txt"], check: isText },
  "text/csv": { ext: ["csv"], check: isText },
  "message/rfc822": { ext: ["eml"], check: isText },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { ext: ["docx"], check: isZip },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { ext: ["xlsx"], check: isZip },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": { ext: ["pptx"], check: isZip },
  "application/vnd.oasis.opendocument.text": { ext: ["odt"], check: isZip },
  "application/vnd.oasis.opendocument.spreadsheet": { ext: ["ods"], check: isZip },
  "application/msword": { ext: ["doc"], check: isOle },
  "application/vnd.ms-excel": { ext: ["xls"], check: isOle },
};

export const ACCEPTED_CONTENT_TYPES = Object.keys(TYPES);

function starts(b: Uint8Array, sig: number[]) {
  return b.length >= sig.length && sig.every((x, i) => b[i] === x);
}
function ascii(b: Uint8Array, at: number, n: number) {
  return String.fromCharCode(...b.subarray(at, at + n));
}
function isZip(b: Uint8Array) {
  return starts(b, [0x50, 0x4b, 0x03, 0x04]);
}
function isOle(b: Uint8Array) {
  return starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}
function isText(b: Uint8Array) {
  if (b.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

// Where files go and how large they may be: set once at boot from the parsed settings (src/server/boot.ts).
let settings: { root: string; maxUploadBytes: number; maxWatchlistBytes: number } | undefined;

/** Takes the storage settings (PARTNERWISE_DATA_DIR, PARTNERWISE_MAX_UPLOAD_MB, PARTNERWISE_MAX_WATCHLIST_MB) at boot. */
export function configureStorage(
  env: Pick<Env, "PARTNERWISE_DATA_DIR" | "PARTNERWISE_MAX_UPLOAD_MB" | "PARTNERWISE_MAX_WATCHLIST_MB">,
): void {
  settings = {
    root: resolve(env.PARTNERWISE_DATA_DIR, "files"),
    maxUploadBytes: Math.floor(env.PARTNERWISE_MAX_UPLOAD_MB * 1024 * 1024),
    maxWatchlistBytes: Math.floor(env.PARTNERWISE_MAX_WATCHLIST_MB * 1024 * 1024),
  };
}

function configured() {
  if (!settings) throw new Error("file storage used before boot configured it (configureStorage)");
  return settings;
}

/** The largest file accepted, in bytes (PARTNERWISE_MAX_UPLOAD_MB). */
export function maxUploadBytes(): number {
  return configured().maxUploadBytes;
}

/** The largest sanctions-list upload accepted, in bytes (PARTNERWISE_MAX_WATCHLIST_MB). */
export function maxWatchlistBytes(): number {
  return configured().maxWatchlistBytes;
}

/** The folder all organisations' files live under. */
export function filesRoot(): string {
  return configured().root;
}

/**
 * Checks an upload's size and type: the declared content type (or, when the browser sent none, the one the
 * file name suggests) must be one we accept and the bytes must carry its signature. Returns the type to store.
 */
export function checkUpload(bytes: Uint8Array, filename: string, declaredType: string | undefined): string {
  const limit = maxUploadBytes();
  if (bytes.byteLength > limit)
    throw new AppError("payload_too_large", `The file is too large: the limit is ${Math.round((limit / 1024 / 1024) * 10) / 10} MB.`);
  if (bytes.byteLength === 0)
    throw new AppError("validation", "The file is empty.", { errors: [{ path: "file", message: "Empty file." }] });
  let type = (declaredType ?? "").split(";")[0].trim().toLowerCase();
  if (!type || type === "application/octet-stream") {
    const ext = filename.toLowerCase().split(".").pop() ?? "";
    type = Object.entries(TYPES).find(([, t]) => t.ext.includes(ext))?.[0] ?? type;
  }
  const spec = TYPES[type];
  if (!spec) {
    throw new AppError(
      "validation",
      `Files of type ${type || "unknown"} are not accepted. Use PDF, images (PNG, JPEG, WebP), text/CSV, e-mail (.eml) or office documents.`,
      {
        errors: [{ path: "file", message: "Type not accepted." }],
      },
    );
  }
  if (!spec.check(bytes)) {
    throw new AppError("validation", `The file's content is not ${type}.`, {
      errors: [{ path: "file", message: "Content does not match its type." }],
    });
  }
  return type;
}

const ORG = /^[A-Za-z0-9_-]{1,100}$/;
const AREA = /^[a-z0-9-]{1,40}$/;

function pathOf(orgId: string, key: string): string {
  if (!ORG.test(orgId)) throw new Error("invalid organisation id for storage");
  const root = filesRoot();
  const orgDir = join(root, orgId);
  const full = resolve(orgDir, key);
  if (!full.startsWith(orgDir + sep)) throw new Error("storage key outside the organisation's folder");
  return full;
}

export interface SavedFile {
  /** Path below the organisation's folder, e.g. "screening/0b6c…". */
  key: string;
  size: number;
  sha256: string;
}

/** Writes a new file for the organisation (atomically: temporary file, then rename). */
export async function saveOrgFile(orgId: string, area: string, bytes: Uint8Array): Promise<SavedFile> {
  if (!AREA.test(area)) throw new Error("invalid storage area");
  const key = `${area}/${randomUUID()}`;
  const full = pathOf(orgId, key);
  await mkdir(dirname(full), { recursive: true });
  const tmp = `${full}.part`;
  await writeFile(tmp, bytes, { flag: "wx" });
  await rename(tmp, full);
  return { key, size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
}

/**
 * The bytes of one of the organisation's files. A file the database points at but the disk lacks (a restore
 * without its files, a disk cleaned by hand) answers 404, never a 500.
 */
export async function readOrgFile(orgId: string, key: string): Promise<Buffer> {
  try {
    return await readFile(pathOf(orgId, key));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT")
      throw new AppError("not_found", "The file is missing from the server's storage (restored without its files?). Upload it again.");
    throw err;
  }
}

/** Removes one of the organisation's files (no error if it is already gone). */
export async function deleteOrgFile(orgId: string, key: string): Promise<void> {
  await rm(pathOf(orgId, key), { force: true });
}

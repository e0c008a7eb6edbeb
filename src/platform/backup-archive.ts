import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, mkdirSync } from "node:fs";
import { mkdir, mkdtemp, open, readdir, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import type { Readable, Writable } from "node:stream";
import { backupDatabase, BackupError, restoreDatabase, type BackupProgress, type BackupSummary } from "./backup.js";
import type { Database } from "./db.js";

// The whole of an instance in ONE file: a tar archive holding
//   database.jsonl.gz   the portable dump of every table (backup.ts)
//   files/<org>/…       every uploaded file (evidence, signed agreements, …: PARTNERWISE_DATA_DIR/files)
//   manifest.json       written last: format, version, and the size and SHA-256 of every other entry
// Restoring reads the archive once into a folder beside the files, checking each entry against the manifest,
// and only then replaces the database and the files — a damaged or incomplete archive changes nothing.
// A backup of the older format (the gzip'd dump alone, no files) is still restored, with a warning.

export const ARCHIVE_FORMAT = "partnerwise-archive";
export const ARCHIVE_VERSION = 1;
const DUMP = "database.jsonl.gz";
const MANIFEST = "manifest.json";
const FILES = "files/";

interface TarHeader {
  name: string;
  size?: number;
  type?: string;
}
interface TarPack extends Readable {
  entry(header: TarHeader, callback: (err?: Error | null) => void): Writable;
  finalize(): void;
}
interface TarExtract extends Writable {
  on(event: "entry", listener: (header: TarHeader, stream: Readable, next: () => void) => void): this;
  on(event: string, listener: (...args: never[]) => void): this;
}
// tar-stream (a dependency of exceljs' writer as well) ships no types.
const tar = createRequire(import.meta.url)("tar-stream") as { pack: () => TarPack; extract: () => TarExtract };

export interface ManifestEntry {
  path: string;
  size: number;
  sha256: string;
}
export interface Manifest {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  createdAt: string;
  entries: ManifestEntry[];
}

export interface ArchiveSummary extends BackupSummary {
  files: { count: number; bytes: number };
  /** false when a backup of the older format (no files) was restored. */
  withFiles: boolean;
}

async function* walk(dir: string): AsyncGenerator<string> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  for (const n of names.sort()) {
    if (n.endsWith("/")) yield* walk(join(dir, n.slice(0, -1)));
    else yield join(dir, n);
  }
}

/** Adds one file to the archive, hashing it on the way. */
async function addFile(pack: TarPack, name: string, path: string): Promise<ManifestEntry> {
  const { size } = await stat(path);
  const hash = createHash("sha256");
  await new Promise<void>((resolveEntry, reject) => {
    const entry = pack.entry({ name, size }, (err) => (err ? reject(err) : resolveEntry()));
    const input = createReadStream(path);
    input.on("data", (chunk) => hash.update(chunk));
    input.on("error", reject);
    input.pipe(entry);
  });
  return { path: name, size, sha256: hash.digest("hex") };
}

/**
 * Writes the database and every file under `filesDir` to one archive at `file`, with a manifest of checksums.
 * The dump is written to a temporary file beside the archive first (tar needs each entry's size up front).
 */
export async function backupArchive(
  database: Database,
  file: string,
  filesDir: string,
  opts: { onProgress?: (p: BackupProgress) => void } = {},
): Promise<ArchiveSummary> {
  const work = await mkdtemp(join(dirname(resolve(file)), ".partnerwise-backup-"));
  const out = createWriteStream(file, { flags: "wx" });
  try {
    const dump = join(work, DUMP);
    const summary = await backupDatabase(database, dump, opts);
    const pack = tar.pack();
    const written = pipeline(pack, out);
    const entries: ManifestEntry[] = [await addFile(pack, DUMP, dump)];
    let bytes = 0;
    for await (const path of walk(filesDir)) {
      const entry = await addFile(pack, FILES + relative(filesDir, path).split(sep).join("/"), path);
      entries.push(entry);
      bytes += entry.size;
    }
    const manifest: Manifest = { format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, createdAt: new Date().toISOString(), entries };
    const body = Buffer.from(JSON.stringify(manifest, null, 1));
    await new Promise<void>((res, rej) => pack.entry({ name: MANIFEST, size: body.length }, (err) => (err ? rej(err) : res())).end(body));
    pack.finalize();
    await written;
    return { ...summary, files: { count: entries.length - 1, bytes }, withFiles: true };
  } catch (err) {
    out.destroy();
    await rm(file, { force: true });
    throw err;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Whether `file` is an archive (tar) rather than a dump of the older format (gzip). */
async function isArchive(file: string): Promise<boolean> {
  const fh = await open(file, "r");
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await fh.read(head, 0, 512, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return false;
    if (bytesRead === 512 && head.toString("latin1", 257, 262) === "ustar") return true;
    throw new BackupError("This is not a Partnerwise backup (neither an archive nor a database dump).");
  } finally {
    await fh.close();
  }
}

/** A path inside the archive that stays inside the folder it is unpacked to. */
function safePath(root: string, name: string): string {
  const full = resolve(root, name);
  if (!full.startsWith(resolve(root) + sep)) throw new BackupError(`The backup is damaged: the entry ${name} points outside the backup.`);
  return full;
}

/** Unpacks the archive into `into`, hashing every entry; then checks everything against the manifest. */
async function unpackVerified(file: string, into: string): Promise<Manifest> {
  const seen = new Map<string, ManifestEntry>();
  let manifestText = "";
  const extract = tar.extract();
  extract.on("entry", (header, stream, next) => {
    if (header.type && header.type !== "file") {
      stream.resume();
      stream.on("end", next);
      return;
    }
    const name = header.name;
    if (name === MANIFEST) {
      stream.on("data", (c: Buffer) => (manifestText += c.toString("utf8")));
      stream.on("end", next);
      return;
    }
    const target = safePath(into, name);
    const hash = createHash("sha256");
    let size = 0;
    // Folder, hashing and writing all set up in this tick, so no chunk flows past before the file takes it.
    mkdirSync(dirname(target), { recursive: true });
    stream.on("data", (c: Buffer) => {
      hash.update(c);
      size += c.length;
    });
    void pipeline(stream, createWriteStream(target, { flags: "wx" }))
      .then(() => {
        seen.set(name, { path: name, size, sha256: hash.digest("hex") });
        next();
      })
      .catch((err: unknown) => extract.destroy(err as Error));
  });
  await pipeline(createReadStream(file), extract);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch {
    throw new BackupError("The backup is incomplete: it has no readable manifest (was it cut short?).");
  }
  if (manifest.format !== ARCHIVE_FORMAT) throw new BackupError("This is not a Partnerwise backup archive.");
  if (manifest.version > ARCHIVE_VERSION)
    throw new BackupError(
      `This backup uses archive version ${manifest.version}; this Partnerwise reads up to ${ARCHIVE_VERSION}. Upgrade Partnerwise first.`,
    );
  for (const e of manifest.entries) {
    const got = seen.get(e.path);
    if (!got) throw new BackupError(`The backup is incomplete: ${e.path} is listed in its manifest but missing.`);
    if (got.size !== e.size || got.sha256 !== e.sha256)
      throw new BackupError(`The backup is damaged: ${e.path} does not match its checksum.`);
  }
  const listed = new Set(manifest.entries.map((e) => e.path));
  const extra = [...seen.keys()].find((p) => !listed.has(p));
  if (extra) throw new BackupError(`The backup is damaged: ${extra} is not in its manifest.`);
  if (!listed.has(DUMP)) throw new BackupError("The backup is damaged: it holds no database dump.");
  return manifest;
}

/**
 * Restores an archive: verifies every entry against the manifest first (unpacked beside `filesDir`), then
 * replaces the database (one transaction) and then the files folder. A dump of the older format restores
 * the database only and says so.
 */
export async function restoreArchive(
  database: Database,
  file: string,
  filesDir: string,
  opts: { onProgress?: (p: BackupProgress) => void } = {},
): Promise<ArchiveSummary> {
  if (!(await isArchive(file))) {
    opts.onProgress?.({
      phase: "warning",
      message:
        "This backup is of the older format: it holds the database only, no uploaded files. Files already in the data folder are left as they are.",
    });
    return { ...(await restoreDatabase(database, file, opts)), files: { count: 0, bytes: 0 }, withFiles: false };
  }
  const parent = dirname(resolve(filesDir));
  await mkdir(parent, { recursive: true });
  const work = await mkdtemp(join(parent, ".partnerwise-restore-"));
  try {
    const manifest = await unpackVerified(file, work);
    const summary = await restoreDatabase(database, join(work, DUMP), opts);
    const files = manifest.entries.filter((e) => e.path.startsWith(FILES));
    // Swap the folders: the restored files take the place of the old ones, which are then removed.
    const restored = join(work, "files");
    await mkdir(restored, { recursive: true });
    const old = `${resolve(filesDir)}.replaced-${Date.now()}`;
    if (existsSync(filesDir)) await rename(filesDir, old);
    await rename(restored, filesDir);
    await rm(old, { recursive: true, force: true });
    return { ...summary, files: { count: files.length, bytes: files.reduce((s, e) => s + e.size, 0) }, withFiles: true };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

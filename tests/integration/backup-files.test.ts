import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase } from "../../src/platform/backup.js";
import { backupArchive, restoreArchive } from "../../src/platform/backup-archive.js";
import { openDatabase, type Database } from "../../src/platform/db.js";
import { parseEnv } from "../../src/platform/env.js";
import { filesRoot } from "../../src/platform/storage.js";
import { bootApp } from "../../src/server/boot.js";
import { withDatabase } from "../setup/global.js";
import { Client, isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

// Backups are whole: one archive holds the database and every uploaded file with a manifest of checksums;
// a restore (PGlite → PostgreSQL when TEST_DATABASE_URL is set, else into a second PGlite) gives every file
// back byte for byte; a damaged archive changes nothing; a file the disk lost answers 404, not 500.

const dataDir = mkdtempSync(join(tmpdir(), "pw-backup-files-"));
// The restored app is the same process with the same settings: the same data folder.
const ENV = {
  NODE_ENV: "test",
  PARTNERWISE_LOG_LEVEL: "warn",
  PARTNERWISE_SECRET: "test-secret-test-secret-test-secret",
  PARTNERWISE_DATA_DIR: dataDir,
} as const;
const PG_URL = process.env.TEST_DATABASE_URL;
const app = useTestApp({ PARTNERWISE_DATA_DIR: dataDir });
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

const sha = (b: ArrayBuffer | Uint8Array) =>
  createHash("sha256")
    .update(new Uint8Array(b as ArrayBuffer))
    .digest("hex");
const file = (bytes: Uint8Array, name: string, type: string) => {
  const f = new FormData();
  f.append("file", new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
  return f;
};
const pdf = (n: number) => new TextEncoder().encode(`%PDF-1.4\n% evidence ${n}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 3000 }, (_, i) => (i * 7) % 256)]);

/** A new, empty database: PostgreSQL when there is one to test against, else another PGlite folder. */
async function otherDatabase(): Promise<Database> {
  let database: Database;
  if (PG_URL && app.get().database.kind === "pglite") {
    const name = `pw_backup_files_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = await openDatabase({ url: PG_URL, max: 1 });
    await admin.exec(`CREATE DATABASE ${name}`);
    database = await openDatabase({ url: withDatabase(PG_URL, name), max: 3 });
    cleanups.push(async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    });
  } else database = await openDatabase({ dataDir: join(dataDir, `pglite-${Math.random().toString(36).slice(2, 8)}`) });
  cleanups.push(() => database.close());
  return database;
}

describe("backups with their files", () => {
  it("backs up every file with checksums, restores them into another database, and every download matches", async () => {
    const owner = await ownerWithOrg(app.get(), "NGO Archive");
    const co = (await owner.client.post("/api/v1/companies", { name: "Evidence GmbH", country: "DE" })).body;
    const s = (await owner.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    const downloads: string[] = [];
    for (const [bytes, name, type] of [
      [pdf(1), "Audit 2026.pdf", "application/pdf"],
      [png, "Site photo.png", "image/png"],
      [new TextEncoder().encode("Notes – Prüfung\n"), "notes.txt", "text/plain"],
    ] as const) {
      const up = await owner.client.post(`/api/v1/screenings/${s.id}/files`, file(bytes, name, type));
      expect(up.status).toBe(201);
      downloads.push(`/api/v1/screenings/${s.id}/files/${up.body.id}`);
    }
    const e = (
      await owner.client.post("/api/v1/engagements", { companyId: co.id, title: "Hotline 2026", modes: ["joint_project"], goals: "Goals" })
    ).body;
    const terms = {
      kind: "mou",
      goals: "Train staff.",
      ngoResponsibilities: ["Train"],
      companyResponsibilities: ["Fund"],
      activities: ["Trainings"],
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
      confidential: false,
      clearedForPublication: true,
    };
    expect((await owner.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, terms)).status).toBe(201);
    expect(
      (await owner.client.post(`/api/v1/engagements/${e.id}/agreement/signed-file`, file(pdf(2), "Signed MoU.pdf", "application/pdf")))
        .status,
    ).toBe(201);
    downloads.push(`/api/v1/engagements/${e.id}/agreement/signed-file`);
    const before = new Map<string, string>();
    for (const d of downloads) {
      const r = await owner.client.get(d);
      expect(r.status).toBe(200);
      before.set(d, sha(r.body as ArrayBuffer));
    }

    const archive = join(dataDir, "whole.tar");
    const summary = await backupArchive(app.get().database, archive, filesRoot());
    expect(summary.files.count).toBe(4);
    expect(summary.withFiles).toBe(true);

    // The disk loses the files: downloads answer 404 problem+json, not 500.
    rmSync(filesRoot(), { recursive: true, force: true });
    for (const d of downloads) {
      const r = await owner.client.get(d);
      expect(isProblem(r, 404)).toBe(true);
      expect(r.body.detail).toMatch(/missing from the server's storage/);
    }

    // A damaged archive is refused before anything is written: the target stays empty, the files stay gone.
    const target = await otherDatabase();
    const bytes = readFileSync(archive);
    const at = bytes.indexOf(Buffer.from("% evidence 1"));
    expect(at).toBeGreaterThan(0);
    const damaged = Buffer.from(bytes);
    damaged[at + 2] = "E".charCodeAt(0);
    writeFileSync(join(dataDir, "damaged.tar"), damaged);
    await expect(restoreArchive(target, join(dataDir, "damaged.tar"), filesRoot())).rejects.toThrow(
      /files\/.* does not match its checksum/,
    );
    writeFileSync(join(dataDir, "cut.tar"), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(restoreArchive(target, join(dataDir, "cut.tar"), filesRoot())).rejects.toThrow(/incomplete|damaged|end/i);
    expect(existsSync(filesRoot())).toBe(false);
    const tables = await target.query<{ n: number }>("select count(*)::int as n from pg_tables where schemaname = 'public'");
    expect(tables.rows[0].n).toBe(0);

    // The whole archive: database and files come back; every download has the same checksum.
    const restored = await restoreArchive(target, archive, filesRoot());
    expect(restored.files.count).toBe(4);
    const booted = await bootApp(parseEnv(ENV), { database: target, rateLimit: false });
    const again = new Client(booted);
    expect((await again.post("/api/auth/sign-in/email", { email: owner.email, password: "Correct-Horse-9-battery" })).status).toBe(200);
    await again.post("/api/auth/organization/set-active", { organizationId: owner.orgId });
    for (const d of downloads) {
      const r = await again.get(d);
      expect(r.status, d).toBe(200);
      expect(sha(r.body as ArrayBuffer), d).toBe(before.get(d));
    }

    // A backup of the older format (the dump alone) still restores, saying it holds no files.
    const old = join(dataDir, "old.jsonl.gz");
    await backupDatabase(app.get().database, old);
    const warnings: string[] = [];
    const fromOld = await restoreArchive(target, old, filesRoot(), {
      onProgress: (p) => p.phase === "warning" && warnings.push(p.message),
    });
    expect(fromOld.withFiles).toBe(false);
    expect(warnings.join(" ")).toMatch(/older format.*no uploaded files/);
    // (Sessions are data too: the one opened after the backup is gone; the files on disk are left as they were.)
    const third = new Client(booted);
    expect((await third.post("/api/auth/sign-in/email", { email: owner.email, password: "Correct-Horse-9-battery" })).status).toBe(200);
    await third.post("/api/auth/organization/set-active", { organizationId: owner.orgId });
    expect(sha((await third.get(downloads[0])).body as ArrayBuffer)).toBe(before.get(downloads[0]));
  }, 240_000);
});

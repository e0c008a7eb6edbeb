import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { backupDatabase, restoreDatabase, type BackupProgress } from "../../src/platform/backup.js";
import { openDatabase, type Database } from "../../src/platform/db.js";
import { parseEnv } from "../../src/platform/env.js";
import { bootApp } from "../../src/server/boot.js";
import { withDatabase } from "../setup/global.js";
import { Client, memberOf, ownerWithOrg, signUp, useTestApp } from "../setup/app.js";
import { totp } from "../setup/totp.js";

const app = useTestApp();
const PG_URL = process.env.TEST_DATABASE_URL;
const PASSWORD = "Correct-Horse-9-battery";
const ENV = { NODE_ENV: "test", PARTNERWISE_LOG_LEVEL: "warn", PARTNERWISE_SECRET: "test-secret-test-secret-test-secret" } as const;
const root = resolve(import.meta.dirname, "../..");

let dir: string;
const cleanups: Array<() => Promise<void>> = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "pw-backup-"));
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
/** A new, empty PostgreSQL database on the test server, dropped after the file. */
async function emptyPgUrl(): Promise<string> {
  const name = `pw_backup_${process.pid}_${++n}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openDatabase({ url: PG_URL!, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  cleanups.push(async () => {
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
  });
  return withDatabase(PG_URL!, name);
}

/** An empty PGlite data folder: a copy of the run's migrated template when there is one (initdb is slow), else new. */
function pgliteDataDir(opts: { migrated: boolean }): string {
  const target = join(dir, `pglite-${++n}`);
  const template = opts.migrated ? inject("pgliteTemplate") : undefined;
  if (template) cpSync(template, target, { recursive: true });
  return target;
}

/** An empty database of the given kind; `migrated: false` gives a brand-new one that restore has to migrate. */
async function emptyDatabase(kind: "pglite" | "postgres", opts: { migrated: boolean } = { migrated: true }): Promise<Database> {
  const database =
    kind === "pglite" ? await openDatabase({ dataDir: pgliteDataDir(opts) }) : await openDatabase({ url: await emptyPgUrl(), max: 3 });
  cleanups.push(() => database.close());
  return database;
}

/** Every row of every application table, as UTC text, sorted — equal snapshots mean equal data. */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const tables = (await tx.execute(sql`select tablename from pg_tables where schemaname = 'public' order by 1`)) as unknown as {
      rows: Array<{ tablename: string }>;
    };
    const out: Record<string, string[]> = {};
    for (const { tablename } of tables.rows) {
      const r = (await tx.execute(sql`select to_jsonb(t)::text as j from ${sql.identifier(tablename)} t`)) as unknown as {
        rows: Array<{ j: string }>;
      };
      out[tablename] = r.rows.map((x) => x.j).sort();
    }
    return out;
  });
}

const sourceKind = () => app.get().database.kind;
const otherKind = (): "pglite" | "postgres" => (sourceKind() === "pglite" && PG_URL ? "postgres" : "pglite");

let fixture: { ownerEmail: string; careful: string; totpURI: string; companyNames: string[]; file: string };

/** Fills the source database through the API: every kind of row the product has. */
async function populate() {
  const a = app.get();
  const owner = await ownerWithOrg(a, "NGO Backup – Žilina");
  await owner.client.patch("/api/v1/organization", {
    country: "SK",
    languages: ["sk", "en"],
    mission: 'Line one\nLine two "quoted" \\ backslash',
  });
  const viewer = await memberOf(a, owner, "viewer");
  const co = (
    await owner.client.post("/api/v1/companies", {
      name: "Müller Logistik GmbH",
      country: "DE",
      tags: ["logistics", "ägypten"],
      naceCode: "49.41",
      ownerId: viewer.userId,
    })
  ).body;
  await owner.client.post("/api/v1/contacts", {
    name: "Anna Schmidt",
    email: "anna@example.com",
    companyId: co.id,
    startedOn: "2024-02-29",
    roleTitle: "CSR",
  });
  const other = await ownerWithOrg(a, "NGO Partner");
  const net = (await owner.client.post("/api/v1/networks", { name: "Backup Network" })).body;
  await owner.client.post(`/api/v1/networks/${net.id}/members`, {
    organizationSlug: (await other.client.get("/api/v1/organization")).body.slug,
  });
  // A user with two-factor sign-in (its secret is encrypted with the instance secret).
  const careful = await signUp(a, "Careful Restorer");
  const en = await careful.client.post("/api/auth/two-factor/enable", { password: PASSWORD });
  await careful.client.post("/api/auth/two-factor/verify-totp", { code: totp(en.body.totpURI) });
  // Many rows, so batching and cursors run more than once.
  await a.database.exec(`
    insert into company (organization_id, name, search_name, country, tags, description)
    select '${owner.orgId}', 'Bulk ' || g, 'bulk ' || g, 'AT', array['t' || (g % 7)], case when g % 3 = 0 then E'multi\\nline ' || g end
    from generate_series(1, 1234) g`);
  const names = ((await owner.client.get("/api/v1/companies?limit=500&sort=name")).body.items as Array<{ name: string }>).map(
    (c) => c.name,
  );
  const file = join(dir, "source.jsonl.gz");
  const progress: BackupProgress[] = [];
  const summary = await backupDatabase(a.database, file, { onProgress: (p) => progress.push(p) });
  expect(summary.tables.find((t) => t.name === "company")?.rows).toBe(1235);
  expect(progress.filter((p) => p.phase === "table" && p.table === "company").at(-1)).toMatchObject({ done: 1235, total: 1235 });
  fixture = { ownerEmail: owner.email, careful: careful.email, totpURI: en.body.totpURI, companyNames: names, file };
}

describe("backup and restore", () => {
  it("moves every row between PGlite and PostgreSQL in both directions, and the app works on the copy", async () => {
    await populate();
    const source = await snapshot(app.get().database);
    expect(source.audit_log.length).toBeGreaterThan(3);

    // Source → the other engine (or a second PGlite without TEST_DATABASE_URL) → back to the source's engine.
    const there = await emptyDatabase(otherKind(), { migrated: false });
    await restoreDatabase(there, fixture.file);
    expect(await snapshot(there)).toEqual(source);
    const file2 = join(dir, "there.jsonl.gz");
    await backupDatabase(there, file2);
    const back = await emptyDatabase(sourceKind());
    await restoreDatabase(back, file2);
    expect(await snapshot(back)).toEqual(source);

    // The generated search column is recomputed, so search works on the copy.
    const hits = (await there.query<{ name: string }>(`select name from company where search_vector @@ to_tsquery('simple', 'multi')`))
      .rows;
    expect(hits.length).toBe(411);

    // The app runs on the copy: passwords, two-factor secrets and data are intact.
    const restored = await bootApp(parseEnv(ENV), { database: there, rateLimit: false });
    const owner = new Client(restored);
    expect((await owner.post("/api/auth/sign-in/email", { email: fixture.ownerEmail, password: PASSWORD })).status).toBe(200);
    const orgs = (await owner.get("/api/v1/me")).body.organizations;
    await owner.post("/api/auth/organization/set-active", {
      organizationId: orgs.find((o: { name: string }) => o.name === "NGO Backup – Žilina").id,
    });
    expect(((await owner.get("/api/v1/companies?limit=500&sort=name")).body.items as Array<{ name: string }>).map((c) => c.name)).toEqual(
      fixture.companyNames,
    );
    expect((await owner.get("/api/v1/organization")).body).toMatchObject({
      country: "SK",
      languages: ["sk", "en"],
      mission: 'Line one\nLine two "quoted" \\ backslash',
    });
    const careful = new Client(restored);
    expect((await careful.post("/api/auth/sign-in/email", { email: fixture.careful, password: PASSWORD })).body.twoFactorRedirect).toBe(
      true,
    );
    expect((await careful.post("/api/auth/two-factor/verify-totp", { code: totp(fixture.totpURI, { step: 1 }) })).status).toBe(200);

    // Sequences continue after the restored ids: the next audit entry gets a fresh id.
    const maxBefore = Number((await there.query<{ m: string }>("select max(id) as m from audit_log")).rows[0].m);
    expect((await owner.post("/api/v1/companies", { name: "After Restore Ltd", country: "IE" })).status).toBe(201);
    const latest = (await owner.get("/api/v1/audit?limit=1")).body.items[0];
    expect(latest.id).toBe(maxBefore + 1);

    // The audit log stays append-only after a restore (its trigger survives); only TRUNCATE, used by restore, empties it.
    await expect(there.exec("delete from audit_log")).rejects.toThrow(/append-only/);
    await expect(there.exec("update audit_log set summary = 'x'")).rejects.toThrow(/append-only/);

    // Restoring over a database that holds data replaces it completely.
    await restoreDatabase(there, fixture.file);
    expect(await snapshot(there)).toEqual(source);
  }, 180_000); // creates several databases (a new PGlite folder takes seconds)

  it("refuses a backup from a newer schema, and damaged files, without changing anything", async () => {
    if (!fixture) await populate();
    const target = await emptyDatabase(sourceKind());
    await restoreDatabase(target, fixture.file);
    const before = await snapshot(target);
    const text = gunzipSync(readFileSync(fixture.file)).toString("utf8");
    const lines = text.split("\n");
    const header = JSON.parse(lines[0]);
    const variant = (name: string, content: string | Buffer) => {
      const f = join(dir, name);
      writeFileSync(f, typeof content === "string" ? gzipSync(content) : content);
      return f;
    };

    const future = variant(
      "future.jsonl.gz",
      [
        JSON.stringify({ ...header, migrations: [...header.migrations, { tag: "9999_from_the_future", when: 9_999_999_999_999 }] }),
        ...lines.slice(1),
      ].join("\n"),
    );
    await expect(restoreDatabase(target, future)).rejects.toThrow(/newer Partnerwise.*9999_from_the_future/);

    const cut = variant("cut.jsonl.gz", lines.slice(0, Math.floor(lines.length / 2)).join("\n"));
    await expect(restoreDatabase(target, cut)).rejects.toThrow(/incomplete|damaged/);

    const gz = readFileSync(fixture.file);
    const truncatedGzip = variant("truncated.gz", gz.subarray(0, Math.floor(gz.length * 0.8)));
    await expect(restoreDatabase(target, truncatedGzip)).rejects.toThrow(/not a complete|damaged|incomplete/);

    const wrongCount = variant("count.jsonl.gz", text.replace(/"rowCount":1235/, '"rowCount":1236'));
    await expect(restoreDatabase(target, wrongCount)).rejects.toThrow(/damaged/);

    await expect(restoreDatabase(target, variant("plain.txt", Buffer.from("hello")))).rejects.toThrow(/not a complete gzip/);
    await expect(restoreDatabase(target, variant("other.jsonl.gz", '{"some":"json"}\n'))).rejects.toThrow(/not a Partnerwise backup/);

    expect(await snapshot(target)).toEqual(before);

    // A backup from an older schema is accepted (loaded into the current schema), with a warning.
    const older = variant(
      "older.jsonl.gz",
      [JSON.stringify({ ...header, migrations: header.migrations.slice(0, -1) }), ...lines.slice(1)].join("\n"),
    );
    const warnings: string[] = [];
    await restoreDatabase(target, older, { onProgress: (p) => p.phase === "warning" && warnings.push(p.message) });
    expect(warnings.join("\n")).toMatch(/older schema/);
    expect(await snapshot(target)).toEqual(before);
  });

  it("backs up and restores through the CLI, and will not overwrite data without --force", async () => {
    if (!fixture) await populate();
    const run = promisify(execFile);
    // The CLI opens the configured database itself, so it gets its own, of the same kind as the source.
    const where = async (kind: "pglite" | "postgres"): Promise<Record<string, string>> =>
      kind === "pglite"
        ? { PARTNERWISE_DATA_DIR: join(dir, `cli-${++n}`), DATABASE_URL: "" }
        : { PARTNERWISE_DATA_DIR: join(dir, `cli-${++n}`), DATABASE_URL: await emptyPgUrl() };
    const open = (w: Record<string, string>) =>
      w.DATABASE_URL ? openDatabase({ url: w.DATABASE_URL, max: 1 }) : openDatabase({ dataDir: join(w.PARTNERWISE_DATA_DIR, "pglite") });
    const cli = (args: string[], w: Record<string, string>) =>
      run(process.execPath, [join(root, "bin/partnerwise.js"), ...args], { cwd: root, env: { ...process.env, ...ENV, ...w } });

    const source = await where(sourceKind());
    const template = inject("pgliteTemplate");
    if (!source.DATABASE_URL && template) cpSync(template, join(source.PARTNERWISE_DATA_DIR, "pglite"), { recursive: true });
    const seeded = await open(source);
    await restoreDatabase(seeded, fixture.file);
    await seeded.close();

    const out = join(dir, "cli.jsonl.gz");
    const backup = await cli(["db", "backup", out], source);
    expect(backup.stdout).toMatch(/Backup written to .*cli\.jsonl\.gz: \d+ rows in \d+ tables/);
    expect(backup.stderr).toMatch(/company: 1235 rows/);
    await expect(cli(["db", "backup", out], source)).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/exists already/) });

    const refused = cli(["db", "restore", out], source);
    await expect(refused).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/already holds data .*--force/) });
    await expect(refused).rejects.toMatchObject({ stderr: expect.not.stringMatching(/\n\s+at /) });
    expect((await cli(["db", "restore", out, "--force"], source)).stdout).toMatch(/Restored \d+ rows in \d+ tables/);

    // Into a brand-new database of the other kind (PGlite → PostgreSQL, or the reverse).
    const other = await where(otherKind());
    expect((await cli(["db", "restore", out], other)).stdout).toMatch(/Restored \d+ rows/);
    const check = await open(other);
    expect((await check.query<{ n: number }>("select count(*)::int as n from company")).rows[0].n).toBe(1235);
    await check.close();
  }, 300_000); // each run of the CLI starts a Node process and opens the database
});

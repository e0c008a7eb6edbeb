import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { parseEnv } from "../../src/platform/env.js";
import { bootApp } from "../../src/server/boot.js";
import { Client, ownerWithOrg, type TestApp } from "../setup/app.js";

// The CLI runs as its own process on a data folder; the organisation is set up first through the
// HTTP API on the same folder (PGlite allows one process at a time, so the app is closed in between).

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, "../../bin/partnerwise.js");
const dir = mkdtempSync(join(tmpdir(), "pw-cli-"));
const env = parseEnv({
  NODE_ENV: "test",
  PARTNERWISE_LOG_LEVEL: "warn",
  PARTNERWISE_DATA_DIR: dir,
  PARTNERWISE_SECRET: "test-secret-test-secret-test-secret",
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function boot(): Promise<TestApp> {
  // Start from the run's migrated template when there is one (PGlite project); else migrate here.
  const template = process.env.TEST_DB_KIND === "pglite" ? inject("pgliteTemplate") : undefined;
  if (template && !existsSync(join(dir, "pglite"))) cpSync(template, join(dir, "pglite"), { recursive: true });
  return bootApp(env, { rateLimit: false });
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [bin, ...args], {
      cwd: dir,
      env: {
        ...process.env,
        PARTNERWISE_DATA_DIR: dir,
        DATABASE_URL: "",
        PARTNERWISE_LOG_LEVEL: "warn",
        PARTNERWISE_SECRET: "test-secret-test-secret-test-secret",
      },
      timeout: 120_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw err;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("partnerwise companies import/export (CLI)", () => {
  it("dry-runs with reasons and exit code 1, imports with --allow-invalid, and exports what landed", async () => {
    let app = await boot();
    const owner = await ownerWithOrg(app, "NGO CLI");
    const existing = (await owner.client.post("/api/v1/companies", { name: "Müller Logistik GmbH", country: "DE", tags: ["logistics"] }))
      .body;
    await app.database.close();

    writeFileSync(
      join(dir, "firmen.csv"),
      "\uFEFFFirma;Land;Handelsregister;Tags\r\nMueller Logistik GmbH;Deutschland;HRB 4711;transport\r\nNordic Timber AB;Schweden;556677-8899;wood\r\nBroken Co;Germny;;\r\n",
    );

    const help = await cli("companies", "import", "--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--dry-run");

    const dry = await cli("companies", "import", "firmen.csv", "--dry-run");
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('name ← "Firma", country ← "Land", registrationId ← "Handelsregister", tags ← "Tags"');
    expect(dry.stdout).toMatch(/row 4: country \("Land"\): Unknown country "Germny"/);
    expect(dry.stdout).toContain(
      'row 2 "Mueller Logistik GmbH" ≈ existing "Müller Logistik GmbH" (DE): near-identical name in the same country',
    );
    expect(dry.stdout).toContain("2 valid, 1 invalid, 1 duplicate of 3 rows.");

    const refused = await cli("companies", "import", "firmen.csv");
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("Nothing was imported");

    const wrongOrg = await cli("companies", "import", "firmen.csv", "--org", "no-such-org");
    expect(wrongOrg.code).toBe(1);
    expect(wrongOrg.stderr).toContain('No organisation has the slug "no-such-org"');

    const done = await cli("companies", "import", "firmen.csv", "--allow-invalid", "--on-duplicate", "merge", "--as", owner.email);
    expect(done.stderr).toBe("");
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/1 created, 1 merged, 1 skipped/);

    const exported = await cli("companies", "export", "--out", "out.csv", "--country", "DE,SE");
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain("Exported 2 companies to out.csv");
    const text = readFileSync(join(dir, "out.csv"), "utf8");
    expect(text).toContain("Müller Logistik GmbH,Mueller Logistik GmbH,,DE,HRB 4711");
    expect(text).toContain("Nordic Timber AB,,,SE,556677-8899");

    // What the CLI did is what the app shows.
    app = await boot();
    try {
      const client = new Client(app);
      client.cookies = owner.client.cookies;
      const merged = (await client.get(`/api/v1/companies/${existing.id}`)).body;
      expect(merged.tags.sort()).toEqual(["logistics", "transport"]);
      const batches = (await client.get("/api/v1/imports")).body.items;
      expect(batches[0]).toMatchObject({
        filename: "firmen.csv",
        createdCount: 1,
        mergedCount: 1,
        skippedCount: 1,
        createdBy: { id: owner.userId },
      });
      expect((await client.get("/api/v1/audit?action=export")).body.items[0]).toMatchObject({
        actorId: owner.userId,
        details: { rows: 2 },
      });
    } finally {
      await app.database.close();
    }
    // Each run starts a Node process and opens the database: slow on a busy machine.
  }, 300_000);
});

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// `--json` of the commands that print results and have no other test of it (db migrate, db backup, db restore,
// imports undo), each a real process on a real data folder; stdout must be exactly one JSON document.

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, "../../bin/partnerwise.js");
const dir = mkdtempSync(join(tmpdir(), "pw-cli-json-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(dataDir: string, ...args: string[]): Promise<{ code: number; json: any; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [bin, ...args], {
      cwd: dir,
      env: {
        ...process.env,
        PARTNERWISE_DATA_DIR: dataDir,
        DATABASE_URL: "",
        PARTNERWISE_LOG_LEVEL: "warn",
        PARTNERWISE_SECRET: "test-secret-test-secret-test-secret",
      },
      timeout: 300_000,
    });
    return { code: 0, json: JSON.parse(r.stdout), stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw err;
    return { code: e.code, json: undefined, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

describe("--json of the CLI's maintenance commands", () => {
  it("db migrate, companies import, imports undo, db backup and db restore each print one JSON document", async () => {
    const data = join(dir, "data");
    const migrated = await cli(data, "db", "migrate", "--json");
    expect(migrated.code).toBe(0);
    expect(migrated.json).toEqual({ database: expect.stringContaining(data), migrations: expect.any(Number), schema: expect.any(String) });
    expect(migrated.json.migrations).toBeGreaterThan(10);
    expect(migrated.json.schema).toMatch(/^\d{4}_/);

    await cli(data, "user", "create", "--email", "ana@ngo.example", "--name", "Ana Novak", "--json");
    expect((await cli(data, "org", "create", "--name", "La Strada", "--owner", "ana@ngo.example", "--json")).json.org.slug).toBe(
      "la-strada",
    );
    writeFileSync(join(dir, "firms.csv"), "name,country\nErste Firma GmbH,DE\nZweite Firma SA,FR\n");
    const imported = await cli(data, "companies", "import", join(dir, "firms.csv"), "--json");
    expect(imported.json.imported).toMatchObject({ created: 2, batchId: expect.any(String) });

    const undone = await cli(data, "imports", "undo", imported.json.imported.batchId, "--json");
    expect(undone.code).toBe(0);
    expect(undone.json).toMatchObject({
      batch: { id: imported.json.imported.batchId },
      removed: { companies: 2, contacts: 0 },
      restored: 0,
    });
    expect(undone.json.keptChanges).toEqual([]);

    const file = join(dir, "backup.tar");
    const backup = await cli(data, "db", "backup", file, "--json");
    expect(backup.code).toBe(0);
    expect(backup.json).toMatchObject({ file, rows: expect.any(Number), tables: expect.any(Number), files: 0 });
    expect(backup.json.rows).toBeGreaterThan(0);

    const restored = await cli(join(dir, "restored"), "db", "restore", file, "--json");
    expect(restored.code).toBe(0);
    expect(restored.json).toMatchObject({ file, rows: backup.json.rows, tables: backup.json.tables, files: 0 });
    // Into a folder that holds data: refused without --force, on stderr, with nothing on stdout.
    const refused = await cli(join(dir, "restored"), "db", "restore", file, "--json");
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/--force/);
    expect((await cli(join(dir, "restored"), "db", "restore", file, "--force", "--json")).json).toMatchObject({ rows: backup.json.rows });
  }, 1_800_000); // nine CLI processes, each a Node start that opens the folder
});

import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { SAMPLE_COLUMNS, sampleCsv, sampleRows } from "../setup/assessment-sample.js";

// `--json` of the commands that print results and have no other test of it (db migrate, db backup, db restore,
// imports undo, watchlist import, assessment import), each a real process on a real data folder; stdout must be
// exactly one JSON document, also when the command fails (then with what failed, and exit code 1).

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
    // A command that fails with --json still prints its one JSON document (what failed), when it has one.
    let json: unknown;
    try {
      json = e.stdout ? JSON.parse(e.stdout) : undefined;
    } catch {
      json = undefined;
    }
    return { code: e.code, json, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
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

describe("--json of the import commands for reference data and surveys", () => {
  it("watchlist import prints what it read, added, changed and removed; a damaged file prints its failure and exits 1", async () => {
    const data = join(dir, "lists");
    const entity = (id: string, name: string) => JSON.stringify({ id, schema: "Company", properties: { name: [name], country: ["de"] } });
    const v1 = join(dir, "list-v1.jsonl");
    writeFileSync(v1, [entity("a", "Alpha Trading GmbH"), entity("b", "Beta Logistik AG"), entity("c", "Gamma Hotels KG")].join("\n"));
    const first = await cli(data, "watchlist", "import", v1, "--format", "ftm-json", "--name", "test-list", "--json");
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({
      name: "test-list",
      version: 1,
      status: "done",
      error: null,
      processed: 3,
      added: 3,
      changed: 0,
      removed: 0,
    });
    expect(typeof first.json.seconds).toBe("number");

    const v2 = join(dir, "list-v2.jsonl");
    writeFileSync(
      v2,
      [entity("a", "Alpha Trading GmbH"), entity("b", "Beta Logistik und Lager AG"), entity("d", "Delta Bau GmbH")].join("\n"),
    );
    const second = await cli(data, "watchlist", "import", v2, "--format", "ftm-json", "--name", "test-list", "--json");
    expect(second.json).toMatchObject({ name: "test-list", version: 2, status: "done", processed: 3, added: 1, changed: 1, removed: 1 });

    const broken = join(dir, "list-broken.jsonl");
    writeFileSync(broken, `${entity("a", "Alpha Trading GmbH")}\n{"id": "x", "schema": "Company", "properties": {"name": ["Cut off`);
    const failed = await cli(data, "watchlist", "import", broken, "--format", "ftm-json", "--name", "test-list", "--json");
    expect(failed.code).toBe(1);
    expect(failed.json).toMatchObject({ name: "test-list", status: "failed" });
    expect(failed.json.error).toEqual(expect.any(String));
    expect(failed.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("assessment import prints the network, round, questionnaire and count; a bad file prints every problem and imports nothing", async () => {
    const data = join(dir, "survey");
    const bad = join(dir, "survey-bad.csv");
    const rows = sampleRows(3);
    rows[1]![SAMPLE_COLUMNS.indexOf("dedicated_staff")] = "maybe"; // the file's row 3 (row 1 is the header)
    writeFileSync(bad, [SAMPLE_COLUMNS, ...rows].map((r) => r.map((c) => (/[,;"]/.test(c) ? `"${c}"` : c)).join(",")).join("\n"));
    const refused = await cli(data, "assessment", "import", bad, "--template", "ngo-business-engagement", "--round", "2026", "--json");
    expect(refused.code).toBe(1);
    expect(refused.json.imported).toBe(0);
    expect(refused.json.problems).toEqual([expect.objectContaining({ row: 3, column: "dedicated_staff" })]);

    const good = join(dir, "survey-good.csv");
    writeFileSync(good, sampleCsv(5));
    const ok = await cli(data, "assessment", "import", good, "--template", "ngo-business-engagement", "--round", "2026", "--json");
    expect(ok.code).toBe(0);
    expect(ok.json).toMatchObject({
      round: { name: "2026", created: true },
      questionnaire: { key: "ngo-business-engagement" },
      imported: 5,
      problems: [],
    });
    expect(ok.json.network.slug).toEqual(expect.any(String));
  });
});

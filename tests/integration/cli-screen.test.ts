import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

// The engine from the shell: `partnerwise watchlist import`, `screen NAME|--file --json` and
// `names compare --file --json`, each a real process on its own data folder; JSON output is parsed line
// by line (stdout holds nothing else).

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, "../../bin/partnerwise.js");
const OFAC = resolve("tests/fixtures/reference-data/watchlists/ofac-sdn");
const UN = resolve("tests/fixtures/reference-data/watchlists/un/consolidated.xml");
const dir = mkdtempSync(join(tmpdir(), "pw-cli-wl-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], dataDir = dir): Promise<{ code: number; stdout: string; stderr: string }> {
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
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw err;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const jsonLines = (stdout: string) =>
  stdout
    .split("\n")
    .filter((l) => l.length)
    .map((l) => JSON.parse(l));

beforeAll(() => {
  // Start from the run's migrated template when there is one (PGlite project); else the CLI migrates.
  const template = process.env.TEST_DB_KIND === "pglite" ? inject("pgliteTemplate") : undefined;
  if (template) cpSync(template, join(dir, "pglite"), { recursive: true });
});

describe("partnerwise watchlist / screen / names (CLI)", { timeout: 600_000 }, () => {
  it("screen with no list loaded says that nothing was checked and exits 3, never a silent 'no match'", async () => {
    const r = await cli(["screen", "Banco Nacional de Cuba", "--json"]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/No watchlist is loaded, so nothing was checked/);
    const bad = await cli(["screen", "Anyone", "--threshold", "1.5"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--threshold must be a number above 0 and at most 1/);
  });

  it("imports OFAC and UN lists and prints what was added, changed and removed", async () => {
    const ofacCount = readFileSync(join(OFAC, "sdn.csv"), "latin1")
      .split("\n")
      .filter((l) => /^\d+,/.test(l)).length;
    const ofac = await cli(["watchlist", "import", OFAC, "--format", "ofac-csv"]);
    expect(ofac.stderr).toBe("");
    expect(ofac.code).toBe(0);
    expect(ofac.stdout).toMatch(
      new RegExp(`^ofac-sdn version 1: ${ofacCount} entities read in [\\d.]+ s — added ${ofacCount}, changed 0, removed 0\\.\\n$`),
    );
    const un = await cli(["watchlist", "import", UN, "--format", "un-xml", "--name", "un-sc"]);
    expect(un.code).toBe(0);
    expect(un.stdout).toMatch(/^un-sc version 1: \d+ entities read .* added \d+, changed 0, removed 0\.\n$/);

    const broken = join(dir, "broken.jsonl");
    writeFileSync(broken, '{"id": "a", "schema": "Person", "properties": {"name": ["Anna Example"]}}\n{not json\n');
    const bad = await cli(["watchlist", "import", broken, "--format", "ftm-json"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/Import failed, nothing changed: .*not valid JSON/);
    expect((await cli(["watchlist", "import", broken, "--format", "csv"])).stderr).toMatch(
      /--format must be one of ofac-csv, un-xml, ftm-json/,
    );
  });

  it("screen NAME --json prints one JSON object with the best matches first", async () => {
    const r = await cli(["screen", "Banco Nacional de Cuba", "--json"]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0])).toEqual(["id", "query", "matches"]);
    expect(lines[0]).toMatchObject({ id: "1", query: "Banco Nacional de Cuba" });
    expect(lines[0].matches[0]).toMatchObject({ list: "ofac-sdn", sourceId: "306", name: "BANCO NACIONAL DE CUBA", match: true });
    expect(Object.keys(lines[0].matches[0])).toEqual(["list", "sourceId", "name", "score", "match", "explanations"]);
  });

  it("screen --fail-on-match exits 2 on a match and 0 without one; --type, --country and --threshold shape the decision; the lists checked are named", async () => {
    const hit = await cli(["screen", "Banco Nacional de Cuba", "--fail-on-match", "--type", "company", "--country", "CU"]);
    expect(hit.code).toBe(2);
    expect(hit.stdout).toMatch(/^Banco Nacional de Cuba \(CU\)\n\s+[\d.]+\s+MATCH\s+ofac-sdn\s+306/);
    expect(hit.stdout).toMatch(
      /\nChecked: ofac-sdn v1 \([\d,]+ entries\), un-sc v1 \([\d,]+ entries\) · engine partnerwise-names@[\d.]+ · threshold 0\.8\n$/,
    );
    // The same name with a threshold no score reaches: shown as near-misses, no match, exit 0.
    const strict = await cli(["screen", "Banco Nacionall de Cuba", "--fail-on-match", "--threshold", "0.9999", "--json"]);
    expect(strict.code).toBe(0);
    const [line] = jsonLines(strict.stdout);
    expect(line.matches.length).toBeGreaterThan(0);
    expect(line.matches.every((m: { match: boolean; score: number }) => !m.match && m.score < 0.9999)).toBe(true);
    expect(strict.stderr).toMatch(/^Checked: ofac-sdn v1 .* threshold 0\.9999\n$/);
  });

  it("screen --dob and --id weigh the list's dates of birth and identifiers; another date is shown and the hit stays", async () => {
    const same = await cli(["screen", "Aiman al Zawahri", "--type", "person", "--dob", "1951-06-19", "--id", "1084010", "--json"]);
    expect(same.code).toBe(0);
    const [line] = jsonLines(same.stdout);
    const hit = line.matches.find((m: { sourceId: string }) => m.sourceId === "2676");
    expect(hit.match).toBe(true);
    const features = hit.explanations.filter((e: { weight: number }) => e.weight > 0).map((e: { feature: string }) => e.feature);
    expect(features).toEqual(expect.arrayContaining(["birth_date", "identifier"]));
    const other = await cli(["screen", "Aiman al Zawahri", "--type", "person", "--dob", "1980", "--fail-on-match"]);
    expect(other.code).toBe(2);
    expect(other.stdout).toMatch(/MATCH\s+ofac-sdn\s+2676\s+AL-ZAWAHIRI, Ayman\n.*conflicting: another date of birth: 1980 vs 1951-06-19/);
    const bad = await cli(["screen", "Aiman al Zawahri", "--dob", "1951-02-30"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--dob must be a date as YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it("screen --file --json prints one line per input row, in order, with the id column or the row number", async () => {
    const withIds = join(dir, "prospects.csv");
    writeFileSync(
      withIds,
      '\uFEFFName,Country,ID\nBanco Nacional de Cuba,CU,p-1\nQuillfeather Bakery GmbH,DE,p-2\n"Aerocaribbean Airlines, Ltd.",,\n',
    );
    const r = await cli(["screen", "--file", withIds, "--json"]);
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(["p-1", "p-2", "3"]);
    expect(lines.map((l) => l.query)).toEqual(["Banco Nacional de Cuba", "Quillfeather Bakery GmbH", "Aerocaribbean Airlines, Ltd."]);
    expect(lines[0].matches[0]).toMatchObject({ sourceId: "306", match: true });
    expect(lines[1].matches.filter((m: { match: boolean }) => m.match)).toEqual([]);
    expect(lines[2].matches[0]).toMatchObject({ sourceId: "36", match: true });
    for (const l of lines) {
      const scores = l.matches.map((m: { score: number }) => m.score);
      expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
      expect(l.matches.length).toBeLessThanOrEqual(10);
    }

    const noIds = join(dir, "names.csv");
    writeFileSync(noIds, "name,country\nEric Badege,CD\nAnna Nobody,\n");
    const people = jsonLines((await cli(["screen", "--file", noIds, "--json"])).stdout);
    expect(people.map((l) => l.id)).toEqual(["1", "2"]);
    expect(
      people[0].matches
        .filter((m: { match: boolean }) => m.match)
        .map((m: { list: string; sourceId: string }) => `${m.list}:${m.sourceId}`),
    ).toContain("un-sc:6907993");
    // Without --json: a readable table per name.
    const table = await cli(["screen", "--file", withIds]);
    expect(table.stdout).toMatch(/^Banco Nacional de Cuba \(CU\)\n\s+[\d.]+\s+MATCH\s+ofac-sdn\s+306\s+BANCO NACIONAL DE CUBA/);
    expect(table.stdout).toMatch(/\nAerocaribbean Airlines, Ltd\.\n\s+1\.000\s+MATCH\s+ofac-sdn\s+36\s+AEROCARIBBEAN AIRLINES/);
    const noName = join(dir, "bad.csv");
    writeFileSync(noName, "firma\nX\n");
    const bad = await cli(["screen", "--file", noName, "--json"]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/"name" column/);
  });

  it("names compare works without a database, one JSON line per pair in input order", async () => {
    const noDb = join(dir, "never-created");
    const one = await cli(["names", "compare", "Siemens AG", "SIEMENS Aktiengesellschaft", "--type", "company", "--json"], noDb);
    expect(one.code).toBe(0);
    const [r] = jsonLines(one.stdout);
    expect(Object.keys(r)).toEqual(["score", "match", "explanations"]);
    expect(r.match).toBe(true);

    const pairs = join(dir, "pairs.csv");
    writeFileSync(
      pairs,
      'name1,name2,type\nACME Ltd,Acme Limited,company\n"Müller, Hans",Hans Mueller,person\nAlpha Trading Ltd,Omega Trading Ltd,\n',
    );
    const many = await cli(["names", "compare", "--file", pairs, "--json"], noDb);
    expect(many.code).toBe(0);
    const rows = jsonLines(many.stdout);
    expect(rows.map((x) => x.match)).toEqual([true, true, false]);
    for (const x of rows) expect(x.score).toBeGreaterThanOrEqual(0);
    expect(existsSync(noDb)).toBe(false);
  });
});

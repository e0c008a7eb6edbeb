import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { SAMPLE_COLUMNS, sampleCsv, sampleRows } from "../setup/assessment-sample.js";

// The command line's assessment import and report on a fresh data folder: a bad file lists every problem by row and
// column and imports nothing; a good one imports; the report prints as JSON and as a PDF. It spawns processes on an
// embedded data folder whatever the project, so it runs once (ONCE_ONLY_TESTS in vitest.config.ts, ADR 0015).

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, "../../bin/partnerwise.js");
const dir = mkdtempSync(join(tmpdir(), "pw-cli-assess-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string[], dataDir: string) {
  try {
    const r = await run(process.execPath, [bin, ...args], {
      cwd: dir,
      env: {
        ...process.env,
        PARTNERWISE_DATA_DIR: dataDir,
        DATABASE_URL: process.env.TEST_DB_KIND === "postgres" ? (process.env.TEST_DATABASE_URL ?? "") : "",
        PARTNERWISE_LOG_LEVEL: "warn",
        PARTNERWISE_SECRET: "test-secret-test-secret-test-secret",
      },
      timeout: 300_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw err;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe("partnerwise assessment (CLI)", { timeout: 600_000 }, () => {
  it("rejects a bad file listing every problem by row and column, imports nothing; imports a good one; prints the report JSON", async () => {
    // A fresh, empty data folder: the command migrates first and creates the one network.
    const data = join(dir, "data");
    const rows = sampleRows(4);
    rows[0][SAMPLE_COLUMNS.indexOf("dedicated_staff")] = "maybe"; // a bad value
    rows[2][SAMPLE_COLUMNS.indexOf("obstacles")] = "initial_distrust;inital_distrust"; // a multi-select typo
    const badHeader = [...SAMPLE_COLUMNS.slice(0, -1), "quotation"]; // a wrong id
    const bad = file("bad.csv", [badHeader, ...rows].map((r) => r.map((c) => (/[,;"]/.test(c) ? `"${c}"` : c)).join(",")).join("\n"));
    const r = await cli(["assessment", "import", bad, "--template", "ngo-business-engagement", "--round", "2026"], data);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toEqual([
      "bad.csv: 3 problems; nothing was imported.",
      '  row 1, column quotation: "quotation" is not a question id of this questionnaire.',
      '  row 2, column dedicated_staff: "maybe" is not an option; allowed: yes, no.',
      '  row 4, column obstacles: "inital_distrust" is not an option; allowed: motivating_company, business_language, initial_distrust, contact_turnover, short_term.',
      "",
    ]);
    // Nothing was written: no network, no round.
    const none = await cli(["assessment", "report", "--round", "2026", "--json"], data);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("There is no network yet.");

    const good = file("good.csv", sampleCsv(27));
    const ok = await cli(["assessment", "import", good, "--template", "ngo-business-engagement", "--round", "2026"], data);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toBe(
      'Imported 27 responses into the round "2026" (new) of the network Assessment network (assessment-network), questionnaire ngo-business-engagement v1.\n',
    );
    const again = await cli(["assessment", "import", good, "--template", "ngo-business-engagement", "--round", "2026"], data);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("holds 27 imported responses already");

    const rep = await cli(["assessment", "report", "--round", "2026", "--network", "assessment-network", "--json"], data);
    expect(rep.code).toBe(0);
    const report = JSON.parse(rep.stdout);
    expect(Object.keys(report)).toEqual(["round", "respondents", "questions", "breakdowns", "quotes"]);
    expect(report.round).toBe("2026");
    expect(report.respondents).toBe(27);
    expect(report.questions).toHaveLength(20);
    // Recount one question from the file itself: percent of those who answered, one decimal.
    const col = SAMPLE_COLUMNS.indexOf("recognises_risks");
    const cells = sampleRows(27).map((row) => row[col]);
    const answered = cells.filter((c) => c !== "").length;
    const yes = cells.filter((c) => c === "yes").length;
    const q = report.questions.find((x: { id: string }) => x.id === "recognises_risks");
    expect(Object.keys(q)).toEqual(["id", "type", "answered", "counts", "percent", "ci95"]);
    expect(q).toMatchObject({ type: "yesno", answered, counts: { yes, no: answered - yes } });
    expect(q.percent.yes).toBe(Math.round((1000 * yes) / answered) / 10);
    expect(q.ci95.yes[0]).toBeLessThan(q.percent.yes);
    expect(Object.keys(report.breakdowns)).toEqual(["org_region", "org_scope"]);
    const pdfPath = join(dir, "report.pdf");
    const pdf = await cli(["assessment", "report", "--round", "2026", "--pdf", pdfPath, "--lang", "de"], data);
    expect(pdf.stdout).toMatch(/^Wrote the report of 2026 to .*report\.pdf \(\d+ bytes\)\.\n$/);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe("%PDF-");
    const groups = report.breakdowns.org_region;
    expect(groups.reduce((s: number, g: { n: number }) => s + g.n, 0)).toBe(27);
    expect(groups.some((g: { small: boolean; n: number }) => g.small && g.n < 5)).toBe(true);
  });
});

// Benchmark section: a network assessment round of 500 responses on the embedded database — the CSV import
// (parse, validate every value, write all in one transaction) and the full report (JSON), against the issue's
// targets (import < 5 s, report < 1 s). Run alone with `npm run bench -- assessment`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseSpreadsheet } from "../../src/domains/imports/imports.parse.js";
import { importResponses, reportByName } from "../../src/domains/assessment/assessment.service.js";
import { migrateDatabase, openDatabase } from "../../src/platform/db.js";
import { sampleCsv } from "../setup/assessment-sample.js";
import { ms, progress, summarise, table } from "./harness.js";

const RESPONSES = Number(process.env.BENCH_ASSESSMENT_RESPONSES ?? 500);
const ROUNDS = 3;
const REPORTS = 20;

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "pw-bench-assess-"));
  const database = await openDatabase({ dataDir: join(dir, "pglite") });
  try {
    await migrateDatabase(database);
    const bytes = new TextEncoder().encode(sampleCsv(RESPONSES));
    const imports: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const table = await parseSpreadsheet(bytes, "responses.csv");
      const r = await importResponses(database.db, { template: "ngo-business-engagement", round: `bench-${i}`, table });
      imports.push(performance.now() - t0);
      if (r.imported !== RESPONSES) throw new Error(`imported ${r.imported} of ${RESPONSES}: ${JSON.stringify(r.problems.slice(0, 3))}`);
      progress(`assessment: import ${i + 1}/${ROUNDS} ${ms(imports.at(-1)!)} ms`);
    }
    const reports: number[] = [];
    for (let i = 0; i < REPORTS + 3; i++) {
      const t0 = performance.now();
      const rep = await reportByName(database.db, { round: `bench-${i % ROUNDS}` });
      if (i >= 3) reports.push(performance.now() - t0);
      if (rep.respondents !== RESPONSES) throw new Error(`report of ${rep.respondents} respondents`);
    }
    const imp = summarise(imports);
    const rep = summarise(reports);
    return [
      "## assessment",
      "",
      `A round of ${RESPONSES} responses to \`ngo-business-engagement\` (synthetic, tests/setup/assessment-sample.ts) on the embedded database (PGlite).`,
      "Import = parse the CSV, check every value against the questionnaire, write all responses in one transaction;",
      "report = the full JSON report (20 questions, breakdowns by region and scope) from the stored responses.",
      "",
      table(
        ["step", "runs", "p50 ms", "max ms", "target", "met"],
        [
          ["import (CSV → round)", String(imp.n), ms(imp.p50), ms(imp.max), "< 5000 ms", imp.max < 5000 ? "yes" : "no"],
          ["report (JSON)", String(rep.n), ms(rep.p50), ms(rep.max), "< 1000 ms", rep.max < 1000 ? "yes" : "no"],
        ],
      ),
    ].join("\n");
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

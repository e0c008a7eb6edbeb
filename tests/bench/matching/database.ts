// The screening targets measured the way the app runs them: embedded PGlite, lists imported through the
// import service (streamed, staged, diffed in one transaction), the screening index built from the database,
// single names screened through `screenName` (the API's service call, with its per-call list-version check),
// and a 10,000-row batch screened by the batch job's handler. Printed as markdown (tests/bench/run.ts).
// Run with `node --expose-gc --import tsx` for steadier memory figures.
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { migrateDatabase, openDatabase, type Database } from "../../../src/platform/db.js";
import type { Ctx } from "../../../src/platform/context.js";
import { importInstanceList } from "../../../src/domains/watchlists/watchlists.service.js";
import { screenName } from "../../../src/domains/watchlists/watchlists.screen.js";
import { screenerFor } from "../../../src/domains/watchlists/watchlists.index-cache.js";
import { runBatchJob } from "../../../src/domains/watchlists/watchlists.batch.js";
import { screeningBatch, screeningBatchRow } from "../../../src/domains/watchlists/watchlists.table.js";
import { addTypo, disguisedQueries, negativeQueries } from "../../../src/matching/eval/disguise.js";
import { mb, num, quantile, table } from "../../../src/matching/eval/markdown.js";
import { mulberry32, pick } from "../../../src/matching/eval/prng.js";
import { syntheticEntities } from "../../../src/matching/eval/synthetic.js";
import type { Entity } from "../../../src/matching/types.js";
import { DATA_DIR, loadWatchlists } from "./lists.js";

const SYNTHETIC = Number(process.env.BENCH_SYNTHETIC_ENTITIES ?? 1_000_000);
const FTM_SCHEMA: Record<string, string> = { company: "Company", person: "Person", vessel: "Vessel", aircraft: "Airplane" };
const gc = (globalThis as { gc?: () => void }).gc;
const rss = () => (gc?.(), process.memoryUsage().rss);
const peakRss = () => process.resourceUsage().maxRSS * 1024;
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
const progress = (msg: string) => process.stderr.write(`[matching-database ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** Times `fn`: wall and whole-process CPU in seconds. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  return { value, wall: (performance.now() - t) / 1000, cpu: cpuMs(process.cpuUsage(c)) / 1000 };
}

/** An organisation and a user to screen as, inserted directly (the bench measures screening, not sign-up). */
async function benchCtx(database: Database): Promise<Ctx> {
  const userId = randomUUID();
  const orgId = randomUUID();
  await database.query(
    `insert into "user" (id, name, email, email_verified, created_at, updated_at) values ($1, 'Bench', 'bench@example.org', true, now(), now())`,
    [userId],
  );
  await database.query(`insert into organization (id, name, slug, created_at) values ($1, 'Bench NGO', 'bench-ngo', now())`, [orgId]);
  return { db: database.db, database, user: { id: userId, name: "Bench", email: "bench@example.org" }, orgId, role: "owner" };
}

/** Screens each name through the service, after a warm-up; wall and CPU ms per call, sorted. */
async function screenLatencies(ctx: Ctx, names: string[]): Promise<{ wall: number[]; cpu: number[]; found: (string | undefined)[] }> {
  for (const name of names.slice(0, 50)) await screenName(ctx, { name });
  const wall: number[] = [];
  const cpu: number[] = [];
  const found: (string | undefined)[] = [];
  for (const name of names) {
    const c = process.cpuUsage();
    const t = performance.now();
    const r = await screenName(ctx, { name });
    wall.push(performance.now() - t);
    cpu.push(cpuMs(process.cpuUsage(c)));
    found.push(
      r.matches
        .filter((m) => m.match)
        .map((m) => `${m.list}:${m.sourceId}`)
        .join(" "),
    );
  }
  return { wall: [...wall].sort((a, b) => a - b), cpu: [...cpu].sort((a, b) => a - b), found };
}

const LAT_HEAD = ["queries", "n", "wall p50", "wall p95", "wall p99", "cpu p50", "cpu p95", "target (p95)"];
function latRow(label: string, l: { wall: number[]; cpu: number[] }, targetMs: number): Array<string | number> {
  const p95 = quantile(l.wall, 0.95);
  return [
    label,
    l.wall.length,
    num(quantile(l.wall, 0.5), 2),
    num(p95, 2),
    num(quantile(l.wall, 0.99), 2),
    num(quantile(l.cpu, 0.5), 2),
    num(quantile(l.cpu, 0.95), 2),
    `< ${targetMs} ms ${p95 < targetMs ? "✅" : "❌"}`,
  ];
}

/** Screens a 10,000-row batch with the batch job's handler, as the job runner would. */
async function batch(ctx: Ctx, names: string[]): Promise<{ wall: number; cpu: number; withHits: number }> {
  const [b] = await ctx.db
    .insert(screeningBatch)
    .values({ organizationId: ctx.orgId, filename: "bench.csv", total: names.length, createdBy: ctx.user.id })
    .returning();
  for (let i = 0; i < names.length; i += 1000) {
    await ctx.db
      .insert(screeningBatchRow)
      .values(
        names.slice(i, i + 1000).map((name, k) => ({ batchId: b.id, rowNo: i + k + 1, rowId: String(i + k + 1), name, country: null })),
      );
  }
  const t = await timed(() => runBatchJob(ctx.database, { batchId: b.id }));
  const r = await ctx.database.query<{ n: number }>(
    `select count(*)::int as n from screening_batch_row where batch_id = $1 and exists (select 1 from jsonb_array_elements(matches) m where (m->>'match')::boolean)`,
    [b.id],
  );
  const [done] = (await ctx.database.query<{ status: string }>(`select status from screening_batch where id = $1`, [b.id])).rows;
  if (done.status !== "done") throw new Error(`the batch ended ${done.status}`);
  return { wall: t.wall, cpu: t.cpu, withHits: r.rows[0].n };
}

/** Writes `n` synthetic entities as FollowTheMoney JSON lines (the format of OpenSanctions' exports). */
async function writeSynthetic(path: string, n: number, sample: Entity[], every: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  let i = 0;
  for (const e of syntheticEntities(n, 42, "synthetic")) {
    if (i++ % every === 0) sample.push(e);
    const [name, ...aliases] = e.names;
    const line =
      JSON.stringify({
        id: e.sourceId,
        schema: FTM_SCHEMA[e.type] ?? "LegalEntity",
        properties: {
          name: [name],
          ...(aliases.length ? { alias: aliases } : {}),
          ...(e.countries?.length ? { country: e.countries.map((c) => c.toLowerCase()) } : {}),
        },
      }) + "\n";
    bytes += line.length;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return bytes;
}

export async function run(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "pw-bench-matching-db-"));
  const md: string[] = ["## Screening through the embedded database (PGlite)", ""];
  const load0 = loadavg()[0];
  try {
    const database = await openDatabase({ dataDir: join(dir, "pglite") });
    await migrateDatabase(database);
    const ctx = await benchCtx(database);

    progress("importing OFAC SDN and the UN list");
    const ofac = await timed(() => importInstanceList(database, { format: "ofac-csv", path: resolve(DATA_DIR, "watchlists/ofac-sdn") }));
    const un = await timed(() =>
      importInstanceList(database, { format: "un-xml", path: resolve(DATA_DIR, "watchlists/un/consolidated.xml") }),
    );
    for (const r of [ofac.value, un.value]) if (r.status !== "done") throw new Error(`import of ${r.name} failed: ${r.error}`);
    const build = await timed(() => screenerFor(database, ctx.orgId));

    // The same query mix as the engine's speed section: disguised list entries and names on no list.
    const entities = await loadWatchlists();
    const disguised = disguisedQueries(entities, 200).map((q) => q.name);
    const negatives = negativeQueries(800).map((q) => q.name);
    const single = [...disguised, ...negatives];
    progress(`screening ${single.length} names one by one`);
    const lat = await screenLatencies(ctx, single);
    const rng = mulberry32(5);
    progress("screening a 10,000-row batch");
    const b = await batch(
      ctx,
      Array.from({ length: 10_000 }, () => pick(rng, single)),
    );

    md.push(
      `Lists imported with the import service into a fresh PGlite database, the screening index built from it (\`screenerFor\`), names screened with \`screenName\` — the service behind \`POST /api/v1/watchlists/screen\`, including its per-call check of the list versions — and a batch screened by the \`screening-batch\` job's handler (\`runBatchJob\`: reads rows in chunks, screens, writes results and progress). Load average (1 min) at start: ${load0.toFixed(1)} on 2 cores${load0 > 1.5 ? " — **other work was running; wall times are inflated, CPU times less so**" : ""}.`,
      "",
      "### OFAC SDN + UN consolidated list",
      "",
      table(
        ["step", "entities", "wall (s)", "CPU (s)"],
        [
          ["import OFAC SDN (sdn.csv, alt.csv, add.csv)", ofac.value.processed ?? 0, num(ofac.wall, 1), num(ofac.cpu, 1)],
          ["import UN consolidated (XML)", un.value.processed ?? 0, num(un.wall, 1), num(un.cpu, 1)],
          ["build the screening index from the database", build.value.size, num(build.wall, 1), num(build.cpu, 1)],
        ],
      ),
      "",
      table(LAT_HEAD, [latRow(`one name (${disguised.length} disguised list entries + ${negatives.length} names on no list)`, lat, 10)]),
      "",
      `10,000-name batch (job handler): ${num(b.wall, 1)} s wall, ${num(b.cpu, 1)} s CPU, ${b.withHits.toLocaleString("en")} rows with a match — target < 30 s ${b.wall < 30 ? "✅" : "❌"}. RSS after: ${mb(rss())}.`,
      "",
    );

    progress(`writing ${SYNTHETIC.toLocaleString("en")} synthetic entities as FtM JSON lines`);
    const file = join(dir, "synthetic.ftm.json");
    const sample: Entity[] = [];
    const bytes = await writeSynthetic(file, SYNTHETIC, sample, Math.max(1, Math.floor(SYNTHETIC / 1000)));
    progress("importing them");
    let lastShown = 0;
    const imp = await timed(() =>
      importInstanceList(database, { format: "ftm-json", path: file, name: "synthetic" }, (n) => {
        if (n - lastShown >= 100_000) {
          lastShown = n;
          progress(`… ${n.toLocaleString("en")} read`);
        }
      }),
    );
    if (imp.value.status !== "done") throw new Error(`synthetic import failed: ${imp.value.error}`);
    const rssAfterImport = rss();
    progress("building the index from the database");
    const build1m = await timed(() => screenerFor(database, ctx.orgId));
    const rssAfterIndex = rss();
    const typoRng = mulberry32(17);
    const queries = sample.map((e) => addTypo(typoRng, e.names[0]) ?? e.names[0]);
    progress(`screening ${queries.length} names against ${build1m.value.size.toLocaleString("en")} entities`);
    const lat1m = await screenLatencies(ctx, queries);
    const found = sample.filter((e, k) => lat1m.found[k]?.split(" ").includes(`synthetic:${e.sourceId}`)).length;

    md.push(
      `### Synthetic list, ${SYNTHETIC.toLocaleString("en")} entities (seeded: \`syntheticEntities(n, 42)\`, written as FtM JSON lines, ${mb(bytes)})`,
      "",
      table(
        ["step", "wall (s)", "CPU (s)", "RSS after", "target"],
        [
          [
            "import (stream → staging → one diff transaction)",
            num(imp.wall, 1),
            num(imp.cpu, 1),
            mb(rssAfterImport),
            `< 180 s ${imp.wall < 180 ? "✅" : "❌"}`,
          ],
          [
            "build the screening index from the database (all instance lists)",
            num(build1m.wall, 1),
            num(build1m.cpu, 1),
            mb(rssAfterIndex),
            "—",
          ],
        ],
      ),
      "",
      table(LAT_HEAD, [latRow(`one name: a list entry with one typo (${queries.length} entries sampled)`, lat1m, 50)]),
      "",
      `Entries found with match=true among the shown matches: ${found}/${sample.length}. Peak RSS of the whole run: ${mb(peakRss())}.`,
    );
    await database.close();
    return md.join("\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

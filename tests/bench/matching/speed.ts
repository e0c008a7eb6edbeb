// Matching engine speed benchmark. Prints markdown.
//   npx tsx tests/bench/matching/speed.ts
// Env: MATCHING_BENCH_N (synthetic list size, default 1,000,000; 0 skips), MATCHING_DATA_DIR.
// Run with `node --expose-gc --import tsx` for steadier memory figures.

import { MatchIndex } from "../../../src/matching/index.js";
import { indexRecall } from "../../../src/matching/eval/brute-recall.js";
import { addTypo, disguisedQueries, negativeQueries, siblingQueries } from "../../../src/matching/eval/disguise.js";
import { mb, num, quantile, table } from "../../../src/matching/eval/markdown.js";
import { mulberry32, pick } from "../../../src/matching/eval/prng.js";
import { syntheticEntities } from "../../../src/matching/eval/synthetic.js";
import type { Entity, SearchQuery } from "../../../src/matching/types.js";
import { loadWatchlists } from "./lists.js";

const gc = (globalThis as { gc?: () => void }).gc;

function memory(): NodeJS.MemoryUsage {
  gc?.();
  return process.memoryUsage();
}

interface Latencies {
  wall: number[];
  cpu: number[];
}

/** Wall-clock and CPU time (ms) of single searches, after a warm-up. CPU time is what the search itself cost
 * when the machine is shared; wall-clock is what a caller waits. */
function latencies(index: MatchIndex, queries: SearchQuery[]): Latencies {
  for (const q of queries.slice(0, 100)) index.search(q);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const q of queries) {
    const c = process.cpuUsage();
    const t = performance.now();
    index.search(q);
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

const LATENCY_HEADERS = ["queries", "n", "wall p50", "wall p95", "wall p99", "wall max", "cpu p50", "cpu p95", "cpu p99"];

function latencyRow(label: string, l: Latencies): Array<string | number> {
  const { wall, cpu } = l;
  return [
    label,
    wall.length,
    num(quantile(wall, 0.5), 2),
    num(quantile(wall, 0.95), 2),
    num(quantile(wall, 0.99), 2),
    num(wall[wall.length - 1], 1),
    num(quantile(cpu, 0.5), 2),
    num(quantile(cpu, 0.95), 2),
    num(quantile(cpu, 0.99), 2),
  ];
}

async function watchlists(): Promise<void> {
  const m0 = memory();
  let t = performance.now();
  const entities = await loadWatchlists();
  const loadMs = performance.now() - t;
  t = performance.now();
  const index = new MatchIndex();
  for (const e of entities) index.add(e);
  const addMs = performance.now() - t;
  t = performance.now();
  index.build();
  const buildMs = performance.now() - t;
  const m1 = memory();
  const st = index.stats();
  console.log("## OFAC SDN + UN consolidated list\n");
  console.log(
    table(
      ["entities", "names", "records", "read (ms)", "normalise+add (ms)", "build (ms)", "index arrays", "heap delta", "rss"],
      [
        [
          st.entities,
          st.names,
          st.records,
          num(loadMs, 0),
          num(addMs, 0),
          num(buildMs, 0),
          mb(st.approxBytes),
          mb(m1.heapUsed - m0.heapUsed),
          mb(m1.rss),
        ],
      ],
    ),
  );

  const disguised = disguisedQueries(entities, 200).map((q) => ({ name: q.name }));
  const negatives = negativeQueries(800).map((q) => ({ name: q.name }));
  const single = [...disguised, ...negatives];
  const rng = mulberry32(5);
  const batch = Array.from({ length: 10_000 }, () => pick(rng, single));
  const lat = latencies(index, single);
  let t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const q of batch) index.search(q);
  const batchMs = performance.now() - t0;
  const batchCpu = process.cpuUsage(c0);
  console.log("\n### Single-name queries (ms)\n");
  console.log(table(LATENCY_HEADERS, [latencyRow("disguised entries + off-list names", lat)]));
  console.log(
    `\n10,000-name batch: ${num(batchMs / 1000, 2)} s wall, ${num((batchCpu.user + batchCpu.system) / 1e6, 2)} s CPU (${num(10_000 / (batchMs / 1000), 0)} names/s, one thread).\n`,
  );

  const recallQueries = [...disguisedQueries(entities, 40, 99), ...siblingQueries(entities, 60, 98), ...negativeQueries(60, 97)].map(
    (q) => ({ name: q.name }),
  );
  t0 = performance.now();
  const r = indexRecall(index, recallQueries);
  console.log("### Index recall against brute force\n");
  console.log(
    table(
      ["queries", "brute-force matches", "found by index", "recall", "time (s)"],
      [[r.queries, r.bruteMatches, r.indexFound, num(r.recall, 4), num((performance.now() - t0) / 1000, 1)]],
    ),
  );
  if (r.missedQueries.length) console.log(`\nMissed on: ${r.missedQueries.slice(0, 10).join("; ")}`);
}

async function synthetic(n: number): Promise<void> {
  console.log(`\n## Synthetic list, ${n.toLocaleString("en")} entities (seeded)\n`);
  const m0 = memory();
  const rng = mulberry32(17);
  const sample: Entity[] = [];
  const every = Math.max(1, Math.floor(n / 1000));
  let t = performance.now();
  const index = new MatchIndex();
  let i = 0;
  for (const e of syntheticEntities(n)) {
    index.add(e);
    if (i++ % every === 0) sample.push(e);
  }
  const addMs = performance.now() - t;
  t = performance.now();
  index.build();
  const buildMs = performance.now() - t;
  const m1 = memory();
  const st = index.stats();
  console.log(
    table(
      [
        "entities",
        "records",
        "keys",
        "postings",
        "generate+normalise+add (s)",
        "build (s)",
        "index arrays",
        "heap delta",
        "array buffers",
        "rss",
      ],
      [
        [
          st.entities,
          st.records,
          st.keys,
          st.postings,
          num(addMs / 1000, 1),
          num(buildMs / 1000, 1),
          mb(st.approxBytes),
          mb(m1.heapUsed - m0.heapUsed),
          mb(m1.arrayBuffers),
          mb(m1.rss),
        ],
      ],
    ),
  );
  const queries = sample.map((e) => ({ name: addTypo(rng, e.names[0]) ?? e.names[0] }));
  const lat = latencies(index, queries);
  let found = 0;
  sample.forEach((e, k) => {
    if (index.search(queries[k], { limit: 10 }).some((r) => r.sourceId === e.sourceId && r.match)) found++;
  });
  console.log("\n### Single-name queries (ms)\n");
  console.log(table(LATENCY_HEADERS, [latencyRow("list entries with one typo", lat)]));
  console.log(`\nEntry found (match=true, top 10): ${found}/${sample.length}.`);
}

async function syntheticRecall(n: number, queries: number): Promise<void> {
  const index = new MatchIndex();
  const sample: Entity[] = [];
  let i = 0;
  for (const e of syntheticEntities(n, 4242)) {
    index.add(e);
    if (i++ % Math.floor(n / queries) === 0) sample.push(e);
  }
  index.build();
  const rng = mulberry32(23);
  const qs = sample.map((e) => ({ name: addTypo(rng, e.names[0]) ?? e.names[0] }));
  const t = performance.now();
  const r = indexRecall(index, qs);
  console.log(`\n### Index recall against brute force, synthetic ${n.toLocaleString("en")} entities\n`);
  console.log(
    table(
      ["queries", "brute-force matches", "found by index", "recall", "time (s)"],
      [[r.queries, r.bruteMatches, r.indexFound, num(r.recall, 4), num((performance.now() - t) / 1000, 1)]],
    ),
  );
}

console.log("# Matching engine: speed\n");
console.log(
  `Node ${process.version}, ${(await import("node:os")).cpus().length} CPUs, load average ${(await import("node:os"))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" / ")} at start.\n`,
);
await watchlists();
const n = Number(process.env.MATCHING_BENCH_N ?? 1_000_000);
if (n > 0) {
  await syntheticRecall(50_000, 60);
  await synthetic(n);
}

// Small helpers shared by benchmark sections: timing, percentiles, markdown tables, machine facts.
import { cpus, freemem, release, totalmem, type as osType } from "node:os";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

export interface Timing {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    mean: s.reduce((a, b) => a + b, 0) / s.length,
    max: s[s.length - 1],
  };
}

/**
 * Times several ways of doing the same thing, interleaved: each round runs every function once, in turn, so a
 * change in machine load hits all of them alike and their ratio stays fair. `warmup` untimed rounds first, then up
 * to `n` timed rounds; `fn(i)` gets the round number to rotate through query variants. Stops early once the timed
 * rounds have taken `budgetMs` (keeping at least 20), so one slow query cannot blow the whole run's time budget.
 */
export async function measureEach<K extends string>(
  fns: Record<K, (i: number) => Promise<unknown>>,
  opts: { warmup?: number; n?: number; budgetMs?: number } = {},
): Promise<Record<K, Timing>> {
  const warmup = opts.warmup ?? 20;
  const n = opts.n ?? 200;
  const budget = opts.budgetMs ?? Infinity;
  const keys = Object.keys(fns) as K[];
  for (let i = 0; i < warmup; i++) for (const k of keys) await fns[k](i);
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    for (const k of keys) {
      const t0 = performance.now();
      await fns[k](i);
      samples[k].push(performance.now() - t0);
    }
    if (i + 1 >= 20 && performance.now() - started > budget) break;
  }
  return Object.fromEntries(keys.map((k) => [k, summarise(samples[k])])) as Record<K, Timing>;
}

export const ms = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : "–");

/** A GitHub-flavoured markdown table. */
export function table(head: string[], rows: Array<Array<string | number>>, align?: Array<"l" | "r">): string {
  const a = align ?? head.map((_, i) => (i === 0 ? "l" : "r"));
  const sep = a.map((x) => (x === "r" ? "---:" : ":---"));
  return [head, sep, ...rows.map((r) => r.map(String))].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

function osName(): string {
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync("/etc/os-release", "utf8"));
    if (m) return `${m[1]} (${osType()} ${release()})`;
  } catch {
    // not Linux: fall through
  }
  return `${osType()} ${release()}`;
}

/** The machine a run happened on, as a markdown list. */
export function machine(): string {
  const c = cpus();
  return [
    `- CPU: ${c[0]?.model.trim() ?? "unknown"}, ${c.length} logical cores`,
    `- RAM: ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
    `- Node ${process.version}, ${osName()}`,
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
  ].join("\n");
}

/** The machine in one line, to stamp a section with. */
export function machineLine(): string {
  const c = cpus();
  return `${c[0]?.model.trim() ?? "unknown CPU"} × ${c.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** Progress line on stderr, so stdout stays clean markdown when a section is run on its own. */
export function progress(msg: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
}

// Benchmark section: list/filter/search of 100k companies through the HTTP API and directly on the
// repository, on PGlite and on PostgreSQL. Run alone with `npm run bench -- companies`.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { CompanyListQuery } from "../../src/domains/companies/companies.schema.js";
import { listCompanies } from "../../src/domains/companies/companies.repo.js";
import { migrateDatabase, openDatabase, type Database, type Db } from "../../src/platform/db.js";
import { parseEnv } from "../../src/platform/env.js";
import { bootApp } from "../../src/server/boot.js";
import { seedCompanies, type SeedCompany } from "./companies-data.js";
import { measureEach, ms, progress, table, type Timing } from "./harness.js";

// Bench knobs (test tooling, not app settings): the PostgreSQL server, and smaller runs while developing.
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 100_000);
const OTHER_ORG_COMPANIES = Math.round(COMPANIES / 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;
/** Timed rounds of one query (direct + app.request + HTTP) stop after this long (min. 20), to bound the whole bench. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 24000);
const TARGET_P95 = 50;
const TARGET_RATIO = 2;

const ORIGIN = "http://localhost";

interface BenchQuery {
  id: string;
  label: string;
  kind: "list" | "filter" | "search";
  /** Query strings of /api/v1/companies; runs rotate through them. */
  variants: string[];
}

/** Misspells a seeded name the way people do: drop the legal form, then drop, double or swap a letter. */
function misspell(c: SeedCompany, i: number): string {
  const words = c.name
    .replace(c.legalForm, "")
    .split(/\s+/)
    .filter((w) => w.length > 2 && !/^(&|and|et|e|de|di|i)$/i.test(w));
  const w = words.reduce((a, b) => (b.length > a.length ? b : a), words[0] ?? c.name);
  const at = 1 + (i % Math.max(1, w.length - 2));
  const edits = [
    () => w.slice(0, at) + w.slice(at + 1), // dropped letter
    () => w.slice(0, at) + w[at] + w.slice(at), // doubled letter
    () => w.slice(0, at) + (w[at + 1] ?? "") + w[at] + w.slice(at + 2), // swapped letters
    () => w.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""), // accents left out
  ];
  let wrong = edits[i % edits.length]();
  if (wrong === w) wrong = edits[0](); // a name without accents: drop a letter instead
  return words.map((x) => (x === w ? wrong : x)).join(" ");
}

function queries(seeded: SeedCompany[]): BenchQuery[] {
  // Names to misspell and to type: spread over the seeded rows, reproducible.
  const sample = Array.from({ length: 12 }, (_, i) => seeded[Math.floor(((i + 0.5) * seeded.length) / 12)]);
  const typing = ["Müller", "García", "Nowak", "Rossi", "Dubois", "Smith", "Jansen", "Popescu"].flatMap((n) =>
    [2, 3, 4].map((k) => n.slice(0, k)),
  );
  const enc = (q: string) => `q=${encodeURIComponent(q)}`;
  return [
    { id: "list-name", label: "List, first page, sorted by name", kind: "list", variants: ["sort=name"] },
    { id: "list-updated-p50", label: "List, sorted by -updatedAt, page 50", kind: "list", variants: [`sort=-updatedAt&offset=${49 * 50}`] },
    {
      id: "filter-country-size",
      label: "Filter: country + size",
      kind: "filter",
      variants: ["country=DE&size=sme", "country=FR&size=local", "country=IT,ES&size=large", "country=PL&size=sme,local"],
    },
    {
      id: "filter-sector-tag",
      label: "Filter: sector + tag",
      kind: "filter",
      variants: ["sector=C&tag=textiles", "sector=49&tag=logistics", "sector=I&tag=hospitality,high-risk", "sector=81.2&tag=cleaning"],
    },
    { id: "search-misspelt", label: "Search: misspelt name", kind: "search", variants: sample.map((c, i) => enc(misspell(c, i))) },
    {
      id: "search-word",
      label: "Search: a word of the description",
      kind: "search",
      variants: ["warehousing", "harvesting", "subcontractors", "haulage", "slavery", "retailers"].map(enc),
    },
    { id: "search-prefix", label: "Search as you type (2–4 letters)", kind: "search", variants: typing.map(enc) },
  ];
}

/** A cookie-keeping client for the auth endpoints, calling the app in-process. */
class Session {
  cookies = new Map<string, string>();
  constructor(private readonly app: { request: (url: string, init: RequestInit) => Response | Promise<Response> }) {}
  get cookie() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  async post(path: string, body: unknown): Promise<any> {
    const headers: Record<string, string> = {
      Origin: ORIGIN,
      Host: "localhost",
      "Content-Type": "application/json",
      Accept: "application/json",
    };
    if (this.cookies.size) headers.Cookie = this.cookie;
    const res = await this.app.request(`${ORIGIN}${path}`, { method: "POST", headers, body: JSON.stringify(body) });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    const json = await res.json();
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }
}

/** Signs up a user who owns a new active organisation, through the HTTP API. */
async function ownerWithOrg(app: Session["app"], label: string): Promise<{ session: Session; userId: string; orgId: string }> {
  const session = new Session(app);
  const tag = `${label}-${Date.now().toString(36)}`;
  const su = await session.post("/api/auth/sign-up/email", {
    email: `bench-${tag}@example.org`,
    password: "Correct-Horse-9-battery",
    name: `Bench ${label}`,
  });
  const org = await session.post("/api/auth/organization/create", { name: `Bench NGO ${label}`, slug: `bench-${tag}` });
  await session.post("/api/auth/organization/set-active", { organizationId: org.id });
  return { session, userId: su.user.id, orgId: org.id };
}

/** The same drizzle database with a logger, to capture the SQL a repository call sends. */
function capturingDb(database: Database): { db: Db; captured: Array<{ sql: string; params: unknown[] }> } {
  const captured: Array<{ sql: string; params: unknown[] }> = [];
  const logger = { logQuery: (sql: string, params: unknown[]) => void captured.push({ sql, params }) };
  const db = (database.kind === "postgres"
    ? drizzlePg(database.pool!, { casing: "snake_case", logger })
    : drizzlePglite(database.pglite!, { casing: "snake_case", logger })) as unknown as Db;
  return { db, captured };
}

interface Row {
  q: BenchQuery;
  total: number;
  direct: Timing;
  inproc: Timing;
  http: Timing;
  plans?: string[];
}

interface TargetResult {
  kind: string;
  skipped?: string;
  seedMs?: number;
  analyzeMs?: number;
  /** 1-minute load average before and after the measurements: other work on the machine skews them. */
  load?: [number, number];
  rows: Row[];
}

async function openTarget(kind: "pglite" | "postgres"): Promise<{ database: Database; dispose: () => Promise<void> } | string> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "pw-bench-"));
    const database = await openDatabase({ dataDir: join(dir, "pglite") });
    return {
      database,
      dispose: async () => {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = await openDatabase({ url: PG_URL, max: 1 });
  try {
    await admin.query("select 1");
  } catch (e) {
    await admin.close().catch(() => undefined);
    return `PostgreSQL at ${PG_URL.replace(/\/\/[^@]*@/, "//…@")} is unreachable (${(e as Error).message}); set BENCH_DATABASE_URL`;
  }
  const name = `pw_bench_${process.pid}_${Date.now().toString(36)}`;
  await admin.exec(`CREATE DATABASE ${name}`);
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), max: 10 });
  return {
    database,
    dispose: async () => {
      await database.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

async function benchTarget(kind: "pglite" | "postgres"): Promise<TargetResult> {
  progress(`${kind}: opening a fresh database`);
  const opened = await openTarget(kind);
  if (typeof opened === "string") {
    progress(`${kind}: skipped — ${opened}`);
    return { kind, skipped: opened, rows: [] };
  }
  const { database, dispose } = opened;
  let server: ReturnType<typeof serve> | undefined;
  try {
    await migrateDatabase(database);
    const env = parseEnv({
      NODE_ENV: "production",
      PARTNERWISE_LOG_LEVEL: "warn",
      PARTNERWISE_SECRET: "bench-secret-bench-secret-bench-secret",
    });
    const booted = await bootApp(env, { database, rateLimit: false });
    const a = await ownerWithOrg(booted.app, "a");
    const b = await ownerWithOrg(booted.app, "b");

    progress(`${kind}: seeding ${COMPANIES} + ${OTHER_ORG_COMPANIES} companies`);
    let t0 = performance.now();
    const seeded = await seedCompanies(database, {
      orgId: a.orgId,
      userId: a.userId,
      count: COMPANIES,
      seed: 42,
      onProgress: (n) => n % 25_000 === 0 && progress(`${kind}: ${n} rows`),
    });
    await seedCompanies(database, { orgId: b.orgId, userId: b.userId, count: OTHER_ORG_COMPANIES, seed: 7 });
    const seedMs = performance.now() - t0;
    // What autovacuum would do on a server; PGlite has no autovacuum (see docs/benchmarks.md).
    t0 = performance.now();
    await database.exec("VACUUM ANALYZE company");
    const analyzeMs = performance.now() - t0;
    progress(`${kind}: seeded in ${(seedMs / 1000).toFixed(1)} s, VACUUM ANALYZE ${(analyzeMs / 1000).toFixed(1)} s`);

    server = serve({ fetch: booted.app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise<void>((resolve) => (server!.listening ? resolve() : server!.once("listening", () => resolve())));
    const port = (server.address() as AddressInfo).port;
    const headers = { Cookie: a.session.cookie, Accept: "application/json" };

    const otherOrg = new Set(
      (await database.query<{ id: string }>("select id from company where organization_id = $1", [b.orgId])).rows.map((r) => r.id),
    );
    const rows: Row[] = [];
    const loadBefore = loadavg()[0];
    for (const q of queries(seeded)) {
      const parsed = q.variants.map((v) => CompanyListQuery.parse(Object.fromEntries(new URLSearchParams(v))));
      const at = (i: number) => i % q.variants.length;

      // Sanity: the API and the repository agree, and the API never shows the other organisation's rows.
      const direct0 = await listCompanies(database.db, a.orgId, parsed[0]);
      for (const v of q.variants) {
        const api = (await (
          await booted.app.request(`${ORIGIN}/api/v1/companies?${v}`, { headers: { ...headers, Host: "localhost" } })
        ).json()) as { total: number; items: Array<{ id: string }> };
        if (v === q.variants[0] && api.total !== direct0.total)
          throw new Error(`${q.id}: API total ${api.total} ≠ direct ${direct0.total}`);
        if (api.items.some((c) => otherOrg.has(c.id))) throw new Error(`${q.id}: the API listed another organisation's company for ${v}`);
      }

      progress(`${kind}: ${q.id} (total ${direct0.total}): direct, app.request and HTTP, interleaved…`);
      const get = async (res: Response) => {
        if (res.status !== 200) throw new Error(`${q.id}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      };
      const { direct, inproc, http } = await measureEach(
        {
          direct: (i) => listCompanies(database.db, a.orgId, parsed[at(i)]),
          inproc: async (i) =>
            get(
              await booted.app.request(`${ORIGIN}/api/v1/companies?${q.variants[at(i)]}`, { headers: { ...headers, Host: "localhost" } }),
            ),
          http: async (i) => get(await fetch(`http://127.0.0.1:${port}/api/v1/companies?${q.variants[at(i)]}`, { headers })),
        },
        { warmup: WARMUP, n: RUNS, budgetMs: BUDGET_MS },
      );
      const row: Row = { q, total: direct0.total, direct, inproc, http };
      progress(`${kind}: ${q.id} p95 direct ${ms(direct.p95)} / app ${ms(inproc.p95)} / http ${ms(http.p95)} ms`);

      // A miss on PostgreSQL (where the targets are set) gets its plans: the worst variant's statements, EXPLAIN ANALYZE'd.
      // PGlite plans the same way, only slower, so its plans would repeat these.
      const missed = Math.max(http.p95, direct.p95) > TARGET_P95 || http.p95 > TARGET_RATIO * direct.p95;
      if (kind === "postgres" && missed) row.plans = await explainWorst(database, a.orgId, parsed);
      rows.push(row);
    }
    return { kind, seedMs, analyzeMs, rows, load: [loadBefore, loadavg()[0]] };
  } finally {
    if (server) await new Promise((resolve) => server!.close(resolve));
    await dispose();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the queries listCompanies sends, for the slowest variant. */
async function explainWorst(database: Database, orgId: string, parsed: CompanyListQuery[]): Promise<string[]> {
  let worst = { ms: -1, q: parsed[0] };
  for (const q of parsed) {
    const t0 = performance.now();
    await listCompanies(database.db, orgId, q);
    const t = performance.now() - t0;
    if (t > worst.ms) worst = { ms: t, q };
  }
  const { db, captured } = capturingDb(database);
  await listCompanies(db, orgId, worst.q);
  const plans: string[] = [];
  for (const c of captured) {
    const r = await database.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${c.sql}`, c.params);
    const params = c.params.map((p) => JSON.stringify(p)).join(", ");
    const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)} …` : s);
    const plan = r.rows.map((x) => clip(x["QUERY PLAN"], 180)).filter((l) => !/^\s*(Buffers|Index Searches|Worker \d)/.test(l));
    plans.push(
      `${clip(c.sql.replace(/select "id", "organization_id".*?"updated_at"/s, "select company.*"), 700)}\n-- params: ${clip(params, 300)}\n${plan.slice(0, 45).join("\n")}${plan.length > 45 ? "\n…" : ""}`,
    );
  }
  return plans;
}

const cell = (t: Timing) => `${ms(t.p50)} / ${ms(t.p95)}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

function render(results: TargetResult[]): string {
  const out: string[] = [];
  out.push(`## Companies: list, filter and search at ${COMPANIES.toLocaleString("en")} companies`);
  out.push("");
  out.push(
    `${COMPANIES.toLocaleString("en")} generated companies (seeded PRNG: names from 13 European countries with their legal forms, ` +
      `descriptions, NACE codes, tags, sizes) in one organisation, plus ${OTHER_ORG_COMPANIES.toLocaleString("en")} in a second ` +
      `organisation that must never show up. Each query: ${WARMUP} warm-up rounds, then up to ${RUNS} timed rounds ` +
      `(fewer when a query used up its ${BUDGET_MS / 1000} s budget; n is shown), rotating through the variants listed below; ` +
      `each round runs the direct call, app.request and HTTP once, one after another, so load changes hit all three alike. ` +
      `Times in ms as p50 / p95. **direct** = \`listCompanies()\` from companies.repo.ts on the same database in the same process; ` +
      `**app.request** = the whole Hono app in-process with a session cookie (session lookup, membership check, validation, ` +
      `the repository, user names, JSON); **HTTP** = the same over a real socket on 127.0.0.1 (@hono/node-server, fetch with keep-alive).`,
  );
  for (const r of results) {
    out.push("");
    out.push(`### ${r.kind === "pglite" ? "PGlite (embedded, default)" : "PostgreSQL 15 (local server, pool of 10)"}`);
    out.push("");
    if (r.skipped) {
      out.push(`Skipped: ${r.skipped}.`);
      continue;
    }
    const cores = cpus().length;
    const [l0, l1] = r.load!;
    const busy = Math.max(l0, l1) > cores * 0.75;
    out.push(
      `Load average (1 min) before / after measuring: ${l0.toFixed(1)} / ${l1.toFixed(1)} on ${cores} cores${busy ? " — **other work was running on the machine; these numbers are inflated by it**" : ""}.`,
    );
    out.push("");
    out.push(
      `Seeding ${(COMPANIES + OTHER_ORG_COMPANIES).toLocaleString("en")} rows: ${(r.seedMs! / 1000).toFixed(1)} s (INSERT … SELECT FROM unnest, 5,000 rows a statement, all indexes in place); VACUUM ANALYZE: ${(r.analyzeMs! / 1000).toFixed(1)} s.`,
    );
    out.push("");
    out.push(
      table(
        ["Query", "matches (1st variant)", "direct", "app.request", "HTTP", "n", "HTTP/direct p50", "HTTP/direct p95", "target"],
        r.rows.map((x) => {
          // The targets are set for list and search; filters are shown against the same bar, in brackets.
          const okP95 = x.http.p95 < TARGET_P95;
          const okRatio = x.http.p95 < TARGET_RATIO * x.direct.p95;
          const v = `${okP95 ? "✅" : "❌"} p95 ${okRatio ? "✅" : "❌"} ratio`;
          const verdict = x.q.kind === "filter" ? `(${v})` : v;
          return [
            x.q.label,
            x.total.toLocaleString("en"),
            cell(x.direct),
            cell(x.inproc),
            cell(x.http),
            Math.min(x.direct.n, x.inproc.n, x.http.n),
            ratio(x.http.p50, x.direct.p50),
            ratio(x.http.p95, x.direct.p95),
            verdict,
          ];
        }),
      ),
    );
    const withPlans = r.rows.filter((x) => x.plans);
    if (withPlans.length) {
      out.push("");
      out.push(
        `<details><summary>Query plans of the queries that missed a target on ${r.kind} (slowest variant; EXPLAIN ANALYZE, BUFFERS)</summary>`,
      );
      for (const x of withPlans) {
        out.push("");
        out.push(`#### ${x.q.label}`);
        out.push("");
        for (const p of x.plans!) out.push("```\n" + p + "\n```");
      }
      out.push("");
      out.push("</details>");
    }
  }
  out.push("");
  out.push("Query variants (each run takes the next one):");
  out.push("");
  for (const q of results.flatMap((r) => (r.rows.length ? [r.rows] : []))[0]?.map((x) => x.q) ?? []) {
    out.push(`- ${q.label}: ${q.variants.map((v) => `\`${decodeURIComponent(v)}\``).join(", ")}`);
  }
  out.push("");
  out.push(
    `How to read this: the targets are p95 < ${TARGET_P95} ms for list and search on PostgreSQL (HTTP column) and HTTP p95 under ` +
      `${TARGET_RATIO}× the direct query. The gap between *direct* and *app.request* is the app's own work per request ` +
      `(three queries before the handler: session, user, membership; one after: user names; validation and JSON); the gap between ` +
      `*app.request* and *HTTP* is the socket and HTTP parsing. PGlite runs every query on the Node thread, so its numbers include ` +
      `the database's own CPU time; PostgreSQL runs in its own processes on the same 2 cores.`,
  );
  const notes = join(dirname(fileURLToPath(import.meta.url)), "companies.notes.md");
  if (existsSync(notes)) out.push("", readFileSync(notes, "utf8").trim());
  return out.join("\n");
}

/** Runs the section on PGlite and on PostgreSQL and returns its markdown. */
export async function run(): Promise<string> {
  const results: TargetResult[] = [];
  for (const kind of ["pglite", "postgres"] as const) results.push(await benchTarget(kind));
  return render(results);
}

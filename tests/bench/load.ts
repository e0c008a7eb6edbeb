// Benchmark section: many signed-in clients at once against a real server process, on the embedded database and
// on PostgreSQL — throughput, latency percentiles, errors, and whether every write was kept.
// Run alone with `npm run bench -- load`; `BENCH_LOAD_SECONDS=20 npm run bench -- load` for a short run.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { ms, percentile, progress, table } from "./harness.js";

// Bench knobs (test tooling, not app settings).
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 120);
const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 50);
const SEED_COMPANIES = Number(process.env.BENCH_LOAD_COMPANIES ?? 1000);
/** `postgres` or `pglite` measures one database only (a quick look; the full run measures both). */
const ONLY = process.env.BENCH_LOAD_ONLY?.toLowerCase();
/** A folder: the server writes a V8 CPU profile there (node --cpu-prof) to see where its time goes. */
const PROFILE_DIR = process.env.BENCH_LOAD_PROFILE;
const LOAD_DB = process.env.BENCH_LOAD_DB ?? "pw_bench_load";
const TARGET_RPS = 500;
const TARGET_P95 = 200;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** What was found out about where the time goes, kept under the figures. */
const NOTES = join(dirname(fileURLToPath(import.meta.url)), "load.notes.md");

/** A cookie-keeping HTTP client over a real socket, sending the server's own Origin on writes. */
class Client {
  cookies = new Map<string, string>();
  /** Each client comes from its own address (the server trusts X-Forwarded-For here), as real users do. */
  constructor(
    readonly base: string,
    readonly ip: string,
  ) {}
  async req(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const headers: Record<string, string> = { Accept: "application/json", Origin: this.base, "X-Forwarded-For": this.ip };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (this.cookies.size) headers.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await fetch(`${this.base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const value = pair.slice(i + 1);
      if (value === "" || /max-age=0/i.test(c)) this.cookies.delete(pair.slice(0, i));
      else this.cookies.set(pair.slice(0, i), value);
    }
    const text = await res.text();
    return { status: res.status, body: text && (res.headers.get("content-type") ?? "").includes("json") ? JSON.parse(text) : text };
  }
}

async function must(r: Promise<{ status: number; body: any }>, what: string) {
  const x = await r;
  if (x.status >= 300) throw new Error(`${what}: ${x.status} ${JSON.stringify(x.body).slice(0, 200)}`);
  return x.body;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
    s.on("error", rej);
  });
}

/** Starts `partnerwise serve` as its own process (as in production) and waits until it answers. */
async function startServer(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const flags = PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", resolve(PROFILE_DIR)] : [];
  const child = spawn(process.execPath, [...flags, join(root, "bin/partnerwise.js"), "serve"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PARTNERWISE_SEED_DEMO: "false",
      PARTNERWISE_LOG_LEVEL: "warn",
      PARTNERWISE_SIGNIN_RATE_LIMIT: "1000000",
      PARTNERWISE_TRUST_PROXY: "true",
      PARTNERWISE_TASK_REMINDERS: "false",
      PARTNERWISE_RENEWAL_REMINDERS: "false",
      NODE_ENV: "production",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("server did not start in 120 s");
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (child.exitCode !== null) return res();
    child.on("exit", () => res());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
  });
}

/** A small deterministic random generator, so every run sends the same mix. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  "Nordic",
  "Logistik",
  "Textile",
  "Harvest",
  "Metro",
  "Clean",
  "Harbor",
  "Atlas",
  "Vega",
  "Orion",
  "Delta",
  "Prima",
  "Alpen",
  "Baltic",
  "Iberia",
  "Danube",
];
const FORMS = ["GmbH", "SA", "Ltd", "BV", "AB", "Sp. z o.o.", "S.r.l.", "AG"];
const COUNTRIES = ["DE", "FR", "PL", "NL", "SE", "IT", "ES", "AT"];

interface Seeded {
  clients: Client[];
  companyIds: string[];
}

/** One organisation with `CLIENTS` members, each signed in with their own session, and SEED_COMPANIES companies. */
async function seed(base: string): Promise<Seeded> {
  const owner = new Client(base, "10.0.0.1");
  const pw = "Correct-Horse-9-battery";
  const stamp = Date.now().toString(36);
  await must(
    owner.req("POST", "/api/auth/sign-up/email", { email: `owner-${stamp}@bench.example`, password: pw, name: "Bench Owner" }),
    "sign-up",
  );
  const org = await must(owner.req("POST", "/api/auth/organization/create", { name: "Bench NGO", slug: `bench-${stamp}` }), "org");
  await must(owner.req("POST", "/api/auth/organization/set-active", { organizationId: org.id }), "set-active");
  const clients = [owner];
  for (let i = 1; i < CLIENTS; i++) {
    const c = new Client(base, `10.0.${Math.floor(i / 250)}.${(i % 250) + 2}`);
    const email = `m${i}-${stamp}@bench.example`;
    await must(c.req("POST", "/api/auth/sign-up/email", { email, password: pw, name: `Member ${i}` }), "member sign-up");
    const inv = await must(
      owner.req("POST", "/api/auth/organization/invite-member", { email, role: "member", organizationId: org.id }),
      "invite",
    );
    await must(c.req("POST", "/api/auth/organization/accept-invitation", { invitationId: inv.id }), "accept");
    await must(c.req("POST", "/api/auth/organization/set-active", { organizationId: org.id }), "member set-active");
    clients.push(c);
  }
  const random = rng(7);
  const companyIds: string[] = [];
  for (let i = 0; i < SEED_COMPANIES; i += 20) {
    const batch = Array.from({ length: Math.min(20, SEED_COMPANIES - i) }, (_, k) => {
      const n = i + k;
      const name = `${WORDS[Math.floor(random() * WORDS.length)]} ${WORDS[Math.floor(random() * WORDS.length)]} ${n} ${FORMS[n % FORMS.length]}`;
      return clients[n % clients.length].req("POST", "/api/v1/companies", {
        name,
        country: COUNTRIES[n % COUNTRIES.length],
        description: "Seeded for the load benchmark",
      });
    });
    for (const r of await Promise.all(batch)) {
      if (r.status !== 201) throw new Error(`seed company: ${r.status}`);
      companyIds.push(r.body.id);
    }
  }
  return { clients, companyIds };
}

interface Result {
  kind: string;
  /** CPU time the server process spent during the run, in ms (user + system, from /proc). */
  serverCpuMs: number | null;
  /** CPU time of the PostgreSQL backends serving the server's connections during the run, in ms (null on PGlite). */
  databaseCpuMs: number | null;
  /** CPU time of this bench process (the 50 clients) during the run, in ms. */
  clientCpuMs: number;
  requests: number;
  seconds: number;
  latencies: number[];
  byOp: Record<string, number[]>;
  errors: number;
  errorSamples: string[];
  created: number;
  found: number;
  expected: number;
}

/** Every client sends its next request as soon as the last one answered: list 35 %, search 25 %, detail 30 %, create 10 %. */
/** User + system CPU time of a process so far, in ms (Linux /proc; null elsewhere). */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, USER_HZ = 100
  } catch {
    return null;
  }
}

/** CPU ms so far of every PostgreSQL backend connected to the database of `url`, by process id (null when not readable). */
async function backendCpu(url: string | undefined): Promise<Map<number, number> | null> {
  if (!url) return null;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>("select pid from pg_stat_activity where datname = $1", [
      new URL(url).pathname.slice(1),
    ]);
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      const ms = cpuMs(pid);
      if (ms === null) return null;
      out.set(pid, ms);
    }
    return out;
  } finally {
    await admin.end();
  }
}

async function load(kind: string, base: string, s: Seeded, pid: number | undefined, databaseUrl?: string): Promise<Result> {
  const db0 = await backendCpu(databaseUrl);
  const client0 = process.cpuUsage();
  const cpu0 = cpuMs(pid);
  const latencies: number[] = [];
  const byOp: Record<string, number[]> = { list: [], search: [], detail: [], create: [] };
  let errors = 0;
  let created = 0;
  const errorSamples: string[] = [];
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    s.clients.map(async (client, ci) => {
      const random = rng(1000 + ci);
      let n = 0;
      while (performance.now() < deadline) {
        const x = random();
        const op = x < 0.35 ? "list" : x < 0.6 ? "search" : x < 0.9 ? "detail" : "create";
        const word = WORDS[Math.floor(random() * WORDS.length)];
        const t0 = performance.now();
        let status = 0;
        try {
          if (op === "list")
            status = (await client.req("GET", `/api/v1/companies?sort=${random() < 0.5 ? "name" : "-updatedAt"}&limit=50`)).status;
          else if (op === "search")
            status = (
              await client.req("GET", `/api/v1/companies?q=${encodeURIComponent(word.slice(0, 3 + Math.floor(random() * 4)))}&limit=20`)
            ).status;
          else if (op === "detail")
            status = (await client.req("GET", `/api/v1/companies/${s.companyIds[Math.floor(random() * s.companyIds.length)]}`)).status;
          else {
            status = (
              await client.req("POST", "/api/v1/companies", {
                name: `${word} Load ${ci}-${n++} ${FORMS[ci % FORMS.length]}`,
                country: COUNTRIES[ci % COUNTRIES.length],
              })
            ).status;
            if (status === 201) created++;
          }
        } catch (e) {
          if (errorSamples.length < 5) errorSamples.push((e as Error).message);
        }
        const dt = performance.now() - t0;
        latencies.push(dt);
        byOp[op].push(dt);
        if (status < 200 || status >= 300) {
          errors++;
          if (status && errorSamples.length < 5) errorSamples.push(`${op}: HTTP ${status}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu1 = cpuMs(pid);
  const client1 = process.cpuUsage(client0);
  const db1 = await backendCpu(databaseUrl);
  // A backend that connected during the run counts whole; one that left during it is missed (the pool keeps them open).
  const databaseCpuMs = db0 && db1 ? [...db1].reduce((sum, [p, ms]) => sum + ms - (db0.get(p) ?? 0), 0) : null;
  const total = await must(s.clients[0].req("GET", "/api/v1/companies?limit=1"), "count");
  return {
    kind,
    serverCpuMs: cpu0 !== null && cpu1 !== null ? cpu1 - cpu0 : null,
    databaseCpuMs,
    clientCpuMs: (client1.user + client1.system) / 1000,
    requests: latencies.length,
    seconds,
    latencies,
    byOp,
    errors,
    errorSamples,
    created,
    found: total.total,
    expected: s.companyIds.length + created,
  };
}

async function runOn(kind: "PGlite" | "PostgreSQL", env: Record<string, string>): Promise<Result> {
  progress(`load: ${kind}: starting the server`);
  const { base, child } = await startServer(env);
  try {
    progress(`load: ${kind}: seeding ${CLIENTS} members and ${SEED_COMPANIES} companies`);
    const seeded = await seed(base);
    if (env.DATABASE_URL) {
      // PostgreSQL's autovacuum analyses the freshly seeded tables within a minute; done at once, the whole run is
      // measured with the plans a running installation has (the embedded database analyses nothing on its own).
      const db = new pg.Client({ connectionString: env.DATABASE_URL });
      await db.connect();
      await db.query("ANALYZE");
      await db.end();
    }
    progress(`load: ${kind}: ${CLIENTS} clients for ${SECONDS} s`);
    return await load(kind, base, seeded, child.pid, env.DATABASE_URL);
  } finally {
    await stopServer(child);
  }
}

async function freshPostgres(): Promise<string> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${LOAD_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${LOAD_DB}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${LOAD_DB}`;
  return u.toString();
}

export async function run(): Promise<string> {
  const load0 = loadavg()[0];
  const results: Result[] = [];
  const dir = mkdtempSync(join(tmpdir(), "pw-load-"));
  try {
    if (ONLY !== "postgres") results.push(await runOn("PGlite", { PARTNERWISE_DATA_DIR: dir }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  let pgNote = "";
  try {
    if (ONLY !== "pglite") results.push(await runOn("PostgreSQL", { DATABASE_URL: await freshPostgres() }));
  } catch (e) {
    pgNote = `PostgreSQL was not measured: \`${(e as Error).message.split("\n")[0]}\`.`;
  }
  const load1 = loadavg()[0];
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const rows = results.map((r) => {
    const l = sorted(r.latencies);
    return [
      r.kind,
      r.requests,
      (r.requests / r.seconds).toFixed(0),
      ms(percentile(l, 50)),
      ms(percentile(l, 95)),
      ms(percentile(l, 99)),
      r.errors,
      `${r.created} created, ${r.found}/${r.expected} found`,
      r.serverCpuMs === null ? "–" : (r.serverCpuMs / r.requests).toFixed(2),
      r.databaseCpuMs === null ? "–" : (r.databaseCpuMs / r.requests).toFixed(2),
      (r.clientCpuMs / r.requests).toFixed(2),
    ];
  });
  const opRows = results.flatMap((r) =>
    Object.entries(r.byOp).map(([op, xs]) => {
      const l = sorted(xs);
      return [`${r.kind}: ${op}`, xs.length, ms(percentile(l, 50)), ms(percentile(l, 95)), ms(percentile(l, 99))];
    }),
  );
  const pgResult = results.find((r) => r.kind === "PostgreSQL");
  const verdict = pgResult
    ? `PostgreSQL: ${(pgResult.requests / pgResult.seconds).toFixed(0)} req/s (target ≥ ${TARGET_RPS}) at p95 ${ms(percentile(sorted(pgResult.latencies), 95))} ms (target < ${TARGET_P95} ms).`
    : "";
  const loaded = load0 > 1.5 || load1 > 1.5;
  return [
    "## load — signed-in clients against a running server",
    `${CLIENTS} signed-in members of one organisation, each with their own session, send requests back to back for ${SECONDS} s against \`partnerwise serve\` running as its own process (HTTP over a local socket; the clients run in the bench process on the same machine). Mix: company list (35 %, sorted by name or -updatedAt, 50 rows), search as you type (25 %, 3–6 letters), a company's detail (30 %), create a company (10 %), over ${SEED_COMPANIES} seeded companies. Afterwards the list's total must equal the seeded companies plus every create that answered 201 ("writes kept"). "Server CPU ms/request" is the server process's own CPU time (from /proc) divided by the requests, "PostgreSQL CPU ms/request" the same for the database backends serving its connections (the embedded database runs inside the server), "Clients CPU ms/request" the same for the bench process sending the requests: unlike latency these barely depend on what else the machine is doing, and their sum is what one request costs this machine — at ${TARGET_RPS} req/s on ${availableParallelism()} cores that sum must stay under ${((availableParallelism() * 1000) / TARGET_RPS).toFixed(1)} ms.`,
    table(
      [
        "Database",
        "Requests",
        "req/s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "Errors",
        "Writes kept",
        "Server CPU ms/request",
        "PostgreSQL CPU ms/request",
        "Clients CPU ms/request",
      ],
      rows,
    ),
    table(["Operation", "Requests", "p50 ms", "p95 ms", "p99 ms"], opRows),
    verdict || null,
    pgNote || null,
    results.some((r) => r.errorSamples.length)
      ? `Error samples: ${results.flatMap((r) => r.errorSamples.map((e) => `${r.kind}: ${e}`)).join("; ")}.`
      : null,
    loaded
      ? `**Measured on a loaded machine** (1-minute load average ${load0.toFixed(1)} at start, ${load1.toFixed(1)} at the end, on this machine's cores shared with other work): the figures are lower bounds; re-run on an idle machine.`
      : `Load average ${load0.toFixed(1)} at start, ${load1.toFixed(1)} at the end.`,
    existsSync(NOTES) ? readFileSync(NOTES, "utf8").trim() : null,
  ]
    .filter((x) => x !== null)
    .join("\n\n");
}

import { execFile, spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";

// One owner for the embedded database, proven with real processes on one data folder: the server holds the
// folder's lock; commands beside it run through the server (nothing lost, visible at once, still there after
// a restart) or are refused naming the server; a kill -9 leaves a stale lock that the next start takes over;
// a command-line import during serve keeps the totals right. PGlite only: PostgreSQL takes many processes.

const run = promisify(execFile);
const bin = resolve(import.meta.dirname, "../../bin/partnerwise.js");
const dir = mkdtempSync(join(tmpdir(), "pw-lock-"));
const lockFile = join(dir, "partnerwise.lock");
const ENV = {
  PARTNERWISE_DATA_DIR: dir,
  DATABASE_URL: "",
  PARTNERWISE_SECRET: "test-secret-test-secret-test-secret",
  PARTNERWISE_SEED_DEMO: "false",
  NODE_ENV: "test",
};
const servers: ChildProcess[] = [];
afterAll(() => {
  for (const s of servers) if (s.exitCode === null && s.signalCode === null) s.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [bin, ...args], {
      cwd: dir,
      env: { ...process.env, ...ENV, PARTNERWISE_LOG_LEVEL: "warn" },
      timeout: 180_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw err;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** Starts `partnerwise serve` on a free port; resolves once it listens. */
async function serve(): Promise<{ proc: ChildProcess; url: string; log: () => string }> {
  const proc = spawn(process.execPath, [bin, "serve"], {
    cwd: dir,
    env: { ...process.env, ...ENV, PORT: "0", HOST: "127.0.0.1", PARTNERWISE_LOG_LEVEL: "info" },
  });
  servers.push(proc);
  let out = "";
  proc.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  proc.stderr!.on("data", (b: Buffer) => (out += b.toString()));
  const started = Date.now();
  while (!/running at (http:\/\/\S+)/.test(out)) {
    if (proc.exitCode !== null) throw new Error(`serve exited ${proc.exitCode}: ${out}`);
    if (Date.now() - started > 120_000) throw new Error(`serve did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { proc, url: /running at (http:\/\/\S+)/.exec(out)![1]!, log: () => out };
}

/** A signed-in HTTP client of a running server (cookie kept, Origin sent on writes, organisation chosen). */
async function signIn(url: string, email: string, password: string, orgId: string) {
  const res = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const headers = { cookie, origin: url, "x-organization-id": orgId };
  return {
    post: (path: string, body: unknown) =>
      fetch(`${url}${path}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: JSON.stringify(body) }),
    /** How many companies the organisation has, as the export counts them. */
    companies: async () => {
      const r = await fetch(`${url}/api/v1/companies/export?format=csv`, { headers });
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      return Number(r.headers.get("x-row-count"));
    },
  };
}

describe.skipIf(process.env.TEST_DB_KIND !== "pglite")("one owner for the embedded database (processes)", { timeout: 900_000 }, () => {
  it("routes commands through the running server, refuses the unsafe ones, survives kill -9 and keeps totals under a concurrent import", async () => {
    cpSync(inject("pgliteTemplate"), join(dir, "pglite"), { recursive: true });
    const first = await serve();
    const lock = JSON.parse(readFileSync(lockFile, "utf8"));
    expect(lock).toMatchObject({ pid: first.proc.pid, role: "server", port: Number(new URL(first.url).port) });
    expect(lock.secret).toMatch(/^[\w-]{40,}$/);
    expect(statSync(lockFile).mode & 0o777).toBe(0o600);

    // A second server and the commands that need the database to themselves are refused, naming the owner.
    const second = await cli("serve");
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`in use by the Partnerwise server (pid ${lock.pid}, port ${lock.port})`);
    expect(second.stderr).toMatch(/Stop the server first/);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect((await cli("db", "migrate")).stderr).toMatch(/Stop the server first \(pid \d+, port \d+\)/);

    // Commands beside it go through it: the account exists for the server at once.
    const user = await cli("user", "create", "--email", "ana@ngo.example", "--name", "Ana Novak", "--json");
    expect(user.stderr).toBe("");
    const { password } = JSON.parse(user.stdout);
    const org = JSON.parse((await cli("org", "create", "--name", "La Strada", "--owner", "ana@ngo.example", "--json")).stdout).org;
    const ana = await signIn(first.url, "ana@ngo.example", password, org.id);
    expect(await ana.companies()).toBe(0);

    // A command-line import of 600 rows while 20 companies are created through the API: all 620 arrive.
    const csv = ["name,country", ...Array.from({ length: 600 }, (_, i) => `Imported Firm ${i} GmbH,DE`)].join("\n");
    writeFileSync(join(dir, "many.csv"), csv);
    const [imported, ...created] = await Promise.all([
      cli("companies", "import", "many.csv", "--on-duplicate", "create", "--json"),
      ...Array.from({ length: 20 }, (_, i) => ana.post("/api/v1/companies", { name: `Typed In ${i} Ltd`, country: "GB" })),
    ]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).imported).toMatchObject({ created: 600 });
    expect(created.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(await ana.companies()).toBe(620);

    // A backup is written by the server while it serves.
    const backup = await cli("db", "backup", join(dir, "while-serving.jsonl.gz"), "--json");
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ rows: expect.any(Number) });
    expect(statSync(join(dir, "while-serving.jsonl.gz")).size).toBeGreaterThan(1000);

    // kill -9: the lock stays behind, stale; the next start takes it over and finds everything.
    first.proc.kill("SIGKILL");
    await once(first.proc, "exit");
    expect(existsSync(lockFile)).toBe(true);
    const again = await serve();
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(again.proc.pid);
    const health = await fetch(`${again.url}/api/health`);
    expect(await health.json()).toEqual({ status: "ok", database: "pglite" });
    const anaAgain = await signIn(again.url, "ana@ngo.example", password, org.id);
    expect(await anaAgain.companies()).toBe(620);

    // A clean stop releases the lock; then a command opens the folder itself.
    again.proc.kill("SIGTERM");
    const [code] = await once(again.proc, "exit");
    expect(code).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
    const exported = await cli("companies", "export", "--out", "all.csv", "--json");
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ rowCount: 620 });
    expect(existsSync(lockFile)).toBe(false);
  });
});

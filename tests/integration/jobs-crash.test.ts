import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTERRUPTED } from "../../src/domains/watchlists/watchlists.import.js";
import { openDatabase, pgliteDir } from "../../src/platform/db.js";
import { Client, ownerWithOrg, type Account } from "../setup/app.js";
import { healthy, startServerProcess, type ServerProcess } from "../setup/server-process.js";

// Background jobs against the real server process (PGlite in a temporary data folder; one database kind is
// enough, and each start costs seconds): a list file that once crashed the process within a second of its
// 202, and an import killed with SIGKILL half-way, then the server started again on the same data.

const onPglite = process.env.TEST_DB_KIND !== "postgres";

function ftmFile(lines: string[], name = "list.jsonl"): FormData {
  const f = new FormData();
  f.append("format", "ftm-json");
  f.append("name", "private-list");
  f.append("file", new File([lines.join("\n") + "\n"], name, { type: "application/x-ndjson" }));
  return f;
}

const entity = (i: number) =>
  JSON.stringify({ id: `e-${i}`, schema: "Company", properties: { name: [`Company Number ${i} Trading Ltd`], country: ["de"] } });

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe.skipIf(!onPglite)("background jobs cannot take the server down", () => {
  let dataDir: string;
  let server: ServerProcess | undefined;
  let owner: Account;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "pw-jobs-crash-"));
    server = await startServerProcess(dataDir);
    owner = await ownerWithOrg(server.app, "Crash NGO");
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("a FollowTheMoney file whose second line is a NUL byte fails its import; the server stays up", async () => {
    const r = await owner.client.post("/api/v1/watchlists/import", ftmFile([entity(1), "\u0000"]));
    // Refused at the door (NUL in uploaded text) or accepted and failed by the job: either way, no crash.
    expect([202, 422]).toContain(r.status);
    if (r.status === 202) {
      const done = await until(
        () => owner.client.get(`/api/v1/watchlists/imports/${r.body.id}`),
        (x) => x.status !== 200 || x.body.status !== "running",
      );
      expect(done.body.status).toBe("failed");
      expect(done.body.error).toMatch(/line 2 is not valid JSON/);
      expect(done.body.error).not.toMatch(/\u0000/);
    } else {
      expect(r.contentType).toContain("application/problem+json");
    }
    // The escaped form is valid JSON: the job gets it and stores the name without the NUL.
    const escaped = JSON.stringify({ id: "nul-1", schema: "Company", properties: { name: ["Nul\u0000Name Holding"] } });
    const r2 = await owner.client.post("/api/v1/watchlists/import", ftmFile([entity(2), escaped]));
    expect(r2.status).toBe(202);
    const done2 = await until(
      () => owner.client.get(`/api/v1/watchlists/imports/${r2.body.id}`),
      (x) => x.status !== 200 || x.body.status !== "running",
    );
    expect(done2.body).toMatchObject({ status: "done", added: 2 });
    await new Promise((res) => setTimeout(res, 1500));
    expect(server!.child.exitCode).toBeNull();
    expect(await healthy(server!.base)).toBe(true);
    const hit = await owner.client.post("/api/v1/watchlists/screen", { name: "Nul Name Holding" });
    expect(hit.body.matches[0]).toMatchObject({ sourceId: "nul-1", name: "Nul Name Holding", match: true });
  });

  it("an import killed half-way is failed at the next start and leaves no staging rows", async () => {
    const lines = Array.from({ length: 150_000 }, (_, i) => entity(i));
    const r = await owner.client.post("/api/v1/watchlists/import", ftmFile(lines, "large.jsonl"));
    expect(r.status).toBe(202);
    const importId = r.body.id as string;
    const midway = await until(
      () => owner.client.get(`/api/v1/watchlists/imports/${importId}`),
      (x) => x.body.processed > 0 || x.body.status !== "running",
      120_000,
    );
    expect(midway.body).toMatchObject({ status: "running" });
    server!.child.kill("SIGKILL");
    await server!.exited;

    server = await startServerProcess(dataDir);
    // The same session (cookies) against the new process.
    const again = new Client(server.app);
    again.cookies = owner.client.cookies;
    owner = { ...owner, client: again };
    const after = await owner.client.get(`/api/v1/watchlists/imports/${importId}`);
    expect(after.body).toMatchObject({ status: "failed", error: INTERRUPTED });
    const imports = (await owner.client.get("/api/v1/watchlists/imports")).body.items as Array<{ status: string }>;
    expect(imports.filter((i) => i.status === "running")).toEqual([]);
    expect(await healthy(server.base)).toBe(true);
    await server.stop();
    server = undefined;

    const db = await openDatabase({ dataDir: pgliteDir(dataDir) });
    try {
      const staging = await db.db.execute(sql`select count(*)::int as n from watchlist_staging`);
      expect((staging as unknown as { rows: Array<{ n: number }> }).rows[0].n).toBe(0);
      const running = await db.db.execute(sql`select count(*)::int as n from watchlist_import where status = 'running'`);
      expect((running as unknown as { rows: Array<{ n: number }> }).rows[0].n).toBe(0);
    } finally {
      await db.close();
    }
  });
});

import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Database } from "../../src/platform/db.js";
import { parseEnv } from "../../src/platform/env.js";
import { bootApp } from "../../src/server/boot.js";
import { withDatabase } from "../setup/global.js";
import { Client } from "../setup/app.js";

// The admin CLI (`partnerwise user create`, `partnerwise org create`) run as a real process against its own database.

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const ENV = { NODE_ENV: "test", PARTNERWISE_LOG_LEVEL: "warn", PARTNERWISE_SECRET: "test-secret-test-secret-test-secret" } as const;
const dir = mkdtempSync(join(tmpdir(), "pw-cli-"));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** Where the CLI's database lives: a PGlite folder (copied from the migrated template) or a new PostgreSQL database. */
async function cliDatabase(): Promise<Record<string, string>> {
  if (process.env.TEST_DB_KIND === "postgres") {
    const name = `pw_cli_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = await openDatabase({ url: process.env.TEST_DATABASE_URL!, max: 1 });
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${inject("pgTemplate")}`);
    cleanups.push(async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    });
    return { PARTNERWISE_DATA_DIR: dir, DATABASE_URL: withDatabase(process.env.TEST_DATABASE_URL!, name) };
  }
  cpSync(inject("pgliteTemplate"), join(dir, "pglite"), { recursive: true });
  return { PARTNERWISE_DATA_DIR: dir, DATABASE_URL: "" };
}

const open = (w: Record<string, string>): Promise<Database> =>
  w.DATABASE_URL ? openDatabase({ url: w.DATABASE_URL, max: 2 }) : openDatabase({ dataDir: join(w.PARTNERWISE_DATA_DIR, "pglite") });

describe("admin CLI", () => {
  it("creates users and organisations through better-auth, with readable errors for bad input", async () => {
    const where = await cliDatabase();
    const cli = (...args: string[]) =>
      run(process.execPath, [join(root, "bin/partnerwise.js"), ...args], { cwd: root, env: { ...process.env, ...ENV, ...where } });
    const failsWith = async (args: string[], message: RegExp) => {
      const err = (await cli(...args).then(
        () => {
          throw new Error(`partnerwise ${args.join(" ")} should have failed`);
        },
        (e: { code: number; stderr: string }) => e,
      )) as { code: number; stderr: string };
      expect(err.code).toBe(1);
      expect(err.stderr).toMatch(message);
      expect(err.stderr).not.toMatch(/\n\s+at /); // no stack trace
    };

    expect((await cli("user", "create", "--help")).stdout).toMatch(/--email <email>[\s\S]*--password/);

    const created = await cli("user", "create", "--email", "Ana@NGO.example", "--name", "Ana Novak");
    expect(created.stdout).toMatch(/Created user Ana Novak <ana@ngo\.example>/);
    const password = /Password \(shown only now\): (\S+)/.exec(created.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(16);
    await failsWith(["user", "create", "--email", "ana@ngo.example", "--name", "Copy"], /exists already/);
    await failsWith(["user", "create", "--email", "not-an-address", "--name", "X"], /--email: not a valid e-mail address/);
    await failsWith(["user", "create", "--name", "No Mail"], /required option '--email/);

    const org = await cli("org", "create", "--name", "La Strada – Český Krumlov", "--owner", "ana@ngo.example", "--country", "cz");
    expect(org.stdout).toMatch(
      /Created organisation La Strada – Český Krumlov \(slug la-strada-cesky-krumlov, id [0-9a-f-]{36}\), owned by ana@ngo\.example/,
    );
    await failsWith(
      ["org", "create", "--name", "La Strada – Český Krumlov", "--owner", "ana@ngo.example"],
      /Could not create the organisation: .*exists/i,
    );
    await failsWith(
      ["org", "create", "--name", "Elsewhere", "--owner", "nobody@ngo.example"],
      /No user has the e-mail address nobody@ngo\.example/,
    );
    await failsWith(
      ["org", "create", "--name", "Elsewhere", "--owner", "ana@ngo.example", "--country", "XX"],
      /--country: Use an ISO 3166-1/,
    );

    // The new account works in the app: sign in with the printed password, own the organisation.
    const database = await open(where);
    cleanups.push(() => database.close());
    const app = await bootApp(parseEnv(ENV), { database, rateLimit: false });
    const ana = new Client(app);
    expect((await ana.post("/api/auth/sign-in/email", { email: "ana@ngo.example", password })).status).toBe(200);
    const me = (await ana.get("/api/v1/me")).body;
    expect(me.organizations).toEqual([
      expect.objectContaining({ name: "La Strada – Český Krumlov", slug: "la-strada-cesky-krumlov", role: "owner" }),
    ]);
    await ana.post("/api/auth/organization/set-active", { organizationId: me.organizations[0].id });
    expect((await ana.get("/api/v1/organization")).body).toMatchObject({ country: "CZ", role: "owner" });
    // Only one session: the CLI does not leave a sign-in of its own behind.
    expect((await database.query<{ n: number }>(`select count(*)::int as n from session`)).rows[0].n).toBe(1);
  }, 300_000); // each run of the CLI starts a Node process and opens the database
});

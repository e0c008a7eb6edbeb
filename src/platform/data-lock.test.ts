import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataLock, currentHolder, DataDirBusyError, LOCK_FILE } from "./data-lock.js";

// The data folder's lock on its own: exclusive, 0600, taken over when its holder is gone, never when it may live.

const dirs: string[] = [];
const folder = () => {
  const d = mkdtempSync(join(tmpdir(), "pw-lock-unit-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The pid of a process that has already ended. */
const deadPid = () => spawnSync(process.execPath, ["-e", "0"]).pid!;

describe("data folder lock", () => {
  it("is exclusive, private, names its holder and is released once", async () => {
    const dir = folder();
    const lock = await acquireDataLock(dir, { role: "server", command: "serve" });
    expect(statSync(lock.path).mode & 0o777).toBe(0o600);
    const err = await acquireDataLock(dir, { role: "command", command: "user create" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataDirBusyError);
    expect((err as Error).message).toMatch(new RegExp(`in use by the Partnerwise server \\(pid ${process.pid}, starting\\)`));
    lock.update({ port: 4321, host: "127.0.0.1", secret: "s3cret" });
    expect(statSync(lock.path).mode & 0o777).toBe(0o600);
    expect(currentHolder(dir)).toMatchObject({ pid: process.pid, role: "server", port: 4321, secret: "s3cret" });
    lock.release();
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(currentHolder(dir)).toBeUndefined();
  });

  it("takes over the lock of a process that is gone, or of a crash half-way through writing it", async () => {
    const dir = folder();
    const path = join(dir, LOCK_FILE);
    writeFileSync(
      path,
      JSON.stringify({
        pid: deadPid(),
        hostname: (await import("node:os")).hostname(),
        role: "server",
        command: "serve",
        startedAt: "2026-01-01T00:00:00Z",
        port: 3000,
      }),
    );
    expect(currentHolder(dir)).toBeUndefined();
    const lock = await acquireDataLock(dir, { role: "command", command: "db backup" });
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ pid: process.pid, role: "command" });
    lock.release();

    writeFileSync(path, "");
    utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    (await acquireDataLock(dir, { role: "command", command: "db migrate" })).release();
  });

  it("never guesses a lock stale that a live process or another host holds", async () => {
    const dir = folder();
    const path = join(dir, LOCK_FILE);
    writeFileSync(
      path,
      JSON.stringify({
        pid: process.ppid,
        hostname: (await import("node:os")).hostname(),
        role: "command",
        command: "companies import",
        startedAt: "2026-01-01T00:00:00Z",
      }),
    );
    await expect(acquireDataLock(dir, { role: "server", command: "serve" })).rejects.toThrow(/`partnerwise companies import` \(pid \d+\)/);
    writeFileSync(
      path,
      JSON.stringify({
        pid: deadPid(),
        hostname: "elsewhere.example",
        role: "server",
        command: "serve",
        startedAt: "2026-01-01T00:00:00Z",
      }),
    );
    await expect(acquireDataLock(dir, { role: "server", command: "serve" })).rejects.toThrow(
      /on host elsewhere\.example.*delete .*partnerwise\.lock/,
    );
  });
});

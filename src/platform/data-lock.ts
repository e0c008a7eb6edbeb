import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// One owner for the embedded database (PGlite runs inside one process; a second process on the same folder
// loses writes or corrupts it). Every process that opens `$PARTNERWISE_DATA_DIR/pglite` first creates
// `$PARTNERWISE_DATA_DIR/partnerwise.lock` exclusively (O_EXCL): who holds it (pid, host, process start time,
// command) and, for the server, where it listens and a random secret for the loopback-only command endpoint
// (docs/decisions/0009-one-owner-for-the-embedded-database.md). The file is mode 0600.
// A lock whose process is gone (kill -9, power loss) is stale and taken over.

export const LOCK_FILE = "partnerwise.lock";

export interface LockHolder {
  pid: number;
  hostname: string;
  /** The holder's start time as the kernel counts it (Linux), so a recycled pid is not mistaken for the holder. */
  procStart?: string;
  role: "server" | "command";
  /** What runs: "serve", "companies import", … */
  command: string;
  startedAt: string;
  /** Set by the server once it listens. */
  port?: number;
  host?: string;
  /** The secret the command-line tools send to the server's /internal/cli endpoint. */
  secret?: string;
}

/** The data folder is held by another live process. */
export class DataDirBusyError extends Error {
  constructor(
    readonly holder: LockHolder,
    readonly lockPath: string,
  ) {
    super(describeHolder(holder, lockPath));
  }
}

export function describeHolder(h: LockHolder, lockPath: string): string {
  const who =
    h.role === "server"
      ? `the Partnerwise server (pid ${h.pid}${h.port ? `, port ${h.port}` : ", starting"})`
      : `\`partnerwise ${h.command}\` (pid ${h.pid})`;
  const where = h.hostname !== hostname() ? ` on host ${h.hostname}` : "";
  return `The data folder ${resolve(lockPath, "..")} is in use by ${who}${where}, running since ${h.startedAt}. Only one process may open the embedded database${
    h.hostname !== hostname() ? `; if nothing runs there any more, delete ${lockPath}` : ""
  }.`;
}

export interface DataLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Adds the server's address and secret (rewritten atomically, mode 0600). */
  update(extra: Partial<Pick<LockHolder, "port" | "host" | "secret">>): void;
  /** Removes the lock if this process still holds it. Idempotent. */
  release(): void;
}

/** The kernel's start time of a process (field 22 of /proc/PID/stat), where there is a /proc. */
function procStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}

const heldHere = new Set<string>();

/** Whether the process that wrote the lock still runs (on another host we cannot tell: assume it does). */
function isAlive(h: LockHolder, lockPath: string): boolean {
  if (h.hostname !== hostname()) return true;
  if (h.pid === process.pid) return heldHere.has(lockPath);
  try {
    process.kill(h.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const started = procStart(h.pid);
  return !(h.procStart && started && started !== h.procStart);
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as LockHolder;
    return typeof parsed.pid === "number" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The live holder of a data folder's lock, if any. */
export function currentHolder(dataDir: string): LockHolder | undefined {
  const lockPath = join(resolve(dataDir), LOCK_FILE);
  const h = readHolder(lockPath);
  return h && isAlive(h, lockPath) ? h : undefined;
}

const ageMs = (path: string) => {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

/** Removes a stale lock under a short-lived guard, so two processes recovering at once do not remove each other's new lock. */
function removeStale(lockPath: string, seen: string): void {
  const guard = `${lockPath}.recover`;
  if (existsSync(guard) && ageMs(guard) > 10_000) unlinkSync(guard);
  let fd: number;
  try {
    fd = openSync(guard, "wx", 0o600);
  } catch {
    return; // someone else is recovering; try again
  }
  try {
    const now = existsSync(lockPath) ? readFileSync(lockPath, "utf8") : undefined;
    if (now === seen) unlinkSync(lockPath);
  } finally {
    closeSync(fd);
    unlinkSync(guard);
  }
}

/** Takes the data folder's lock or throws DataDirBusyError naming the holder. */
export async function acquireDataLock(dataDir: string, who: { role: LockHolder["role"]; command: string }): Promise<DataLock> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const lockPath = join(dir, LOCK_FILE);
  let holder: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    procStart: procStart(process.pid),
    role: who.role,
    command: who.command,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      try {
        writeSync(fd, JSON.stringify(holder, null, 2) + "\n");
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    if (attempt > 100) throw new Error(`Could not take the lock ${lockPath}: it keeps changing.`);
    let seen: string;
    try {
      seen = readFileSync(lockPath, "utf8");
    } catch {
      continue; // removed meanwhile
    }
    const other = readHolder(lockPath);
    if (other && isAlive(other, lockPath)) throw new DataDirBusyError(other, lockPath);
    if (!other && ageMs(lockPath) < 2000) {
      await sleep(50); // being written right now
      continue;
    }
    removeStale(lockPath, seen);
    await sleep(attempt ? 20 : 0);
  }
  heldHere.add(lockPath);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    heldHere.delete(lockPath);
    process.off("exit", release);
    const h = readHolder(lockPath);
    if (h?.pid === process.pid && h.startedAt === holder.startedAt) {
      try {
        unlinkSync(lockPath);
      } catch {
        // gone already
      }
    }
  };
  process.on("exit", release);
  return {
    path: lockPath,
    get holder() {
      return holder;
    },
    update(extra) {
      holder = { ...holder, ...extra };
      const tmp = `${lockPath}.${randomBytes(4).toString("hex")}.tmp`;
      writeFileSync(tmp, JSON.stringify(holder, null, 2) + "\n", { mode: 0o600 });
      renameSync(tmp, lockPath);
    },
    release,
  };
}

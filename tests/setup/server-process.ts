import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";
import type { TestApp } from "./app.js";

// The real server as a child process (`partnerwise serve` on PGlite in a data folder), for tests that kill
// it or watch it survive: in-process tests cannot see a crash of the process they run in.

const root = resolve(import.meta.dirname, "../..");

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  /** Everything the process wrote (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code (or signal) when the process ends. */
  exited: Promise<string>;
  /** This server in the shape the test helpers take (`ownerWithOrg(server.app)`), over real HTTP. */
  app: TestApp;
  stop: () => Promise<void>;
}

/** Starts `partnerwise serve` on a free port with its database in `dataDir`; resolves once it listens. */
export async function startServerProcess(dataDir: string, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    PORT: "0",
    HOST: "127.0.0.1",
    PARTNERWISE_DATA_DIR: dataDir,
    PARTNERWISE_SEED_DEMO: "false",
    PARTNERWISE_SECRET: "test-secret-test-secret-test-secret-0123",
    PARTNERWISE_LOG_LEVEL: "info",
    PARTNERWISE_TASK_REMINDERS: "false",
    PARTNERWISE_RENEWAL_REMINDERS: "false",
    ...extraEnv,
  };
  const child = spawn(process.execPath, [resolve(root, "bin/partnerwise.js"), "serve"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<string>((res) => child.on("exit", (code, signal) => res(String(code ?? signal))));
  const base = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server did not start in 120 s:\n${out}`)), 120_000);
    const check = () => {
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        res(m[1].replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout!.on("data", check);
    child.stderr!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`server exited (${code}) before listening:\n${out}`));
    });
  });
  // The in-process client's shape, over real HTTP: requests carry the server's own origin.
  const remote = {
    app: {
      request: (url: string, init: RequestInit) => {
        const headers = new Headers(init.headers);
        headers.set("Origin", base);
        headers.delete("Host");
        return fetch(url.replace("http://localhost", base), { ...init, headers, signal: AbortSignal.timeout(30_000) });
      },
    },
  } as unknown as TestApp;
  return {
    base,
    child,
    output: () => out,
    exited,
    app: remote,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/** Whether the server answers its health check within `ms`. */
export async function healthy(base: string, ms = 5000): Promise<boolean> {
  try {
    const r = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(ms) });
    return r.ok;
  } catch {
    return false;
  }
}

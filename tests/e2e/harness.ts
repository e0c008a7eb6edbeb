import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

export interface RunningServer {
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** Starts the real server (`partnerwise serve`, built web app) on a fresh embedded database and a free port. */
export async function startServer(opts: { seedDemo?: boolean; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), "pw-e2e-"));
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["bin/partnerwise.js", "serve"], {
    env: {
      ...process.env,
      PORT: String(port),
      PARTNERWISE_DATA_DIR: dir,
      PARTNERWISE_SEED_DEMO: opts.seedDemo ? "true" : "false",
      PARTNERWISE_SIGNIN_RATE_LIMIT: "100",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  // A loaded machine can take minutes to open the embedded database and seed the demo (through the services, as a
  // user would): PARTNERWISE_E2E_START_S raises the wait.
  const startSeconds = Number(process.env.PARTNERWISE_E2E_START_S ?? 170);
  const deadline = Date.now() + startSeconds * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server not healthy in ${startSeconds} s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    log: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium through playwright-core, with the flags this machine needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1360, height: 860 }, locale: "en-GB", acceptDownloads: true });
  const page = await context.newPage();
  return { context, page };
}

// Runs the Playwright journeys in Debian's Chromium; skips them, saying why, when no Chromium is installed.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.log(`e2e: SKIPPED — no Chromium at ${chromium} (install it with: apt-get install -y chromium)`);
  process.exit(0);
}
const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync("npx", ["vitest", "run", "--config", "tests/e2e/vitest.e2e.config.ts"], { stdio: "inherit", env: { ...process.env, CHROMIUM_PATH: chromium } });
process.exit(run.status ?? 1);

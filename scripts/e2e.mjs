// Runs the Playwright journeys in Debian's Chromium. Without Chromium a developer's run skips them, saying why;
// under CI (CI=true) a missing browser FAILS the run, so CI can never be green without the browser tests.
// The web app is built into a folder of this run's own (PARTNERWISE_WEB_DIR), so `npm run build` or another
// test run elsewhere in the checkout cannot empty it while the journeys use it.
import { existsSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  if (process.env.CI === "true" || process.env.CI === "1") {
    console.error(`e2e: FAILED — CI is set and there is no Chromium at ${chromium}; the browser tests cannot run`);
    process.exit(1);
  }
  console.log(`e2e: SKIPPED — no Chromium at ${chromium} (install it with: apt-get install -y chromium)`);
  process.exit(0);
}
const webDir = resolve("dist", `e2e-web-${process.pid}`);
const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", webDir], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync("npx", ["vitest", "run", "--config", "tests/e2e/vitest.e2e.config.ts", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium, PARTNERWISE_WEB_DIR: webDir },
});
rmSync(webDir, { recursive: true, force: true });
process.exit(run.status ?? 1);

#!/usr/bin/env node
// Builds the web app (Vite) into dist/web, which `partnerwise serve` serves (docs/decisions/0012-production-install.md).
// Runs at `npm install`/`npm ci` (the `prepare` script, also before `npm pack`) and by `npm run build`.
// `--if-stale`: only when dist/web is missing or older than a source it is built from — what `npm start` does,
// so a start after `git pull` without a new install still serves the current app, and any other start builds nothing.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const built = join(root, "dist/web/index.html");

/** The newest modification time under a path (files the browser bundle can import: src/, the Vite config, the lock file). */
function newest(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let max = 0;
  for (const e of readdirSync(path)) max = Math.max(max, newest(join(path, e)));
  return max;
}

if (process.argv.includes("--if-stale")) {
  const at = statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = Math.max(newest(join(root, "src")), newest(join(root, "vite.config.ts")), newest(join(root, "package-lock.json")));
  if (at >= sources) process.exit(0);
  console.error(at ? "The web app is older than its sources: building it again …" : "Building the web app (once) …");
}

const vite = join(root, "node_modules/vite/bin/vite.js");
const r = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
if (r.error) console.error(`Could not run Vite (${r.error.message}). Install the dependencies first: npm install`);
process.exit(r.status ?? 1);

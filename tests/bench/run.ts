// `npm run bench` runs every section and writes docs/benchmarks.md; `npm run bench -- companies`
// runs one section (names: companies, load, pages, assessment, knowledge, matching-variants, matching-quality, matching-speed, matching-database; `matching`
// runs those four). `matching-variants --split sealed` (or `matching-variants-sealed`) screens the sealed split: only
// when named, never as part of a group or of the full run.
// A section is a module exporting `run(): Promise<string>` (markdown). A section that only prints is
// spawned with `npx tsx` and its stdout is taken as its markdown.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { machine, machineLine, progress } from "./harness.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = resolve(root, "docs/benchmarks.md");

interface Section {
  name: string;
  file: string;
  /** Sections written by others may not exist yet; they are then left out. */
  optional?: boolean;
  /** Passed to the section's run(args). */
  args?: string[];
  /** Runs only when named exactly (the sealed split: measured once, on purpose). */
  explicitOnly?: boolean;
}

const SECTIONS: Section[] = [
  { name: "matching-variants-sealed", file: "tests/bench/matching/variants.ts", args: ["--split", "sealed"], explicitOnly: true },
  { name: "companies", file: "tests/bench/companies.ts" },
  { name: "load", file: "tests/bench/load.ts" },
  { name: "pages", file: "tests/bench/pages.ts" },
  { name: "assessment", file: "tests/bench/assessment.ts" },
  { name: "knowledge", file: "tests/bench/knowledge.ts" },
  { name: "matching-variants", file: "tests/bench/matching/variants.ts", args: ["--split", "dev"] },
  { name: "matching-quality", file: "tests/bench/matching/quality.ts", optional: true },
  { name: "matching-speed", file: "tests/bench/matching/speed.ts", optional: true },
  { name: "matching-database", file: "tests/bench/matching/database.ts", optional: true },
];

/** Runs a printing script with tsx and returns what it wrote to stdout (stderr passes through). */
function spawnSection(file: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("npx", ["tsx", file], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolvePromise(out.trim()) : reject(new Error(`${file} exited with ${code}`))));
  });
}

/** Flags that take a value: the value is no section name. */
const VALUE_FLAGS = new Set(["--split", "--misses"]);

async function runSection(s: Section): Promise<string> {
  const path = resolve(root, s.file);
  // A module with run() is imported; a script that only prints would run on import, so look first.
  const exportsRun = /export\s+(async\s+)?function\s+run\s*\(|export\s+(const|let)\s+run\b|export\s*\{[^}]*\brun\b[^}]*\}/.test(
    readFileSync(path, "utf8"),
  );
  if (exportsRun) {
    const mod = (await import(pathToFileURL(path).href)) as { run: (args?: string[]) => Promise<string> };
    return (await mod.run(s.args ?? [])).trim();
  }
  return spawnSection(s.file);
}

async function main() {
  const argv = process.argv.slice(2);
  const sealed = argv.some((a, i) => (a === "--split" && argv[i + 1] === "sealed") || a === "--split=sealed");
  const wanted = argv
    .filter((a, i) => !a.startsWith("-") && !VALUE_FLAGS.has(argv[i - 1]))
    .map((w) => (w === "matching-variants" && sealed ? "matching-variants-sealed" : w));
  // A name picks a section, or a group of them by prefix: `matching` runs matching-quality and matching-speed.
  const picks = (w: string, s: Section) => s.name === w || (!s.explicitOnly && s.name.startsWith(`${w}-`));
  const unknown = wanted.filter((w) => !SECTIONS.some((s) => picks(w, s)));
  if (unknown.length) {
    console.error(`Unknown section(s): ${unknown.join(", ")}. Sections: ${SECTIONS.map((s) => s.name).join(", ")}.`);
    process.exit(2);
  }
  const chosen = SECTIONS.filter((s) => (wanted.length ? wanted.some((w) => picks(w, s)) : !s.explicitOnly));
  const started = Date.now();
  const parts: Array<{ name: string; md: string; error?: string }> = [];
  let failed = false;
  for (const s of chosen) {
    if (!existsSync(resolve(root, s.file))) {
      if (!s.optional || wanted.includes(s.name)) throw new Error(`Section ${s.name}: ${s.file} does not exist.`);
      progress(`${s.name}: ${s.file} not there yet, left out`);
      continue;
    }
    progress(`${s.name}: running`);
    const t0 = Date.now();
    const stamp = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
    try {
      const md = await runSection(s);
      parts.push({ name: s.name, md: `${md}\n\n_Section run: ${stamp}, ${machineLine()}._` });
    } catch (e) {
      // One broken section must not cost the others their numbers.
      const message = (e as Error).message.split("\n")[0];
      progress(`${s.name}: FAILED — ${message}`);
      const error = `The run of ${stamp} failed: \`${message}\`.`;
      parts.push({ name: s.name, md: `## ${s.name}\n\n${error}`, error });
      failed = true;
    }
    progress(`${s.name}: done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }

  // Each section sits between markers, so running one section replaces only its own block.
  const block = (name: string, md: string) => `<!-- bench:${name} -->\n${md}\n<!-- /bench:${name} -->`;
  const previous = existsSync(OUT) ? readFileSync(OUT, "utf8") : "";
  const blocks = SECTIONS.flatMap((s) => {
    const fresh = parts.find((p) => p.name === s.name);
    const old = new RegExp(`<!-- bench:${s.name} -->\\n([\\s\\S]*?)\\n<!-- /bench:${s.name} -->`).exec(previous)?.[1];
    // A failed section keeps its last good numbers, under a line saying so.
    if (fresh?.error && old)
      return [block(s.name, `> ${fresh.error} The numbers below are from an earlier run.\n\n${old.replace(/^> .*earlier run\.\n\n/, "")}`)];
    if (fresh) return [block(s.name, fresh.md)];
    // Sections not chosen this time (`npm run bench -- <name>`) keep their block.
    return old && (wanted.length || s.explicitOnly) ? [block(s.name, old)] : [];
  });
  const header = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (tests/bench/run.ts); re-run it rather than editing the numbers by hand.",
    "`npm run bench -- companies` re-runs one section and keeps the others. Each section names the run it comes from.",
    "",
    "Machine of the latest run:",
    "",
    machine(),
  ].join("\n");
  writeFileSync(OUT, `${header}\n\n${blocks.join("\n\n")}\n`);
  progress(`wrote ${OUT} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // PGlite and pools can keep handles around; the run is over.
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

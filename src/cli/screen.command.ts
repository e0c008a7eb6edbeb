import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { Match } from "../domains/watchlists/watchlists.schema.js";
import { runOp } from "./run-op.js";

// `partnerwise screen NAME | --file FILE.csv`: names against the instance-wide lists, with the engine's
// score, decision and explanations. Shown per name: matches and near-misses scoring at least half the
// threshold, best first, at most 10 (see docs/matching.md, CLI). --json prints JSON lines on stdout only.

interface Row {
  id: string;
  name: string;
  country?: string;
}

function table(row: Row, matches: Match[], threshold: number): string {
  const head = `${row.name}${row.country ? ` (${row.country})` : ""}`;
  if (!matches.length) return `${head}\n  no match or near-miss (threshold ${threshold})\n`;
  const lines = matches.map((m) => {
    const why = m.explanations
      .filter((e) => e.weight !== 0)
      .map((e) => e.detail)
      .slice(0, 3)
      .join("; ");
    return `  ${m.score.toFixed(3)}  ${m.match ? "MATCH" : "near "}  ${m.list.padEnd(14)} ${m.sourceId.padEnd(12)} ${m.name}${why ? `\n${" ".repeat(24)}${why}` : ""}`;
  });
  return `${head}\n${lines.join("\n")}\n`;
}

/** `partnerwise screen …`: screen names against the imported lists. */
export function registerScreenCommand(program: Command): void {
  program
    .command("screen")
    .description("Screen a name (or a CSV of names) against the instance-wide watchlists")
    .argument("[name]", "the name to screen")
    .option("--country <cc>", "the party's country (ISO code or name): a mismatch lowers the score a little")
    .option("--file <file>", "a CSV with a header: name (required), country and id (optional)")
    .option("--json", "print JSON lines on stdout: {id, query, matches:[{list, sourceId, name, score, match, explanations}]} per name")
    .action(async (name: string | undefined, opts: { country?: string; file?: string; json?: boolean }) => {
      if (!name && !opts.file) throw new Error("Give a NAME or --file FILE.csv");
      if (name && opts.file) throw new Error("Give either a NAME or --file, not both");
      const { parseNameRows } = await import("../domains/watchlists/watchlists.screen.js");
      const { DEFAULT_THRESHOLD } = await import("../matching/compare.js");
      const rows: Row[] = opts.file ? parseNameRows(await readFile(opts.file, "utf8")) : [{ id: "1", name: name!, ...(opts.country ? { country: opts.country } : {}) }];
      // The running server keeps the lists' index in memory: through it, a name takes milliseconds.
      const { empty, results } = await runOp("screen", { rows });
      if (empty) console.error("No watchlist is imported yet: run partnerwise watchlist import PATH --format … first.");
      let out: string[] = [];
      const flush = () => {
        if (out.length) process.stdout.write(out.join(""));
        out = [];
      };
      results.forEach((r, i) => {
        out.push(opts.json ? JSON.stringify(r) + "\n" : table(rows[i]!, r.matches, DEFAULT_THRESHOLD));
        if (out.length >= 500) flush();
      });
      flush();
    });
}

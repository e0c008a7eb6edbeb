import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import type { Match } from "../domains/watchlists/watchlists.schema.js";

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

/** Exit codes of `partnerwise screen` (README, CLI). */
export const SCREEN_EXIT = { ok: 0, error: 1, match: 2, noLists: 3 } as const;

const TYPES = ["person", "company", "vessel", "aircraft", "unknown"] as const;

function thresholdOf(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new Error(`--threshold must be a number above 0 and at most 1, not ${v}`);
  return n;
}

/** `partnerwise screen …`: screen names against the imported lists. */
export function registerScreenCommand(program: Command): void {
  program
    .command("screen")
    .description("Screen a name (or a CSV of names) against the instance-wide watchlists")
    .argument("[name]", "the name to screen")
    .option("--country <cc>", "the party's country (ISO code or name): a mismatch lowers the score a little")
    .option("--type <type>", `what the party is: ${TYPES.join(", ")} (default unknown: compared as any)`)
    .option("--threshold <score>", "the score from which a name counts as a match (default: the engine's, 0.8)", thresholdOf)
    .option("--fail-on-match", `exit with ${SCREEN_EXIT.match} when any name matches (for pipelines)`)
    .option("--file <file>", "a CSV with a header: name (required), country and id (optional)")
    .option("--json", "print JSON lines on stdout: {id, query, matches:[{list, sourceId, name, score, match, explanations}]} per name")
    .action(async (name: string | undefined, opts: { country?: string; type?: string; threshold?: number; failOnMatch?: boolean; file?: string; json?: boolean }) => {
      if (!name && !opts.file) throw new Error("Give a NAME or --file FILE.csv");
      if (name && opts.file) throw new Error("Give either a NAME or --file, not both");
      if (opts.type && !(TYPES as readonly string[]).includes(opts.type)) throw new Error(`--type must be one of ${TYPES.join(", ")}`);
      const type = opts.type as (typeof TYPES)[number] | undefined;
      const { parseNameRows, shownMatches, toMatch, instanceScreener } = await import("../domains/watchlists/watchlists.screen.js");
      const { describeCheck } = await import("../domains/watchlists/watchlists.check.js");
      const { DEFAULT_THRESHOLD } = await import("../matching/compare.js");
      const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
      const rows: Row[] = opts.file ? parseNameRows(await readFile(opts.file, "utf8")) : [{ id: "1", name: name!, ...(opts.country ? { country: opts.country } : {}) }];
      const { env } = await import("../platform/env.js");
      const { openConfiguredDatabase } = await import("../server/boot.js");
      const database = await openConfiguredDatabase(env());
      let matched = false;
      try {
        const screener = await instanceScreener(database);
        const checked = screener.checked(threshold);
        if (checked.noLists) {
          // Nothing to screen against: an empty result would read as "no match". Say so and fail.
          console.error("No watchlist is loaded, so nothing was checked: import one first (partnerwise watchlist import PATH --format ofac-csv|un-xml|ftm-json).");
          process.exitCode = SCREEN_EXIT.noLists;
          return;
        }
        let out: string[] = [];
        const flush = () => {
          if (out.length) process.stdout.write(out.join(""));
          out = [];
        };
        for (const row of rows) {
          const country = row.country ?? opts.country;
          const matches = shownMatches(screener, { name: row.name, ...(country ? { country } : {}), ...(type ? { type } : {}) }, threshold).map(toMatch);
          if (matches.some((m) => m.match)) matched = true;
          out.push(opts.json ? JSON.stringify({ id: row.id, query: row.name, matches }) + "\n" : table(row, matches, threshold));
          if (out.length >= 500) flush();
        }
        flush();
        // What was checked: after the table for people; on stderr with --json, which keeps stdout to JSON lines.
        if (opts.json) console.error(describeCheck(checked));
        else process.stdout.write(`${describeCheck(checked)}\n`);
      } finally {
        await database.close();
      }
      if (matched && opts.failOnMatch) process.exitCode = SCREEN_EXIT.match;
    });
}

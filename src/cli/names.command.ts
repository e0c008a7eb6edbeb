import { readFile } from "node:fs/promises";
import type { Command } from "commander";

// `partnerwise names compare A B | --file PAIRS.csv`: the matching engine on two names, without a
// database. --json prints {"score", "match", "explanations"} (one JSON line per pair with --file).

const TYPES = ["company", "person", "vessel", "aircraft", "unknown"];

/** `partnerwise names …`: the name-matching engine on its own. */
export function registerNamesCommands(program: Command): void {
  const names = program.command("names").description("The name-matching engine, without a database");

  names
    .command("compare")
    .description("Compare two names (or every pair of a CSV): score 0..1, match decision and the features that made the score")
    .argument("[nameA]")
    .argument("[nameB]")
    .option("--type <type>", "company or person (also vessel, aircraft); default: unknown")
    .option("--file <file>", "a CSV with the header name1,name2 and optionally type")
    .option("--json", "print JSON ({score, match, explanations}; one line per pair with --file)")
    .action(async (a: string | undefined, b: string | undefined, opts: { type?: string; file?: string; json?: boolean }) => {
      if (opts.type && !TYPES.includes(opts.type)) throw new Error(`--type must be one of ${TYPES.join(", ")}`);
      const { compare, parseNamePairs } = await import("../domains/watchlists/watchlists.screen.js");
      let pairs: Array<{ name1: string; name2: string; type?: string }>;
      if (opts.file) {
        if (a || b) throw new Error("Give two names or --file, not both");
        pairs = parseNamePairs(await readFile(opts.file, "utf8"));
      } else {
        if (!a || !b) throw new Error("Give two names: partnerwise names compare NAME_A NAME_B");
        pairs = [{ name1: a, name2: b }];
      }
      let out: string[] = [];
      for (const p of pairs) {
        const type = p.type && TYPES.includes(p.type) ? p.type : opts.type;
        const r = compare({ name1: p.name1, name2: p.name2, type });
        if (opts.json) out.push(JSON.stringify({ score: r.score, match: r.match, explanations: r.explanations }) + "\n");
        else {
          const why = r.explanations
            .map((e) => `    ${e.weight >= 0 ? "+" : ""}${e.weight.toFixed(3)}  ${e.feature}: ${e.detail}`)
            .join("\n");
          out.push(
            `${p.name1}  ↔  ${p.name2}\n  score ${r.score.toFixed(3)} → ${r.match ? "match" : "no match"} (threshold ${r.threshold})\n${why}\n`,
          );
        }
        if (out.length >= 500) {
          process.stdout.write(out.join(""));
          out = [];
        }
      }
      process.stdout.write(out.join(""));
    });
}

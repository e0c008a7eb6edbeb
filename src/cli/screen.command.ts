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
    // What moved the score, and always the date of birth and identifiers (a conflict moves nothing but is shown).
    const facts = m.explanations.filter((e) => e.feature === "birth_date" || e.feature === "identifier");
    const why = [...m.explanations.filter((e) => e.weight !== 0 && !facts.includes(e)).slice(0, 3), ...facts]
      .map((e) => e.detail)
      .join("; ");
    return `  ${m.score.toFixed(3)}  ${m.match ? "MATCH" : "near "}  ${m.list.padEnd(14)} ${m.sourceId.padEnd(12)} ${m.name}${why ? `\n${" ".repeat(24)}${why}` : ""}`;
  });
  return `${head}\n${lines.join("\n")}\n`;
}

/** Exit codes of `partnerwise screen` (README, CLI). */
export const SCREEN_EXIT = { ok: 0, error: 1, match: 2, noLists: 3 } as const;

const TYPES = ["person", "company", "vessel", "aircraft", "unknown"] as const;

/** Commander's collector for a repeatable option. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

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
    .option(
      "--dob <date>",
      "the person's date of birth, YYYY[-MM[-DD]]: the same date raises the score, another one is shown as conflicting",
    )
    .option("--id <identifier>", "an identifier of the party (IMO, registration, tax, passport number); repeat for more", collect, [])
    .option("--threshold <score>", "the score from which a name counts as a match (default: the engine's, 0.8)", thresholdOf)
    .option("--fail-on-match", `exit with ${SCREEN_EXIT.match} when any name matches (for pipelines)`)
    .option("--file <file>", "a CSV with a header: name (required), country and id (optional)")
    .option("--json", "print JSON lines on stdout: {id, query, matches:[{list, sourceId, name, score, match, explanations}]} per name")
    .action(
      async (
        name: string | undefined,
        opts: {
          country?: string;
          type?: string;
          dob?: string;
          id: string[];
          threshold?: number;
          failOnMatch?: boolean;
          file?: string;
          json?: boolean;
        },
      ) => {
        if (!name && !opts.file) throw new Error("Give a NAME or --file FILE.csv");
        if (name && opts.file) throw new Error("Give either a NAME or --file, not both");
        if (opts.type && !(TYPES as readonly string[]).includes(opts.type)) throw new Error(`--type must be one of ${TYPES.join(", ")}`);
        const type = opts.type as (typeof TYPES)[number] | undefined;
        if (opts.dob !== undefined) {
          const { BirthDate } = await import("../domains/watchlists/watchlists.schema.js");
          if (!BirthDate.safeParse(opts.dob).success)
            throw new Error(`--dob must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not ${opts.dob}`);
        }
        // Only what the command itself needs is loaded here (a CSV parser, one line of text): the engine and the
        // database are the server's, or loaded by the operation when no server runs.
        const { describeCheck } = await import("../domains/watchlists/watchlists.check-text.js");
        const parsed: Row[] = opts.file
          ? (await import("../domains/watchlists/watchlists.screen.js")).parseNameRows(await readFile(opts.file, "utf8"))
          : [{ id: "1", name: name! }];
        // --country is the country of every name that does not bring its own.
        const rows = parsed.map((r) => (r.country || !opts.country ? r : { ...r, country: opts.country }));
        // The running server keeps the lists' index in memory: through it, a name takes milliseconds.
        const { checked, results } = await runOp("screen", {
          rows,
          ...(type ? { type } : {}),
          ...(opts.threshold ? { threshold: opts.threshold } : {}),
          ...(opts.dob ? { birthDate: opts.dob.trim() } : {}),
          ...(opts.id.length ? { ids: opts.id } : {}),
        });
        if (checked.noLists) {
          // Nothing to screen against: an empty result would read as "no match". Say so and fail.
          console.error(
            "No watchlist is loaded, so nothing was checked: import one first (partnerwise watchlist import PATH --format ofac-csv|un-xml|ftm-json).",
          );
          process.exitCode = SCREEN_EXIT.noLists;
          return;
        }
        let out: string[] = [];
        const flush = () => {
          if (out.length) process.stdout.write(out.join(""));
          out = [];
        };
        results.forEach((r, i) => {
          out.push(opts.json ? JSON.stringify(r) + "\n" : table(rows[i]!, r.matches, checked.threshold));
          if (out.length >= 500) flush();
        });
        flush();
        // What was checked: after the table for people; on stderr with --json, which keeps stdout to JSON lines.
        if (opts.json) console.error(describeCheck(checked));
        else process.stdout.write(`${describeCheck(checked)}\n`);
        if (opts.failOnMatch && results.some((r) => r.matches.some((m) => m.match))) process.exitCode = SCREEN_EXIT.match;
      },
    );
}

import type { Command } from "commander";
import { WATCHLIST_FORMATS, type WatchlistFormat } from "../domains/watchlists/watchlists.schema.js";
import { printJson } from "./output.js";
import { runOp } from "./run-op.js";

// `partnerwise watchlist import PATH --format …`: imports an instance-wide list (screened for every
// organisation) through the same import service the API's job uses — in this process, or by the running
// server when it owns the embedded database (it then reads PATH itself: give a path it may read).

/** A running count of entities read, drawn on stderr when it is a terminal. */
async function counter(name: string) {
  const { SingleBar } = await import("cli-progress");
  if (!process.stderr.isTTY) return { update: (_n: number) => undefined, stop: () => undefined };
  const bar = new SingleBar({
    format: ` ${name} {bar} {value} entities read · {duration_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    stream: process.stderr,
    barsize: 20,
  });
  // The total is unknown while streaming: the bar fills towards the next power of ten.
  bar.start(1000, 0);
  return {
    update: (n: number) => {
      if (n > bar.getTotal()) bar.setTotal(10 ** Math.ceil(Math.log10(n + 1)));
      bar.update(n);
    },
    stop: () => bar.stop(),
  };
}

/** `partnerwise watchlist …`: the sanctions and watch lists screenings check. */
export function registerWatchlistCommands(program: Command): void {
  const watchlist = program.command("watchlist").description("Sanctions and watch lists (instance-wide reference data)");

  watchlist
    .command("import")
    .description("Import or update an instance-wide list; a re-import records what was added, changed and removed (all or nothing)")
    .argument("<path>", "ofac-csv: the folder holding sdn.csv, alt.csv and add.csv; un-xml and ftm-json: the file")
    .requiredOption("--format <format>", `one of ${WATCHLIST_FORMATS.join(", ")}`)
    .option("--name <name>", "the list's name (default: ofac-sdn, un or opensanctions); re-import under the same name to update it")
    .option("--json", "print {name, version, status, error, processed, added, changed, removed, seconds} as JSON")
    .action(async (path: string, opts: { format: string; name?: string; json?: boolean }) => {
      if (!(WATCHLIST_FORMATS as readonly string[]).includes(opts.format))
        throw new Error(`--format must be one of ${WATCHLIST_FORMATS.join(", ")}`);
      const { resolve } = await import("node:path");
      const started = Date.now();
      const progress = opts.json ? { update: () => undefined, stop: () => undefined } : await counter(opts.name ?? opts.format);
      try {
        const r = await runOp(
          "watchlist.import",
          { format: opts.format as WatchlistFormat, path: resolve(path), name: opts.name },
          { onCount: (n) => progress.update(n) },
        );
        progress.stop();
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        if (r.status !== "done") process.exitCode = 1;
        if (opts.json)
          return printJson({
            name: r.name,
            version: r.version,
            status: r.status,
            error: r.error,
            processed: r.processed,
            added: r.added,
            changed: r.changed,
            removed: r.removed,
            seconds: Number(secs),
          });
        if (r.status !== "done") {
          console.error(`Import failed, nothing changed: ${r.error}`);
          return;
        }
        console.log(
          `${r.name} version ${r.version}: ${r.processed} entities read in ${secs} s — added ${r.added}, changed ${r.changed}, removed ${r.removed}.`,
        );
      } finally {
        progress.stop();
      }
    });
}

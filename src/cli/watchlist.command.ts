import type { Command } from "commander";
import { WATCHLIST_FORMATS, type WatchlistFormat } from "../domains/watchlists/watchlists.schema.js";

// `partnerwise watchlist import PATH --format …`: imports an instance-wide list (screened for every
// organisation) through the same import service the API's job uses. With the embedded database, stop the
// server first (one process opens it at a time).

/** A running count of entities read, drawn on stderr when it is a terminal. */
async function counter(name: string) {
  const { SingleBar } = await import("cli-progress");
  if (!process.stderr.isTTY) return { update: (_n: number) => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: ` ${name} {bar} {value} entities read · {duration_formatted}`, hideCursor: true, clearOnComplete: true, stream: process.stderr, barsize: 20 });
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
    .action(async (path: string, opts: { format: string; name?: string }) => {
      if (!(WATCHLIST_FORMATS as readonly string[]).includes(opts.format)) throw new Error(`--format must be one of ${WATCHLIST_FORMATS.join(", ")}`);
      const { env } = await import("../platform/env.js");
      const { openConfiguredDatabase } = await import("../server/boot.js");
      const { importInstanceList } = await import("../domains/watchlists/watchlists.service.js");
      const database = await openConfiguredDatabase(env());
      const started = Date.now();
      const progress = await counter(opts.name ?? opts.format);
      try {
        const r = await importInstanceList(database, { format: opts.format as WatchlistFormat, path, name: opts.name }, (n) => progress.update(n));
        progress.stop();
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        if (r.status !== "done") {
          console.error(`Import failed, nothing changed: ${r.error}`);
          process.exitCode = 1;
          return;
        }
        console.log(`${r.name} version ${r.version}: ${r.processed} entities read in ${secs} s — added ${r.added}, changed ${r.changed}, removed ${r.removed}.`);
      } finally {
        progress.stop();
        await database.close();
      }
    });
}

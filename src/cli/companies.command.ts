import { once } from "node:events";
import type { Command } from "commander";
import { InputError } from "./errors.js";
import { checkOutputFile, printJson } from "./output.js";
import { runOp } from "./run-op.js";

// `partnerwise companies import|export`: the same services as the API, acting as a member of one
// organisation — in this process, or by the running server when it owns the embedded database (cli/ops.ts).

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** A progress bar on stderr while validating and importing (nothing when stderr is not a terminal). */
async function progressBar() {
  const { SingleBar, Presets } = await import("cli-progress");
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: " {phase} {bar} {value}/{total}", hideCursor: true, clearOnComplete: true, stream: process.stderr },
    Presets.shades_classic,
  );
  let phase = "";
  return {
    update: (p: string, done: number, total: number) => {
      if (p !== phase) {
        if (phase) bar.stop();
        phase = p;
        bar.start(Math.max(total, 1), 0, { phase: p.padEnd(19) });
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(done, { phase: p.padEnd(19) });
    },
    stop: () => bar.stop(),
  };
}

/** `--map field=Column` pairs on top of the suggested mapping; `--map field=` drops a field. */
function applyMapOptions(suggested: Record<string, string>, pairs: string[]): Record<string, string> {
  const mapping = { ...suggested };
  for (const pair of pairs) {
    const i = pair.indexOf("=");
    if (i < 1) throw new InputError(`--map ${pair}: write field=Column, like --map country=Land`);
    const field = pair.slice(0, i).trim();
    const column = pair.slice(i + 1).trim();
    if (column) mapping[field] = column;
    else delete mapping[field];
  }
  return mapping;
}

const quote = (s: string) => JSON.stringify(s);

/** `partnerwise companies …`: import and export of the business register. */
export function registerCompaniesCommands(program: Command): void {
  const companies = program.command("companies").description("The business register: import from and export to spreadsheets");

  companies
    .command("import")
    .description("Import companies from a CSV or XLSX file: checks every row, then imports all valid rows in one batch (or nothing)")
    .argument("<file>", "a CSV (delimiter , ; or tab; UTF-8) or XLSX file (first sheet); the first row holds the column names")
    .option("--dry-run", "check the file and show what would happen; write nothing")
    .option("--org <slug>", "the organisation (default: the only one)")
    .option("--as <email>", "the member who imports (default: the organisation's owner)")
    .option(
      "--map <field=Column>",
      "take a field from a column, e.g. --map country=Land (repeat for more fields; field= drops a field)",
      collect,
    )
    .option("--allow-invalid", "import the valid rows and leave out the invalid ones (default: import nothing if a row is invalid)")
    .option(
      "--on-duplicate <action>",
      "what to do with rows that duplicate a company: skip, merge (fill empty fields, add names and tags) or create",
      "skip",
    )
    .option("--json", "print the dry run (valid, invalid, duplicates, warnings) and what was imported as one JSON object")
    .addHelpText(
      "after",
      `
Fields: name, otherNames, legalForm, country, registrationId, website, naceCode, naceLabel, sizeClass,
description, tags, csrPolicyUrl. Columns are matched by their names in English or German (Firma, Land,
Handelsregister, Branche/NACE, …); --map overrides a guess.

Exit code 1 when invalid rows block the import (also with --dry-run, where they would).

Examples:
  partnerwise companies import firmen.csv --dry-run
  partnerwise companies import firmen.xlsx --org la-strada --map registrationId="HR-Nummer" --on-duplicate merge`,
    )
    .action(
      async (
        file: string,
        opts: { dryRun?: boolean; org?: string; as?: string; map?: string[]; allowInvalid?: boolean; onDuplicate: string; json?: boolean },
      ) => {
        if (!["skip", "merge", "create"].includes(opts.onDuplicate))
          throw new InputError(`--on-duplicate: use skip, merge or create (not ${opts.onDuplicate}).`);
        const { readFile } = await import("node:fs/promises");
        const { basename } = await import("node:path");
        const { parseSpreadsheet } = await import("../domains/imports/imports.parse.js");
        const { suggestMapping } = await import("../domains/imports/imports.fields.js");
        const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
          throw new InputError(`Cannot read ${file}: ${err.code === "ENOENT" ? "no such file" : err.message}`);
        });
        // The shell has no upload limit to protect; a generous cap still stops a wrong file early.
        const table = await parseSpreadsheet(bytes, basename(file), { maxBytes: 500 * 1024 * 1024 });
        const mapping = applyMapOptions(suggestMapping("companies", table.columns) as Record<string, string>, opts.map ?? []);
        const say = opts.json ? () => undefined : (line: string) => console.log(line);
        say(
          `${table.filename}: ${table.rows.length} rows, ${table.format.toUpperCase()}${table.delimiter ? ` (delimiter ${quote(table.delimiter === "\t" ? "tab" : table.delimiter)})` : ""}`,
        );
        say(
          `Columns: ${Object.entries(mapping)
            .map(([f, c]) => `${f} ← ${quote(c)}`)
            .join(", ")}`,
        );
        const unused = table.columns.filter((c) => !Object.values(mapping).includes(c));
        if (unused.length) say(`Not imported: ${unused.map(quote).join(", ")}`);

        const bar = opts.json ? { update: () => undefined, stop: () => undefined } : await progressBar();
        const input = {
          table,
          mapping,
          dryRun: !!opts.dryRun,
          org: opts.org,
          as: opts.as,
          allowInvalid: !!opts.allowInvalid,
          onDuplicate: opts.onDuplicate as "skip" | "merge" | "create",
        };
        const { dry, done, org, actor } = await runOp("companies.import", input, { onProgress: bar.update }).finally(bar.stop);
        const blocked = dry.invalid.length > 0 && !opts.allowInvalid;
        if (blocked) process.exitCode = 1;
        if (opts.json) return printJson({ org, actor, dryRun: !!opts.dryRun, ...dry, imported: done });
        if (dry.warnings.length) {
          // Reading the file went wrong somewhere (an unclosed quote swallows the rows after it): say where.
          console.log(`\nWarnings (${dry.warnings.length}):`);
          for (const w of dry.warnings) console.log(`  ${w.row !== null ? `row ${w.row}: ` : ""}${w.message}`);
        }
        if (dry.invalid.length) {
          console.log(`\nInvalid rows (${dry.invalid.length}):`);
          for (const r of dry.invalid)
            console.log(
              `  row ${r.row}: ${r.errors.map((e) => `${e.field}${e.column ? ` (${quote(e.column)})` : ""}: ${e.message}`).join("; ")}`,
            );
        }
        if (dry.duplicates.length) {
          console.log(`\nDuplicates (${dry.duplicates.length}) — ${opts.onDuplicate}:`);
          for (const d of dry.duplicates) {
            const other = d.existing.id ? `existing ${quote(d.existing.name)} (${d.existing.country})` : `row ${d.existing.row}`;
            console.log(
              `  row ${d.row} ${quote(d.name)} ≈ ${other}: ${d.reason}${d.similarity !== null && d.similarity < 1 ? `, similarity ${d.similarity}` : ""}`,
            );
          }
        }
        console.log(
          `\n${dry.valid} valid, ${dry.invalid.length} invalid, ${dry.duplicates.length} duplicate${dry.duplicates.length === 1 ? "" : "s"} of ${dry.rowCount} rows.`,
        );
        if (dry.warnings.length)
          console.log(
            `The file could not be read cleanly (${dry.warnings.length} warning${dry.warnings.length === 1 ? "" : "s"} above): rows may be missing or merged; check it before importing.`,
          );
        if (blocked) {
          console.log(
            `${opts.dryRun ? "An import would refuse this file" : "Nothing was imported"}: fix the invalid rows, or pass --allow-invalid to import only the valid ones.`,
          );
          return;
        }
        if (!done) {
          console.log("Dry run: nothing was imported.");
          return;
        }
        console.log(
          `Imported into ${org.name} (${org.slug}) as ${actor}: ${done.created} created, ${done.merged} merged, ${done.skipped} skipped. Batch ${done.batchId} (undo: partnerwise imports undo ${done.batchId}).`,
        );
      },
    );

  companies
    .command("export")
    .description("Export companies to a CSV or XLSX file (the columns an import reads back)")
    .option("--format <format>", "csv or xlsx (default: from --out's extension, else csv)")
    .option("--out <file>", "where to write; - for standard output (default: partnerwise-companies-<date>.<format> here)")
    .option("--org <slug>", "the organisation (default: the only one)")
    .option("--as <email>", "the member who exports (default: the organisation's owner); recorded in the audit log")
    .option("--country <codes>", "only these countries, comma-separated ISO codes (DE,AT)")
    .option("--sector <codes>", "only these NACE codes or prefixes, comma-separated (C,49.41)")
    .option("--size <classes>", "only these size classes, comma-separated (local,sme,large)")
    .option("--tag <tags>", "only companies with any of these tags, comma-separated")
    .option("--q <text>", "only companies matching this search")
    .option("--sort <field>", "name, -name, country, -country, createdAt, -createdAt, updatedAt, -updatedAt")
    .option("--json", "print {file, format, rowCount} as JSON when done")
    .addHelpText(
      "after",
      "\nExamples:\n  partnerwise companies export --format xlsx --country DE,AT\n  partnerwise companies export --out - | head",
    )
    .action(
      async (opts: {
        format?: string;
        out?: string;
        org?: string;
        as?: string;
        country?: string;
        sector?: string;
        size?: string;
        tag?: string;
        q?: string;
        sort?: string;
        json?: boolean;
      }) => {
        const { createWriteStream } = await import("node:fs");
        const { Readable } = await import("node:stream");
        const { pipeline } = await import("node:stream/promises");
        const { CompanyExportQuery } = await import("../domains/imports/imports.schema.js");
        const byExtension = opts.out?.toLowerCase().match(/\.(csv|xlsx)$/)?.[1];
        if (opts.format && byExtension && opts.format !== byExtension) {
          throw new InputError(
            `--format ${opts.format} does not fit --out ${opts.out}: name the file .${opts.format}, or leave out --format.`,
          );
        }
        const format = opts.format ?? byExtension ?? "csv";
        const query = { format, country: opts.country, sector: opts.sector, size: opts.size, tag: opts.tag, q: opts.q, sort: opts.sort };
        const parsed = CompanyExportQuery.safeParse(query);
        if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join("; "));
        if (opts.out && opts.out !== "-") await checkOutputFile(opts.out, { overwrite: true });
        const file = await runOp("companies.export", { org: opts.org, as: opts.as, query });
        const out = opts.out ?? String(file.meta.filename);
        if (!opts.out) await checkOutputFile(out, { overwrite: true });
        const source = Readable.fromWeb(file.stream as never);
        if (out === "-") {
          for await (const chunk of source) if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
        } else await pipeline(source, createWriteStream(out));
        const rowCount = Number(file.meta.rowCount);
        if (opts.json) {
          if (out === "-") throw new InputError("--json prints to standard output: give --out FILE.");
          return printJson({ file: out, format, rowCount });
        }
        console.error(`Exported ${rowCount} ${rowCount === 1 ? "company" : "companies"} to ${out === "-" ? "standard output" : out}.`);
      },
    );
}

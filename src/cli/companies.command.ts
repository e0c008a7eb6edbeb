import { once } from "node:events";
import type { Command } from "commander";
import type { Ctx } from "../platform/context.js";
import type { Database } from "../platform/db.js";

// `partnerwise companies import|export`: the same services as the API, acting as a member of one
// organisation. With the embedded database, stop the server first (one process opens it at a time).

/** Thrown for bad input; main prints the message and exits 1. */
class InputError extends Error {}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

async function withContext<T>(opts: { org?: string; as?: string }, fn: (ctx: Ctx, org: { slug: string; name: string }) => Promise<T>): Promise<T> {
  const { env } = await import("../platform/env.js");
  const { openConfiguredDatabase } = await import("../server/boot.js");
  const { commandContext } = await import("../domains/imports/imports.actor.js");
  const database: Database = await openConfiguredDatabase(env());
  try {
    const { ctx, org } = await commandContext(database, opts);
    return await fn(ctx, org);
  } finally {
    await database.close();
  }
}

/** A progress bar on stderr while validating and importing (nothing when stderr is not a terminal). */
async function progressBar() {
  const { SingleBar, Presets } = await import("cli-progress");
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: " {phase} {bar} {value}/{total}", hideCursor: true, clearOnComplete: true, stream: process.stderr }, Presets.shades_classic);
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
    .option("--map <field=Column>", "take a field from a column, e.g. --map country=Land (repeat for more fields; field= drops a field)", collect)
    .option("--allow-invalid", "import the valid rows and leave out the invalid ones (default: import nothing if a row is invalid)")
    .option("--on-duplicate <action>", "what to do with rows that duplicate a company: skip, merge (fill empty fields, add names and tags) or create", "skip")
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
    .action(async (file: string, opts: { dryRun?: boolean; org?: string; as?: string; map?: string[]; allowInvalid?: boolean; onDuplicate: string }) => {
      if (!["skip", "merge", "create"].includes(opts.onDuplicate)) throw new InputError(`--on-duplicate: use skip, merge or create (not ${opts.onDuplicate}).`);
      const { readFile } = await import("node:fs/promises");
      const { basename } = await import("node:path");
      const { parseSpreadsheet } = await import("../domains/imports/imports.parse.js");
      const { suggestMapping } = await import("../domains/imports/imports.fields.js");
      const imports = await import("../domains/imports/imports.service.js");
      const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
        throw new InputError(`Cannot read ${file}: ${err.code === "ENOENT" ? "no such file" : err.message}`);
      });
      // The shell has no upload limit to protect; a generous cap still stops a wrong file early.
      const table = await parseSpreadsheet(bytes, basename(file), { maxBytes: 500 * 1024 * 1024 });
      const mapping = applyMapOptions(suggestMapping("companies", table.columns) as Record<string, string>, opts.map ?? []);
      console.log(`${table.filename}: ${table.rows.length} rows, ${table.format.toUpperCase()}${table.delimiter ? ` (delimiter ${quote(table.delimiter === "\t" ? "tab" : table.delimiter)})` : ""}`);
      console.log(`Columns: ${Object.entries(mapping).map(([f, c]) => `${f} ← ${quote(c)}`).join(", ")}`);
      const unused = table.columns.filter((c) => !Object.values(mapping).includes(c));
      if (unused.length) console.log(`Not imported: ${unused.map(quote).join(", ")}`);

      await withContext(opts, async (ctx, org) => {
        const bar = await progressBar();
        const options = { kind: "companies" as const, mapping, onProgress: bar.update };
        const dry = await imports.dryRun(ctx, table, options).finally(bar.stop);
        if (dry.invalid.length) {
          console.log(`\nInvalid rows (${dry.invalid.length}):`);
          for (const r of dry.invalid) console.log(`  row ${r.row}: ${r.errors.map((e) => `${e.field}${e.column ? ` (${quote(e.column)})` : ""}: ${e.message}`).join("; ")}`);
        }
        if (dry.duplicates.length) {
          console.log(`\nDuplicates (${dry.duplicates.length}) — ${opts.onDuplicate}:`);
          for (const d of dry.duplicates) {
            const other = d.existing.id ? `existing ${quote(d.existing.name)} (${d.existing.country})` : `row ${d.existing.row}`;
            console.log(`  row ${d.row} ${quote(d.name)} ≈ ${other}: ${d.reason}${d.similarity !== null && d.similarity < 1 ? `, similarity ${d.similarity}` : ""}`);
          }
        }
        const blocked = dry.invalid.length > 0 && !opts.allowInvalid;
        console.log(`\n${dry.valid} valid, ${dry.invalid.length} invalid, ${dry.duplicates.length} duplicate${dry.duplicates.length === 1 ? "" : "s"} of ${dry.rowCount} rows.`);
        if (blocked) {
          console.log(`${opts.dryRun ? "An import would refuse this file" : "Nothing was imported"}: fix the invalid rows, or pass --allow-invalid to import only the valid ones.`);
          process.exitCode = 1;
          return;
        }
        if (opts.dryRun) {
          console.log("Dry run: nothing was imported.");
          return;
        }
        const bar2 = await progressBar();
        const done = await imports.commit(ctx, table, { ...options, onProgress: bar2.update, decisions: { "*": opts.onDuplicate as "skip" | "merge" | "create" }, allowInvalid: !!opts.allowInvalid }).finally(bar2.stop);
        console.log(`Imported into ${org.name} (${org.slug}) as ${ctx.user.email}: ${done.created} created, ${done.merged} merged, ${done.skipped} skipped. Batch ${done.batchId} (undo: POST /api/v1/imports/${done.batchId}/undo).`);
      });
    });

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
    .addHelpText("after", "\nExamples:\n  partnerwise companies export --format xlsx --country DE,AT\n  partnerwise companies export --out - | head")
    .action(async (opts: { format?: string; out?: string; org?: string; as?: string; country?: string; sector?: string; size?: string; tag?: string; q?: string; sort?: string }) => {
      const { createWriteStream } = await import("node:fs");
      const { Readable } = await import("node:stream");
      const { pipeline } = await import("node:stream/promises");
      const { CompanyExportQuery } = await import("../domains/imports/imports.schema.js");
      const { exportCompanies } = await import("../domains/imports/exports.service.js");
      const format = opts.format ?? (opts.out?.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv");
      const parsed = CompanyExportQuery.safeParse({ format, country: opts.country, sector: opts.sector, size: opts.size, tag: opts.tag, q: opts.q, sort: opts.sort });
      if (!parsed.success) throw new InputError(parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join("; "));
      await withContext(opts, async (ctx) => {
        const file = await exportCompanies(ctx, parsed.data);
        const out = opts.out ?? file.filename;
        const source = Readable.fromWeb(file.stream as never);
        if (out === "-") {
          for await (const chunk of source) if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
        } else await pipeline(source, createWriteStream(out));
        console.error(`Exported ${file.rowCount} ${file.rowCount === 1 ? "company" : "companies"} to ${out === "-" ? "standard output" : out}.`);
      });
    });
}

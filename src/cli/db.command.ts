import type { Command } from "commander";
import type { BackupProgress } from "../platform/backup.js";
import { InputError } from "./errors.js";
import { checkOutputFile, printJson } from "./output.js";
import { locate, onServer, refuseWhenBusy } from "./run-op.js";

/** A progress reporter drawing one bar per table on a terminal (plain lines otherwise). */
async function tableProgress() {
  const { MultiBar, Presets } = await import("cli-progress");
  const tty = process.stderr.isTTY;
  const multi = new MultiBar(
    { format: " {bar} {table} {value}/{total} rows", hideCursor: true, clearOnComplete: false, stopOnComplete: false },
    Presets.shades_classic,
  );
  const bars = new Map<string, ReturnType<typeof multi.create>>();
  const warnings: string[] = [];
  return {
    onProgress(p: BackupProgress) {
      if (p.phase === "warning") {
        warnings.push(p.message);
        return;
      }
      if (!tty) {
        if (p.done === p.total) console.error(`  ${p.table}: ${p.total} rows`);
        return;
      }
      let bar = bars.get(p.table);
      if (!bar) {
        // A table without rows still gets a full bar: 0 of 0 is done.
        bar = multi.create(Math.max(p.total, 1), 0, { table: p.table });
        bars.set(p.table, bar);
      }
      bar.setTotal(Math.max(p.total, 1));
      bar.update(p.total === 0 ? 1 : p.done, { table: p.table });
    },
    stop() {
      multi.stop();
      for (const w of warnings) console.error(`warning: ${w}`);
    },
  };
}

async function describeTarget() {
  const { env } = await import("../platform/env.js");
  const { pgliteDir } = await import("../platform/db.js");
  const e = env();
  return e.DATABASE_URL
    ? `PostgreSQL (${new URL(e.DATABASE_URL).host}${new URL(e.DATABASE_URL).pathname})`
    : `the embedded database in ${pgliteDir(e.PARTNERWISE_DATA_DIR)}`;
}

/** The configured database, not migrated, for this command alone: refused while another process owns the embedded one. */
async function openTarget(what: string) {
  const { env } = await import("../platform/env.js");
  const { openConfiguredDatabase } = await import("../server/open-database.js");
  const database = await openConfiguredDatabase(env(), undefined, { migrate: false, max: 2 }).catch((err: unknown) =>
    refuseWhenBusy(err, what),
  );
  return { database, where: await describeTarget() };
}

function formatBytes(n: number): string {
  return n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** `partnerwise db …`: migrations, backup and restore. */
export function registerDbCommands(program: Command): void {
  const db = program.command("db").description("Database maintenance: migrate, back up, restore");

  db.command("migrate")
    .description("Apply pending migrations to the configured database")
    .option("--json", "print {database, migrations, schema} as JSON (migrations: how many the database has applied)")
    .action(async (opts: { json?: boolean }) => {
      const { env } = await import("../platform/env.js");
      const { openConfiguredDatabase } = await import("../server/open-database.js");
      // A running server applied the migrations of its own version when it started; a newer version's
      // migrations must not run under it.
      const { codeMigrations } = await import("../platform/backup.js");
      const target = await describeTarget();
      const applied = async (db: { query: (s: string) => Promise<{ rows: Array<Record<string, unknown>> }> }) =>
        db
          .query(`select count(*)::int as n from drizzle.__drizzle_migrations`)
          .then((r) => Number(r.rows[0]?.n ?? 0))
          .catch(() => 0);
      const database = await openConfiguredDatabase(env(), undefined, { max: 2 }).catch((err: unknown) =>
        refuseWhenBusy(err, "run `partnerwise db migrate` (or just start the new version: it migrates at start)"),
      );
      const after = await applied(database);
      await database.close();
      const schema = codeMigrations().at(-1)?.tag ?? "empty";
      if (opts.json) printJson({ database: target, migrations: after, schema });
      else console.log(`Migrations applied: ${target} is at schema ${schema} (${after} migrations).`);
    });

  db.command("backup")
    .argument("<file>", "where to write the backup (one tar archive, e.g. partnerwise-2026-03-31.tar)")
    .description("Write every table of the configured database and every uploaded file to one backup archive")
    .addHelpText(
      "after",
      `
The archive holds database.jsonl.gz (every table), files/ (every uploaded file under
PARTNERWISE_DATA_DIR/files) and manifest.json (size and SHA-256 of each). It can be restored into
the embedded database or PostgreSQL, whichever this one is.
With the embedded database (no DATABASE_URL) and the server running, the server writes the backup.
Keep backups safe: they hold personal data and password hashes. If PARTNERWISE_SECRET is set,
restore with the same secret, or two-factor secrets and sessions stop working.`,
    )
    .option("--json", "print {file, rows, tables, schema, files, fileBytes} as JSON when done")
    .action(async (file: string, opts: { json?: boolean }) => {
      const { backupArchive } = await import("../platform/backup-archive.js");
      const { filesRoot } = await import("../platform/storage.js");
      await checkOutputFile(file, { overwrite: false }).catch((err: Error) => {
        throw new InputError(
          err.message.endsWith("exists already; choose another name.")
            ? `${file} exists already; choose another name (backups are never overwritten).`
            : err.message,
        );
      });
      type Done = { rows: number; tables: number; schema: string; files: number; fileBytes: number };
      const done = (summary: Done) =>
        opts.json
          ? printJson({ file, ...summary })
          : console.log(
              `Backup written to ${file}: ${summary.rows} rows in ${summary.tables} tables (schema ${summary.schema}) and ${summary.files} files (${formatBytes(summary.fileBytes)}).`,
            );
      const w = await locate({ migrate: false, max: 2 });
      if (w.kind === "server") {
        // The server writes the backup while it keeps serving; this command stores what it sends.
        const { createWriteStream } = await import("node:fs");
        const { Readable } = await import("node:stream");
        const { pipeline } = await import("node:stream/promises");
        const sent = await onServer(w.holder, "db.backup", {});
        await pipeline(Readable.fromWeb(sent.stream as never), createWriteStream(file, { flags: "wx", mode: 0o600 })).catch(
          async (err: unknown) => {
            const { rmSync } = await import("node:fs");
            rmSync(file, { force: true });
            throw err;
          },
        );
        return done(sent.meta as Done);
      }
      const database = w.deps.database;
      const progress = await tableProgress();
      try {
        if (!opts.json) console.error(`Backing up ${await describeTarget()} …`);
        const summary = await backupArchive(database, file, filesRoot(), { onProgress: progress.onProgress });
        progress.stop();
        done({
          rows: summary.rows,
          tables: summary.tables.length,
          schema: summary.migrations.at(-1)?.tag ?? "empty",
          files: summary.files.count,
          fileBytes: summary.files.bytes,
        });
      } catch (err) {
        progress.stop();
        const { rmSync } = await import("node:fs");
        rmSync(file, { force: true });
        throw err;
      } finally {
        await w.close();
      }
    });

  db.command("restore")
    .argument("<file>", "a backup written by `partnerwise db backup`")
    .option("--force", "replace the data of a database that is not empty")
    .description("Replace all data of the configured database with a backup (migrates the database first)")
    .addHelpText(
      "after",
      `
Everything in the configured database is replaced, in one transaction: if anything fails, nothing changes.
An archive is first checked entry by entry against its manifest (nothing is written if one differs);
its files then replace PARTNERWISE_DATA_DIR/files. A backup of the older format (a .jsonl.gz dump)
restores the database only.
A backup made by a newer Partnerwise is refused; upgrade first. With the embedded database, stop the
server first. To move to PostgreSQL: back up, set DATABASE_URL to a new empty database, restore.`,
    )
    .option("--json", "print {file, rows, tables, files, fileBytes, withFiles} as JSON when done")
    .action(async (file: string, opts: { force?: boolean; json?: boolean }) => {
      const { restoreArchive } = await import("../platform/backup-archive.js");
      const { filesRoot } = await import("../platform/storage.js");
      const { database, where } = await openTarget("run `partnerwise db restore` again");
      try {
        const users = await database
          .query<{ n: number }>(`select count(*)::int as n from "user"`)
          .then((r) => Number(r.rows[0]?.n ?? 0))
          .catch(() => 0);
        if (users > 0 && !opts.force) {
          throw new Error(
            `${where} already holds data (${users} users). Restoring replaces all of it; run again with --force to go ahead.`,
          );
        }
        console.error(`Checking ${file} against its manifest, then restoring it into ${where} and ${filesRoot()} …`);
        const progress = await tableProgress();
        try {
          const summary = await restoreArchive(database, file, filesRoot(), { onProgress: progress.onProgress });
          progress.stop();
          if (opts.json)
            return printJson({
              file,
              rows: summary.rows,
              tables: summary.tables.length,
              files: summary.withFiles ? summary.files.count : 0,
              fileBytes: summary.withFiles ? summary.files.bytes : 0,
              withFiles: summary.withFiles,
            });
          console.log(
            `Restored ${summary.rows} rows in ${summary.tables.length} tables` +
              (summary.withFiles
                ? ` and ${summary.files.count} files (${formatBytes(summary.files.bytes)}).`
                : "; the backup holds no files (older format)."),
          );
        } catch (err) {
          progress.stop();
          throw err;
        }
      } finally {
        await database.close();
      }
    });
}

import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { Auth } from "../domains/auth/auth.js";
import type { Database } from "../platform/db.js";
import type { ParsedTable } from "../domains/imports/imports.parse.js";
import type { WatchlistFormat } from "../domains/watchlists/watchlists.schema.js";
import type { EntityType } from "../matching/types.js";
import { InputError } from "./errors.js";

// The work behind the command-line tools that touches the database, as operations with JSON input and
// output. A command runs an operation in its own process when it may open the database, or sends it to the
// running server's loopback-only endpoint (/internal/cli/:op, server/internal-cli.ts) when the server owns
// the embedded database — the same code either way (docs/decisions/0009-one-owner-for-the-embedded-database.md).

export interface OpDeps {
  database: Database;
  auth: () => Promise<Auth>;
}

/** Progress callbacks: drawn when the operation runs in the command's own process, dropped on the server. */
export interface OpHooks {
  onProgress?: (phase: string, done: number, total: number) => void;
  onCount?: (n: number) => void;
}

/** A file an operation sends back (export, backup): its bytes and what the command prints about it. */
export interface OpStream {
  meta: Record<string, unknown>;
  stream: ReadableStream<Uint8Array>;
}

type Acting = { org?: string; as?: string };

/** better-auth reports refusals as APIError (with a message); anything else is unexpected. */
function authFailure(what: string, err: unknown): Error {
  const e = err as { name?: string; message?: string; body?: { message?: string } };
  if (e?.name === "APIError") return new InputError(`${what}: ${e.body?.message || e.message || "refused"}`);
  return err instanceof Error ? err : new Error(String(err));
}

async function acting(database: Database, who: Acting) {
  const { commandContext } = await import("../domains/imports/imports.actor.js");
  return commandContext(database, who);
}

export const ops = {
  async "user.create"(d: OpDeps, i: { email: string; name: string; password: string }) {
    const auth = await d.auth();
    const context = await auth.$context;
    if (await context.internalAdapter.findUserByEmail(i.email))
      throw new InputError(`A user with the e-mail address ${i.email} exists already.`);
    const created = await auth.api.signUpEmail({ body: { email: i.email, password: i.password, name: i.name } }).catch((err: unknown) => {
      throw authFailure("Could not create the user", err);
    });
    // signUpEmail also signs the new user in; nobody holds that session, so end it. The sign-up answer carries no
    // token (sign-up-privacy.ts keeps it out of every body), so end the new user's sessions by user id.
    await context.internalAdapter.deleteUserSessions(created.user.id);
    return { user: { id: created.user.id, name: created.user.name, email: created.user.email } };
  },

  async "org.create"(d: OpDeps, i: { name: string; ownerEmail: string; slug: string; country?: string }) {
    const auth = await d.auth();
    const context = await auth.$context;
    const found = await context.internalAdapter.findUserByEmail(i.ownerEmail);
    if (!found)
      throw new InputError(
        `No user has the e-mail address ${i.ownerEmail}. Create one first: partnerwise user create --email ${i.ownerEmail} --name "…"`,
      );
    const owner = found.user;
    const created = await auth.api.createOrganization({ body: { name: i.name, slug: i.slug, userId: owner.id } }).catch((err: unknown) => {
      throw authFailure("Could not create the organisation", err);
    });
    if (!created) throw new Error("better-auth created no organisation");
    if (i.country) {
      const { updateProfile } = await import("../domains/orgs/orgs.service.js");
      const ctx = {
        db: d.database.db,
        database: d.database,
        user: { id: owner.id, name: owner.name, email: owner.email },
        orgId: created.id,
        role: "owner" as const,
      };
      await updateProfile(ctx, { country: i.country });
    }
    return { org: { id: created.id, name: created.name, slug: created.slug }, owner: owner.email };
  },

  async "companies.import"(
    d: OpDeps,
    i: Acting & {
      table: ParsedTable;
      mapping: Record<string, string>;
      dryRun: boolean;
      allowInvalid: boolean;
      onDuplicate: "skip" | "merge" | "create";
    },
    hooks: OpHooks = {},
  ) {
    const imports = await import("../domains/imports/imports.service.js");
    const { ctx, org } = await acting(d.database, i);
    const options = { kind: "companies" as const, mapping: i.mapping, onProgress: hooks.onProgress };
    const dry = await imports.dryRun(ctx, i.table, options);
    const actor = ctx.user.email;
    if ((dry.invalid.length > 0 && !i.allowInvalid) || i.dryRun) return { org, actor, dry, done: null };
    const done = await imports.commit(ctx, i.table, { ...options, decisions: { "*": i.onDuplicate }, allowInvalid: i.allowInvalid });
    return { org, actor, dry, done };
  },

  async "imports.undo"(d: OpDeps, i: Acting & { id: string }) {
    const imports = await import("../domains/imports/imports.service.js");
    const { ctx, org } = await acting(d.database, i);
    return { org, actor: ctx.user.email, ...(await imports.undo(ctx, i.id)) };
  },

  async "companies.export"(d: OpDeps, i: Acting & { query: Record<string, unknown> }): Promise<OpStream> {
    const { CompanyExportQuery } = await import("../domains/imports/imports.schema.js");
    const { exportCompanies } = await import("../domains/imports/exports.service.js");
    const { ctx } = await acting(d.database, i);
    const file = await exportCompanies(ctx, CompanyExportQuery.parse(i.query));
    return { meta: { rowCount: file.rowCount, filename: file.filename }, stream: file.stream as ReadableStream<Uint8Array> };
  },

  async screen(
    d: OpDeps,
    i: {
      rows: Array<{ id: string; name: string; country?: string }>;
      type?: EntityType;
      threshold?: number;
      birthDate?: string;
      ids?: string[];
    },
  ) {
    const { shownMatches, toMatch, instanceScreener } = await import("../domains/watchlists/watchlists.screen.js");
    const { DEFAULT_THRESHOLD } = await import("../matching/compare.js");
    const screener = await instanceScreener(d.database);
    const threshold = i.threshold ?? DEFAULT_THRESHOLD;
    // What was checked (lists, versions, engine): with no list loaded, nothing was, and the command says so.
    const checked = screener.checked(threshold);
    const query = (row: { name: string; country?: string }) => ({
      name: row.name,
      ...(row.country ? { country: row.country } : {}),
      ...(i.type ? { type: i.type } : {}),
      ...(i.birthDate ? { birthDate: i.birthDate } : {}),
      ...(i.ids?.length ? { ids: i.ids } : {}),
    });
    return {
      empty: screener.empty,
      checked,
      results: i.rows.map((row) => ({ id: row.id, query: row.name, matches: shownMatches(screener, query(row), threshold).map(toMatch) })),
    };
  },

  async "assessment.import"(d: OpDeps, i: { network?: string; template: string; round: string; table: ParsedTable }) {
    const { importResponses } = await import("../domains/assessment/assessment.service.js");
    return importResponses(d.database.db, i);
  },

  async "assessment.report"(d: OpDeps, i: { network?: string; round: string }) {
    const { reportByName } = await import("../domains/assessment/assessment.service.js");
    return reportByName(d.database.db, i);
  },

  async "watchlist.import"(d: OpDeps, i: { format: WatchlistFormat; path: string; name?: string }, hooks: OpHooks = {}) {
    const { importInstanceList } = await import("../domains/watchlists/watchlists.service.js");
    return importInstanceList(d.database, i, hooks.onCount);
  },

  /** The server writes the backup to a private temporary file and sends it; the command writes it where asked. */
  async "db.backup"(d: OpDeps, _input: Record<string, never> = {}): Promise<OpStream> {
    const { backupArchive } = await import("../platform/backup-archive.js");
    const { filesRoot } = await import("../platform/storage.js");
    const dir = await mkdtemp(join(tmpdir(), "partnerwise-backup-"));
    const file = join(dir, "backup.tar");
    try {
      const summary = await backupArchive(d.database, file, filesRoot());
      const stream = createReadStream(file);
      stream.on("close", () => void rm(dir, { recursive: true, force: true }));
      return {
        meta: {
          rows: summary.rows,
          tables: summary.tables.length,
          schema: summary.migrations.at(-1)?.tag ?? "empty",
          files: summary.files.count,
          fileBytes: summary.files.bytes,
        },
        stream: Readable.toWeb(stream) as ReadableStream<Uint8Array>,
      };
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
  },
};

export type OpName = keyof typeof ops;
export type OpInput<N extends OpName> = Parameters<(typeof ops)[N]>[1];
export type OpOutput<N extends OpName> = Awaited<ReturnType<(typeof ops)[N]>>;

export const isOpName = (name: string): name is OpName => Object.hasOwn(ops, name);

import { request } from "node:http";
import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import type { Auth } from "../domains/auth/auth.js";
import type { LockHolder } from "../platform/data-lock.js";
import { InputError } from "./errors.js";
import type { OpDeps, OpHooks, OpInput, OpName, OpOutput, OpStream } from "./ops.js";

// Where a command's operation runs (docs/decisions/0009-one-owner-for-the-embedded-database.md):
// - DATABASE_URL set: in this process (PostgreSQL takes many connections);
// - the embedded database's folder is free: in this process, holding the folder's lock until the end;
// - the server owns the folder: on the server, through its loopback-only /internal/cli/:op endpoint,
//   authenticated by the secret the server wrote into the lock file (mode 0600);
// - another command owns it: refused, naming that command's pid.

/** How long a command waits for a server that holds the lock but does not listen yet (migrating, seeding). */
const SERVER_START_WAIT_MS = 120_000;

export type Where = { kind: "local"; deps: OpDeps; close: () => Promise<void> } | { kind: "server"; holder: LockHolder };

/** Opens the database for this command, or finds the server that owns it (waiting while it starts). */
export async function locate(opts: { migrate?: boolean; max?: number } = {}): Promise<Where> {
  const { env } = await import("../platform/env.js");
  const { DataDirBusyError, currentHolder } = await import("../platform/data-lock.js");
  const e = env();
  // A running server that owns the folder answers at once: the server's modules (the whole app) are not loaded.
  if (!e.DATABASE_URL) {
    const h = currentHolder(e.PARTNERWISE_DATA_DIR);
    if (h?.role === "server" && h.port && h.secret) return { kind: "server", holder: h };
  }
  // Only the database: the app's modules are loaded when an operation needs its auth (user and org commands).
  const { openConfiguredDatabase } = await import("../server/open-database.js");
  const waitUntil = Date.now() + SERVER_START_WAIT_MS;
  for (;;) {
    try {
      const database = await openConfiguredDatabase(e, undefined, opts);
      let auth: Promise<Auth> | undefined;
      return {
        kind: "local",
        deps: {
          database,
          auth: () => (auth ??= import("../server/boot.js").then(({ bootApp }) => bootApp(e, { database })).then((b) => b.auth)),
        },
        close: () => database.close(),
      };
    } catch (err) {
      if (!(err instanceof DataDirBusyError)) throw err;
      const h = err.holder;
      if (h.role !== "server") throw new InputError(`${err.message} Wait until it has finished, then run this command again.`);
      if (h.port && h.secret) return { kind: "server", holder: h };
      if (Date.now() > waitUntil) throw new InputError(`${err.message} It has not started listening yet; try again when it runs.`);
      if (process.stderr.isTTY) process.stderr.write(`Waiting for the server (pid ${h.pid}) to finish starting …\r`);
      while (Date.now() < waitUntil) {
        await sleep(250);
        const now = currentHolder(e.PARTNERWISE_DATA_DIR);
        if (!now || now.port) break;
      }
    }
  }
}

/** The address to reach the server on from this host. */
function serverHost(h: LockHolder): string {
  const host = h.host ?? "";
  if (host === "" || host === "0.0.0.0" || host === "::" || host === "localhost") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

/** POSTs an operation to the server; resolves with the response once its status is known. */
function post(h: LockHolder, name: string, input: unknown): Promise<IncomingMessage> {
  const body = Buffer.from(JSON.stringify(input ?? {}));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: serverHost(h).replace(/^\[|\]$/g, ""),
        port: h.port,
        method: "POST",
        path: `/internal/cli/${name}`,
        headers: { authorization: `Bearer ${h.secret}`, "content-type": "application/json", "content-length": body.length },
      },
      resolve,
    );
    req.on("error", (err: NodeJS.ErrnoException) =>
      reject(
        new InputError(
          `The Partnerwise server (pid ${h.pid}) owns the data folder, but it cannot be reached on ${serverHost(h)}:${h.port} (${err.code ?? err.message}).`,
        ),
      ),
    );
    req.end(body);
  });
}

async function readAll(res: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of res) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function failure(res: IncomingMessage, h: LockHolder): Promise<never> {
  const text = await readAll(res);
  let detail: string | undefined;
  try {
    detail = (JSON.parse(text) as { detail?: string }).detail;
  } catch {
    // not problem+json
  }
  if (res.statusCode === 500)
    throw new InputError(`The Partnerwise server (pid ${h.pid}, port ${h.port}) failed to run the command; its log says why.`);
  throw new InputError(detail ?? `The Partnerwise server (pid ${h.pid}, port ${h.port}) answered ${res.statusCode}.`);
}

/** A note on stderr (terminals only, so scripts reading stderr see nothing new) that the server does the work. */
function viaServer(h: LockHolder): void {
  if (process.stderr.isTTY) process.stderr.write(`(through the running server, pid ${h.pid}, port ${h.port})\n`);
}

/** Runs an operation here or on the server that owns the embedded database. */
export async function runOp<N extends OpName>(name: N, input: OpInput<N>, hooks: OpHooks = {}): Promise<OpOutput<N>> {
  const w = await locate();
  if (w.kind === "local") {
    const { ops } = await import("./ops.js");
    try {
      const op = ops[name] as (d: OpDeps, i: unknown, h: OpHooks) => Promise<OpOutput<N>>;
      const out = await op(w.deps, input, hooks);
      if (out && typeof out === "object" && "stream" in out) {
        // A stream reads from the database: keep it open until the stream is consumed.
        const s = out as unknown as OpStream;
        const closing = s.stream.pipeThrough(new TransformStream({ flush: () => w.close() }));
        return { ...s, stream: closing } as OpOutput<N>;
      }
      await w.close();
      return out;
    } catch (err) {
      await w.close().catch(() => undefined);
      throw err;
    }
  }
  return onServer(w.holder, name, input);
}

/** Runs an operation on the server that owns the embedded database. */
export async function onServer<N extends OpName>(holder: LockHolder, name: N, input: OpInput<N>): Promise<OpOutput<N>> {
  viaServer(holder);
  const res = await post(holder, name, input);
  if (res.statusCode !== 200) return failure(res, holder);
  const meta = res.headers["x-partnerwise-meta"];
  if (typeof meta === "string") return { meta: JSON.parse(decodeURIComponent(meta)), stream: Readable.toWeb(res) } as OpOutput<N>;
  return JSON.parse(await readAll(res)) as OpOutput<N>;
}

/**
 * For commands that must own the database themselves (serve, db migrate, db restore): the refusal when the
 * folder is in use, naming who uses it.
 */
export function refuseWhenBusy(err: unknown, what: string): never {
  const busy = err as { holder?: LockHolder; message: string };
  if (busy?.holder) {
    const stop =
      busy.holder.role === "server"
        ? `Stop the server first (pid ${busy.holder.pid}${busy.holder.port ? `, port ${busy.holder.port}` : ""}), then ${what}.`
        : `Wait until it has finished, then ${what}.`;
    throw new InputError(`${busy.message} ${stop}`);
  }
  throw err;
}

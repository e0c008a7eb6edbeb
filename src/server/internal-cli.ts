import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Hono } from "hono";
import { isOpName, ops, type OpDeps, type OpStream } from "../cli/ops.js";
import type { Auth } from "../domains/auth/auth.js";
import type { Database } from "../platform/db.js";
import type { AppEnv } from "./http.js";
import { problem } from "./problem.js";

// POST /internal/cli/:op — the command-line tools' way in while this server owns the embedded database
// (cli/run-op.ts, docs/decisions/0009-one-owner-for-the-embedded-database.md). Only for connections from
// this host (loopback, or the server's own address) that did not pass a proxy, and only with the secret the
// server wrote into the data folder's lock file (mode 0600): whoever can read it can read the database files
// too. Anything else gets the same 404 as an unknown route.

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;
const digest = (s: string) => createHash("sha256").update(s).digest();

export function mountInternalCli(app: Hono<AppEnv>, deps: { database: Database; auth: Auth; secret: string }): void {
  const expected = digest(`Bearer ${deps.secret}`);
  const opDeps: OpDeps = { database: deps.database, auth: async () => deps.auth };
  app.post("/internal/cli/:op", async (c) => {
    const notFound = () => problem(c, 404, "not_found", `No route POST ${c.req.path}.`);
    const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket;
    const remote = socket?.remoteAddress ?? "";
    const local = socket?.localAddress ?? "";
    const proxied = c.req.header("x-forwarded-for") !== undefined || c.req.header("forwarded") !== undefined;
    if (proxied || !(LOOPBACK.test(remote) || remote === local)) return notFound();
    if (!timingSafeEqual(digest(c.req.header("authorization") ?? ""), expected)) return notFound();
    const name = c.req.param("op");
    if (!isOpName(name)) return notFound();
    const input: unknown = await c.req.json();
    const out = (await (ops[name] as (d: OpDeps, i: unknown) => Promise<unknown>)(opDeps, input)) as object;
    if ("stream" in out) {
      const s = out as OpStream;
      return new Response(s.stream, {
        headers: { "content-type": "application/octet-stream", "x-partnerwise-meta": encodeURIComponent(JSON.stringify(s.meta)) },
      });
    }
    return c.json(out);
  });
}

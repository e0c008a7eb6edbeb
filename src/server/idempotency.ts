import { createHash } from "node:crypto";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Context, MiddlewareHandler } from "hono";
import type { Database } from "../platform/db.js";
import { idempotencyKey } from "../platform/idempotency.table.js";
import type { AppEnv } from "./http.js";
import { problem } from "./problem.js";

// `Idempotency-Key` on POST (the IETF httpapi draft's header, as Stripe and others use it): a client that retries a
// POST after a timeout gets the first answer again instead of creating twice.
//
// - The key is scoped to the organisation the request acts in and to the caller: another organisation or
//   another user never sees the row.
// - The first request claims the key with an INSERT (the primary key decides between concurrent duplicates);
//   when it succeeds (2xx) its status, Location, Content-Type and body are kept for 24 hours and replayed to
//   every later request with the same key and the same method, path and body, marked `Idempotent-Replayed`.
// - The same key with a different method, path or body answers 422: a key names one operation.
// - A duplicate that arrives while the first is still running waits for it (up to WAIT_MS), then answers 409.
// - A failed first request (4xx/5xx) releases the key: nothing was written (writes are transactional), so
//   a corrected retry may use it again. A claim left by a crashed process is taken over after STALE_MS.

const TTL_MS = 24 * 60 * 60 * 1000;
const WAIT_MS = 10_000;
const STALE_MS = 60_000;
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
const KEPT_HEADERS = ["content-type", "location"];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function keyProblem(c: Context, status: number, code: string, detail: string) {
  return problem(c, status, code, detail, { errors: [{ path: "Idempotency-Key", message: detail, code }] });
}

/** Honours `Idempotency-Key` on POST requests under the path it is mounted on. */
export function idempotency(database: Database): MiddlewareHandler<AppEnv> {
  let lastSweep = 0;
  return async (c, next) => {
    const key = c.req.header("idempotency-key");
    if (c.req.method !== "POST" || key === undefined) return next();
    if (!KEY_FORMAT.test(key)) {
      return keyProblem(c, 422, "validation", "Idempotency-Key must be 1 to 255 visible ASCII characters (a UUID is a good choice).");
    }
    const ctx = c.get("ctx");
    // The caller: the person, or the API key acting for them (each key has its own keys).
    const userId = ctx?.apiKey ? `key:${ctx.apiKey.id}` : (ctx?.user.id ?? c.get("sessionUser").id);
    const scope = ctx?.orgId ?? `user:${userId}`;
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const fingerprint = createHash("sha256").update(`${c.req.method} ${c.req.path}\n`).update(bytes).digest("hex");
    const db = database.db;
    const where = and(eq(idempotencyKey.scope, scope), eq(idempotencyKey.userId, userId), eq(idempotencyKey.key, key));

    if (Date.now() - lastSweep > 60_000) {
      lastSweep = Date.now();
      await db.delete(idempotencyKey).where(lt(idempotencyKey.expiresAt, sql`now()`));
    }

    const claim = async () => {
      // An expired row, or a claim abandoned by a crashed process, gives way to the new request.
      await db
        .delete(idempotencyKey)
        .where(
          and(
            where,
            or(
              lt(idempotencyKey.expiresAt, sql`now()`),
              and(isNull(idempotencyKey.status), lt(idempotencyKey.createdAt, new Date(Date.now() - STALE_MS))),
            ),
          ),
        );
      const rows = await db
        .insert(idempotencyKey)
        .values({ scope, userId, key, fingerprint, expiresAt: new Date(Date.now() + TTL_MS) })
        .onConflictDoNothing()
        .returning({ key: idempotencyKey.key });
      return rows.length === 1;
    };

    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      if (await claim()) break;
      const [row] = await db.select().from(idempotencyKey).where(where);
      if (!row) continue; // released meanwhile: claim again
      if (row.fingerprint !== fingerprint) {
        return keyProblem(
          c,
          422,
          "idempotency_key_reused",
          "This Idempotency-Key was already used for a different request (method, path or body). Use a new key for a new request.",
        );
      }
      if (row.status !== null) {
        const headers = new Headers(row.headers ?? {});
        headers.set("Idempotent-Replayed", "true");
        const body = row.body ? Buffer.from(row.body, "base64") : null;
        return new Response(body && body.length ? body : null, { status: row.status, headers });
      }
      if (Date.now() > deadline) {
        const res = keyProblem(
          c,
          409,
          "idempotency_in_progress",
          "A request with this Idempotency-Key is still being processed. Retry in a moment.",
        );
        res.headers.set("Retry-After", "1");
        return res;
      }
      await sleep(50);
    }

    try {
      await next();
    } catch (err) {
      await db.delete(idempotencyKey).where(where);
      throw err;
    }
    const res = c.res;
    if (res.status < 200 || res.status >= 300) {
      await db.delete(idempotencyKey).where(where);
      return;
    }
    const body = Buffer.from(await res.clone().arrayBuffer()).toString("base64");
    const headers: Record<string, string> = {};
    for (const h of KEPT_HEADERS) {
      const v = res.headers.get(h);
      if (v) headers[h] = v;
    }
    await db.update(idempotencyKey).set({ status: res.status, headers, body }).where(where);
  };
}

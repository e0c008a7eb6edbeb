import { createHash } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./http.js";
import { problem } from "./problem.js";
import { serialisedJson } from "./json-body.js";

// Conditional requests (RFC 9110 §13) for every JSON resource under /api/v1, in one place:
//
// - A 200 JSON answer to GET carries a strong `ETag`: a hash of exactly the representation sent (so it changes
//   whenever anything the client sees changes — also derived fields such as a company's contact count).
//   `If-None-Match` with a current tag answers 304 without a body. Lists carry one too.
// - PATCH, PUT and DELETE with `If-Match` first render the resource's current representation (the same GET,
//   as the same caller) and answer 412 problem+json when no tag matches; a resource the caller cannot see answers 404
//   as it would without If-Match (also `If-Match: *`). Then the service repeats the check in the database: the
//   version's `updatedAt` goes to it (`ctx.expectedUpdatedAt`), and its UPDATE applies only to that version
//   (companies, contacts, engagements), or its transaction first claims that version with a conditional UPDATE
//   (agreements, commitments, risks, stories, list entries, knowledge items, proposals, stakeholder maps, tasks,
//   activities) —
//   src/platform/precondition.ts, ADR 0017 — so two writers with the same tag cannot both win, also across several
//   server processes on one PostgreSQL database. The check and the write also hold a per-resource lock in this
//   process (ADR 0010).
// - A write to a path with no GET (e.g. `PATCH /risk-catalogue/{id}`) cannot be checked and ignores `If-Match`, as
//   RFC 9110 allows for resources without a current representation to compare.

const CONDITIONAL = new Set(["PATCH", "PUT", "DELETE"]);

/** The strong entity tag of a representation. */
export function entityTag(body: ArrayBuffer | Uint8Array): string {
  return `"${createHash("sha256").update(new Uint8Array(body)).digest("base64url").slice(0, 27)}"`;
}

/** Whether a header listing entity tags (`If-Match`, `If-None-Match`) names `tag`; `weak` allows W/ tags. */
function listed(header: string, tag: string, weak: boolean): boolean {
  return header.split(",").some((t) => {
    const v = t.trim();
    if (v === "*") return true;
    return v === tag || (weak && v.replace(/^W\//, "") === tag);
  });
}

/** Runs `fn` after every earlier holder of `key` in `locks` (one map per app, as per process) finished. */
async function withLock<T>(locks: Map<string, Promise<void>>, key: string, fn: () => Promise<T>): Promise<T> {
  const before = locks.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((r) => (release = r));
  const chained = before.then(() => mine);
  locks.set(key, chained);
  await before;
  try {
    return await fn();
  } finally {
    release();
    if (locks.get(key) === chained) locks.delete(key);
  }
}

/**
 * The current representation's tag of the resource at the request's path (and its `updatedAt`); the GET's own answer
 * when the caller cannot see the resource (404: also another organisation's), null when there is none otherwise.
 */
async function currentTag(
  c: Context<AppEnv>,
  fetchApp: (req: Request) => Response | Promise<Response>,
): Promise<{ tag: string; updatedAt?: string } | { missing: Response } | null | "no-get"> {
  const headers = new Headers(c.req.raw.headers);
  // Uncompressed: the tag is of the representation's bytes, as the GET's ETag is (a brotli copy never matched).
  for (const h of ["if-match", "if-none-match", "content-type", "content-length", "idempotency-key", "accept-encoding"]) headers.delete(h);
  const res = await fetchApp(new Request(c.req.url, { method: "GET", headers }));
  if (res.status === 405) return "no-get";
  if (res.status === 404) return { missing: res };
  if (res.status !== 200) return null;
  const bytes = await res.arrayBuffer();
  let updatedAt: unknown;
  try {
    updatedAt = (JSON.parse(new TextDecoder().decode(bytes)) as { updatedAt?: unknown })?.updatedAt;
  } catch {
    // not JSON: no version to hand on
  }
  return { tag: entityTag(bytes), updatedAt: typeof updatedAt === "string" ? updatedAt : undefined };
}

/** ETag on JSON reads, 304 for If-None-Match, 412 for a stale If-Match on writes. */
export function conditionalRequests(fetchApp: (req: Request) => Response | Promise<Response>): MiddlewareHandler<AppEnv> {
  const locks = new Map<string, Promise<void>>();
  return async (c, next) => {
    const method = c.req.method;
    if (method === "GET" || method === "HEAD") {
      await next();
      const res = c.res;
      if (res.status !== 200 || res.headers.has("etag") || !(res.headers.get("content-type") ?? "").includes("json")) return;
      const known = serialisedJson(res);
      const tag = entityTag(known ? Buffer.from(known.text) : await res.clone().arrayBuffer());
      const ifNoneMatch = c.req.header("if-none-match");
      if (ifNoneMatch && listed(ifNoneMatch, tag, true)) {
        const headers = new Headers({ ETag: tag });
        for (const h of ["cache-control", "vary"]) if (res.headers.has(h)) headers.set(h, res.headers.get(h)!);
        c.res = undefined;
        c.res = new Response(null, { status: 304, headers });
        return;
      }
      c.res.headers.set("ETag", tag);
      return;
    }
    const ifMatch = c.req.header("if-match");
    if (!CONDITIONAL.has(method) || ifMatch === undefined) return next();
    const scope = c.get("ctx")?.orgId ?? "";
    return withLock(locks, `${scope} ${c.req.path}`, async () => {
      const current = await currentTag(c, fetchApp);
      if (current === "no-get") return next();
      // RFC 9110 §13.2.1: a request that would fail without its precondition fails the same way — a resource the
      // caller cannot see (gone, or another organisation's) is 404 with or without If-Match.
      if (current && "missing" in current) return current.missing;
      const tag = current?.tag ?? null;
      if (tag === null || !listed(ifMatch, tag, false)) {
        return problem(
          c,
          412,
          "precondition_failed",
          tag === null
            ? "The resource does not exist (If-Match)."
            : "The resource changed since you read it (If-Match names an older ETag). Read it again and reapply your change.",
          tag ? { currentEtag: tag } : {},
        );
      }
      // The service's UPDATE repeats the check atomically (src/platform/precondition.ts); `*` names no version.
      const ctx = c.get("ctx");
      if (ctx && current?.updatedAt && ifMatch.trim() !== "*") c.set("ctx", { ...ctx, expectedUpdatedAt: current.updatedAt });
      await next();
    });
  };
}

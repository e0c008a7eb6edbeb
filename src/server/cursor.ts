import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./http.js";
import { decodeCursor, encodeCursor } from "../platform/cursor.js";
import { problem } from "./problem.js";
import { wrapJson } from "./json-body.js";

// One paging style on every list: `limit`, and an opaque `cursor` taken from the previous page's `nextCursor`
// (null on the last page). A cursor is base64url JSON:
// - `{"k": [...]}` (keyset): the sort values of the last row. A list that pages by keyset (companies) reads it
//   itself and continues strictly after that row, so rows inserted or changed meanwhile cause no duplicate and no
//   skipped row.
// - `{"o": n}` (offset): every other paged list. This middleware turns it into `offset=n` before the route
//   validates the query and adds `nextCursor` to the page it answers. Such pages are stable while the list does
//   not change ahead of the cursor. ADR 0010 says which lists page how. The middleware adds `nextCursor` to the
//   value the route hands to `c.json` (json-body.ts), so it never re-reads an answer.

const isPage = (b: unknown): b is { items: unknown[]; total: number; limit: number; offset: number; nextCursor?: string | null } =>
  !!b &&
  typeof b === "object" &&
  Array.isArray((b as { items?: unknown }).items) &&
  typeof (b as { total?: unknown }).total === "number" &&
  typeof (b as { offset?: unknown }).offset === "number";

/** Offset cursors for every paged list under the path it is mounted on; keyset cursors pass through. */
export function cursorPaging(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const raw = c.req.query("cursor");
    if (raw !== undefined) {
      const cursor = decodeCursor(raw);
      if (!cursor)
        return problem(c, 422, "validation", "The cursor is not valid: pass a page's nextCursor unchanged.", {
          errors: [{ path: "cursor", message: "Not a cursor of this API." }],
        });
      if (cursor.o !== undefined) {
        const url = new URL(c.req.url);
        url.searchParams.delete("cursor");
        url.searchParams.set("offset", String(cursor.o));
        c.req.raw = new Request(url, c.req.raw);
      }
    }
    // The page gets its nextCursor as the handler serialises it: no answer is parsed again.
    wrapJson(c, (value) => {
      if (!isPage(value) || value.nextCursor !== undefined) return value;
      const end = value.offset + value.items.length;
      return { ...value, nextCursor: value.items.length > 0 && end < value.total ? encodeCursor({ o: end }) : null };
    });
    await next();
  };
}

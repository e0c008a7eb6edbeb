// Keyset pages of lists the server reads whole anyway (the rows of one parent — an engagement's tasks, a story's
// consents — or lists computed in memory, like the portfolio's health). The list's order is given by its key
// columns, ending in a unique one (the id) so the order is total; a cursor carries the last row's key values and
// the next page starts strictly after that key. Rows inserted, changed or removed meanwhile therefore cause no
// duplicate and no skipped row among those that stayed put (ADR 0010). Lists too long to read whole page by keyset
// in SQL instead (companies, contacts, engagements, audit: `sqlKeyset` below).
import { and, or, sql, type SQL } from "drizzle-orm";
import { AppError } from "../shared/app-error.js";
import { decodeCursor, encodeCursor } from "./cursor.js";

export type KeyValue = string | number | null;
export interface KeyPart<T> {
  /** The row's value of this key column (a Date is compared by its ISO text). */
  value: (row: T) => string | number | boolean | Date | null | undefined;
  desc?: boolean;
  /** Compare strings as people read them (en collation) rather than by code point. */
  text?: boolean;
}

const collator = new Intl.Collator("en", { sensitivity: "variant", numeric: false });

function norm(v: string | number | boolean | Date | null | undefined): KeyValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

/** Nulls after every value (in ascending order), numbers before strings. */
function compareValue(a: KeyValue, b: KeyValue, text: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  if (text) {
    const c = collator.compare(a, b);
    if (c !== 0) return c;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys<T>(keys: KeyPart<T>[], a: KeyValue[], b: KeyValue[]): number {
  for (let i = 0; i < keys.length; i++) {
    const c = compareValue(a[i], b[i], keys[i].text ?? false);
    if (c !== 0) return keys[i].desc ? -c : c;
  }
  return 0;
}

export function invalidCursor(): AppError {
  return new AppError("validation", "The cursor is not valid for this list.", {
    errors: [{ path: "cursor", message: "Pass a page's nextCursor of the same list and sort unchanged." }],
  });
}

/** The key values a cursor carries, or null for the first page; throws a 422 for a cursor of another list. */
export function cursorKey(cursor: string | undefined, length: number): KeyValue[] | null {
  if (cursor === undefined) return null;
  const c = decodeCursor(cursor);
  if (!c?.k || c.k.length !== length) throw invalidCursor();
  return c.k;
}

export interface KeysetPage<T> {
  items: T[];
  total: number;
  limit: number;
  offset: 0;
  nextCursor: string | null;
}

/** Sorts `rows` by `keys` and answers the `limit` rows after the cursor's key. */
export function pageByKey<T>(rows: T[], keys: KeyPart<T>[], q: { limit: number; cursor?: string }): KeysetPage<T> {
  const after = cursorKey(q.cursor, keys.length);
  const keyed = rows.map((row) => ({ row, key: keys.map((k) => norm(k.value(row))) }));
  keyed.sort((a, b) => compareKeys(keys, a.key, b.key));
  const rest = after ? keyed.filter((r) => compareKeys(keys, r.key, after) > 0) : keyed;
  const page = rest.slice(0, q.limit);
  const more = rest.length > q.limit;
  return {
    items: page.map((r) => r.row),
    total: rows.length,
    limit: q.limit,
    offset: 0,
    nextCursor: more ? encodeCursor({ k: page[page.length - 1].key }) : null,
  };
}

/** A key column of a SQL keyset: its expression, direction and PostgreSQL type (values travel as text). */
export interface SqlKey {
  col: SQL;
  dir: "asc" | "desc";
  type: string;
}

/** Rows strictly after `after` in the order of `keys`: (k1 > v1) or (k1 = v1 and k2 > v2) or … ("<" descending). */
export function afterKeySql(keys: SqlKey[], after: KeyValue[]): SQL {
  const typed = (i: number) => sql`${after[i] === null ? null : String(after[i])}::${sql.raw(keys[i].type)}`;
  const ors = keys.map((k, i) => {
    const eqs = keys.slice(0, i).map((p, j) => sql`${p.col} = ${typed(j)}`);
    const cmp = k.dir === "asc" ? sql`${k.col} > ${typed(i)}` : sql`${k.col} < ${typed(i)}`;
    return and(...eqs, cmp)!;
  });
  return sql`(${or(...ors)})`;
}

/** The ORDER BY of a SQL keyset. */
export function orderSql(keys: SqlKey[]): SQL[] {
  return keys.map((k) => (k.dir === "asc" ? sql`${k.col} asc` : sql`${k.col} desc`));
}

/** Selected columns `k0…kn` holding the key values as text, for the next cursor. */
export function keyColumns(keys: SqlKey[]): Record<string, SQL<string>> {
  return Object.fromEntries(keys.map((k, i) => [`k${i}`, sql<string>`(${k.col})::text`]));
}

/** The next cursor from the last row of a page read with `keyColumns` (null when the page was not full). */
export function nextKeyCursor(rows: Array<Record<string, unknown>>, keys: SqlKey[], limit: number): string | null {
  const last = rows[rows.length - 1];
  return rows.length === limit && last ? encodeCursor({ k: keys.map((_, i) => (last[`k${i}`] as string | null) ?? null) }) : null;
}

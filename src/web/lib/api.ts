/** The one way the web app talks to /api/v1: JSON in, JSON out, RFC 9457 problems as ApiError. */

export interface FieldError {
  path: string;
  message: string;
  /** Stable code of the message (some rules), with its params, for a translation; `message` is English. */
  code?: string;
  params?: Record<string, string | number | boolean | null>;
}

/** An error answer of the API (problem+json), or a network failure (status 0, code "network"). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail);
  }

  /** The message of the field at `path` (exact, or the first of its children). */
  fieldError(path: string): string | undefined {
    return (this.errors.find((e) => e.path === path) ?? this.errors.find((e) => e.path.startsWith(`${path}.`)))?.message;
  }
}

type Query = Record<string, string | number | boolean | undefined | null | string[]>;

export interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  query?: Query;
  body?: unknown;
  form?: FormData;
  signal?: AbortSignal;
}

/** Builds a query string, leaving out empty values; arrays are comma-joined. */
export function toQueryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "" || v === false) continue;
    if (Array.isArray(v)) {
      if (v.length) params.set(k, v.join(","));
    } else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

const listeners = new Set<(e: ApiError) => void>();
/** Called for every API error (the shell watches for two_factor_required and 401). */
export function onApiError(fn: (e: ApiError) => void) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Reads the page a cold load opens will make, started before the page's code has arrived (preloadApi, called by
 * preloadRoute at boot), so the session, the page's data and the parts below it come in one round trip alongside the
 * scripts instead of one after another. Each is taken once, by the first `api()` GET of the same URL within a few
 * seconds. An answer that depends on the session (401, 403) or a server error is not taken but asked again, so a
 * sign-in in between is never answered by the 401 from before it; a 404 is an answer like any other. Any write
 * drops what is left.
 */
const PRELOAD_TTL_MS = 10_000;
const preloaded = new Map<string, { at: number; res: Promise<{ status: number; text: string } | null> }>();

export function preloadApi(paths: string[]): void {
  for (const path of paths) {
    const url = `/api/v1${path}`;
    if (preloaded.has(url)) continue;
    // The body is read at once: an answer no part takes must not hold its connection open.
    const res = fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" }).then(
      async (r) => {
        const text = await r.text();
        return r.status < 500 && r.status !== 401 && r.status !== 403 ? { status: r.status, text } : null;
      },
      () => null,
    );
    preloaded.set(url, { at: Date.now(), res });
  }
}

/** The preloaded reads no page has taken yet (a test checks that a page takes every read preloaded for it). */
export function unusedPreloads(): string[] {
  return [...preloaded.keys()];
}

async function takePreloaded(url: string): Promise<Response | null> {
  const hit = preloaded.get(url);
  if (!hit) return null;
  preloaded.delete(url);
  if (Date.now() - hit.at > PRELOAD_TTL_MS) return null;
  const answer = await hit.res.catch(() => null);
  return answer && new Response(answer.status === 204 ? null : answer.text, { status: answer.status });
}

/** Calls the API; resolves with the parsed JSON (or undefined for 204), rejects with ApiError. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(opts.body);
  }
  const url = `/api/v1${path}${toQueryString(opts.query)}`;
  const method = opts.method ?? (body ? "POST" : "GET");
  if (method !== "GET") preloaded.clear();
  let res: Response;
  try {
    res =
      (method === "GET" && (await takePreloaded(url))) ||
      (await fetch(url, {
        method,
        headers,
        body,
        credentials: "same-origin",
        signal: opts.signal,
      }));
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    const err = new ApiError(0, "network", "");
    for (const l of listeners) l(err);
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const p = (data ?? {}) as Record<string, unknown>;
    const err = new ApiError(
      res.status,
      typeof p.code === "string" ? p.code : `http_${res.status}`,
      typeof p.detail === "string" ? p.detail : res.statusText,
      Array.isArray(p.errors) ? (p.errors as FieldError[]) : [],
      p,
    );
    for (const l of listeners) l(err);
    throw err;
  }
  return data as T;
}

/** A page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/**
 * Every item of a list endpoint, following `nextCursor` page by page (500 items a request). Fields other than the
 * page's own (`items`, `nextCursor`…) come from the first page; `total` is the server's count.
 */
export async function apiAll<R extends { items: unknown[] }>(path: string, opts: RequestOptions = {}): Promise<R> {
  const first = await api<R & { nextCursor?: string | null }>(path, { ...opts, query: { ...opts.query, limit: 500 } });
  const items = [...first.items];
  let cursor = first.nextCursor;
  // A bound, so a server that answers the same cursor again cannot loop the page forever.
  for (let pages = 1; cursor && pages < 1000; pages++) {
    const next = await api<R & { nextCursor?: string | null }>(path, { ...opts, query: { ...opts.query, limit: 500, cursor } });
    items.push(...next.items);
    cursor = next.nextCursor;
  }
  return { ...first, items, nextCursor: null };
}

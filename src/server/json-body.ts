import type { Context, MiddlewareHandler } from "hono";

// Every JSON answer is serialised once. Middlewares that need an answer's content afterwards — the ETag (a hash of
// the bytes sent), `Location` (the created resource's id), compression (the bytes) — read what the handler gave
// `c.json` from here instead of cloning and re-reading the response body, which would also turn the fast response
// path of @hono/node-server into a stream. A middleware that replaces the response (a new Response object) simply
// finds nothing here and falls back to reading the body.

interface Serialised {
  value: unknown;
  text: string;
}

const answers = new WeakMap<Response, Serialised>();

/** The value and JSON text `res` was made from with `c.json`, when `res` is still that very response. */
export function serialisedJson(res: Response): Serialised | undefined {
  return answers.get(res);
}

/** Wraps `c.json` for this request: `transform` (optional) may replace the value before it is serialised. */
export function wrapJson(c: Context, transform?: (value: unknown) => unknown): void {
  const inner = c.json as unknown as (value: unknown, ...rest: unknown[]) => Response;
  c.json = ((value: unknown, ...rest: unknown[]) => inner(transform ? transform(value) : value, ...rest)) as typeof c.json;
}

/** Remembers the value and text of every `c.json` answer (outermost wrap: it serialises). */
export function rememberJson(): MiddlewareHandler {
  return async (c, next) => {
    c.json = ((value: unknown, arg?: unknown, headers?: Record<string, string | string[]>) => {
      const text = JSON.stringify(value);
      const res = (c.body as unknown as (data: string, arg?: unknown, headers?: unknown) => Response)(text, arg, {
        "Content-Type": "application/json",
        ...headers,
      });
      answers.set(res, { value, text });
      return res;
    }) as typeof c.json;
    await next();
  };
}

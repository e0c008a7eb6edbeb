import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { FieldError } from "../shared/app-error.js";
import { disallowedCharacter, MAX_JSON_BODY_BYTES, TEXT_LIMITS } from "../shared/text-input.js";
import { problem } from "./problem.js";

// The one place that keeps malformed text away from the services: every request under /api passes here before
// any route (better-auth's included). What a route's own schema says comes after; this guard only refuses what
// no field may hold (NUL and other control characters, lone surrogates, strings over the absolute limits) and
// bodies over the size limit, before the body is read. Path parameters and multipart form fields are checked by
// the routers' validation hook (`checkValidated`), which knows their names.

const MAX_ERRORS = 20;
const MAX_DEPTH = 64;
const KEY_LIMIT = 200;

/** Collects the field errors of one decoded value (a JSON body, a form, a set of parameters). */
export function textErrors(value: unknown, maxString: number = TEXT_LIMITS.document): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Array<{ v: unknown; path: string[] }> = [{ v: value, path: [] }];
  const name = (path: string[]) => path.join(".") || "(root)";
  const checkString = (s: string, path: string[], limit: number) => {
    const bad = disallowedCharacter(s);
    if (bad) {
      errors.push({
        path: name(path),
        message: `Contains a character that is not allowed (${bad.char} at position ${bad.position + 1}).`,
        code: "invalid_characters",
        params: { char: bad.char, position: bad.position + 1 },
      });
    } else if (s.length > limit) {
      errors.push({ path: name(path), message: `Too long: at most ${limit} characters.`, code: "too_long", params: { maximum: limit } });
    }
  };
  while (stack.length && errors.length < MAX_ERRORS) {
    const { v, path } = stack.pop()!;
    if (typeof v === "string") checkString(v, path, maxString);
    else if (typeof File !== "undefined" && v instanceof File) checkString(v.name, [...path, "name"], TEXT_LIMITS.name);
    else if (v && typeof v === "object") {
      if (path.length >= MAX_DEPTH) {
        errors.push({
          path: name(path),
          message: `Nested too deeply: at most ${MAX_DEPTH} levels.`,
          code: "too_deep",
          params: { maximum: MAX_DEPTH },
        });
        continue;
      }
      const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, x] = entries[i];
        if (!Array.isArray(v)) {
          const before = errors.length;
          checkString(k, [...path, k], KEY_LIMIT);
          if (errors.length > before) continue;
        }
        stack.push({ v: x, path: [...path, k] });
      }
    }
  }
  return errors;
}

/** A query parameter's name for an error message, however it was encoded. */
function safeName(key: string): string {
  try {
    return decodeURIComponent(key).slice(0, KEY_LIMIT);
  } catch {
    return key.slice(0, KEY_LIMIT);
  }
}

/** The 422 answer for field errors found by the guard. */
export function invalidText(c: Context, errors: FieldError[]) {
  return problem(c, 422, "validation", "The request is not valid.", { errors });
}

const jsonType = /^application\/([\w.-]+\+)?json$/i;
const mediaType = (c: Context) => (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();

const jsonBodyLimit = bodyLimit({
  maxSize: MAX_JSON_BODY_BYTES,
  onError: (c) =>
    problem(c, 413, "payload_too_large", `The request body is too large: the limit is ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`),
});

export interface InputGuardOptions {
  /** Whether this request is a file upload to a route that sets its own, larger limit (src/server/upload-limit.ts). */
  isUpload: (method: string, path: string) => boolean;
}

/**
 * Body-size limit (1 MB unless the route is an upload with its own limit), then the text of every query
 * parameter and of a JSON or URL-encoded body: NUL, control characters and lone surrogates answer 422 naming the
 * field; so does a string over the absolute limits (TEXT_LIMITS). better-auth's paths are checked the same way.
 */
export function inputGuard(opts: InputGuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const type = mediaType(c);
    if (!(type === "multipart/form-data" && opts.isUpload(c.req.method, c.req.path))) {
      let within = false;
      const refused = await jsonBodyLimit(c, async () => {
        within = true;
      });
      if (!within) return refused as Response;
    }

    const errors: FieldError[] = [];
    // Percent-encoding that is not UTF-8 (a lone surrogate, a stray byte) is refused rather than taken literally.
    const search = new URL(c.req.url).search.slice(1);
    for (const pair of search ? search.split("&") : []) {
      const [key, value = ""] = pair.split("=", 2);
      for (const part of [key, value]) {
        try {
          decodeURIComponent(part.replace(/\+/g, " "));
        } catch {
          errors.push({ path: safeName(key), message: "Not valid UTF-8 percent-encoding.", code: "invalid_encoding" });
          break;
        }
      }
    }
    const query = c.req.queries();
    for (const [key, values] of Object.entries(query)) {
      for (const v of values) errors.push(...textErrors({ [key]: v }, TEXT_LIMITS.query));
    }
    if (c.req.path.startsWith("/api/auth/")) {
      const segments = new URL(c.req.url).pathname.split("/").filter(Boolean);
      for (const s of segments) {
        let decoded: string;
        try {
          decoded = decodeURIComponent(s);
        } catch {
          decoded = s;
        }
        const found = textErrors({ "(path)": decoded }, TEXT_LIMITS.pathSegment);
        errors.push(...found);
      }
    }
    if (errors.length) return invalidText(c, errors.slice(0, MAX_ERRORS));

    if (c.req.raw.body && (jsonType.test(type) || type === "application/x-www-form-urlencoded")) {
      const text = await c.req.text();
      let value: unknown;
      if (jsonType.test(type)) {
        if (text.trim() === "") return next();
        try {
          value = JSON.parse(text);
        } catch {
          return problem(c, 400, "bad_request", "The request body is not valid JSON.");
        }
      } else {
        value = Object.fromEntries(new URLSearchParams(text));
      }
      const found = textErrors(value);
      if (found.length) return invalidText(c, found);
    }
    return next();
  };
}

/**
 * What the routers' validation hook adds: path parameters and multipart form fields (file names included) get
 * the same character and length checks as bodies and queries, under their own names.
 */
export function checkValidated(target: string, data: unknown): FieldError[] {
  if (target === "param") return textErrors(data, TEXT_LIMITS.pathSegment);
  if (target === "form") return textErrors(data);
  return [];
}

/** The request to hand to a handler that reads the raw request itself (better-auth), after the guard read its body. */
export async function forwardedRequest(c: Context, headers: Headers): Promise<Request> {
  const raw = c.req.raw;
  if (!("text" in c.req.bodyCache) || raw.method === "GET" || raw.method === "HEAD") return new Request(raw, { headers });
  return new Request(raw.url, { method: raw.method, headers, body: await c.req.text(), signal: raw.signal });
}

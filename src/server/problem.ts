import type { Context } from "hono";
import { ZodError } from "zod";
import { AppError, type FieldError } from "../shared/app-error.js";
import { log } from "../platform/logger.js";

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Content Too Large",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** An RFC 9457 problem+json response. */
export function problem(c: Context, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  const body = {
    type: `https://partnerwise.dev/problems/${code.toLowerCase()}`,
    title: TITLES[status] ?? "Error",
    status,
    code,
    detail,
    instance: c.req.path,
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json; charset=utf-8" },
  });
}

/**
 * better-auth's own error answers (`{code, message}` JSON, or an empty body) as problem+json: its `code` stays the
 * problem's `code` (the web app translates it), its message becomes `detail` and stays as `message` too, which is
 * what better-auth's client reads. Headers (cookies, Retry-After) are kept; a 5xx body is logged and hidden.
 */
export async function authProblem(c: Context, res: Response): Promise<Response> {
  if (res.status < 400) return res;
  const type = res.headers.get("content-type") ?? "";
  const text = await res.text();
  let body: Record<string, unknown> = {};
  if (text && type.includes("json")) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) body = parsed as Record<string, unknown>;
    } catch {
      /* not JSON after all: answered as an empty error */
    }
  } else if (text && !type.includes("problem+json")) body = { message: text.slice(0, 500) };
  if (res.status >= 500) {
    log.error(`better-auth answered ${res.status} on ${c.req.method} ${c.req.path}`, { body: text.slice(0, 2000) });
    body = {};
  }
  const fallback =
    res.status >= 500
      ? "internal"
      : res.status === 429
        ? "rate_limited"
        : res.status === 401
          ? "unauthenticated"
          : res.status === 403
            ? "forbidden"
            : res.status === 404
              ? "not_found"
              : "bad_request";
  const code = typeof body.code === "string" && body.code ? body.code : fallback;
  const detail =
    typeof body.message === "string" && body.message
      ? body.message
      : res.status >= 500
        ? "Something went wrong on our side. It has been logged."
        : res.status === 429
          ? "Too many attempts. Wait a minute and try again."
          : res.statusText || (TITLES[res.status] ?? "Error");
  const { code: _code, message: _message, status: _status, ...rest } = body;
  const answer = problem(c, res.status, code, detail, { ...rest, message: detail });
  res.headers.forEach((value, key) => {
    if (key === "content-type" || key === "content-length") return;
    if (key === "set-cookie") return;
    answer.headers.set(key, value);
  });
  for (const cookie of res.headers.getSetCookie()) answer.headers.append("set-cookie", cookie);
  return answer;
}

/** Field-level details of a zod error. */
export function fieldErrors(err: ZodError): FieldError[] {
  return err.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message, code: i.code }));
}

/** Maps any thrown error to problem+json; unknown errors are logged and hidden. */
export function handleError(err: unknown, c: Context) {
  if (err instanceof AppError) {
    const { status: _s, ...extra } = err.extra;
    return problem(c, err.status, err.code, err.message, extra);
  }
  if (err instanceof ZodError) {
    return problem(c, 422, "validation", "The request is not valid.", { errors: fieldErrors(err) });
  }
  if (err && typeof err === "object" && "status" in err && "message" in err) {
    const status = Number((err as { status: unknown }).status);
    if (status >= 400 && status < 500) {
      return problem(c, status, status === 404 ? "not_found" : "bad_request", String((err as { message: unknown }).message));
    }
  }
  log.error(`unhandled error on ${c.req.method} ${c.req.path}`, { error: err instanceof Error ? err.stack : String(err) });
  return problem(c, 500, "internal", "Something went wrong on our side. It has been logged.");
}

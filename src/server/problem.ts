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
  413: "Content Too Large",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
};

/** An RFC 9457 problem+json response. */
export function problem(c: Context, status: number, code: string, detail: string, extra: Record<string, unknown> = {}) {
  const body = {
    type: `https://partnerwise.dev/problems/${code}`,
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

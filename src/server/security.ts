import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { problem } from "./problem.js";

/**
 * Security headers: a strict CSP (the SPA ships no inline script), no-sniff, no framing, no powerful browser
 * features. A header a handler set itself wins: file downloads keep their `sandbox; default-src 'none'` CSP.
 */
export const securityHeaders = (opts: { https: boolean }) =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    xContentTypeOptions: "nosniff",
    referrerPolicy: "strict-origin-when-cross-origin",
    strictTransportSecurity: opts.https ? "max-age=31536000; includeSubDomains" : false,
    crossOriginEmbedderPolicy: false,
    permissionsPolicy: {
      accelerometer: [],
      browsingTopics: [],
      camera: [],
      displayCapture: [],
      geolocation: [],
      gyroscope: [],
      hid: [],
      magnetometer: [],
      microphone: [],
      midi: [],
      payment: [],
      serial: [],
      usb: [],
    },
    overwrite: false,
  });

/**
 * API answers in JSON are never stored by a browser or proxy (`Cache-Control: no-store`): they hold an
 * organisation's data for the signed-in user. A route that chose its own caching keeps it.
 */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.headers.has("cache-control") || !/json/i.test(c.res.headers.get("content-type") ?? "")) return;
  try {
    c.res.headers.set("Cache-Control", "no-store");
  } catch {
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set("Cache-Control", "no-store");
  }
};

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection for cookie-authenticated writes: the browser's Fetch-Metadata must say same-origin,
 * or the Origin header must be this server's own origin (so scripts that send the right Origin work).
 */
export function csrfGuard(opts: { baseUrl?: string }): MiddlewareHandler {
  const extra = opts.baseUrl ? new URL(opts.baseUrl).origin : undefined;
  return async (c, next) => {
    if (SAFE.has(c.req.method) || !c.req.header("cookie")) return next();
    const site = c.req.header("sec-fetch-site");
    if (site && site !== "same-origin" && site !== "none") {
      return problem(c, 403, "csrf", `Cross-site request refused (Sec-Fetch-Site: ${site}).`);
    }
    const origin = c.req.header("origin");
    const host = new URL(c.req.url).host;
    const own = [`http://${host}`, `https://${host}`, extra].filter(Boolean);
    if (origin && !own.includes(origin)) {
      return problem(
        c,
        403,
        "csrf",
        `Request from origin ${origin} refused; only this server's own origin may write with a session cookie.`,
      );
    }
    if (!origin && !site) {
      return problem(c, 403, "csrf", "A write with a session cookie must send an Origin header.");
    }
    return next();
  };
}

import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import { createAuth, type Auth } from "../domains/auth/auth.js";
import type { AppDeps } from "./deps.js";
import type { AppEnv } from "./http.js";
import { AuthCache, invalidateAuthCache } from "./auth-cache.js";
import { cursorPaging } from "./cursor.js";
import { rememberJson } from "./json-body.js";
import { conditionalRequests } from "./etag.js";
import { idempotency } from "./idempotency.js";
import { locationHeader } from "./location.js";
import { forwardedRequest, inputGuard } from "./input-guard.js";
import { authProblem, handleError, problem } from "./problem.js";
import { mountInternalCli } from "./internal-cli.js";
import { csrfGuard, noStore, securityHeaders } from "./security.js";
import { describeAuthFlows, documentOf } from "./openapi.js";
import { FixedWindowLimiter } from "./rate-limit.js";
import { personOnly, requireOrg, requireSession } from "./tenancy.js";
import { routeTable } from "./route-table.js";
import { apiRouter, publicRouter, sessionRouter } from "./routes.js";
import { publicKnowledgePages } from "../domains/knowledge/knowledge.pages.js";
import { compression } from "./compress.js";
import { renderApiReference } from "./api-reference.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const defaultWebDist = resolve(root, "dist/web");

/** Wires the HTTP application: security, auth, the /api/v1 routes, OpenAPI, and the web app. */
export function createApp(deps: AppDeps) {
  let port = deps.env.PORT;
  const auth: Auth = createAuth({
    database: deps.database,
    secret: deps.secret,
    mailer: deps.mailer,
    baseUrl: deps.env.PARTNERWISE_BASE_URL,
    port: () => port,
    signInRateLimit: deps.env.PARTNERWISE_SIGNIN_RATE_LIMIT,
    rateLimit: deps.rateLimit,
  });
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  // Outermost: compresses every text-like answer (web app, API reference, JSON) the browser accepts compressed.
  app.use(
    "*",
    compression((path) => path.startsWith("/assets/") || path.startsWith("/api/docs/assets/") || path === "/api/openapi.json"),
  );
  app.use("*", securityHeaders({ https: deps.env.PARTNERWISE_BASE_URL?.startsWith("https://") ?? false }));
  app.use("/api/*", noStore);
  // Every JSON answer is serialised once; ETag, Location, paging and compression read it from there.
  app.use("/api/*", rememberJson());
  app.use("/api/*", csrfGuard({ baseUrl: deps.env.PARTNERWISE_BASE_URL }));
  app.use("/api/*", inputGuard({ isUpload: (method, path) => uploadRoutes().some((r) => r.method === method && r.path.test(path)) }));
  // Sessions and memberships are cached for seconds; every change through /api/auth or to the organisation empties it.
  const authCache = new AuthCache();
  app.use("/api/*", invalidateAuthCache(authCache));

  app.get("/api/health", async (c) => {
    await deps.database.query("select 1");
    return c.json({ status: "ok", database: deps.database.kind });
  });

  app.on(["GET", "POST"], "/api/auth/*", async (c) => {
    const headers = new Headers(c.req.raw.headers);
    let ip: string | undefined;
    if (deps.env.PARTNERWISE_TRUST_PROXY) ip = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (!ip) {
      try {
        ip = getConnInfo(c).remote.address;
      } catch {
        ip = "local";
      }
    }
    headers.set("x-partnerwise-client-ip", ip ?? "local");
    return authProblem(c, await auth.handler(await forwardedRequest(c, headers)));
  });

  const v1 = apiRouter();
  const routes = routeTable(app, "/api/");
  const keyLimiter = new FixedWindowLimiter(deps.env.PARTNERWISE_API_KEY_RATE_LIMIT, deps.env.PARTNERWISE_API_KEY_RATE_WINDOW);
  const sessionLimiter = new FixedWindowLimiter(deps.env.PARTNERWISE_SESSION_RATE_LIMIT, deps.env.PARTNERWISE_SESSION_RATE_WINDOW);
  app.use("/api/v1/*", requireSession(auth, deps.database, { key: keyLimiter, session: sessionLimiter }, authCache));
  app.use("/api/v1/*", async (c, next) => {
    // Routes under /api/v1/me, /api/v1/networks and /api/v1/assessment-rounds need a user (a person: no API key) but no active organisation.
    if (
      c.req.path.startsWith("/api/v1/me") ||
      c.req.path.startsWith("/api/v1/networks") ||
      c.req.path.startsWith("/api/v1/invitations") ||
      c.req.path.startsWith("/api/v1/assessment-rounds")
    )
      return personOnly()(c, next);
    return requireOrg(deps.database, authCache)(c, next);
  });
  app.use("/api/v1/*", idempotency(deps.database));
  app.use(
    "/api/v1/*",
    conditionalRequests((req) => app.fetch(req)),
  );
  app.use("/api/v1/*", cursorPaging());
  app.use("/api/v1/*", locationHeader(routes));
  app.route("/api/v1", sessionRouter(deps, auth));
  app.route("/api/v1", v1);
  app.route("/api", publicRouter(deps));

  describeAuthFlows(app);
  const apiDocument = documentOf(app);
  app.get("/api/openapi.json", (c) => c.json(apiDocument()));
  // Routes that take a multipart upload set their own body limit (src/server/upload-limit.ts); read once from the
  // OpenAPI document, so a new upload route is known without a list to keep.
  let uploads: Array<{ method: string; path: RegExp }> | undefined;
  const uploadRoutes = () =>
    (uploads ??= Object.entries(app.getOpenAPI31Document({ openapi: "3.1.0", info: { title: "", version: "" } }).paths ?? {}).flatMap(
      ([path, item]) =>
        Object.entries(item ?? {})
          .filter(
            ([, op]) =>
              typeof op === "object" && op && "requestBody" in op && JSON.stringify(op.requestBody ?? {}).includes("multipart/form-data"),
          )
          .map(([method]) => ({ method: method.toUpperCase(), path: new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`) })),
    ));
  // The reference is HTML built once from the document (no script to run); Swagger UI, to try calls, at /api/docs/try.
  let reference: string | undefined;
  app.get("/api/docs", (c) => {
    reference ??= renderApiReference(apiDocument() as Record<string, unknown>);
    c.header("Cache-Control", "no-cache");
    return c.html(reference);
  });
  app.get("/api/docs/try", (c) => c.html(docsPage));
  app.get("/api/docs/init.js", (c) => c.body(docsInit, 200, { "Content-Type": "text/javascript" }));
  app.use(
    "/api/docs/assets/*",
    serveStatic({
      root: resolve(root, "node_modules/swagger-ui-dist"),
      rewriteRequestPath: (p) => p.replace(/^\/api\/docs\/assets/, ""),
      onFound: (_p, c) => c.header("Cache-Control", "public, max-age=86400"),
    }),
  );
  app.all("/api/*", (c) => {
    const allow = routes.methodsFor(c.req.path);
    if (allow.length === 0) return problem(c, 404, "not_found", `No API route ${c.req.method} ${c.req.path}.`);
    const res = problem(c, 405, "method_not_allowed", `${c.req.path} does not take ${c.req.method}; it takes ${allow.join(", ")}.`, {
      allow,
    });
    res.headers.set("Allow", allow.join(", "));
    return res;
  });
  if (deps.cliSecret) mountInternalCli(app, { database: deps.database, auth, secret: deps.cliSecret });

  app.route("/", publicKnowledgePages(deps));

  const webDist = deps.env.PARTNERWISE_WEB_DIR ? resolve(deps.env.PARTNERWISE_WEB_DIR) : defaultWebDist;
  if (existsSync(webDist)) {
    const index = readFileSync(resolve(webDist, "index.html"), "utf8");
    app.use(
      "/assets/*",
      serveStatic({ root: webDist, onFound: (_p, c) => c.header("Cache-Control", "public, max-age=31536000, immutable") }),
    );
    app.use("*", serveStatic({ root: webDist }));
    app.get("*", (c) => c.html(index));
  } else {
    app.get("*", (c) => c.text("The web app is not built. Run `npm run build` (npm start does it for you).", 503));
  }
  return { app, auth, setPort: (p: number) => (port = p) };
}

const docsPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partnerwise API reference</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="swagger"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;
// Operations and schemas start collapsed: drawing the whole document expanded is most of the page's load time.
const docsInit = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger", deepLinking: true, docExpansion: "none", defaultModelsExpandDepth: -1 });`;

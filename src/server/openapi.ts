import { z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./http.js";
import { errorResponses } from "./http.js";
import { Problem } from "./problem-schema.js";

// The OpenAPI 3.1 document at /api/openapi.json, made for client generators: the routes' own descriptions (zod),
// the /api/auth flows a script needs, and what is the same for every operation — security, X-Organization-Id,
// operationIds, the shared Problem schema and the common error statuses — added here in one place.

type Json = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

/** Routes under /api/v1 that act for a person, not an organisation: a session only, no X-Organization-Id. */
const PERSON_ROUTES = /^\/api\/v1\/(me|networks|invitations|assessment-rounds)(\/|$)/;

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** Error responses every operation of a kind can answer: `#/components/responses/<name>`, added where a route
 * does not describe its own, and used instead of the routers' generic copies (http.ts `errorResponses`). */
const COMMON: Record<number, { name: string; description: string }> = {
  401: { name: "Unauthorized", description: "Not signed in, or the API key is unknown, revoked or expired (`WWW-Authenticate: Bearer`)" },
  403: {
    name: "Forbidden",
    description: "Role too low, two-factor required, a cross-site write, or an organisation the caller does not belong to",
  },
  404: { name: "NotFound", description: "Not found in your organisation" },
  409: { name: "Conflict", description: "Conflicts with the current state: a duplicate, a decided record, or a domain rule (`rule`)" },
  412: {
    name: "PreconditionFailed",
    description: "`If-Match` names an older ETag: nothing was written; `currentEtag` has the tag now (a resource that is gone answers 404)",
  },
  413: { name: "ContentTooLarge", description: "The body is larger than the limit (1 MB; uploads: their own limit)" },
  422: { name: "UnprocessableContent", description: "Validation failed, with field-level `errors`" },
  429: {
    name: "TooManyRequests",
    description: "Too many requests with this API key or by this signed-in person (`Retry-After`, `RateLimit-*` header fields)",
  },
};
const GENERIC = new Set(Object.values(errorResponses).map((r) => r.description));

const RATE_LIMIT_HEADERS = {
  "RateLimit-Policy": {
    description:
      'The caller\'s quota policy: `"api-key";q=600;w=60` per API key, `"session";q=3000;w=60` per signed-in person (draft-ietf-httpapi-ratelimit-headers)',
    schema: { type: "string" },
  },
  RateLimit: { description: 'Where the caller stands, e.g. `"api-key";r=599;t=42` or `"session";r=2990;t=42`', schema: { type: "string" } },
  "RateLimit-Limit": { description: "Requests allowed per window (per API key, or per signed-in person)", schema: { type: "integer" } },
  "RateLimit-Remaining": { description: "Requests left in this window", schema: { type: "integer" } },
  "RateLimit-Reset": { description: "Seconds until the window resets", schema: { type: "integer" } },
};

const HTTP_PARAMETERS = {
  IfMatch: {
    name: "If-Match",
    in: "header",
    required: false,
    description: "Write only if the resource still has this ETag (from a GET); otherwise 412.",
    schema: { type: "string" },
  },
  IfNoneMatch: {
    name: "If-None-Match",
    in: "header",
    required: false,
    description: "Answer 304 without a body while the resource still has this ETag.",
    schema: { type: "string" },
  },
};
const HTTP_HEADERS = {
  ETag: { description: "Strong entity tag of this representation, for `If-None-Match` and `If-Match`", schema: { type: "string" } },
  Location: { description: "URL of the created resource", schema: { type: "string" } },
};

export const DOCUMENT_CONFIG = {
  openapi: "3.1.0",
  info: {
    title: "Partnerwise API",
    version: "1",
    license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    description: [
      "REST API of Partnerwise. Errors are RFC 9457 `application/problem+json` (`#/components/schemas/Problem`).",
      "",
      "**Scripts** use an API key (`Authorization: Bearer pw_…`, created by an organisation's admin in Settings → API keys or with `POST /api/v1/api-keys`): it acts in its organisation with its role, needs no cookie and no `Origin`, and is rate-limited (`RateLimit-*` header fields).",
      "",
      "**Sessions**: `POST /api/auth/sign-up/email` or `/api/auth/sign-in/email` set the session cookie; `POST /api/auth/organization/create` (with a `slug`) and `/api/auth/organization/set-active` choose the organisation (or send `X-Organization-Id`). Writes with a cookie must send this server's `Origin`.",
      "",
      "Timestamps (fields ending in `At`) are RFC 3339 date-times in UTC; calendar days (fields ending in `On`) are `YYYY-MM-DD`.",
    ].join("\n"),
  },
  servers: [{ url: "/", description: "This server" }],
} as const;

const User = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    locale: z.string().nullish(),
    twoFactorEnabled: z.boolean().nullish(),
  })
  .meta({ id: "AuthUser" });
const Session = z
  .looseObject({ id: z.string(), userId: z.string(), expiresAt: z.string(), activeOrganizationId: z.string().nullish() })
  .meta({ id: "AuthSession" });
const AuthOrganization = z
  .looseObject({
    id: z.string(),
    name: z.string(),
    slug: z.string(),
    createdAt: z.string(),
    logo: z.string().nullish(),
    metadata: z.unknown().optional(),
  })
  .meta({ id: "AuthOrganization" });
const authTags = ["Authentication"];
const cookieSecurity = [{ sessionCookie: [] }];
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { "application/json": { schema } }, required: true } });
const ok = <T extends z.ZodType>(schema: T, description: string) => ({ 200: { description, content: { "application/json": { schema } } } });
const authErrors = {
  400: problem("Bad request"),
  401: problem("Wrong e-mail or password, or not signed in"),
  403: problem("Refused (e.g. a cross-site write, or two-factor required)"),
  422: problem("Not valid"),
  429: problem("Too many attempts; `Retry-After`"),
};

/** Describes the better-auth endpoints a script needs (served by better-auth under /api/auth, not by our routers). */
export function describeAuthFlows(app: OpenAPIHono<AppEnv>): void {
  const r = app.openAPIRegistry;
  r.register("Problem", Problem);
  r.registerPath({
    method: "post",
    path: "/api/auth/sign-up/email",
    operationId: "signUpEmail",
    tags: authTags,
    summary: "Create an account and sign in (sets the session cookie)",
    security: [],
    request: body(
      z.object({
        name: z.string().min(1),
        email: z.email(),
        password: z.string().min(10).meta({ description: "At least 10 characters" }),
        locale: z.enum(["en", "de"]).optional(),
      }),
    ),
    responses: {
      ...ok(z.object({ token: z.string().nullable(), user: User }), "The new user; the response sets the session cookie"),
      ...authErrors,
    },
  });
  r.registerPath({
    method: "post",
    path: "/api/auth/sign-in/email",
    operationId: "signInEmail",
    tags: authTags,
    summary: "Sign in with e-mail and password (sets the session cookie)",
    description:
      'When the account has two-factor sign-in, the answer is `{"twoFactorRedirect": true}` and the session starts after `POST /api/auth/two-factor/verify-totp` `{code}`. Attempts are rate-limited per IP.',
    security: [],
    request: body(z.object({ email: z.email(), password: z.string(), rememberMe: z.boolean().optional() })),
    responses: {
      ...ok(
        z.union([
          z.object({ redirect: z.boolean(), token: z.string(), url: z.string().nullish(), user: User }),
          z.object({ twoFactorRedirect: z.literal(true) }),
        ]),
        "Signed in (the response sets the session cookie), or two-factor sign-in needed",
      ),
      ...authErrors,
    },
  });
  r.registerPath({
    method: "post",
    path: "/api/auth/sign-out",
    operationId: "signOut",
    tags: authTags,
    summary: "End the session",
    security: cookieSecurity,
    request: body(z.object({})),
    responses: { ...ok(z.object({ success: z.boolean() }), "Signed out; the cookie is cleared"), ...authErrors },
  });
  r.registerPath({
    method: "get",
    path: "/api/auth/get-session",
    operationId: "getSession",
    tags: authTags,
    summary: "The current session and user (null when not signed in)",
    security: cookieSecurity,
    responses: { ...ok(z.object({ session: Session, user: User }).nullable(), "The session, or null"), ...authErrors },
  });
  r.registerPath({
    method: "post",
    path: "/api/auth/organization/create",
    operationId: "createOrganization",
    tags: authTags,
    summary: "Create an organisation; the caller becomes its owner and it becomes the session's active one",
    security: cookieSecurity,
    request: body(
      z.object({
        name: z.string().min(1).meta({ example: "Stop Trafficking Berlin e.V." }),
        slug: z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .meta({ description: "Unique short name (lower-case letters, digits, dashes)", example: "stop-trafficking-berlin" }),
        logo: z.string().optional(),
        keepCurrentActiveOrganization: z.boolean().optional(),
      }),
    ),
    responses: {
      ...ok(
        AuthOrganization.extend({ members: z.array(z.looseObject({ id: z.string(), userId: z.string(), role: z.string() })).optional() }),
        "The organisation",
      ),
      ...authErrors,
    },
  });
  r.registerPath({
    method: "post",
    path: "/api/auth/organization/set-active",
    operationId: "setActiveOrganization",
    tags: authTags,
    summary: "Choose the session's active organisation (null: none)",
    security: cookieSecurity,
    request: body(z.object({ organizationId: z.string().nullable() })),
    responses: { ...ok(AuthOrganization.nullable(), "The now active organisation"), ...authErrors },
  });
}

/** `GET /api/v1/companies/{id}/report.pdf` → `getCompaniesByIdReportPdf`: stable, unique, readable. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api(\/v1)?\//, "/")
    .split("/")
    .filter(Boolean)
    .flatMap((seg) => {
      const param = /^\{(.+)\}$/.exec(seg);
      const parts = (param ? param[1] : seg).split(/[^A-Za-z0-9]+/).filter(Boolean);
      const pascal = parts.map((p) => p[0].toUpperCase() + p.slice(1));
      return param ? ["By", ...pascal] : pascal;
    });
  return method.toLowerCase() + words.join("");
}

function walk(node: unknown, visit: (o: Json) => void): void {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === "object") {
    visit(node as Json);
    for (const n of Object.values(node)) walk(n, visit);
  }
}

const isStringType = (t: unknown) => t === "string" || (Array.isArray(t) && t.includes("string"));

/** Completes the generated document; see the file comment. Throws on a duplicate operationId. */
export function finishDocument(generated: Json): Json {
  const doc = structuredClone(generated);
  doc.components ??= {};
  doc.components.securitySchemes = {
    bearerKey: {
      type: "http",
      scheme: "bearer",
      description:
        "An organisation API key (`pw_…`), created by its admins; it acts in the key's organisation with the key's role. Rate-limited per key: every answer carries `RateLimit-Policy`, `RateLimit` and `RateLimit-Limit`/`-Remaining`/`-Reset` (`#/components/headers`); over the limit, 429 with `Retry-After`.",
    },
    sessionCookie: {
      type: "apiKey",
      in: "cookie",
      name: "better-auth.session_token",
      description:
        'The session cookie set by `/api/auth/sign-in/email` (`__Secure-better-auth.session_token` over https). Writes must send this server\'s `Origin`. Rate-limited per signed-in person (all their sessions): every answer carries the `RateLimit-*` header fields with the policy `"session"`; over the limit, 429 with `Retry-After`.',
    },
  };
  doc.components.parameters = {
    ...doc.components.parameters,
    OrganizationId: {
      name: "X-Organization-Id",
      in: "header",
      required: false,
      description: "The organisation to act in (sessions: default the session's active one; API keys: only the key's own).",
      schema: { type: "string" },
    },
    IdempotencyKey: {
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description:
        "Makes a retried POST safe: the same key with the same request replays the first successful answer (kept 24 hours); with a different request, 422.",
      schema: { type: "string", minLength: 1, maxLength: 255, example: "5b8a1f4e-4c1d-4f7e-9a51-0c2f6f3e8d11" },
    },
  };
  doc.components.parameters = { ...doc.components.parameters, ...HTTP_PARAMETERS };
  doc.components.headers = {
    ...doc.components.headers,
    ...RATE_LIMIT_HEADERS,
    ...HTTP_HEADERS,
    "Retry-After": { description: "Seconds to wait before the next request", schema: { type: "integer" } },
  };
  doc.components.responses = {
    ...doc.components.responses,
    ...Object.fromEntries(
      Object.entries(COMMON).map(([status, r]) => [
        r.name,
        {
          ...problem(r.description),
          ...(status === "429"
            ? {
                headers: Object.fromEntries(
                  ["Retry-After", ...Object.keys(RATE_LIMIT_HEADERS)].map((h) => [h, { $ref: `#/components/headers/${h}` }]),
                ),
              }
            : {}),
        },
      ]),
    ),
  };
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries<Json>(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      op.operationId ??= operationIdOf(method, path);
      const where = `${method.toUpperCase()} ${path}`;
      if (seen.has(op.operationId)) throw new Error(`operationId ${op.operationId} of ${where} is also ${seen.get(op.operationId)}'s`);
      seen.set(op.operationId, where);
      if (!path.startsWith("/api/v1/")) {
        // Outside /api/v1 and /api/auth: the calendar feed, whose secret token in the URL is the credential.
        op.security ??= [];
        continue;
      }
      const person = PERSON_ROUTES.test(path);
      op.security ??= person ? [{ sessionCookie: [] }] : [{ bearerKey: [] }, { sessionCookie: [] }];
      if (!person) op.parameters = [...(op.parameters ?? []), { $ref: "#/components/parameters/OrganizationId" }];
      if (method === "post") op.parameters = [...(op.parameters ?? []), { $ref: "#/components/parameters/IdempotencyKey" }];
      const params = (op.parameters ?? []) as Json[];
      const add: number[] = [401, 403, 429];
      if (params.some((p) => p.in === "path")) add.push(404);
      if (op.requestBody || params.some((p) => p.in === "query" || p.in === "path")) add.push(422);
      if (op.requestBody) add.push(413);
      if (method !== "get") add.push(409);
      // The HTTP conventions of every /api/v1 route (README, "HTTP conventions"; src/server/etag.ts, idempotency.ts, location.ts).
      // If-Match is compared with the path's GET: a write to a path without one ignores it, so it is not offered there.
      const conditional = !!item.get;
      const conventions: Record<string, string[]> = {
        get: ["IfNoneMatch"],
        ...(conditional ? { patch: ["IfMatch"], put: ["IfMatch"], delete: ["IfMatch"] } : {}),
      };
      op.parameters = [...(op.parameters ?? []), ...(conventions[method] ?? []).map((n) => ({ $ref: `#/components/parameters/${n}` }))];
      if (method === "post") add.push(422);
      if (conditional && ["patch", "put", "delete"].includes(method)) add.push(412);
      op.responses ??= {};
      for (const [status, res] of Object.entries<Json>(op.responses)) {
        if (COMMON[Number(status)] && GENERIC.has(res.description))
          op.responses[status] = { $ref: `#/components/responses/${COMMON[Number(status)].name}` };
      }
      for (const status of add) op.responses[status] ??= { $ref: `#/components/responses/${COMMON[status].name}` };
      for (const [status, res] of Object.entries<Json>(op.responses)) {
        if (res.$ref) continue;
        if (status === "201" || status === "202") res.headers = { Location: { $ref: "#/components/headers/Location" }, ...res.headers };
        if (method === "get" && status === "200" && res.content?.["application/json"])
          res.headers = { ETag: { $ref: "#/components/headers/ETag" }, ...res.headers };
      }
      if (method === "get" && op.responses["200"]?.content?.["application/json"])
        op.responses["304"] ??= {
          description: "Not modified: `If-None-Match` names the current ETag",
          headers: { ETag: { $ref: "#/components/headers/ETag" } },
        };
    }
  }
  walk(doc, (o) => {
    // Timestamps by the naming convention (`createdAt`, `decidedAt`, the audit log's `at`).
    const props = o.properties as Json | undefined;
    if (props && typeof props === "object") {
      for (const [name, schema] of Object.entries<Json>(props)) {
        if ((/[a-z]At$/.test(name) || name === "at") && schema && isStringType(schema.type) && !schema.format) schema.format = "date-time";
      }
    }
    // zod writes a nullable reference as allOf [ref, {type: [..., "null"]}], which forbids null: say anyOf [ref, null].
    if (
      Array.isArray(o.allOf) &&
      o.allOf.length === 2 &&
      o.allOf[0]?.$ref &&
      Array.isArray(o.allOf[1]?.type) &&
      o.allOf[1].type.includes("null")
    ) {
      o.anyOf = [o.allOf[0], { type: "null" }];
      delete o.allOf;
    }
  });
  return doc;
}

/** The finished document of an app (computed once: the routes do not change while it runs). */
export function documentOf(app: OpenAPIHono<AppEnv>): () => Json {
  let doc: Json | undefined;
  return () => (doc ??= finishDocument(app.getOpenAPI31Document(DOCUMENT_CONFIG as never) as Json));
}

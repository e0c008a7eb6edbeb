// The served OpenAPI document is one a generator can use: every operation named, secured and with its error
// statuses; one Problem schema; the auth flows; X-Organization-Id; date-times; nullables. (`npm run lint:openapi`
// checks it against Redocly's recommended rules.)
import { describe, expect, it } from "vitest";
import { ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();
type Json = Record<string, any>;
const METHODS = ["get", "put", "post", "delete", "patch"];

async function document(): Promise<Json> {
  const res = await app.get().app.request("http://localhost/api/openapi.json");
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

function operations(doc: Json): Array<{ path: string; method: string; op: Json }> {
  return Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] })),
  );
}

describe("the OpenAPI document", () => {
  it("is served as a reference page built on the server: every operation and schema, no script to run", async () => {
    const doc = await document();
    const res = await app.get().app.request("http://localhost/api/docs");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    for (const { op } of operations(doc)) expect(html, op.operationId).toContain(`id="op-${op.operationId}"`);
    for (const name of Object.keys(doc.components.schemas)) expect(html, name).toContain(`id="schema-${name}"`);
    // Shared parameters are shown resolved, and the interactive reference is one link away.
    expect(html).toContain("<code>X-Organization-Id</code>");
    expect(html).toContain('href="/api/docs/try"');
    const swagger = await app.get().app.request("http://localhost/api/docs/try");
    expect(await swagger.text()).toContain("swagger-ui-bundle.js");
  });

  it("names, secures and describes the errors of every operation", async () => {
    const doc = await document();
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(180);
    const ids = ops.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.components.securitySchemes).toMatchObject({
      bearerKey: { type: "http", scheme: "bearer" },
      sessionCookie: { type: "apiKey", in: "cookie" },
    });
    for (const { path, method, op } of ops) {
      const where = `${method} ${path}`;
      expect(Array.isArray(op.security), where).toBe(true);
      if (!path.startsWith("/api/v1/")) continue;
      const person = /^\/api\/v1\/(me|networks|invitations|assessment-rounds)(\/|$)/.test(path);
      expect(op.security, where).toEqual(person ? [{ sessionCookie: [] }] : [{ bearerKey: [] }, { sessionCookie: [] }]);
      const orgHeader = (op.parameters ?? []).some((p: Json) => p.$ref === "#/components/parameters/OrganizationId");
      expect(orgHeader, where).toBe(!person);
      if (method === "post") expect(op.parameters, where).toContainEqual({ $ref: "#/components/parameters/IdempotencyKey" });
      for (const status of ["401", "403"]) expect(op.responses[status], `${where} ${status}`).toBeDefined();
      if (!person) expect(op.responses["429"], where).toBeDefined();
      if (path.includes("{")) expect(op.responses["404"], where).toBeDefined();
      if (op.requestBody) for (const status of ["413", "422"]) expect(op.responses[status], `${where} ${status}`).toBeDefined();
    }
    expect(doc.components.parameters.OrganizationId).toMatchObject({ name: "X-Organization-Id", in: "header", required: false });
  });

  it("has one Problem schema with its required fields and extensions, referenced by every error", async () => {
    const doc = await document();
    const problem = doc.components.schemas.Problem;
    expect(problem.required).toEqual(["type", "title", "status"]);
    for (const ext of ["code", "detail", "errors", "detailCode", "detailParams", "rule", "screening", "screeningId", "reason", "invalid"])
      expect(problem.properties[ext], ext).toBeDefined();
    expect(doc.components.schemas.FieldError.required).toEqual(["path", "message"]);
    const text = JSON.stringify(doc);
    // Every problem+json body in the document is the shared component.
    const schemas = [...text.matchAll(/"application\/problem\+json":\{"schema":(\{[^}]*\})/g)].map((m) => m[1]);
    expect(schemas.length).toBeGreaterThan(0);
    expect(new Set(schemas)).toEqual(new Set(['{"$ref":"#/components/schemas/Problem"}']));
    expect(text.match(/"detailParams"/g)).toHaveLength(1);
  });

  it("describes the auth flows a script needs", async () => {
    const doc = await document();
    for (const [path, method, id] of [
      ["/api/auth/sign-up/email", "post", "signUpEmail"],
      ["/api/auth/sign-in/email", "post", "signInEmail"],
      ["/api/auth/sign-out", "post", "signOut"],
      ["/api/auth/get-session", "get", "getSession"],
      ["/api/auth/organization/create", "post", "createOrganization"],
      ["/api/auth/organization/set-active", "post", "setActiveOrganization"],
    ]) {
      expect(doc.paths[path]?.[method]?.operationId, path).toBe(id);
    }
    const create = doc.paths["/api/auth/organization/create"].post.requestBody.content["application/json"].schema;
    expect(create.required).toEqual(expect.arrayContaining(["name", "slug"]));
  });

  it("types timestamps as date-times, nullable references as nullable, and declares optional bodies", async () => {
    const doc = await document();
    const s = doc.components.schemas;
    expect(s.Company.properties.createdAt).toMatchObject({ type: "string", format: "date-time" });
    expect(s.EngagementStageChange.properties.fromStage).toEqual({
      anyOf: [{ $ref: "#/components/schemas/EngagementStage" }, { type: "null" }],
    });
    const withdraw = doc.paths["/api/v1/consents/{id}/withdraw"].post.requestBody;
    expect(withdraw).toMatchObject({
      required: false,
      content: { "application/json": { schema: { $ref: "#/components/schemas/ConsentWithdrawInput" } } },
    });
    // Real answers match: a stage change's fromStage is null at creation; timestamps parse as RFC 3339.
    const a = await ownerWithOrg(app.get(), "NGO Document");
    const co = (await a.client.post("/api/v1/companies", { name: "Doc GmbH", country: "DE" })).body;
    expect(co.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    const e = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Doc" })).body;
    const stages = (await a.client.get(`/api/v1/engagements/${e.id}/stages`)).body;
    expect(stages.items[0].fromStage).toBeNull();
  });
});

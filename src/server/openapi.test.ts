import { describe, expect, it } from "vitest";
import { finishDocument, operationIdOf } from "./openapi.js";

describe("operationIdOf", () => {
  it("derives a readable, stable id from method and path", () => {
    expect(operationIdOf("get", "/api/v1/companies")).toBe("getCompanies");
    expect(operationIdOf("DELETE", "/api/v1/api-keys/{id}")).toBe("deleteApiKeysById");
    expect(operationIdOf("get", "/api/v1/engagements/{id}/report.pdf")).toBe("getEngagementsByIdReportPdf");
    expect(operationIdOf("put", "/api/v1/screenings/{id}/answers/{criterionKey}")).toBe("putScreeningsByIdAnswersByCriterionKey");
    expect(operationIdOf("get", "/api/ical/{file}")).toBe("getIcalByFile");
  });
});

describe("finishDocument", () => {
  const doc = (paths: object) => ({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths });

  it("refuses two operations with one id", () => {
    expect(() => finishDocument(doc({ "/api/v1/a-b": { get: { responses: {} } }, "/api/v1/a/b": { get: { responses: {} } } }))).toThrow(
      /getAB/,
    );
  });

  it("keeps an id a route gives, and secures /api/v1 by kind", () => {
    const out = finishDocument(
      doc({
        "/api/v1/things/{id}": { post: { operationId: "mine", parameters: [{ in: "path", name: "id" }], responses: {} } },
        "/api/v1/me": { get: { responses: {} } },
      }),
    );
    const post = out.paths["/api/v1/things/{id}"].post;
    expect(post.operationId).toBe("mine");
    expect(post.security).toEqual([{ bearerKey: [] }, { sessionCookie: [] }]);
    expect(Object.keys(post.responses).sort()).toEqual(["401", "403", "404", "409", "422", "429"]);
    expect(out.paths["/api/v1/me"].get.security).toEqual([{ sessionCookie: [] }]);
    expect((out.paths["/api/v1/me"].get.parameters ?? []).map((p: { $ref?: string }) => p.$ref)).not.toContain(
      "#/components/parameters/OrganizationId",
    );
    expect(post.parameters).toEqual([
      { in: "path", name: "id" },
      { $ref: "#/components/parameters/OrganizationId" },
      { $ref: "#/components/parameters/IdempotencyKey" },
    ]);
  });

  it("offers If-Match and 412 on writes to a path with a GET only (elsewhere If-Match is ignored)", () => {
    const write = () => ({ parameters: [{ in: "path", name: "id" }], responses: {} });
    const out = finishDocument(
      doc({
        "/api/v1/things/{id}": { get: { parameters: [{ in: "path", name: "id" }], responses: {} }, patch: write(), delete: write() },
        "/api/v1/notes/{id}": { patch: write(), delete: write() },
      }),
    );
    const refs = (op: { parameters?: Array<{ $ref?: string }> }) => (op.parameters ?? []).map((p) => p.$ref);
    for (const m of ["patch", "delete"]) {
      expect(refs(out.paths["/api/v1/things/{id}"][m])).toContain("#/components/parameters/IfMatch");
      expect(out.paths["/api/v1/things/{id}"][m].responses["412"]).toBeDefined();
      expect(refs(out.paths["/api/v1/notes/{id}"][m])).not.toContain("#/components/parameters/IfMatch");
      expect(out.paths["/api/v1/notes/{id}"][m].responses["412"]).toBeUndefined();
    }
  });
});

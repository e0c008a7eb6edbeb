import { describe, expect, it } from "vitest";
import { Client, isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

describe("platform", () => {
  it("answers health without auth and refuses the API without a session", async () => {
    const anon = new Client(app.get());
    expect((await anon.get("/api/health")).body.status).toBe("ok");
    expect(isProblem(await anon.get("/api/v1/companies"), 401)).toBe(true);
  });

  it("serves an OpenAPI 3.1 document covering the API", async () => {
    const doc = (await new Client(app.get()).get("/api/openapi.json")).body;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/companies", "/api/v1/companies/{id}"]));
  });

  it("sets security headers", async () => {
    const r = await new Client(app.get()).get("/api/health");
    expect(r.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses cookie-authenticated writes from another origin or cross-site", async () => {
    const a = await ownerWithOrg(app.get());
    const evil = await a.client.req("POST", "/api/v1/companies", { name: "X", country: "DE" }, { Origin: "https://evil.example" });
    expect(isProblem(evil, 403)).toBe(true);
    expect(evil.body.code).toBe("csrf");
    const xsite = await a.client.req("POST", "/api/v1/companies", { name: "X", country: "DE" }, { "Sec-Fetch-Site": "cross-site" });
    expect(isProblem(xsite, 403)).toBe(true);
    const ok = await a.client.req("POST", "/api/v1/companies", { name: "X", country: "DE" }, { "Sec-Fetch-Site": "same-origin" });
    expect(ok.status).toBe(201);
  });

  it("keeps the audit log append-only in the database", async () => {
    const a = await ownerWithOrg(app.get());
    await a.client.post("/api/v1/companies", { name: "Audited", country: "DE" });
    const db = app.get().database;
    await expect(db.exec("update audit_log set summary = 'tampered'")).rejects.toThrow(/append-only/);
    await expect(db.exec("delete from audit_log")).rejects.toThrow(/append-only/);
  });
});

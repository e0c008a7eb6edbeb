import { describe, expect, it } from "vitest";
import { Client, isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

describe("HTTP semantics of /api/v1", () => {
  it("refuses unknown body fields with 422 naming them, at the top level and nested", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Strict");
    const r = await a.client.post("/api/v1/companies", { name: "Strict Co", country: "DE", nmae: "typo", color: "red" });
    expect(isProblem(r, 422)).toBe(true);
    expect(r.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["color", "nmae"]);
    expect(r.body.errors[0]).toMatchObject({ code: "unrecognized_keys" });
    expect((await a.client.get("/api/v1/companies?q=Strict")).body.items).toEqual([]);

    const co = (await a.client.post("/api/v1/companies", { name: "Strict Co", country: "DE" })).body;
    const eng = await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Strict partnership", modes: [] });
    expect(eng.status).toBe(201);
    const patch = await a.client.patch(`/api/v1/companies/${co.id}`, { website: "strict.example", extra: { deep: 1 } });
    expect(isProblem(patch, 422)).toBe(true);
    expect(patch.body.errors.map((e: { path: string }) => e.path)).toEqual(["extra"]);
  });

  it("answers 405 with Allow for a wrong method on a known path, and problem+json 404 for unknown paths", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Methods");
    const put = await a.client.req("PUT", "/api/v1/companies", {});
    expect(isProblem(put, 405)).toBe(true);
    expect(put.headers.get("allow")).toBe("GET, HEAD, POST");
    expect(put.body.allow).toEqual(["GET", "HEAD", "POST"]);
    const co = (await a.client.post("/api/v1/companies", { name: "Method Co", country: "DE" })).body;
    const post = await a.client.post(`/api/v1/companies/${co.id}`, {});
    expect(isProblem(post, 405)).toBe(true);
    expect(post.headers.get("allow")).toBe("DELETE, GET, HEAD, PATCH");
    expect(isProblem(await a.client.get("/api/v1/no-such-thing"), 404)).toBe(true);
    expect(isProblem(await new Client(app.get()).get("/api/nothing-here"), 404)).toBe(true);
  });

  it("names the created resource in Location on 201", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Location");
    const co = await a.client.post("/api/v1/companies", { name: "Located Co", country: "DE" });
    expect(co.status).toBe(201);
    expect(co.headers.get("location")).toBe(`/api/v1/companies/${co.body.id}`);
    expect((await a.client.get(co.headers.get("location")!)).body.name).toBe("Located Co");
    const eng = (await a.client.post("/api/v1/engagements", { companyId: co.body.id, title: "Located partnership", modes: [] })).body;
    const commitment = await a.client.post(`/api/v1/engagements/${eng.id}/commitments`, { party: "ngo", description: "Train staff", dueOn: "2030-01-01" });
    expect(commitment.status).toBe(201);
    expect(commitment.headers.get("location")).toBe(`/api/v1/commitments/${commitment.body.id}`);
    const risk = await a.client.post(`/api/v1/engagements/${eng.id}/risks`, { title: "Reputational", likelihood: 2, impact: 3 });
    expect(risk.status).toBe(201);
    expect(risk.headers.get("location")).toBe(`/api/v1/risks/${risk.body.id}`);
  });

  it("replays a POST with the same Idempotency-Key and body, refuses the key for another body, and keeps keys per organisation", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Idem A");
    const b = await ownerWithOrg(app.get(), "NGO Idem B");
    const body = { name: "Idempotent Co", country: "DE" };
    const key = { "Idempotency-Key": "7f1c2b9e-create-company" };
    const first = await a.client.req("POST", "/api/v1/companies", body, key);
    expect(first.status).toBe(201);
    const again = await a.client.req("POST", "/api/v1/companies", body, key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await a.client.get("/api/v1/companies?q=Idempotent")).body.total).toBe(1);

    const other = await a.client.req("POST", "/api/v1/companies", { ...body, name: "Another Co" }, key);
    expect(isProblem(other, 422)).toBe(true);
    expect(other.body.code).toBe("idempotency_key_reused");
    expect(isProblem(await a.client.req("POST", "/api/v1/companies", body, { "Idempotency-Key": "" }), 422)).toBe(true);

    // Organisation B sending A's key gets its own company, never A's response.
    const inB = await b.client.req("POST", "/api/v1/companies", body, key);
    expect(inB.status).toBe(201);
    expect(inB.body.id).not.toBe(first.body.id);
    expect(inB.headers.get("idempotent-replayed")).toBeNull();
    expect((await b.client.get("/api/v1/companies?q=Idempotent")).body.items.map((x: { id: string }) => x.id)).toEqual([inB.body.id]);
    const rows = await app.get().database.query<{ scope: string }>("select scope from idempotency_key where key = $1 order by scope", [key["Idempotency-Key"]]);
    expect(rows.rows.map((r) => r.scope).sort()).toEqual([a.orgId, b.orgId].sort());
  });

  it("runs concurrent duplicates once, and releases a key whose first request failed", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Idem Race");
    const key = { "Idempotency-Key": "race-1" };
    const body = { name: "Raced Co", country: "AT" };
    const results = await Promise.all([1, 2, 3].map(() => a.client.req("POST", "/api/v1/companies", body, key)));
    for (const r of results) expect([201, 409]).toContain(r.status);
    const created = results.filter((r) => r.status === 201);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    expect((await a.client.get("/api/v1/companies?q=Raced")).body.total).toBe(1);

    const bad = await a.client.req("POST", "/api/v1/companies", { name: "", country: "AT" }, { "Idempotency-Key": "retry-after-fix" });
    expect(isProblem(bad, 422)).toBe(true);
    const fixed = await a.client.req("POST", "/api/v1/companies", { name: "Fixed Co", country: "AT" }, { "Idempotency-Key": "retry-after-fix" });
    expect(fixed.status).toBe(201);
  });
});

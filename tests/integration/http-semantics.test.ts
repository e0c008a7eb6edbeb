import { describe, expect, it } from "vitest";
import { parseEnv } from "../../src/platform/env.js";
import { bootApp } from "../../src/server/boot.js";
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
    const commitment = await a.client.post(`/api/v1/engagements/${eng.id}/commitments`, {
      party: "ngo",
      description: "Train staff",
      dueOn: "2030-01-01",
    });
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
    const rows = await app
      .get()
      .database.query<{ scope: string }>("select scope from idempotency_key where key = $1 order by scope", [key["Idempotency-Key"]]);
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
    const fixed = await a.client.req(
      "POST",
      "/api/v1/companies",
      { name: "Fixed Co", country: "AT" },
      { "Idempotency-Key": "retry-after-fix" },
    );
    expect(fixed.status).toBe(201);
  });

  it("tags reads with an ETag, answers 304 to If-None-Match and 412 to a stale If-Match", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Etag");
    const co = (await a.client.post("/api/v1/companies", { name: "Tagged Co", country: "DE" })).body;
    const read = await a.client.get(`/api/v1/companies/${co.id}`);
    const tag = read.headers.get("etag")!;
    expect(tag).toMatch(/^"[\w-]+"$/);
    const notModified = await a.client.req("GET", `/api/v1/companies/${co.id}`, undefined, { "If-None-Match": tag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(tag);
    expect((await a.client.get("/api/v1/companies")).headers.get("etag")).toMatch(/^"/);

    const first = await a.client.req("PATCH", `/api/v1/companies/${co.id}`, { description: "First writer" }, { "If-Match": tag });
    expect(first.status).toBe(200);
    const stale = await a.client.req("PATCH", `/api/v1/companies/${co.id}`, { description: "Second writer" }, { "If-Match": tag });
    expect(isProblem(stale, 412)).toBe(true);
    expect(stale.body.code).toBe("precondition_failed");
    expect((await a.client.get(`/api/v1/companies/${co.id}`)).body.description).toBe("First writer");
    const fresh = (await a.client.get(`/api/v1/companies/${co.id}`)).headers.get("etag")!;
    expect(fresh).not.toBe(tag);
    expect((await a.client.req("GET", `/api/v1/companies/${co.id}`, undefined, { "If-None-Match": tag })).status).toBe(200);
    expect(isProblem(await a.client.req("DELETE", `/api/v1/companies/${co.id}`, undefined, { "If-Match": tag }), 412)).toBe(true);
    expect((await a.client.req("DELETE", `/api/v1/companies/${co.id}`, undefined, { "If-Match": fresh })).status).toBe(204);
    // Gone: 404 as without If-Match (RFC 9110 §13.2.1: preconditions are not evaluated for a request that fails anyway).
    expect(isProblem(await a.client.req("PATCH", `/api/v1/companies/${co.id}`, { description: "x" }, { "If-Match": "*" }), 404)).toBe(true);
  });

  it("lets only one of two concurrent writers with the same If-Match win", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Etag Race");
    const co = (await a.client.post("/api/v1/companies", { name: "Raced Tag Co", country: "DE" })).body;
    const tag = (await a.client.get(`/api/v1/companies/${co.id}`)).headers.get("etag")!;
    const results = await Promise.all(
      ["one", "two"].map((d) => a.client.req("PATCH", `/api/v1/companies/${co.id}`, { description: d }, { "If-Match": tag })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
  });

  it("lets only one of two PATCHes with the same If-Match win across two servers on one database (the UPDATE checks the version)", async () => {
    // A second app on the same database has its own in-process locks, as a second server process would: only the
    // conditional UPDATE (… AND updated_at = the version's instant) can keep both writers from winning.
    const env = parseEnv({ NODE_ENV: "test", PARTNERWISE_LOG_LEVEL: "warn", PARTNERWISE_SECRET: "test-secret-test-secret-test-secret" });
    const second = await bootApp(env, { database: app.get().database, rateLimit: false });
    const a = await ownerWithOrg(app.get(), "NGO Two Servers");
    const b = new Client(second);
    b.cookies = a.client.cookies;
    const co = (await a.client.post("/api/v1/companies", { name: "Two Servers Co", country: "DE" })).body;
    const contact = (await a.client.post("/api/v1/contacts", { name: "Raced Contact", companyId: co.id })).body;
    const eng = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Raced partnership", modes: [] })).body;
    for (const [path, field] of [
      [`/api/v1/companies/${co.id}`, "description"],
      [`/api/v1/contacts/${contact.id}`, "notes"],
      [`/api/v1/engagements/${eng.id}`, "goals"],
    ] as const) {
      for (let round = 0; round < 3; round++) {
        const tag = (await a.client.get(path)).headers.get("etag")!;
        const results = await Promise.all([
          a.client.req("PATCH", path, { [field]: `from one ${round}` }, { "If-Match": tag }),
          b.req("PATCH", path, { [field]: `from two ${round}` }, { "If-Match": tag }),
        ]);
        expect(results.map((r) => r.status).sort(), `${path} round ${round}`).toEqual([200, 412]);
        const winner = results.find((r) => r.status === 200)!;
        expect((await a.client.get(path)).body[field]).toBe(winner.body[field]);
        expect(results.find((r) => r.status === 412)!.contentType).toContain("application/problem+json");
      }
    }
    const deleted = await Promise.all([
      a.client.req("DELETE", `/api/v1/companies/${co.id}`, undefined, {
        "If-Match": (await a.client.get(`/api/v1/companies/${co.id}`)).headers.get("etag")!,
      }),
      b.req(
        "PATCH",
        `/api/v1/companies/${co.id}`,
        { description: "late" },
        { "If-Match": (await b.get(`/api/v1/companies/${co.id}`)).headers.get("etag")! },
      ),
    ]);
    expect(deleted.filter((r) => r.status < 300)).toHaveLength(1);
  });

  it("pages companies by cursor without duplicates or skipped rows while rows are inserted, and syncs with updatedSince", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Cursor");
    for (let i = 0; i < 12; i++) await a.client.post("/api/v1/companies", { name: `Paged ${String(i).padStart(2, "0")}`, country: "DE" });
    const seen: string[] = [];
    let page = (await a.client.get("/api/v1/companies?sort=name&limit=5")).body;
    seen.push(...page.items.map((c: { name: string }) => c.name));
    // Inserted meanwhile: one before the cursor (must not shift the rest), one after it (must appear once).
    await a.client.post("/api/v1/companies", { name: "Paged 00a", country: "DE" });
    await a.client.post("/api/v1/companies", { name: "Paged 99", country: "DE" });
    while (page.nextCursor) {
      page = (await a.client.get(`/api/v1/companies?sort=name&limit=5&cursor=${encodeURIComponent(page.nextCursor)}`)).body;
      seen.push(...page.items.map((c: { name: string }) => c.name));
    }
    expect(new Set(seen).size).toBe(seen.length);
    for (let i = 0; i < 12; i++) expect(seen).toContain(`Paged ${String(i).padStart(2, "0")}`);
    expect(seen).toContain("Paged 99");
    expect(seen).not.toContain("Paged 00a");
    expect(isProblem(await a.client.get("/api/v1/companies?cursor=not-a-cursor"), 422)).toBe(true);

    // Descending by updatedAt (microsecond timestamps) pages through every row once too.
    const byUpdated: string[] = [];
    let p2 = (await a.client.get("/api/v1/companies?sort=-updatedAt&limit=4")).body;
    byUpdated.push(...p2.items.map((c: { id: string }) => c.id));
    while (p2.nextCursor) {
      p2 = (await a.client.get(`/api/v1/companies?sort=-updatedAt&limit=4&cursor=${encodeURIComponent(p2.nextCursor)}`)).body;
      byUpdated.push(...p2.items.map((c: { id: string }) => c.id));
    }
    expect(new Set(byUpdated).size).toBe(14);

    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const changed = page.items[0] ?? (await a.client.get("/api/v1/companies?limit=1")).body.items[0];
    await a.client.patch(`/api/v1/companies/${changed.id}`, { description: "Changed for sync" });
    const synced = (await a.client.get(`/api/v1/companies?sort=updatedAt&updatedSince=${encodeURIComponent(since)}`)).body;
    expect(synced.items.map((c: { id: string }) => c.id)).toEqual([changed.id]);
  });

  it("gives every other paged list a nextCursor too", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Cursor Contacts");
    for (let i = 0; i < 5; i++) await a.client.post("/api/v1/contacts", { name: `Person ${i}` });
    const names: string[] = [];
    let page = (await a.client.get("/api/v1/contacts?limit=2")).body;
    names.push(...page.items.map((c: { name: string }) => c.name));
    let pages = 1;
    while (page.nextCursor) {
      page = (await a.client.get(`/api/v1/contacts?limit=2&cursor=${encodeURIComponent(page.nextCursor)}`)).body;
      names.push(...page.items.map((c: { name: string }) => c.name));
      pages++;
    }
    expect(pages).toBe(3);
    expect(names.sort()).toEqual(["Person 0", "Person 1", "Person 2", "Person 3", "Person 4"]);

    // updatedSince on contacts and engagements.
    const co = (await a.client.post("/api/v1/companies", { name: "Sync Co", country: "DE" })).body;
    const older = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Older", modes: [] })).body;
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const newer = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Newer", modes: [] })).body;
    const person = (await a.client.get("/api/v1/contacts?limit=1")).body.items[0];
    await a.client.patch(`/api/v1/contacts/${person.id}`, { notes: "changed" });
    expect(
      (await a.client.get(`/api/v1/engagements?updatedSince=${encodeURIComponent(since)}`)).body.items.map((e: { id: string }) => e.id),
    ).toEqual([newer.id]);
    expect((await a.client.get(`/api/v1/engagements`)).body.items.map((e: { id: string }) => e.id)).toContain(older.id);
    expect(
      (await a.client.get(`/api/v1/contacts?updatedSince=${encodeURIComponent(since)}`)).body.items.map((c: { id: string }) => c.id),
    ).toEqual([person.id]);
    expect(isProblem(await a.client.get("/api/v1/contacts?updatedSince=yesterday"), 422)).toBe(true);
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { apiKey } from "../../src/domains/api-keys/api-keys.table.js";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account, type Res, type TestApp } from "../setup/app.js";

const RATE_LIMIT = 40;
const SESSION_RATE_LIMIT = 60;
const app = useTestApp({
  PARTNERWISE_API_KEY_RATE_LIMIT: String(RATE_LIMIT),
  PARTNERWISE_API_KEY_RATE_WINDOW: "60",
  PARTNERWISE_SESSION_RATE_LIMIT: String(SESSION_RATE_LIMIT),
  PARTNERWISE_SESSION_RATE_WINDOW: "60",
});

/** A request with only the key: no cookie, no Origin — what a script sends. */
async function withKey<T = any>(
  a: TestApp,
  key: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Res<T>> {
  const h: Record<string, string> = { Authorization: `Bearer ${key}`, Accept: "application/json", ...headers };
  if (body !== undefined) h["Content-Type"] = "application/json";
  const res = await a.app.request(`http://localhost${path}`, {
    method,
    headers: h,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const contentType = res.headers.get("content-type") ?? "";
  const text = await res.text();
  return {
    status: res.status,
    contentType,
    headers: res.headers,
    body: (contentType.includes("json") && text ? JSON.parse(text) : text) as T,
  };
}

async function createKey(owner: Account, role: string, extra: Record<string, unknown> = {}) {
  const r = await owner.client.post("/api/v1/api-keys", { name: `${role} key`, role, ...extra });
  expect(r.status).toBe(201);
  return r.body as { id: string; key: string; prefix: string; role: string };
}

async function auditOf(owner: Account, entityId: string) {
  return (await owner.client.get(`/api/v1/audit?entityType=api_key&entityId=${entityId}&limit=100`)).body.items as {
    action: string;
    actorId: string;
    details: any;
    summary: string;
  }[];
}

describe("API keys", () => {
  it("are created by admins, shown once, listed without secrets, and work on /api/v1 without cookie or Origin", async () => {
    const a = app.get();
    const owner = await ownerWithOrg(a, "NGO Keys");
    const created = await owner.client.post("/api/v1/api-keys", {
      name: "CRM sync",
      role: "member",
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "CRM sync",
      role: "member",
      createdBy: { id: owner.userId },
      lastUsedAt: null,
      revokedAt: null,
    });
    const { id, key, prefix } = created.body;
    expect(key).toMatch(/^pw_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(prefix)).toBe(true);

    const listed = await owner.client.get("/api/v1/api-keys");
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0]).toMatchObject({ id, name: "CRM sync", role: "member", prefix });
    expect(Object.keys(listed.body.items[0]).sort()).toEqual([
      "createdAt",
      "createdBy",
      "expiresAt",
      "id",
      "lastUsedAt",
      "name",
      "prefix",
      "revokedAt",
      "role",
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(key.slice(prefix.length));
    // Stored hashed: the database holds no trace of the secret part.
    const [row] = await a.database.db.select().from(apiKey).where(eq(apiKey.id, id));
    expect(JSON.stringify(row)).not.toContain(key.slice(prefix.length));

    const made = await withKey(a, key, "POST", "/api/v1/companies", { name: "Keyed GmbH", country: "DE" });
    expect(made.status).toBe(201);
    expect(made.headers.get("RateLimit-Limit")).toBe(String(RATE_LIMIT));
    expect(made.headers.get("RateLimit-Policy")).toBe(`"api-key";q=${RATE_LIMIT};w=60`);
    const list = await withKey(a, key, "GET", "/api/v1/companies?q=Keyed");
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(["Keyed GmbH"]);
    expect(Number(list.headers.get("RateLimit-Remaining"))).toBe(RATE_LIMIT - 2);
    expect(list.headers.get("RateLimit")).toMatch(new RegExp(`^"api-key";r=${RATE_LIMIT - 2};t=\\d+$`));

    // The company's audit entry names the key; the key acts for its creator.
    const trail = (await owner.client.get(`/api/v1/audit?entityType=company&entityId=${made.body.id}`)).body.items;
    expect(trail[0]).toMatchObject({ action: "create", actorId: owner.userId, details: { apiKey: { id, name: "CRM sync" } } });
    const keyTrail = await auditOf(owner, id);
    expect(keyTrail.map((e) => e.action).sort()).toEqual(["create", "use"]);
    expect(keyTrail.find((e) => e.action === "use")!.details).toMatchObject({ method: "POST", path: "/api/v1/companies" });
    // Many requests in the same hour leave one `use` entry, and last use is shown in the list.
    for (let i = 0; i < 3; i++) expect((await withKey(a, key, "GET", "/api/v1/companies")).status).toBe(200);
    expect((await auditOf(owner, id)).filter((e) => e.action === "use")).toHaveLength(1);
    const after = (await owner.client.get(`/api/v1/api-keys/${id}`)).body;
    expect(Date.now() - Date.parse(after.lastUsedAt)).toBeLessThan(60_000);
  });

  it("lets only admins and owners manage keys, and never above their own role", async () => {
    const a = app.get();
    const owner = await ownerWithOrg(a, "NGO Roles");
    const admin = await memberOf(a, owner, "admin");
    const member = await memberOf(a, owner, "member");
    const viewer = await memberOf(a, owner, "viewer");
    for (const who of [member, viewer]) {
      expect(isProblem(await who.client.post("/api/v1/api-keys", { name: "x", role: "viewer" }), 403)).toBe(true);
      expect(isProblem(await who.client.get("/api/v1/api-keys"), 403)).toBe(true);
    }
    const tooHigh = await admin.client.post("/api/v1/api-keys", { name: "x", role: "owner" });
    expect(isProblem(tooHigh, 403)).toBe(true);
    expect(tooHigh.body.errors[0]).toMatchObject({ path: "role", code: "role_above_creator", params: { max: "admin" } });
    expect((await admin.client.post("/api/v1/api-keys", { name: "x", role: "admin" })).status).toBe(201);
    expect((await owner.client.post("/api/v1/api-keys", { name: "x", role: "owner" })).status).toBe(201);
    const bad = await owner.client.post("/api/v1/api-keys", { name: " ", role: "boss", expiresAt: "2001-01-01T00:00:00Z" });
    expect(isProblem(bad, 422)).toBe(true);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["expiresAt", "name", "role"]);
    // A member key cannot manage keys either; an admin key can, within its own organisation.
    const memberKey = await createKey(owner, "member");
    expect(isProblem(await withKey(a, memberKey.key, "GET", "/api/v1/api-keys"), 403)).toBe(true);
    const adminKey = await createKey(owner, "admin");
    expect((await withKey(a, adminKey.key, "GET", "/api/v1/api-keys")).body.items.length).toBe(4);
  });

  it("a viewer key reads but cannot write", async () => {
    const a = app.get();
    const owner = await ownerWithOrg(a, "NGO Viewer Key");
    const { key } = await createKey(owner, "viewer");
    expect((await withKey(a, key, "GET", "/api/v1/companies")).status).toBe(200);
    const w = await withKey(a, key, "POST", "/api/v1/companies", { name: "Nope AG", country: "DE" });
    expect(isProblem(w, 403)).toBe(true);
  });

  it("answers 401 once revoked or expired, and for anything that is not a key", async () => {
    const a = app.get();
    const owner = await ownerWithOrg(a, "NGO Revoke");
    const k = await createKey(owner, "member");
    expect((await withKey(a, k.key, "GET", "/api/v1/companies")).status).toBe(200);
    expect((await owner.client.delete(`/api/v1/api-keys/${k.id}`)).status).toBe(204);
    const gone = await withKey(a, k.key, "GET", "/api/v1/companies");
    expect(isProblem(gone, 401)).toBe(true);
    expect(gone.body.detail).toContain("revoked");
    expect(gone.headers.get("WWW-Authenticate")).toContain('error="invalid_token"');
    expect((await owner.client.delete(`/api/v1/api-keys/${k.id}`)).status).toBe(204);
    expect((await owner.client.get(`/api/v1/api-keys/${k.id}`)).body.revokedAt).not.toBeNull();
    expect((await auditOf(owner, k.id)).filter((e) => e.action === "revoke")).toHaveLength(1);
    expect(isProblem(await owner.client.delete("/api/v1/api-keys/00000000-0000-4000-8000-000000000000"), 404)).toBe(true);
    expect(isProblem(await owner.client.delete("/api/v1/api-keys/not-a-uuid"), 404)).toBe(true);

    const e = await createKey(owner, "member", { expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await withKey(a, e.key, "GET", "/api/v1/companies")).status).toBe(200);
    await a.database.db
      .update(apiKey)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(apiKey.id, e.id));
    const expired = await withKey(a, e.key, "GET", "/api/v1/companies");
    expect(isProblem(expired, 401)).toBe(true);
    expect(expired.body.detail).toContain("expired");

    for (const authz of [`Bearer ${k.key.slice(0, -1)}x`, "Bearer pw_nonsense", "Basic dXNlcjpwYXNz", "Bearer"]) {
      const r = await a.app.request("http://localhost/api/v1/companies", { headers: { Authorization: authz } });
      expect(r.status).toBe(401);
      expect(r.headers.get("content-type")).toContain("application/problem+json");
    }
  });

  it("acts with at most its creator's current role, and stops when the creator leaves", async () => {
    const a = app.get();
    const owner = await ownerWithOrg(a, "NGO Creator");
    const admin = await memberOf(a, owner, "admin");
    const k = (await admin.client.post("/api/v1/api-keys", { name: "admin's", role: "admin" })).body;
    expect((await withKey(a, k.key, "POST", "/api/v1/companies", { name: "Before AG", country: "DE" })).status).toBe(201);
    const memberId = (await owner.client.get("/api/v1/organization/members")).body.items.find(
      (m: { userId: string }) => m.userId === admin.userId,
    ).id;
    expect(
      (await owner.client.post("/api/auth/organization/update-member-role", { memberId, role: "viewer", organizationId: owner.orgId }))
        .status,
    ).toBe(200);
    expect(isProblem(await withKey(a, k.key, "POST", "/api/v1/companies", { name: "After AG", country: "DE" }), 403)).toBe(true);
    expect((await withKey(a, k.key, "GET", "/api/v1/companies")).status).toBe(200);
    expect(
      (await owner.client.post("/api/auth/organization/remove-member", { memberIdOrEmail: memberId, organizationId: owner.orgId })).status,
    ).toBe(200);
    const left = await withKey(a, k.key, "GET", "/api/v1/companies");
    expect(isProblem(left, 401)).toBe(true);
    expect(left.body.detail).toContain("no longer a member");
  });

  it("never crosses organisations: another organisation's records, header or keys", async () => {
    const a = app.get();
    const ngoA = await ownerWithOrg(a, "NGO A keys");
    const ngoB = await ownerWithOrg(a, "NGO B keys");
    const bCompany = (await ngoB.client.post("/api/v1/companies", { name: "Secret of B", country: "DE" })).body;
    const keyA = await createKey(ngoA, "admin");
    const keyB = await createKey(ngoB, "admin");

    expect(isProblem(await withKey(a, keyA.key, "GET", `/api/v1/companies/${bCompany.id}`), 404)).toBe(true);
    expect(JSON.stringify((await withKey(a, keyA.key, "GET", "/api/v1/companies?q=Secret")).body)).not.toContain("Secret of B");
    // The key's organisation is fixed: naming another one is refused, even one the creator belongs to.
    expect(isProblem(await withKey(a, keyA.key, "GET", "/api/v1/companies", undefined, { "X-Organization-Id": ngoB.orgId }), 403)).toBe(
      true,
    );
    expect((await withKey(a, keyA.key, "GET", "/api/v1/companies", undefined, { "X-Organization-Id": ngoA.orgId })).status).toBe(200);

    // A's key (and A's admin) cannot see, read or revoke B's keys.
    const listA = (await withKey(a, keyA.key, "GET", "/api/v1/api-keys")).body.items.map((k: { id: string }) => k.id);
    expect(listA).toEqual([keyA.id]);
    expect(isProblem(await withKey(a, keyA.key, "GET", `/api/v1/api-keys/${keyB.id}`), 404)).toBe(true);
    expect(isProblem(await withKey(a, keyA.key, "DELETE", `/api/v1/api-keys/${keyB.id}`), 404)).toBe(true);
    expect(isProblem(await ngoA.client.delete(`/api/v1/api-keys/${keyB.id}`), 404)).toBe(true);
    expect(
      isProblem(
        await withKey(a, keyA.key, "POST", "/api/v1/api-keys", { name: "into B", role: "viewer" }, { "X-Organization-Id": ngoB.orgId }),
        403,
      ),
    ).toBe(true);
    expect((await withKey(a, keyB.key, "GET", "/api/v1/companies")).status).toBe(200);
    expect((await ngoB.client.get("/api/v1/api-keys")).body.items.map((k: { id: string }) => k.id)).toEqual([keyB.id]);

    // Routes that act for a person (account, networks, invitations) are not open to keys.
    for (const path of ["/api/v1/me", "/api/v1/networks", "/api/v1/me/ical-token"])
      expect(isProblem(await withKey(a, keyA.key, "GET", path), 403)).toBe(true);
  });

  it("limits requests per key with RateLimit header fields and 429 problem+json", async () => {
    const a = app.get();
    const owner = await ownerWithOrg(a, "NGO Busy");
    const busy = await createKey(owner, "viewer");
    const calm = await createKey(owner, "viewer");
    let last: Res | undefined;
    // Up to two windows' worth: a window boundary during the loop only delays the refusal.
    for (let i = 0; i <= 2 * RATE_LIMIT; i++) {
      last = await withKey(a, busy.key, "GET", "/api/v1/organization");
      if (last.status !== 200) break;
    }
    expect(isProblem(last!, 429)).toBe(true);
    expect(last!.body.code).toBe("rate_limited");
    const retry = Number(last!.headers.get("Retry-After"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(last!.headers.get("RateLimit-Remaining")).toBe("0");
    expect(last!.headers.get("RateLimit")).toBe(`"api-key";r=0;t=${retry}`);
    // Per key: another key of the same organisation, and the people signed in, are not affected.
    expect((await withKey(a, calm.key, "GET", "/api/v1/organization")).status).toBe(200);
    const session = await owner.client.get("/api/v1/organization");
    expect(session.status).toBe(200);
    expect(session.headers.get("RateLimit-Policy")).toBe(`"session";q=${SESSION_RATE_LIMIT};w=60`);
  });

  it("limits signed-in people too: RateLimit header fields on session answers, 429 past the limit, per person", async () => {
    const a = app.get();
    const owner = await ownerWithOrg(a, "NGO Busy People");
    const other = await memberOf(a, owner, "member");
    const first = await owner.client.get("/api/v1/companies");
    expect(first.status).toBe(200);
    expect(first.headers.get("RateLimit-Policy")).toBe(`"session";q=${SESSION_RATE_LIMIT};w=60`);
    expect(first.headers.get("RateLimit-Limit")).toBe(String(SESSION_RATE_LIMIT));
    const remaining = Number(first.headers.get("RateLimit-Remaining"));
    expect(remaining).toBeLessThan(SESSION_RATE_LIMIT);
    expect(first.headers.get("RateLimit")).toMatch(new RegExp(`^"session";r=${remaining};t=\\d+$`));
    // Person-only routes (no organisation) count and answer the same way.
    expect((await owner.client.get("/api/v1/me")).headers.get("RateLimit-Policy")).toBe(`"session";q=${SESSION_RATE_LIMIT};w=60`);
    let last: Res | undefined;
    for (let i = 0; i <= 2 * SESSION_RATE_LIMIT; i++) {
      last = await owner.client.get("/api/v1/organization");
      if (last.status !== 200) break;
    }
    expect(isProblem(last!, 429)).toBe(true);
    expect(last!.body.code).toBe("rate_limited");
    const retry = Number(last!.headers.get("Retry-After"));
    expect(retry).toBeGreaterThan(0);
    expect(last!.headers.get("RateLimit")).toBe(`"session";r=0;t=${retry}`);
    // Another person of the same organisation is not affected.
    expect((await other.client.get("/api/v1/organization")).status).toBe(200);
  });
});

import { describe, expect, it } from "vitest";
import { AUTH_CACHE_TTL_MS } from "../../src/server/auth-cache.js";
import { Client, isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

// Sessions and memberships are cached for a few seconds (src/server/auth-cache.ts); every change must still take
// effect on the very next request.
describe("cached sessions and memberships", () => {
  it("refuses a signed-out session at once, though it was just used", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Cache Signout");
    expect((await a.client.get("/api/v1/companies")).status).toBe(200);
    const stolen = new Client(app.get());
    stolen.cookies = new Map(a.client.cookies);
    expect((await stolen.get("/api/v1/companies")).status).toBe(200);
    expect((await a.client.post("/api/auth/sign-out", {})).status).toBe(200);
    expect(isProblem(await stolen.get("/api/v1/companies"), 401)).toBe(true);
  });

  it("applies a role change and a removal to the member's next request", async () => {
    const owner = await ownerWithOrg(app.get(), "NGO Cache Roles");
    const m = await memberOf(app.get(), owner, "member");
    expect((await m.client.post("/api/v1/companies", { name: "Before Co", country: "DE" })).status).toBe(201);
    const members = (await owner.client.get("/api/v1/organization/members")).body;
    const memberId = (members.items ?? members).find(
      (x: { userId?: string; user?: { id: string } }) => (x.userId ?? x.user?.id) === m.userId,
    ).id;
    expect(
      (await owner.client.post("/api/auth/organization/update-member-role", { memberId, role: "viewer", organizationId: owner.orgId }))
        .status,
    ).toBe(200);
    expect(isProblem(await m.client.post("/api/v1/companies", { name: "After Co", country: "DE" }), 403)).toBe(true);
    expect((await m.client.get("/api/v1/companies")).status).toBe(200);
    expect(
      (await owner.client.post("/api/auth/organization/remove-member", { memberIdOrEmail: m.email, organizationId: owner.orgId })).status,
    ).toBe(200);
    expect(isProblem(await m.client.get("/api/v1/companies"), 403)).toBe(true);
  });

  it("sees a change made by another process within the cache's lifetime", async () => {
    const owner = await ownerWithOrg(app.get(), "NGO Cache Other Process");
    const m = await memberOf(app.get(), owner, "member");
    expect((await m.client.get("/api/v1/companies")).status).toBe(200);
    // As the CLI or a second server would: straight in the database, past this process's cache.
    await app
      .get()
      .database.query("update member set role = 'viewer' where user_id = $1 and organization_id = $2", [m.userId, owner.orgId]);
    await new Promise((r) => setTimeout(r, AUTH_CACHE_TTL_MS + 100));
    expect(isProblem(await m.client.post("/api/v1/companies", { name: "Late Co", country: "DE" }), 403)).toBe(true);
  });
});

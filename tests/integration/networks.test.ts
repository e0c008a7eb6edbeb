import { describe, expect, it } from "vitest";
import { Client, isProblem, memberOf, ownerWithOrg, signUp, useTestApp, type Account } from "../setup/app.js";
import { isCoordinator, networksOfOrg } from "../../src/domains/networks/networks.service.js";
import { totp } from "../setup/totp.js";

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;

describe("networks API", () => {
  it("founds a network: the creator coordinates it and their organisation joins", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Founder");
    const created = await a.client.post("/api/v1/networks", { name: "Balkan Network", description: "Shared criteria" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Balkan Network",
      description: "Shared criteria",
      coordinators: [{ userId: a.userId, email: a.email }],
      members: [{ organizationId: a.orgId, name: "NGO Founder", status: "active" }],
      invitations: [],
    });
    expect(created.body.members[0].joinedAt).toEqual(expect.any(String));
    const id = created.body.id;
    expect((await a.client.get(`/api/v1/networks/${id}`)).body).toEqual(created.body);

    const list = await a.client.get("/api/v1/networks");
    expect(list.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
    expect(list.body.items[0]).toMatchObject({
      id,
      coordinator: true,
      memberCount: 1,
      organizations: [{ organizationId: a.orgId, status: "active" }],
    });

    const db = app.get().database.db;
    expect(await networksOfOrg(db, a.orgId)).toEqual([expect.objectContaining({ id, name: "Balkan Network" })]);
    expect(await isCoordinator(db, a.userId, id)).toBe(true);

    expect(isProblem(await a.client.post("/api/v1/networks", { name: " " }), 422)).toBe(true);
  });

  it("lets only owners and admins of an organisation found a network; an admin acting elsewhere founds it without joining", async () => {
    const loner = await signUp(app.get(), "Independent Coordinator");
    const r = await loner.client.post("/api/v1/networks", { name: "Loose Network" });
    expect(isProblem(r, 403)).toBe(true);

    const owner = await ownerWithOrg(app.get(), "NGO With Member");
    for (const role of ["member", "viewer"] as const) {
      const m = await memberOf(app.get(), owner, role);
      expect(isProblem(await m.client.post("/api/v1/networks", { name: `${role}'s Network` }), 403), role).toBe(true);
    }
    expect((await owner.client.get("/api/v1/networks")).body.total).toBe(0);

    // An admin of one organisation may found a network while another organisation (where they are a member) is active.
    const elsewhere = await ownerWithOrg(app.get(), "NGO Elsewhere");
    const m = await memberOf(app.get(), elsewhere, "member");
    const own = await m.client.post("/api/auth/organization/create", { name: "Member's own NGO", slug: `own-${m.userId.slice(0, 8)}` });
    expect(own.status).toBe(200);
    await m.client.post("/api/auth/organization/set-active", { organizationId: elsewhere.orgId });
    const byAdmin = await m.client.post("/api/v1/networks", { name: "Member's Network" });
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.body.members).toEqual([]);
    expect(byAdmin.body.coordinators.map((c: { userId: string }) => c.userId)).toEqual([m.userId]);
  });

  it("invites an organisation, which an admin accepts; members then see the network", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coord");
    const b = await ownerWithOrg(app.get(), "NGO Invitee");
    const bAdmin = await memberOf(app.get(), b, "admin");
    const bMember = await memberOf(app.get(), b, "member");
    const id = (await coord.client.post("/api/v1/networks", { name: "Invite Network" })).body.id;

    const slug = await slugOf(b);
    const inv = await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: slug });
    expect(inv.status).toBe(201);
    expect(inv.body).toEqual({ networkId: id, organizationSlug: slug, status: "invited", invitedAt: expect.any(String) });
    // Before it accepts, nothing names the invited organisation to the network: not its id, not its name.
    const before = await coord.client.get(`/api/v1/networks/${id}`);
    expect(before.body.members.map((m: { name: string }) => m.name)).toEqual(["NGO Coord"]);
    expect(before.body.invitations).toEqual([inv.body]);
    for (const r of [inv, before, await coord.client.get("/api/v1/networks")]) {
      expect(JSON.stringify(r.body)).not.toContain(b.orgId);
      expect(JSON.stringify(r.body)).not.toContain("NGO Invitee");
    }
    const dup = await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: slug });
    expect(isProblem(dup, 409)).toBe(true);
    expect(JSON.stringify(dup.body)).not.toContain("NGO Invitee");
    expect(isProblem(await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: "no-such-org" }), 404)).toBe(true);
    // The invited organisation's owner and admin are mailed; its plain member is not.
    const mails = app.get().mailer.outbox.filter((m) => m.subject === `NGO Invitee is invited to the network Invite Network`);
    expect(mails.map((m) => m.to).sort()).toEqual([b.email, bAdmin.email].sort());
    expect(mails[0].text).toContain(`/api/v1/networks/${id}/accept`);

    // The invited organisation sees the invitation in its list.
    const listed = await bMember.client.get("/api/v1/networks");
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        id,
        coordinator: false,
        organizations: [{ organizationId: b.orgId, name: "NGO Invitee", status: "invited" }],
      }),
    ]);

    // A plain member cannot accept; an admin can.
    expect(isProblem(await bMember.client.post(`/api/v1/networks/${id}/accept`), 403)).toBe(true);
    expect(isProblem(await bMember.client.post(`/api/v1/networks/${id}/decline`), 403)).toBe(true);
    const joined = await bAdmin.client.post(`/api/v1/networks/${id}/accept`);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ organizationId: b.orgId, status: "active" });
    expect(joined.body.joinedAt).toEqual(expect.any(String));

    const seen = await bMember.client.get(`/api/v1/networks/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.members.map((m: { name: string; status: string }) => [m.name, m.status])).toEqual([
      ["NGO Coord", "active"],
      ["NGO Invitee", "active"],
    ]);
    expect(seen.body.coordinators).toEqual([{ userId: coord.userId, name: "Owner of NGO Coord", email: coord.email }]);
    expect((await networksOfOrg(app.get().database.db, b.orgId)).map((n) => n.id)).toEqual([id]);
    expect((await coord.client.get(`/api/v1/networks/${id}`)).body.invitations).toEqual([]);
    // Accepted once, there is nothing left to decline.
    expect(isProblem(await bAdmin.client.post(`/api/v1/networks/${id}/decline`), 404)).toBe(true);

    // Members cannot manage the network.
    expect(isProblem(await bAdmin.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(coord) }), 403)).toBe(
      true,
    );
    expect(isProblem(await bAdmin.client.post(`/api/v1/networks/${id}/coordinators`, { email: bAdmin.email }), 403)).toBe(true);
    expect(isProblem(await bAdmin.client.delete(`/api/v1/networks/${id}/members/${coord.orgId}`), 403)).toBe(true);
  });

  it("lets the invited organisation's admin decline, and a coordinator withdraw an invitation by its slug", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coord Decline");
    const b = await ownerWithOrg(app.get(), "NGO Decliner");
    const c = await ownerWithOrg(app.get(), "NGO Withdrawn");
    const id = (await coord.client.post("/api/v1/networks", { name: "Decline Network" })).body.id;
    await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(b) });
    await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(c) });

    expect((await b.client.post(`/api/v1/networks/${id}/decline`)).status).toBe(204);
    expect(isProblem(await b.client.post(`/api/v1/networks/${id}/accept`), 404)).toBe(true);
    expect(isProblem(await b.client.get(`/api/v1/networks/${id}`), 404)).toBe(true);
    expect((await coord.client.delete(`/api/v1/networks/${id}/members/${await slugOf(c)}`)).status).toBe(204);
    expect(isProblem(await c.client.post(`/api/v1/networks/${id}/accept`), 404)).toBe(true);
    const after = (await coord.client.get(`/api/v1/networks/${id}`)).body;
    expect(after.invitations).toEqual([]);
    expect(after.members.map((m: { name: string }) => m.name)).toEqual(["NGO Coord Decline"]);
    const log = await b.client.get("/api/v1/audit?entityType=network_membership");
    expect(log.body.items.map((e: { action: string; summary: string }) => [e.action, e.summary])).toEqual([
      ["leave", "Declined the invitation to network Decline Network"],
      ["invite", expect.stringContaining("Invited to network Decline Network")],
    ]);
    // The coordinator may invite again after a decline.
    expect((await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(b) })).status).toBe(201);
  });

  it("lets an organisation's admin leave, but not its members, and a coordinator remove any organisation", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coord 2");
    const b = await ownerWithOrg(app.get(), "NGO Leaver");
    const bViewer = await memberOf(app.get(), b, "viewer");
    const c = await ownerWithOrg(app.get(), "NGO Removed");
    const id = (await coord.client.post("/api/v1/networks", { name: "Leave Network" })).body.id;
    for (const o of [b, c]) {
      await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(o) });
      expect((await o.client.post(`/api/v1/networks/${id}/join`)).status).toBe(200);
    }
    expect(isProblem(await bViewer.client.delete(`/api/v1/networks/${id}/members/${b.orgId}`), 403)).toBe(true);
    expect((await b.client.delete(`/api/v1/networks/${id}/members/${b.orgId}`)).status).toBe(204);
    expect((await coord.client.delete(`/api/v1/networks/${id}/members/${c.orgId}`)).status).toBe(204);
    expect(isProblem(await coord.client.delete(`/api/v1/networks/${id}/members/${c.orgId}`), 404)).toBe(true);
    expect((await coord.client.get(`/api/v1/networks/${id}`)).body.members.map((m: { name: string }) => m.name)).toEqual(["NGO Coord 2"]);
    // Once out, the network is gone for them.
    expect(isProblem(await b.client.get(`/api/v1/networks/${id}`), 404)).toBe(true);
    expect(isProblem(await bViewer.client.get(`/api/v1/networks/${id}`), 404)).toBe(true);
    expect((await c.client.get("/api/v1/networks")).body.total).toBe(0);
    // The organisations' audit logs record it.
    const log = await b.client.get("/api/v1/audit?entityType=network_membership");
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(["leave", "create", "invite"]);
  });

  it("adds and removes coordinators, never the last one", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coord 3");
    const other = await signUp(app.get(), "Second Coordinator");
    const id = (await coord.client.post("/api/v1/networks", { name: "Coordinated Network" })).body.id;

    expect(isProblem(await coord.client.post(`/api/v1/networks/${id}/coordinators`, { email: "nobody@example.org" }), 422)).toBe(true);
    expect(isProblem(await coord.client.post(`/api/v1/networks/${id}/coordinators`, { email: "not an email" }), 422)).toBe(true);
    const added = await coord.client.post(`/api/v1/networks/${id}/coordinators`, { email: other.email.toUpperCase() });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ userId: other.userId, name: "Second Coordinator", email: other.email });
    expect(isProblem(await coord.client.post(`/api/v1/networks/${id}/coordinators`, { email: other.email }), 409)).toBe(true);

    // The new coordinator sees and manages the network without any organisation.
    expect((await other.client.get(`/api/v1/networks/${id}`)).status).toBe(200);
    expect((await other.client.get("/api/v1/networks")).body.items[0]).toMatchObject({ id, coordinator: true, organizations: [] });
    expect((await other.client.delete(`/api/v1/networks/${id}/coordinators/${coord.userId}`)).status).toBe(204);
    expect(isProblem(await other.client.delete(`/api/v1/networks/${id}/coordinators/${other.userId}`), 409)).toBe(true);
    expect(isProblem(await other.client.delete(`/api/v1/networks/${id}/coordinators/${coord.userId}`), 404)).toBe(true);

    // The founder's organisation is still a member, so the founder still sees it, but can no longer manage it.
    const seen = await coord.client.get(`/api/v1/networks/${id}`);
    expect(seen.body.coordinators.map((c: { userId: string }) => c.userId)).toEqual([other.userId]);
    expect(isProblem(await coord.client.post(`/api/v1/networks/${id}/coordinators`, { email: coord.email }), 403)).toBe(true);
    expect(await isCoordinator(app.get().database.db, coord.userId, id)).toBe(false);
  });
});

describe("networks and an organisation's two-factor rule", () => {
  it("hides the organisation's networks from its members without 2FA when it requires 2FA, until they enable it", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coord 2FA");
    const strict = await ownerWithOrg(app.get(), "NGO Strict Networks");
    const admin = await memberOf(app.get(), strict, "admin");
    const id = (await coord.client.post("/api/v1/networks", { name: "2FA Network" })).body.id;
    await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(strict) });

    const en = await strict.client.post("/api/auth/two-factor/enable", { password: "Correct-Horse-9-battery" });
    await strict.client.post("/api/auth/two-factor/verify-totp", { code: totp(en.body.totpURI) });
    expect((await strict.client.patch("/api/v1/organization", { requireTwoFactor: true })).status).toBe(200);

    expect((await admin.client.get("/api/v1/networks")).body.total).toBe(0);
    expect(isProblem(await admin.client.get(`/api/v1/networks/${id}`), 404)).toBe(true);
    const join = await admin.client.post(`/api/v1/networks/${id}/join`);
    expect(isProblem(join, 403)).toBe(true);
    expect(join.body.code).toBe("two_factor_required");
    expect(isProblem(await admin.client.delete(`/api/v1/networks/${id}/members/${strict.orgId}`), 404)).toBe(true);

    // The owner has 2FA: sees the invitation and accepts it.
    expect((await strict.client.get("/api/v1/networks")).body.total).toBe(1);
    expect((await strict.client.post(`/api/v1/networks/${id}/join`)).status).toBe(200);

    const en2 = await admin.client.post("/api/auth/two-factor/enable", { password: "Correct-Horse-9-battery" });
    await admin.client.post("/api/auth/two-factor/verify-totp", { code: totp(en2.body.totpURI) });
    expect((await admin.client.get(`/api/v1/networks/${id}`)).status).toBe(200);
  });
});

describe("cross-tenant isolation: networks", () => {
  it("gives a stranger 404 on every route and never lists the network", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Secret Network");
    const stranger = await ownerWithOrg(app.get(), "NGO Stranger");
    const net = (await coord.client.post("/api/v1/networks", { name: "Secret Network", description: "internal" })).body;
    const id = net.id;

    expect(isProblem(await stranger.client.get(`/api/v1/networks/${id}`), 404)).toBe(true);
    expect(isProblem(await stranger.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(stranger) }), 404)).toBe(
      true,
    );
    expect(isProblem(await stranger.client.post(`/api/v1/networks/${id}/join`), 404)).toBe(true);
    expect(isProblem(await stranger.client.delete(`/api/v1/networks/${id}/members/${coord.orgId}`), 404)).toBe(true);
    expect(isProblem(await stranger.client.delete(`/api/v1/networks/${id}/members/${stranger.orgId}`), 404)).toBe(true);
    expect(isProblem(await stranger.client.post(`/api/v1/networks/${id}/coordinators`, { email: stranger.email }), 404)).toBe(true);
    expect(isProblem(await stranger.client.delete(`/api/v1/networks/${id}/coordinators/${coord.userId}`), 404)).toBe(true);
    expect(isProblem(await stranger.client.get("/api/v1/networks/not-a-uuid"), 404)).toBe(true);
    const list = await stranger.client.get("/api/v1/networks");
    expect(list.body.total).toBe(0);
    expect(JSON.stringify(list.body)).not.toContain("Secret Network");

    // Nothing changed.
    const after = (await coord.client.get(`/api/v1/networks/${id}`)).body;
    expect(after).toEqual(net);
  });

  it("does not let an organisation admin join uninvited, nor with another organisation's invitation", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coord X");
    const invited = await ownerWithOrg(app.get(), "NGO Invited X");
    const uninvited = await ownerWithOrg(app.get(), "NGO Uninvited X");
    const id = (await coord.client.post("/api/v1/networks", { name: "Closed Network" })).body.id;
    await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(invited) });

    expect(isProblem(await uninvited.client.post(`/api/v1/networks/${id}/join`), 404)).toBe(true);
    // Claiming another organisation through the header does not help: the caller is not its member.
    expect(
      isProblem(await uninvited.client.req("POST", `/api/v1/networks/${id}/join`, {}, { "X-Organization-Id": invited.orgId }), 403),
    ).toBe(true);
    expect(isProblem(await uninvited.client.post(`/api/v1/networks/${id}/decline`), 404)).toBe(true);
    expect(isProblem(await uninvited.client.delete(`/api/v1/networks/${id}/members/${invited.orgId}`), 404)).toBe(true);
    expect(
      (await coord.client.get(`/api/v1/networks/${id}`)).body.invitations.map((i: { organizationSlug: string }) => i.organizationSlug),
    ).toEqual([await slugOf(invited)]);
    // An organisation without a session needs to sign in.
    const anon = await signUp(app.get(), "Signed out");
    await anon.client.post("/api/auth/sign-out");
    expect(isProblem(await anon.client.get("/api/v1/networks"), 401)).toBe(true);
  });

  it("a coordinator names the network by a unique slug; its public pages answer by slug and by id", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Slugger");
    const b = await ownerWithOrg(app.get(), "NGO Slug Rival");
    const net = (await a.client.post("/api/v1/networks", { name: "Slug Network" })).body;
    expect(net).toMatchObject({ slug: null, publicKnowledgePath: `/public/${net.id}/knowledge` });
    const slug = `balkan-${Math.random().toString(36).slice(2, 8)}`;
    const set = await a.client.patch(`/api/v1/networks/${net.id}`, { slug: `  ${slug.toUpperCase()} ` });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ slug, publicKnowledgePath: `/public/${slug}/knowledge` });
    expect((await a.client.get("/api/v1/networks")).body.items.find((n: { id: string }) => n.id === net.id).slug).toBe(slug);

    // Invalid slugs are 422 with the field named; one shaped like an id is refused too.
    for (const bad of ["ab", "with space", "-lead", "double--hyphen", "ümlaut", crypto.randomUUID()]) {
      const r = await a.client.patch(`/api/v1/networks/${net.id}`, { slug: bad });
      expect(isProblem(r, 422), bad).toBe(true);
      expect(r.body.errors[0].path).toBe("slug");
    }
    // Another network may not take it (409, problem+json); only coordinators change a network.
    const other = (await b.client.post("/api/v1/networks", { name: "Rival Network" })).body.id;
    const clash = await b.client.patch(`/api/v1/networks/${other}`, { slug });
    expect(isProblem(clash, 409)).toBe(true);
    expect(clash.contentType).toMatch(/^application\/problem\+json/);
    expect(isProblem(await b.client.patch(`/api/v1/networks/${net.id}`, { slug: "stolen-slug" }), 404)).toBe(true);
    await a.client.post(`/api/v1/networks/${net.id}/members`, { organizationSlug: await slugOf(b) });
    await b.client.post(`/api/v1/networks/${net.id}/accept`);
    expect(isProblem(await b.client.patch(`/api/v1/networks/${net.id}`, { slug: "stolen-slug" }), 403)).toBe(true);

    const pub = (
      await a.client.post("/api/v1/knowledge", {
        title: "Slug public guide",
        language: "en",
        body: "x",
        scope: "public",
        networkId: net.id,
      })
    ).body.id;
    const anon = new Client(app.get());
    for (const ref of [slug, slug.toUpperCase(), net.id]) {
      const list = await anon.get(`/public/${ref}/knowledge?lang=en`);
      expect(list.status).toBe(200);
      expect(String(list.body)).toContain("Slug public guide");
      expect((await anon.get(`/public/${ref}/knowledge/${pub}`)).status).toBe(200);
    }
    expect((await anon.get("/public/no-such-network/knowledge")).status).toBe(404);
    // Removing the slug frees it; the id keeps working.
    expect((await a.client.patch(`/api/v1/networks/${net.id}`, { slug: null })).body.slug).toBeNull();
    expect((await anon.get(`/public/${slug}/knowledge`)).status).toBe(404);
    expect((await b.client.patch(`/api/v1/networks/${other}`, { slug })).body.slug).toBe(slug);
  });
});

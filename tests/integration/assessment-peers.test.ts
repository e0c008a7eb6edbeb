import { describe, expect, it } from "vitest";
import { type Account, isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

// Peer suggestions in the capacity profile: for each gap, the member organisations of the network that are strong in
// that need in the round — only those whose owners or admins agreed to be named. The choice is the organisation's
// own (admins; members 403, outsiders 404), audited, and can be withdrawn.

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
async function join(coord: Account, id: string, org: Account) {
  await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(org) });
  expect((await org.client.post(`/api/v1/networks/${id}/accept`)).status).toBe(200);
}
const base = { org_region: "western", org_scope: "national", joint_activities: "no" };
const strongInRisk = {
  ...base,
  applies_ethical_screening: "yes",
  has_black_list: "yes",
  recognises_risks: "yes",
  capacity_needs: ["knowledge"],
};
const weakInRisk = { ...base, applies_ethical_screening: "no", has_black_list: "no", recognises_risks: "no", capacity_needs: ["risk"] };

describe("assessment peer suggestions", () => {
  it("suggests, for a gap, only organisations strong in it that agreed to be named", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coordinating P");
    const weak = await ownerWithOrg(app.get(), "NGO Learner P");
    const named = await ownerWithOrg(app.get(), "NGO Named Peer P");
    const quiet = await ownerWithOrg(app.get(), "NGO Quiet Peer P");
    const outsider = await ownerWithOrg(app.get(), "NGO Outside P");
    const net = (await coord.client.post("/api/v1/networks", { name: "Peers Network" })).body.id as string;
    for (const o of [weak, named, quiet]) await join(coord, net, o);
    const round = (await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2026" })).body.id as string;
    const submit = (a: Account, answers: Record<string, unknown>) =>
      a.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers, submit: true });
    expect((await submit(weak, weakInRisk)).status).toBe(200);
    expect((await submit(named, strongInRisk)).status).toBe(200);
    expect((await submit(quiet, strongInRisk)).status).toBe(200);

    // Nobody agreed yet: no peer is named.
    const before = await weak.client.get(`/api/v1/assessment-rounds/${round}/profile`);
    expect(before.body.needs.find((n: { need: string }) => n.need === "risk")).toMatchObject({ gap: true, score: 100 });
    expect(before.body.gapPeers.find((g: { need: string }) => g.need === "risk").organizations).toEqual([]);
    expect(before.body.peerConsent).toBe(false);

    // Only owners and admins decide, only for their own organisation, only in a network it belongs to.
    const plainMember = await memberOf(app.get(), named, "member");
    expect(isProblem(await plainMember.client.req("PUT", `/api/v1/networks/${net}/peer-consent`, { consent: true }), 403)).toBe(true);
    expect(isProblem(await outsider.client.req("PUT", `/api/v1/networks/${net}/peer-consent`, { consent: true }), 404)).toBe(true);
    expect(isProblem(await named.client.req("PUT", `/api/v1/networks/${net}/peer-consent`, { consent: "yes" }), 422)).toBe(true);
    const agreed = await named.client.req("PUT", `/api/v1/networks/${net}/peer-consent`, { consent: true });
    expect(agreed.status).toBe(200);
    expect(agreed.body).toEqual({ networkId: net, organizationId: named.orgId, consent: true });
    expect((await named.client.get(`/api/v1/audit?entityId=${net}&limit=5`)).body.items[0].summary).toContain(
      "Agreed to be suggested as a peer",
    );

    const after = await weak.client.get(`/api/v1/assessment-rounds/${round}/profile`);
    expect(after.body.gapPeers.find((g: { need: string }) => g.need === "risk").organizations).toEqual([
      { organizationId: named.orgId, name: "NGO Named Peer P", score: 0 },
    ]);
    expect(JSON.stringify(after.body)).not.toContain("NGO Quiet Peer P");
    // The named organisation's own profile reflects its choice; it has no gap in risk, so no peers there.
    const own = await named.client.get(`/api/v1/assessment-rounds/${round}/profile`);
    expect(own.body.peerConsent).toBe(true);
    expect(own.body.gapPeers.find((g: { need: string }) => g.need === "risk")).toBeUndefined();

    // Withdrawn, it is no longer named.
    await named.client.req("PUT", `/api/v1/networks/${net}/peer-consent`, { consent: false });
    const withdrawn = await weak.client.get(`/api/v1/assessment-rounds/${round}/profile`);
    expect(withdrawn.body.gapPeers.find((g: { need: string }) => g.need === "risk").organizations).toEqual([]);
  });
});

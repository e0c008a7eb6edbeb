import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { screening } from "../../src/domains/screening/screening.table.js";
import { ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
const RATIONALE = "WITHDRAWN-RATIONALE: a survivor's case file names them";

/** A and B in one network; A's black-list entry shared with its rationale; B screens a company of that name. */
async function sharedWithRationale(tag: string) {
  const a = await ownerWithOrg(app.get(), `NGO Sharer ${tag}`);
  const b = await ownerWithOrg(app.get(), `NGO Peer ${tag}`);
  const net = (await a.client.post("/api/v1/networks", { name: `Network ${tag}` })).body;
  await a.client.post(`/api/v1/networks/${net.id}/members`, { organizationSlug: await slugOf(b) });
  expect((await b.client.post(`/api/v1/networks/${net.id}/join`)).status).toBe(200);
  const entry = (
    await a.client.post("/api/v1/screening-lists/entries", {
      list: "black",
      companyName: `Withdrawn Staffing ${tag} Ltd`,
      country: "GB",
      reason: RATIONALE,
    })
  ).body;
  expect(
    (await a.client.post(`/api/v1/screening-lists/entries/${entry.id}/share`, { networkId: net.id, mode: "with_rationale" })).status,
  ).toBe(200);
  const co = (await b.client.post("/api/v1/companies", { name: `Withdrawn Staffing ${tag} Ltd`, country: "GB" })).body;
  const draft = (await b.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
  // While the rationale is shared, B's screening shows it (that is what A chose).
  expect(JSON.stringify(draft.signals)).toContain(RATIONALE);
  return { a, b, net, entry, draft };
}

const screeningOf = async (b: Account, id: string) => {
  const r = await b.client.get(`/api/v1/screenings/${id}`);
  expect(r.status).toBe(200);
  return r.body;
};

describe("network-shared list entries: the sharer's later choice reaches screenings already made", () => {
  it("takes the rationale out of other organisations' screenings when the share becomes name and decision only", async () => {
    const { a, b, net, entry, draft } = await sharedWithRationale("Downgrade");
    expect(
      (await a.client.post(`/api/v1/screening-lists/entries/${entry.id}/share`, { networkId: net.id, mode: "name_and_decision" })).status,
    ).toBe(200);
    const after = await screeningOf(b, draft.id);
    expect(JSON.stringify(after)).not.toContain("WITHDRAWN-RATIONALE");
    const signal = after.signals.find((s: { source: string }) => s.source === "network_list");
    // The signal itself stays (the name and the decision are still shared), with its points.
    expect(signal).toMatchObject({ points: 12, detail: expect.stringContaining("name and decision only") });
    expect(after.risk.factors.find((f: { key: string }) => f.key === signal.key)).toMatchObject({ points: 12 });
    // A's own entry keeps its reason.
    expect((await a.client.get(`/api/v1/screening-lists/entries/${entry.id}`)).body.reason).toBe(RATIONALE);
  });

  it("takes it out of decided screenings too, without changing the decision", async () => {
    const { a, b, net, entry, draft } = await sharedWithRationale("Decided");
    for (const c of draft.criteria.filter((x: { applicable: boolean }) => x.applicable)) {
      expect((await b.client.req("PUT", `/api/v1/screenings/${draft.id}/answers/${c.key}`, { answer: "unknown" })).status).toBe(200);
    }
    const decided = await b.client.post(`/api/v1/screenings/${draft.id}/decide`, {
      decision: "rejected",
      rationale: "Another member has them on its black list.",
    });
    expect(decided.status).toBe(200);
    expect(JSON.stringify(decided.body)).toContain(RATIONALE);
    expect((await a.client.delete(`/api/v1/screening-lists/entries/${entry.id}/share?networkId=${net.id}`)).status).toBe(204);
    const after = await screeningOf(b, draft.id);
    expect(JSON.stringify(after)).not.toContain("WITHDRAWN-RATIONALE");
    expect(after).toMatchObject({ status: "decided", decision: "rejected" });
  });

  it("stores the rationale in one structured field only, never inside a sentence", async () => {
    const { draft } = await sharedWithRationale("Stored");
    const [row] = await app.get().database.db.select().from(screening).where(eq(screening.id, draft.id));
    const signal = row.signals.find((s) => s.source === "network_list")!;
    expect(signal.params?.reason).toBe(RATIONALE);
    expect(signal.title).not.toContain("WITHDRAWN-RATIONALE");
    expect(signal.detail).not.toContain("WITHDRAWN-RATIONALE");
    // The API still shows the sentence with the rationale: it is built when the screening is shown.
    expect(draft.signals.find((s: { source: string }) => s.source === "network_list").detail).toContain(`Their reason: ${RATIONALE}`);
  });

  it("withdraws the rationale whatever the stored sentence says (no English wording is parsed)", async () => {
    const { a, b, net, entry, draft } = await sharedWithRationale("Wording");
    // Rewrite the stored copy as if the sentence had been worded differently (an older or a future release).
    const db = app.get().database.db;
    const [row] = await db.select().from(screening).where(eq(screening.id, draft.id));
    const reworded = row.signals.map((s) =>
      s.source === "network_list" ? { ...s, detail: `Gleicher Name. Begründung des Mitglieds — ${RATIONALE} — bitte prüfen.` } : s,
    );
    await db.update(screening).set({ signals: reworded }).where(eq(screening.id, draft.id));
    expect(JSON.stringify((await db.execute(sql`select signals from screening where id = ${draft.id}`)) as unknown)).toContain(RATIONALE);
    expect(
      (await a.client.post(`/api/v1/screening-lists/entries/${entry.id}/share`, { networkId: net.id, mode: "name_and_decision" })).status,
    ).toBe(200);
    const [after] = await db.select().from(screening).where(eq(screening.id, draft.id));
    expect(JSON.stringify(after.signals)).not.toContain("WITHDRAWN-RATIONALE");
    expect(JSON.stringify(after.riskSummary)).not.toContain("WITHDRAWN-RATIONALE");
    expect(JSON.stringify(await screeningOf(b, draft.id))).not.toContain("WITHDRAWN-RATIONALE");
  });

  it("takes it out when the sharer removes the entry", async () => {
    const { a, b, entry, draft } = await sharedWithRationale("Removed");
    expect((await a.client.delete(`/api/v1/screening-lists/entries/${entry.id}`)).status).toBe(204);
    expect(JSON.stringify(await screeningOf(b, draft.id))).not.toContain("WITHDRAWN-RATIONALE");
  });

  it("keeps the rationale where another network still shares it with rationale", async () => {
    const { a, b, net, entry, draft } = await sharedWithRationale("Still");
    const second = (await a.client.post("/api/v1/networks", { name: "Second Network Still" })).body;
    await a.client.post(`/api/v1/networks/${second.id}/members`, { organizationSlug: await slugOf(b) });
    expect((await b.client.post(`/api/v1/networks/${second.id}/join`)).status).toBe(200);
    expect(
      (await a.client.post(`/api/v1/screening-lists/entries/${entry.id}/share`, { networkId: second.id, mode: "with_rationale" })).status,
    ).toBe(200);
    expect((await a.client.delete(`/api/v1/screening-lists/entries/${entry.id}/share?networkId=${net.id}`)).status).toBe(204);
    expect(JSON.stringify((await screeningOf(b, draft.id)).signals)).toContain(RATIONALE);
  });
});

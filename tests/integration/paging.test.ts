import { describe, expect, it } from "vitest";
import { type Client, isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

// One paging style on every list (ADR 0010): `limit` and `cursor` from the previous page's `nextCursor`.
const app = useTestApp();

type Row = { id?: string; key?: string; userId?: string; engagementId?: string };
const idOf = (r: Row) => r.id ?? r.key ?? r.userId ?? r.engagementId;

/** Every row of a list, walked page by page with `limit`; also the number of pages. */
async function walk(client: Client, path: string, limit: number, between?: (page: number) => Promise<void>) {
  const sep = path.includes("?") ? "&" : "?";
  const ids: string[] = [];
  let r = await client.get(`${path}${sep}limit=${limit}`);
  expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200);
  let pages = 1;
  for (;;) {
    expect(r.body.items.length).toBeLessThanOrEqual(limit);
    expect(r.body.limit).toBe(limit);
    expect(r.body).toHaveProperty("nextCursor");
    ids.push(...r.body.items.map(idOf));
    if (!r.body.nextCursor) break;
    if (between) await between(pages);
    r = await client.get(`${path}${sep}limit=${limit}&cursor=${encodeURIComponent(r.body.nextCursor)}`);
    expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200);
    pages++;
    if (pages > 50) throw new Error(`${path} does not end`);
  }
  return { ids, pages };
}

describe("paging of every list", () => {
  it("pages contacts by keyset: rows inserted ahead of the cursor neither shift nor repeat the rest", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Keyset Contacts");
    for (const n of ["Berta", "Dora", "Fritz", "Hanna", "Jonas", "Lena", "Nora"]) await a.client.post("/api/v1/contacts", { name: n });
    const inserted: string[] = [];
    const { ids, pages } = await walk(a.client, "/api/v1/contacts?sort=name", 3, async (page) => {
      if (page !== 1) return;
      // One before the cursor (Dora, Berta, Fritz so far) — an offset page would repeat Fritz — and one after it.
      inserted.push((await a.client.post("/api/v1/contacts", { name: "Anton" })).body.id);
      inserted.push((await a.client.post("/api/v1/contacts", { name: "Zoe" })).body.id);
    });
    const all = (await a.client.get("/api/v1/contacts?sort=name&limit=500")).body.items.map((c: Row) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(all.filter((id: string) => id !== inserted[0]));
    expect(pages).toBe(3);
    // Every sort pages the same rows.
    for (const sort of ["-name", "updatedAt", "-updatedAt"]) {
      const walked = (await walk(a.client, `/api/v1/contacts?sort=${sort}`, 2)).ids;
      expect(walked.slice().sort()).toEqual(all.slice().sort());
    }
    // A search pages by rank (offset cursors) and still ends.
    expect((await walk(a.client, "/api/v1/contacts?q=a", 2)).ids.length).toBeGreaterThan(0);
    // A cursor of another sort, or not a cursor, is refused.
    const first = (await a.client.get("/api/v1/contacts?sort=name&limit=1")).body.nextCursor;
    expect(isProblem(await a.client.get(`/api/v1/audit?cursor=${encodeURIComponent(first)}`), 422)).toBe(true);
    expect(isProblem(await a.client.get("/api/v1/contacts?cursor=%%%"), 422)).toBe(true);
  });

  it("pages engagements by keyset in every sort, with a change during the walk moving no row twice", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Keyset Engagements");
    const co = (await a.client.post("/api/v1/companies", { name: "Keyset Co", country: "DE" })).body;
    for (let i = 0; i < 7; i++) await a.client.post("/api/v1/engagements", { companyId: co.id, title: `Partnership ${i}`, modes: [] });
    const all = (await a.client.get("/api/v1/engagements?sort=title&limit=500")).body.items.map((e: Row) => e.id);
    expect(all).toHaveLength(7);
    for (const sort of ["title", "-title", "createdAt", "-createdAt", "updatedAt", "-updatedAt"]) {
      const walked = await walk(a.client, `/api/v1/engagements?sort=${sort}`, 3);
      expect(walked.ids.slice().sort()).toEqual(all.slice().sort());
    }
    const added: string[] = [];
    const walked = await walk(a.client, "/api/v1/engagements?sort=title", 3, async (page) => {
      if (page === 1)
        added.push((await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Another one", modes: [] })).body.id);
    });
    expect(walked.ids).toEqual(all); // "Another one" sorts before the cursor: not seen, nothing repeated
  });

  it("pages every list that was answered whole, with the same rows in the same order as one big page", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Paged Lists");
    await memberOf(app.get(), a, "member");
    await memberOf(app.get(), a, "viewer");
    const co = (await a.client.post("/api/v1/companies", { name: "Paged Co", country: "DE" })).body;
    const eng = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Paged partnership", modes: [] })).body;
    for (let i = 0; i < 3; i++) await a.client.post("/api/v1/contacts", { name: `Worker ${i}`, companyId: co.id });
    for (let i = 0; i < 5; i++) {
      await a.client.post(`/api/v1/engagements/${eng.id}/activities`, {
        kind: "note",
        occurredOn: `2026-0${1 + (i % 3)}-1${i}`,
        summary: `Note ${i}`,
        contactIds: [],
      });
      await a.client.post(`/api/v1/engagements/${eng.id}/tasks`, {
        title: `Task ${i}`,
        dueOn: i % 2 ? `2030-01-0${i + 1}` : null,
        assigneeId: a.userId,
      });
      await a.client.post(`/api/v1/engagements/${eng.id}/commitments`, {
        party: "ngo",
        description: `Promise ${i}`,
        dueOn: `2030-02-0${i + 1}`,
      });
      await a.client.post(`/api/v1/engagements/${eng.id}/risks`, { title: `Risk ${i}`, likelihood: 1 + (i % 5), impact: 2 });
    }
    for (const stage of ["researching", "screening"])
      expect((await a.client.post(`/api/v1/engagements/${eng.id}/stage`, { stage })).status).toBe(200);

    const lists = [
      "/api/v1/organization/members",
      `/api/v1/companies/${co.id}/contacts`,
      `/api/v1/engagements/${eng.id}/stages`,
      "/api/v1/engagement-modes",
      `/api/v1/engagements/${eng.id}/activities`,
      `/api/v1/companies/${co.id}/activities`,
      "/api/v1/tasks/mine",
      `/api/v1/engagements/${eng.id}/tasks`,
      `/api/v1/engagements/${eng.id}/commitments`,
      `/api/v1/engagements/${eng.id}/risks`,
      "/api/v1/risk-catalogue",
      "/api/v1/audit",
      "/api/v1/screening/goods-risks",
      "/api/v1/health",
      "/api/v1/stories/access",
    ];
    for (const path of lists) {
      const whole = await a.client.get(`${path}${path.includes("?") ? "&" : "?"}limit=500`);
      expect(whole.status, path).toBe(200);
      expect(whole.body.nextCursor, path).toBeNull();
      const all = whole.body.items.map(idOf);
      const { ids } = await walk(a.client, path, 2);
      expect(ids, path).toEqual(all);
      expect(whole.body.total, path).toBe(all.length);
    }
    // Enough rows that the walks above crossed pages.
    expect((await a.client.get(`/api/v1/engagements/${eng.id}/activities?limit=2`)).body.nextCursor).toBeTruthy();
    expect((await a.client.get("/api/v1/organization/members?limit=2")).body.total).toBe(3);
    expect((await a.client.get(`/api/v1/engagements/${eng.id}/stages?limit=2`)).body.total).toBeGreaterThan(1);

    // An activity added ahead of the cursor (newest first) does not push a row onto the next page twice.
    const walked = await walk(a.client, `/api/v1/engagements/${eng.id}/activities`, 2, async (page) => {
      if (page === 1)
        await a.client.post(`/api/v1/engagements/${eng.id}/activities`, {
          kind: "call",
          occurredOn: "2027-01-01",
          summary: "Newest",
          contactIds: [],
        });
    });
    expect(new Set(walked.ids).size).toBe(walked.ids.length);
    expect(walked.ids).toHaveLength(5);

    // limit stays within 1..500 everywhere.
    expect(isProblem(await a.client.get(`/api/v1/engagements/${eng.id}/tasks?limit=0`), 422)).toBe(true);
    expect(isProblem(await a.client.get("/api/v1/organization/members?limit=501"), 422)).toBe(true);

    // Another organisation sees none of it.
    const b = await ownerWithOrg(app.get(), "NGO Paged Other");
    expect(isProblem(await b.client.get(`/api/v1/engagements/${eng.id}/activities?limit=2`), 404)).toBe(true);
    expect(isProblem(await b.client.get(`/api/v1/companies/${co.id}/contacts?limit=2`), 404)).toBe(true);
    expect((await b.client.get("/api/v1/tasks/mine?limit=2")).body.items).toEqual([]);
  });

  it("lists only what changed since an instant on commitments, risks and acknowledgements (updatedSince)", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Sync");
    const co = (await a.client.post("/api/v1/companies", { name: "Sync Partner", country: "DE" })).body;
    const eng = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Sync partnership", modes: [] })).body;
    const c1 = (await a.client.post(`/api/v1/engagements/${eng.id}/commitments`, { party: "ngo", description: "One", dueOn: "2030-01-01" }))
      .body;
    const c2 = (await a.client.post(`/api/v1/engagements/${eng.id}/commitments`, { party: "ngo", description: "Two", dueOn: "2030-01-02" }))
      .body;
    const r1 = (await a.client.post(`/api/v1/engagements/${eng.id}/risks`, { title: "One", likelihood: 2, impact: 2 })).body;
    const r2 = (await a.client.post(`/api/v1/engagements/${eng.id}/risks`, { title: "Two", likelihood: 2, impact: 2 })).body;
    const ack = { channel: "social_media", occurredOn: "2026-01-01", companyId: co.id };
    const k1 = (await a.client.post("/api/v1/acknowledgements", { ...ack, title: "One" })).body;
    const k2 = (await a.client.post("/api/v1/acknowledgements", { ...ack, title: "Two" })).body;
    expect([c1.id, c2.id, r1.id, r2.id, k1.id, k2.id].every(Boolean)).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    const since = encodeURIComponent(new Date().toISOString());
    await new Promise((r) => setTimeout(r, 20));
    expect((await a.client.patch(`/api/v1/commitments/${c2.id}`, { description: "Two, changed" })).status).toBe(200);
    expect((await a.client.patch(`/api/v1/risks/${r1.id}`, { title: "One, changed" })).status).toBe(200);
    expect((await a.client.patch(`/api/v1/acknowledgements/${k2.id}`, { title: "Two, changed" })).status).toBe(200);
    const ids = async (path: string) => (await a.client.get(path)).body.items.map((x: Row) => x.id);
    expect(await ids(`/api/v1/commitments?updatedSince=${since}`)).toEqual([c2.id]);
    expect(await ids(`/api/v1/risks?updatedSince=${since}`)).toEqual([r1.id]);
    expect(await ids(`/api/v1/acknowledgements?updatedSince=${since}`)).toEqual([k2.id]);
    expect((await ids("/api/v1/commitments")).length).toBe(2);
    expect(isProblem(await a.client.get("/api/v1/risks?updatedSince=last-week"), 422)).toBe(true);
  });

  it("syncs screenings and agreements: organisation-wide lists by change, and updatedSince on a company's screenings", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Sync Screenings");
    const co1 = (await a.client.post("/api/v1/companies", { name: "First Sync Co", country: "DE" })).body;
    const co2 = (await a.client.post("/api/v1/companies", { name: "Second Sync Co", country: "FR" })).body;
    const e1 = (await a.client.post("/api/v1/engagements", { companyId: co1.id, title: "First", modes: [] })).body;
    const e2 = (await a.client.post("/api/v1/engagements", { companyId: co2.id, title: "Second", modes: [] })).body;
    const s1 = (await a.client.post(`/api/v1/companies/${co1.id}/screenings`, {})).body;
    expect((await a.client.req("PUT", `/api/v1/engagements/${e1.id}/agreement`, { kind: "mou" })).status).toBe(201);
    await new Promise((r) => setTimeout(r, 20));
    const since = encodeURIComponent(new Date().toISOString());
    await new Promise((r) => setTimeout(r, 20));
    const s2 = (await a.client.post(`/api/v1/companies/${co2.id}/screenings`, {})).body;
    expect((await a.client.req("PUT", `/api/v1/engagements/${e2.id}/agreement`, { kind: "contract" })).status).toBe(201);
    expect(s1.id && s2.id).toBeTruthy();

    const ids = async (path: string) => (await a.client.get(path)).body.items.map((x: Row) => x.id);
    expect(await ids(`/api/v1/screenings?updatedSince=${since}`)).toEqual([s2.id]);
    expect(await ids("/api/v1/screenings")).toEqual([s1.id, s2.id]); // oldest change first
    expect(await ids(`/api/v1/companies/${co1.id}/screenings?updatedSince=${since}`)).toEqual([]);
    expect(await ids(`/api/v1/companies/${co2.id}/screenings?updatedSince=${since}`)).toEqual([s2.id]);
    const agreements = (await a.client.get(`/api/v1/agreements?updatedSince=${since}`)).body.items;
    expect(agreements.map((x: { engagementId: string }) => x.engagementId)).toEqual([e2.id]);
    expect(agreements[0].kind).toBe("contract");

    // A change moves a row to the end of the change order; paging by one walks every row once.
    expect((await a.client.req("PUT", `/api/v1/engagements/${e1.id}/agreement`, { kind: "contract" })).status).toBe(200);
    const walked = await walk(a.client, "/api/v1/agreements", 1);
    expect(walked.ids).toHaveLength(2);
    expect((await a.client.get(`/api/v1/agreements?updatedSince=${since}`)).body.items).toHaveLength(2);
    expect((await walk(a.client, "/api/v1/screenings", 1)).ids).toEqual([s1.id, s2.id]);

    // Another organisation's sync lists are its own.
    const b = await ownerWithOrg(app.get(), "NGO Sync Other");
    expect((await b.client.get("/api/v1/screenings")).body.items).toEqual([]);
    expect((await b.client.get("/api/v1/agreements")).body.items).toEqual([]);
    expect(isProblem(await b.client.get("/api/v1/agreements?updatedSince=soon"), 422)).toBe(true);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importInstanceList } from "../../src/domains/watchlists/watchlists.service.js";
import { screening } from "../../src/domains/screening/screening.table.js";
import { watchlistJudgement } from "../../src/domains/watchlists/watchlists.table.js";
import { MATCHING_ENGINE_ID } from "../../src/matching/version.js";
import { memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

// "Loud when it cannot judge": every screening says which lists (and versions), engine and threshold it
// checked; with no list loaded it says nothing was checked; a stored hit keeps the engine and threshold it was
// judged at; a list re-import (or another engine) marks the company's last screening as out of date.

const dataDir = mkdtempSync(join(tmpdir(), "pw-wl-checked-"));
const app = useTestApp({ PARTNERWISE_DATA_DIR: dataDir });
let a: Account;
let member: Account;

const LIST = join(dataDir, "list.jsonl");
const entity = (id: string, schema: string, name: string, country: string) =>
  JSON.stringify({ id, schema, properties: { name: [name], country: [country] } });

beforeAll(async () => {
  a = await ownerWithOrg(app.get(), "NGO Checked");
  member = await memberOf(app.get(), a, "member");
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function importList(lines: string[]) {
  writeFileSync(LIST, lines.join("\n") + "\n");
  const r = await importInstanceList(app.get().database, { format: "ftm-json", path: LIST, name: "test-sanctions" });
  expect(r.status).toBe("done");
  return r;
}

async function answerAndApprove(id: string) {
  const s = (await member.client.get(`/api/v1/screenings/${id}`)).body;
  for (const c of s.criteria as Array<{ key: string; applicable: boolean }>) {
    if (c.applicable)
      expect(
        (await member.client.req("PUT", `/api/v1/screenings/${id}/answers/${c.key}`, { answer: "meets", notes: "checked" })).status,
      ).toBe(200);
  }
  const d = await member.client.post(`/api/v1/screenings/${id}/decide`, { decision: "approved", rationale: "Nothing against them." });
  expect(d.status).toBe(200);
  return d.body;
}

describe("what a screening checked", () => {
  let bankId: string;
  let bankScreening: string;

  it("with no list loaded, the quick check, the company hits and a screening say that nothing was checked", async () => {
    const r = await member.client.post("/api/v1/watchlists/screen", { name: "Banco Nacional de Cuba" });
    expect(r.status).toBe(200);
    expect(r.body.matches).toEqual([]);
    expect(r.body.checked).toEqual({ engine: MATCHING_ENGINE_ID, threshold: 0.8, lists: [], entityCount: 0, noLists: true });

    bankId = (await member.client.post("/api/v1/companies", { name: "Banco Nacional de Cuba", country: "CU" })).body.id;
    const hits = await member.client.get(`/api/v1/companies/${bankId}/watchlist-hits`);
    expect(hits.body).toMatchObject({ hits: [], checked: { noLists: true, lists: [] } });

    const s = await member.client.post(`/api/v1/companies/${bankId}/screenings`, {});
    expect(s.status).toBe(201);
    bankScreening = s.body.id;
    expect(s.body.watchlistCheck).toMatchObject({ noLists: true, engine: MATCHING_ENGINE_ID });
    expect(s.body.watchlistsChanged).toBe(false);
  });

  it("names every list with its version once one is loaded, and a stored hit keeps score, threshold and engine", async () => {
    await importList([entity("cu-1", "Company", "BANCO NACIONAL DE CUBA", "cu"), entity("p-1", "Person", "Anna Listed", "de")]);
    const r = await member.client.post("/api/v1/watchlists/screen", { name: "Banco Nacional de Cuba", country: "CU" });
    expect(r.body.checked).toMatchObject({ engine: MATCHING_ENGINE_ID, threshold: 0.8, noLists: false, entityCount: 2 });
    expect(r.body.checked.lists).toEqual([
      { id: expect.any(String), name: "test-sanctions", scope: "instance", version: 1, entityCount: 2 },
    ]);
    expect(r.body.matches[0]).toMatchObject({ list: "test-sanctions", sourceId: "cu-1", match: true });

    // The draft made before the import is out of date, and says what changed.
    const stale = (await member.client.get(`/api/v1/screenings/${bankScreening}`)).body;
    expect(stale.watchlistsChanged).toBe(true);
    expect(stale.watchlistChanges).toEqual([{ kind: "list_added", name: "test-sanctions", from: null, to: "1" }]);

    const fresh = (await member.client.post(`/api/v1/screenings/${bankScreening}/refresh-signals`)).body;
    expect(fresh.watchlistsChanged).toBe(false);
    expect(fresh.watchlistCheck.lists.map((l: { name: string; version: number }) => `${l.name}@${l.version}`)).toEqual([
      "test-sanctions@1",
    ]);
    const hit = fresh.signals.find((x: { source: string }) => x.source === "watchlist");
    expect(hit.data).toMatchObject({ sourceId: "cu-1", match: true, threshold: 0.8, engine: MATCHING_ENGINE_ID });

    const judged = await member.client.post(`/api/v1/screenings/${bankScreening}/hits/${hit.data.entityId}/judgement`, {
      verdict: "true_match",
      note: "Same bank",
    });
    expect(judged.status).toBe(201);
    expect(judged.body).toMatchObject({ verdict: "true_match", score: hit.data.score, threshold: 0.8, engine: MATCHING_ENGINE_ID });
    const [row] = await app.get().database.db.select().from(watchlistJudgement).where(eq(watchlistJudgement.id, judged.body.id));
    expect(row).toMatchObject({ engine: MATCHING_ENGINE_ID, threshold: 0.8 });
    expect(row.score).toBeCloseTo(hit.data.score, 4);
    // The standing judgement shows what it was judged at.
    const hits = (await member.client.get(`/api/v1/companies/${bankId}/watchlist-hits`)).body;
    expect(hits.checked.lists).toHaveLength(1);
    expect(hits.hits[0].judgement).toMatchObject({ verdict: "true_match", threshold: 0.8, engine: MATCHING_ENGINE_ID });
  });

  it("marks the company's last screening out of date after a list re-import or an engine change, until it is re-screened", async () => {
    const co = (await member.client.post("/api/v1/companies", { name: "Quillfeather Bakery GmbH", country: "DE" })).body;
    const s = (await member.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    await answerAndApprove(s.id);
    expect((await member.client.get(`/api/v1/companies/${co.id}`)).body.screening).toMatchObject({
      watchlistsChanged: false,
      watchlistChanges: [],
    });

    // The list is imported again with a change: version 2.
    const r = await importList([
      entity("cu-1", "Company", "BANCO NACIONAL DE CUBA", "cu"),
      entity("p-1", "Person", "Anna Listed", "de"),
      entity("v-1", "Vessel", "SEA BREEZE 7", "pa"),
    ]);
    expect(r.version).toBe(2);
    const after = (await member.client.get(`/api/v1/companies/${co.id}`)).body.screening;
    expect(after).toMatchObject({
      decision: "approved",
      watchlistsChanged: true,
      watchlistChanges: [{ kind: "list_updated", name: "test-sanctions", from: "1", to: "2" }],
    });
    // The companies list carries the same flag.
    const listed = (await member.client.get("/api/v1/companies?q=Quillfeather")).body.items.find((c: { id: string }) => c.id === co.id);
    expect(listed?.screening?.watchlistsChanged).toBe(true);

    // A screening made by another engine version is out of date too (an old row, as after an upgrade).
    const again = (await member.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    expect(again.watchlistsChanged).toBe(false);
    await answerAndApprove(again.id);
    expect((await member.client.get(`/api/v1/companies/${co.id}`)).body.screening.watchlistsChanged).toBe(false);
    const [stored] = await app
      .get()
      .database.db.select({ check: screening.watchlistCheck })
      .from(screening)
      .where(eq(screening.id, again.id));
    await app
      .get()
      .database.db.update(screening)
      .set({ watchlistCheck: { ...stored.check!, engine: "partnerwise-names@0.9.0" } })
      .where(eq(screening.id, again.id));
    expect((await member.client.get(`/api/v1/companies/${co.id}`)).body.screening.watchlistChanges).toEqual([
      { kind: "engine", name: null, from: "partnerwise-names@0.9.0", to: MATCHING_ENGINE_ID },
    ]);
  });
});

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { importInstanceList } from "../../src/domains/watchlists/watchlists.service.js";
import { watchlistEntity } from "../../src/domains/watchlists/watchlists.table.js";
import { startJobs, type JobRunner } from "../../src/platform/jobs.js";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account, type Res } from "../setup/app.js";

// Watchlists through the API: name screening and comparison, company hits in screenings with judgements
// remembered until the list entry changes, an organisation's private list imported by the background
// job, batch screening with progress and a CSV report — and what other organisations and viewers cannot do.

const dataDir = mkdtempSync(join(tmpdir(), "pw-wl-api-"));
const OFAC = resolve("tests/fixtures/reference-data/watchlists/ofac-sdn");

const app = useTestApp({ PARTNERWISE_DATA_DIR: dataDir });
let jobs: JobRunner;
let a: Account;
let aAdmin: Account;
let aMember: Account;
let aViewer: Account;
let b: Account;

beforeAll(async () => {
  jobs = await startJobs(app.get().database, { pollingIntervalSeconds: 0.5 });
  const r = await importInstanceList(app.get().database, { format: "ofac-csv", path: OFAC });
  expect(r.status).toBe("done");
  a = await ownerWithOrg(app.get(), "NGO A");
  aAdmin = await memberOf(app.get(), a, "admin");
  aMember = await memberOf(app.get(), a, "member");
  aViewer = await memberOf(app.get(), a, "viewer");
  b = await ownerWithOrg(app.get(), "NGO B");
});
afterAll(async () => {
  await jobs?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Polls a GET until `done(body)` holds (the background job finished). */
async function until(client: Account["client"], path: string, done: (body: any) => boolean): Promise<Res> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const r = await client.get(path);
    if (r.status !== 200 || done(r.body) || Date.now() > deadline) return r;
    await new Promise((res) => setTimeout(res, 200));
  }
}

function form(fields: Record<string, string | { name: string; content: string }>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === "string") f.append(k, v);
    else f.append(k, new File([v.content], v.name, { type: "text/plain" }));
  }
  return f;
}

describe("screening names against the lists", () => {
  it("documents every route in the OpenAPI document", async () => {
    const doc = await a.client.get("/api/openapi.json");
    expect(doc.status).toBe(200);
    const paths = Object.keys(doc.body.paths);
    for (const p of [
      "/watchlists",
      "/watchlists/import",
      "/watchlists/imports/{id}",
      "/watchlists/screen",
      "/names/compare",
      "/companies/{id}/watchlist-hits",
      "/screenings/{id}/hits/{entityId}/judgement",
      "/screening-batches",
      "/screening-batches/{id}",
      "/screening-batches/{id}/report.csv",
    ]) {
      expect(paths).toContain(`/api/v1${p}`);
    }
  });

  it("finds a listed party under a disguised name, with explanations, and shows near-misses flagged match=false", async () => {
    const r = await aViewer.client.post("/api/v1/watchlists/screen", { name: "Banco Nacional de Cuba S.A.", country: "CU" });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ query: "Banco Nacional de Cuba S.A.", country: "CU", threshold: 0.8 });
    expect(r.body.matches[0]).toMatchObject({ list: "ofac-sdn", sourceId: "306", name: "BANCO NACIONAL DE CUBA", match: true });
    expect(r.body.matches[0].explanations.length).toBeGreaterThan(0);
    expect(r.body.matches.length).toBeLessThanOrEqual(10);
    for (const m of r.body.matches) expect(m.score).toBeGreaterThanOrEqual(0.4);
    const scores = r.body.matches.map((m: { score: number }) => m.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));

    const none = await a.client.post("/api/v1/watchlists/screen", { name: "Quillfeather Bakery GmbH" });
    expect(none.body.matches.filter((m: { match: boolean }) => m.match)).toEqual([]);
    expect(isProblem(await a.client.post("/api/v1/watchlists/screen", { name: "" }), 422)).toBe(true);
  });

  it("dates of birth and identifiers from the OFAC file are stored and weighed: the same raise a hit, another date is shown and never hides it", async () => {
    // OFAC ent_num 2676: "AL ZAWAHIRI, Dr. Ayman", remarks "DOB 19 Jun 1951; … Passport 1084010 (Egypt); alt. Passport 19820215".
    const [row] = await app
      .get()
      .database.db.select({ birthDates: watchlistEntity.birthDates, identifiers: watchlistEntity.identifiers })
      .from(watchlistEntity)
      .where(eq(watchlistEntity.sourceId, "2676"));
    expect(row).toEqual({ birthDates: ["1951-06-19"], identifiers: ["Passport 1084010 (Egypt)", "Passport 19820215"] });

    const screen = async (extra: Record<string, unknown>) => {
      const r = await aViewer.client.post("/api/v1/watchlists/screen", { name: "Aiman al Zawahri", type: "person", ...extra });
      expect(r.status).toBe(200);
      const m = r.body.matches.find((x: { sourceId: string }) => x.sourceId === "2676");
      expect(m).toBeDefined();
      const fact = (feature: string) => m.explanations.find((e: { feature: string }) => e.feature === feature);
      return { body: r.body, m, fact };
    };
    const plain = await screen({});
    expect(plain.m.match).toBe(true);
    expect(plain.fact("birth_date")).toBeUndefined();

    const sameDob = await screen({ birthDate: "1951-06-19" });
    expect(sameDob.body).toMatchObject({ birthDate: "1951-06-19" });
    expect(sameDob.m.score).toBeGreaterThan(plain.m.score);
    expect(sameDob.fact("birth_date")).toMatchObject({ detail: expect.stringContaining("same date of birth") });
    expect(sameDob.fact("birth_date").weight).toBeGreaterThan(0);

    const sameId = await screen({ ids: ["1084010"] });
    expect(sameId.body).toMatchObject({ ids: ["1084010"] });
    expect(sameId.m.score).toBeGreaterThan(plain.m.score);
    expect(sameId.fact("identifier")).toMatchObject({ detail: expect.stringContaining("same identifier") });

    // Another date of birth: the hit stays a match with its score, the conflict is shown beside it.
    const otherDob = await screen({ birthDate: "1980" });
    expect(otherDob.m).toMatchObject({ match: true, score: plain.m.score });
    expect(otherDob.fact("birth_date")).toMatchObject({ weight: 0, detail: expect.stringContaining("conflicting") });

    for (const birthDate of ["1951-02-30", "19.06.1951", "1951-13"]) {
      expect(isProblem(await a.client.post("/api/v1/watchlists/screen", { name: "Ayman al Zawahiri", birthDate }), 422)).toBe(true);
    }
    const tooMany = Array.from({ length: 11 }, (_, i) => `ID ${10000 + i}`);
    expect(isProblem(await a.client.post("/api/v1/watchlists/screen", { name: "Ayman al Zawahiri", ids: tooMany }), 422)).toBe(true);
  });

  it("compares two names", async () => {
    const r = await aViewer.client.post("/api/v1/names/compare", {
      name1: "Siemens AG",
      name2: "SIEMENS Aktiengesellschaft",
      type: "company",
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ match: true, threshold: 0.8 });
    expect(r.body.score).toBeGreaterThan(0.8);
    const diff = await a.client.post("/api/v1/names/compare", { name1: "Alpha Trading Ltd", name2: "Omega Trading Ltd" });
    expect(diff.body.match).toBe(false);
  });
});

describe("watchlist hits in screenings, judged and remembered", () => {
  let companyId: string;
  let screeningId: string;
  let entityId: number;

  it("a screening carries the hit as a signal with its explanation; the company's hits list it unjudged", async () => {
    const c = await a.client.post("/api/v1/companies", {
      name: "Aerocaribbean Airlines Ltd",
      otherNames: ["Aero Caribbean"],
      country: "CU",
    });
    expect(c.status).toBe(201);
    companyId = c.body.id;
    const s = await aMember.client.post(`/api/v1/companies/${companyId}/screenings`, {});
    expect(s.status).toBe(201);
    screeningId = s.body.id;
    const signal = s.body.signals.find((x: { source: string }) => x.source === "watchlist");
    expect(signal).toMatchObject({ severity: "high", criterionKey: "no_crime_political_links" });
    expect(signal.data).toMatchObject({
      list: "ofac-sdn",
      sourceId: "36",
      match: true,
      judgement: null,
      suppressed: false,
      threshold: 0.8,
    });

    const hits = await aViewer.client.get(`/api/v1/companies/${companyId}/watchlist-hits`);
    expect(hits.status).toBe(200);
    const hit = hits.body.hits.find((h: { sourceId: string }) => h.sourceId === "36");
    expect(hit).toMatchObject({ list: "ofac-sdn", name: "AEROCARIBBEAN AIRLINES", match: true, judgement: null, suppressed: false });
    expect(hit.explanations.length).toBeGreaterThan(0);
    entityId = hit.entityId;
  });

  it("viewers cannot judge; a false positive stops alerting and the draft's signal is set aside", async () => {
    const path = `/api/v1/screenings/${screeningId}/hits/${entityId}/judgement`;
    expect(isProblem(await aViewer.client.post(path, { verdict: "false_positive" }), 403)).toBe(true);
    expect(isProblem(await aMember.client.post(path, { verdict: "maybe" }), 422)).toBe(true);
    const j = await aMember.client.post(path, { verdict: "false_positive", note: "Different airline, founded 2020" });
    expect(j.status).toBe(201);
    expect(j.body).toMatchObject({
      companyId,
      entityId,
      list: "ofac-sdn",
      sourceId: "36",
      verdict: "false_positive",
      note: "Different airline, founded 2020",
    });

    const hits = (await a.client.get(`/api/v1/companies/${companyId}/watchlist-hits`)).body.hits;
    expect(hits.find((h: { entityId: number }) => h.entityId === entityId)).toMatchObject({
      suppressed: true,
      judgement: { verdict: "false_positive" },
    });
    const s = (await a.client.get(`/api/v1/screenings/${screeningId}`)).body;
    expect(s.signals.find((x: { key: string }) => x.key === `watchlist:${entityId}`)).toMatchObject({ severity: "info", points: 0 });

    // A new screening later does not alert on it either.
    await aMember.client.delete(`/api/v1/screenings/${screeningId}`);
    const again = await aMember.client.post(`/api/v1/companies/${companyId}/screenings`, {});
    screeningId = again.body.id;
    expect(again.body.signals.find((x: { key: string }) => x.key === `watchlist:${entityId}`)).toMatchObject({
      severity: "info",
      data: { suppressed: true },
    });
  });

  it("when the list changes the entry, the hit alerts again", async () => {
    const dir = mkdtempSync(join(dataDir, "ofac-"));
    cpSync(OFAC, dir, { recursive: true });
    const alt = readFileSync(join(dir, "alt.csv"), "latin1");
    writeFileSync(
      join(dir, "alt.csv"),
      alt.replace('36,12,"aka","AERO-CARIBBEAN",-0- ', '36,12,"aka","AERO-CARIBBEAN",-0- \r\n36,13,"aka","AEROCARIBE CUBANA",-0- '),
      "latin1",
    );
    const r = await importInstanceList(app.get().database, { format: "ofac-csv", path: dir });
    expect(r).toMatchObject({ status: "done", changed: 1, added: 0, removed: 0 });

    const hit = (await a.client.get(`/api/v1/companies/${companyId}/watchlist-hits`)).body.hits.find(
      (h: { entityId: number }) => h.entityId === entityId,
    );
    expect(hit).toMatchObject({ suppressed: false, judgement: null, entryChangedSinceJudgement: true });
    const s = (await aMember.client.post(`/api/v1/screenings/${screeningId}/refresh-signals`)).body;
    expect(s.signals.find((x: { key: string }) => x.key === `watchlist:${entityId}`)).toMatchObject({ severity: "high" });

    // A true match is critical evidence.
    const j = await aMember.client.post(`/api/v1/screenings/${screeningId}/hits/${entityId}/judgement`, { verdict: "true_match" });
    expect(j.status).toBe(201);
    const after = (await a.client.get(`/api/v1/screenings/${screeningId}`)).body;
    expect(after.signals.find((x: { key: string }) => x.key === `watchlist:${entityId}`)).toMatchObject({ severity: "critical" });
  });

  it("another organisation gets 404 on the company's hits and on judging its screening", async () => {
    expect(isProblem(await b.client.get(`/api/v1/companies/${companyId}/watchlist-hits`), 404)).toBe(true);
    expect(
      isProblem(await b.client.post(`/api/v1/screenings/${screeningId}/hits/${entityId}/judgement`, { verdict: "false_positive" }), 404),
    ).toBe(true);
    // B's own company of the same name has no judgement of A's.
    const c = await b.client.post("/api/v1/companies", { name: "Aerocaribbean Airlines Ltd", country: "CU" });
    const hits = (await b.client.get(`/api/v1/companies/${c.body.id}/watchlist-hits`)).body.hits;
    expect(hits.find((h: { entityId: number }) => h.entityId === entityId)).toMatchObject({ judgement: null, suppressed: false });
  });
});

describe("an organisation's private list (imported by the background job)", () => {
  const ftm = [
    { id: "priv-1", schema: "Company", properties: { name: ["Grobnik Shadow Recruiting OOO"], country: ["ru"] } },
    { id: "priv-2", schema: "Person", properties: { name: ["Kazimir Vantongeren"], country: ["nl"] } },
  ]
    .map((e) => JSON.stringify(e))
    .join("\n");
  let importId: string;

  it("admins only: members and viewers get 403", async () => {
    for (const who of [aMember, aViewer]) {
      expect(
        isProblem(
          await who.client.post(
            "/api/v1/watchlists/import",
            form({ format: "ftm-json", name: "ngo-a-private", file: { name: "private.jsonl", content: ftm } }),
          ),
          403,
        ),
      ).toBe(true);
    }
  });

  it("imports in the background with progress, then screening in the organisation finds its entries", async () => {
    const r = await aAdmin.client.post(
      "/api/v1/watchlists/import",
      form({ format: "ftm-json", name: "ngo-a-private", file: { name: "private.jsonl", content: ftm } }),
    );
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ status: "running", name: "ngo-a-private", filename: "private.jsonl" });
    importId = r.body.id;
    const done = await until(aViewer.client, `/api/v1/watchlists/imports/${importId}`, (x) => x.status !== "running");
    expect(done.body).toMatchObject({ status: "done", processed: 2, added: 2, version: 1, error: null });

    const lists = (await a.client.get("/api/v1/watchlists")).body.items;
    expect(lists).toContainEqual(expect.objectContaining({ name: "ngo-a-private", scope: "organization", entityCount: 2 }));
    expect(lists).toContainEqual(expect.objectContaining({ name: "ofac-sdn", scope: "instance" }));
    const hit = await a.client.post("/api/v1/watchlists/screen", { name: "Grobnik Shadow Recruiting LLC" });
    expect(hit.body.matches[0]).toMatchObject({ list: "ngo-a-private", sourceId: "priv-1", match: true });
    expect((await a.client.get("/api/v1/watchlists/imports")).body.items.map((i: { id: string }) => i.id)).toContain(importId);
  });

  it("a damaged upload fails with a clear error and creates no list", async () => {
    const r = await a.client.post(
      "/api/v1/watchlists/import",
      form({
        format: "un-xml",
        name: "broken-un",
        file: { name: "un.xml", content: "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>" },
      }),
    );
    expect(r.status).toBe(202);
    const done = await until(a.client, `/api/v1/watchlists/imports/${r.body.id}`, (x) => x.status !== "running");
    expect(done.body.status).toBe("failed");
    expect(done.body.error).toMatch(/incomplete/);
    expect((await a.client.get("/api/v1/watchlists")).body.items.map((l: { name: string }) => l.name)).not.toContain("broken-un");
    expect(isProblem(await aAdmin.client.post("/api/v1/watchlists/import", form({ format: "ofac-csv" })), 422)).toBe(true);
  });

  it("another organisation never sees the private list, its entries or its imports", async () => {
    const lists = (await b.client.get("/api/v1/watchlists")).body.items.map((l: { name: string }) => l.name);
    expect(lists).toContain("ofac-sdn");
    expect(lists).not.toContain("ngo-a-private");
    const s = await b.client.post("/api/v1/watchlists/screen", { name: "Grobnik Shadow Recruiting OOO" });
    expect(s.body.matches.filter((m: { list: string }) => m.list === "ngo-a-private")).toEqual([]);
    expect(isProblem(await b.client.get(`/api/v1/watchlists/imports/${importId}`), 404)).toBe(true);
    expect((await b.client.get("/api/v1/watchlists/imports")).body.items).toEqual([]);
  });
});

describe("batch screening", () => {
  const csv =
    'id,name,country\nP-1,Banco Nacional de Cuba,CU\nP-2,Quillfeather Bakery GmbH,DE\nP-3,"Aerocaribbean Airlines, Ltd.",\nP-4,Grobnik Shadow Recruiting OOO,RU\n';
  let batchId: string;

  it("viewers cannot start one; a file without a name column is refused", async () => {
    expect(isProblem(await aViewer.client.post("/api/v1/screening-batches", form({ file: { name: "n.csv", content: csv } })), 403)).toBe(
      true,
    );
    const bad = await aMember.client.post("/api/v1/screening-batches", form({ file: { name: "n.csv", content: "firma,land\nX,DE\n" } }));
    expect(isProblem(bad, 422)).toBe(true);
    expect(bad.body.detail).toMatch(/"name" column/);
  });

  it("screens every row in the background with progress, then reports rows and a CSV", async () => {
    const r = await aMember.client.post("/api/v1/screening-batches", form({ file: { name: "prospects.csv", content: csv } }));
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ filename: "prospects.csv", total: 4 });
    batchId = r.body.id;
    const done = await until(aViewer.client, `/api/v1/screening-batches/${batchId}`, (x) => x.status === "done" || x.status === "failed");
    expect(done.body).toMatchObject({ status: "done", processed: 4, total: 4, threshold: 0.8 });
    const rows = done.body.rows as Array<{ id: string; query: string; matches: Array<{ list: string; sourceId: string; match: boolean }> }>;
    expect(rows.map((x) => x.id)).toEqual(["P-1", "P-2", "P-3", "P-4"]);
    expect(rows[0]).toMatchObject({ query: "Banco Nacional de Cuba", country: "CU" });
    expect(rows[0].matches[0]).toMatchObject({ list: "ofac-sdn", sourceId: "306", match: true });
    expect(rows[1].matches.filter((m) => m.match)).toEqual([]);
    expect(rows[2].matches[0]).toMatchObject({ sourceId: "36", match: true });
    expect(rows[3].matches[0]).toMatchObject({ list: "ngo-a-private", sourceId: "priv-1", match: true });

    const rep = await a.client.get(`/api/v1/screening-batches/${batchId}/report.csv`);
    expect(rep.status).toBe(200);
    expect(rep.contentType).toContain("text/csv");
    const lines = (rep.body as string)
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("id,name,country,status,best_match,score,match,list,source_id,explanation,matches,hits");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^P-1,Banco Nacional de Cuba,CU,hit,BANCO NACIONAL DE CUBA,0?\.?\d*,true,ofac-sdn,306,"matched: /);
    expect(lines[2]).toMatch(/^P-2,Quillfeather Bakery GmbH,DE,clear,/);
    expect((await a.client.get("/api/v1/screening-batches")).body.items.map((x: { id: string }) => x.id)).toContain(batchId);
  });

  it("reports a row whose name is over 500 characters as rejected without screening it, quickly", async () => {
    const long = "Banco Nacional de Cuba ".repeat(12_000); // 276,000 characters: minutes of scoring before the cap
    const started = Date.now();
    const r = await aMember.client.post(
      "/api/v1/screening-batches",
      form({ file: { name: "long.csv", content: `id,name\nL-1,${long}\nL-2,Banco Nacional de Cuba\n` } }),
    );
    expect(r.status).toBe(202);
    const done = await until(aMember.client, `/api/v1/screening-batches/${r.body.id}`, (x) => x.status === "done" || x.status === "failed");
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(done.body).toMatchObject({ status: "done", processed: 2, total: 2 });
    const [rejected, screened] = done.body.rows;
    expect(rejected).toMatchObject({ id: "L-1", rejected: "name_too_long", matches: null });
    expect(rejected.query).toHaveLength(501); // cut to the limit, with an ellipsis
    expect(screened).toMatchObject({ id: "L-2", rejected: null });
    expect(screened.matches[0]).toMatchObject({ sourceId: "306", match: true });
    const rep = await aMember.client.get(`/api/v1/screening-batches/${r.body.id}/report.csv`);
    expect((rep.body as string).split("\r\n")[1]).toMatch(/^L-1,Banco Nacional.*…,,rejected: name_too_long,/);
  });

  it("another organisation gets 404 on the batch and its report and never lists it", async () => {
    expect(isProblem(await b.client.get(`/api/v1/screening-batches/${batchId}`), 404)).toBe(true);
    expect(isProblem(await b.client.get(`/api/v1/screening-batches/${batchId}/report.csv`), 404)).toBe(true);
    expect((await b.client.get("/api/v1/screening-batches")).body.items).toEqual([]);
    // B's own batch sees the instance lists but not A's private one.
    const r = await b.client.post(
      "/api/v1/screening-batches",
      form({ file: { name: "b.csv", content: "name\nGrobnik Shadow Recruiting OOO\n" } }),
    );
    const done = await until(b.client, `/api/v1/screening-batches/${r.body.id}`, (x) => x.status === "done");
    expect(done.body.rows[0]).toMatchObject({ id: "1", query: "Grobnik Shadow Recruiting OOO" });
    expect(done.body.rows[0].matches.filter((m: { list: string }) => m.list === "ngo-a-private")).toEqual([]);
  });
});

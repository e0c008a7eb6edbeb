import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importInstanceList } from "../../src/domains/watchlists/watchlists.service.js";
import { watchlist, watchlistEntity, watchlistStaging } from "../../src/domains/watchlists/watchlists.table.js";
import { ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

// Imports of the real lists (OFAC SDN CSV set, UN consolidated XML): counts, a re-import of a modified
// copy recording what was added, changed and removed, an unchanged re-import, and damaged files that
// fail with a clear error and leave the list exactly as it was.

const OFAC = resolve("tests/fixtures/reference-data/watchlists/ofac-sdn");
const UN = resolve("tests/fixtures/reference-data/watchlists/un/consolidated.xml");
const app = useTestApp();
const tmp = mkdtempSync(join(tmpdir(), "pw-wl-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** sdn.csv rows that start with an ent_num: one entity each. */
function ofacIds(dir = OFAC): string[] {
  return readFileSync(join(dir, "sdn.csv"), "utf8")
    .split(/\r?\n/)
    .map((l) => /^(\d+),/.exec(l)?.[1])
    .filter((x): x is string => !!x);
}

/** A copy of the OFAC set with one entity removed, one renamed and one added (ent_num above the rest). */
function modifiedOfac(remove: string, rename: string, newName: string): string {
  const dir = mkdtempSync(join(tmp, "ofac-"));
  cpSync(OFAC, dir, { recursive: true });
  const sdn = readFileSync(join(dir, "sdn.csv"), "latin1").split("\r\n");
  const out = sdn
    .filter((l) => !l.startsWith(`${remove},`))
    .map((l) => (l.startsWith(`${rename},`) ? l.replace(/^(\d+),"[^"]*"/, `$1,"${newName}"`) : l));
  const eof = out.findIndex((l) => l.startsWith("\x1a"));
  out.splice(
    eof >= 0 ? eof : out.length,
    0,
    `99999901,"ZYLBERQUIST TEST HOLDINGS LTD",-0- ,"TEST",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `,
  );
  writeFileSync(join(dir, "sdn.csv"), out.join("\r\n"), "latin1");
  return dir;
}

let owner: Account;
beforeAll(async () => {
  owner = await ownerWithOrg(app.get(), "NGO Lists");
});

describe("watchlist import (instance-wide, as the CLI runs it)", () => {
  it("imports the OFAC SDN CSV set: one entity per sdn.csv row, listed with version and count", async () => {
    const ids = ofacIds();
    const r = await importInstanceList(app.get().database, { format: "ofac-csv", path: OFAC });
    expect(r).toMatchObject({
      status: "done",
      name: "ofac-sdn",
      version: 1,
      processed: ids.length,
      added: ids.length,
      changed: 0,
      removed: 0,
      error: null,
    });
    const lists = await owner.client.get("/api/v1/watchlists");
    expect(lists.status).toBe(200);
    expect(lists.body.items).toContainEqual(
      expect.objectContaining({ name: "ofac-sdn", format: "ofac-csv", scope: "instance", currentVersion: 1, entityCount: ids.length }),
    );
    // Aliases from alt.csv and countries from add.csv land on the entity.
    const [bnc] = await app
      .get()
      .database.db.select()
      .from(watchlistEntity)
      .where(and(eq(watchlistEntity.watchlistId, r.watchlistId!), eq(watchlistEntity.sourceId, "306")));
    expect(bnc.names).toEqual(["BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA"]);
    expect(bnc.countries).toEqual(expect.arrayContaining(["CH", "ES", "JP", "PA"]));
  });

  it("imports the UN consolidated XML: one entity per INDIVIDUAL and ENTITY", async () => {
    const xml = readFileSync(UN, "utf8");
    const expected = (xml.match(/<INDIVIDUAL>/g)?.length ?? 0) + (xml.match(/<ENTITY>/g)?.length ?? 0);
    const r = await importInstanceList(app.get().database, { format: "un-xml", path: UN });
    expect(r).toMatchObject({ status: "done", name: "un", version: 1, processed: expected, added: expected });
    const lists = (await owner.client.get("/api/v1/watchlists")).body.items;
    expect(lists.find((l: { name: string }) => l.name === "un")).toMatchObject({ entityCount: expected, currentVersion: 1 });
  });

  it("a re-import of a modified copy records added, changed and removed; entities carry the versions", async () => {
    const ids = ofacIds();
    const [removeId, renameId] = [ids[10], ids[20]];
    const dir = modifiedOfac(removeId, renameId, "RENAMED TEST ENTITY");
    const r = await importInstanceList(app.get().database, { format: "ofac-csv", path: dir });
    expect(r).toMatchObject({ status: "done", version: 2, processed: ids.length, added: 1, changed: 1, removed: 1 });
    const db = app.get().database.db;
    const rows = await db.select().from(watchlistEntity).where(eq(watchlistEntity.watchlistId, r.watchlistId!));
    const by = new Map(rows.map((e) => [e.sourceId, e]));
    expect(by.get(removeId)).toMatchObject({ removedInVersion: 2 });
    expect(by.get(renameId)).toMatchObject({ changedInVersion: 2, removedInVersion: null });
    expect(by.get(renameId)!.names[0]).toBe("RENAMED TEST ENTITY");
    expect(by.get("99999901")).toMatchObject({ addedInVersion: 2, names: ["ZYLBERQUIST TEST HOLDINGS LTD"] });
    const [list] = await db.select().from(watchlist).where(eq(watchlist.id, r.watchlistId!));
    expect(list).toMatchObject({ currentVersion: 2, entityCount: ids.length });

    // Back to the original: the removed entity returns (added), the renamed one changes back, the new one goes.
    const back = await importInstanceList(app.get().database, { format: "ofac-csv", path: OFAC });
    expect(back).toMatchObject({ status: "done", version: 3, added: 1, changed: 1, removed: 1 });
    expect(
      (
        await db
          .select()
          .from(watchlistEntity)
          .where(and(eq(watchlistEntity.watchlistId, r.watchlistId!), eq(watchlistEntity.sourceId, removeId)))
      )[0],
    ).toMatchObject({ removedInVersion: null, addedInVersion: 3 });
  });

  it("an identical re-import changes nothing and keeps the version", async () => {
    const r = await importInstanceList(app.get().database, { format: "un-xml", path: UN });
    expect(r).toMatchObject({ status: "done", version: 1, added: 0, changed: 0, removed: 0 });
  });
});

describe("repeated entries", () => {
  it("a source id repeated in the file counts once; its last occurrence wins", async () => {
    const path = join(tmp, "dupes.jsonl");
    const e = (id: string, name: string) => JSON.stringify({ id, schema: "Company", properties: { name: [name] } });
    writeFileSync(path, [e("d-1", "First Name Holdings"), e("d-2", "Other Holdings"), e("d-1", "Second Name Holdings")].join("\n") + "\n");
    const r = await importInstanceList(app.get().database, { format: "ftm-json", path, name: "dupes" });
    expect(r).toMatchObject({ status: "done", processed: 3, added: 2 });
    const [d1] = await app
      .get()
      .database.db.select()
      .from(watchlistEntity)
      .where(and(eq(watchlistEntity.watchlistId, r.watchlistId!), eq(watchlistEntity.sourceId, "d-1")));
    expect(d1.names).toEqual(["Second Name Holdings"]);
  });
});

describe("damaged files: clear error, nothing half-imported", () => {
  const ftmLine = (i: number) =>
    JSON.stringify({
      id: `t-${i}`,
      schema: i % 2 ? "Company" : "Person",
      properties: { name: [`Testname Number${i} Ltd`], country: ["de"] },
    });

  it("FtM JSON lines with a broken line after several staged batches: failed, the list keeps its version and entities", async () => {
    const good = join(tmp, "good.jsonl");
    writeFileSync(good, [1, 2, 3].map(ftmLine).join("\n") + "\n");
    const first = await importInstanceList(app.get().database, { format: "ftm-json", path: good, name: "ftm-test" });
    expect(first).toMatchObject({ status: "done", version: 1, added: 3 });

    const broken = join(tmp, "broken.jsonl");
    const lines = Array.from({ length: 4500 }, (_, i) => ftmLine(i + 10));
    lines.push('{"id": "t-x", "schema": "Company", "properties": {"name": ["Cut off');
    lines.push(ftmLine(99999));
    writeFileSync(broken, lines.join("\n") + "\n");
    const r = await importInstanceList(app.get().database, { format: "ftm-json", path: broken, name: "ftm-test" });
    expect(r.status).toBe("failed");
    expect(r.error).toMatch(/not valid JSON \(after 4500 entities\)/);
    expect(r.processed).toBeGreaterThanOrEqual(4000); // batches were staged before the bad line
    const db = app.get().database.db;
    const [list] = await db.select().from(watchlist).where(eq(watchlist.name, "ftm-test"));
    expect(list).toMatchObject({ currentVersion: 1, entityCount: 3 });
    expect(await db.$count(watchlistEntity, eq(watchlistEntity.watchlistId, list.id))).toBe(3);
    expect(await db.$count(watchlistStaging, eq(watchlistStaging.importId, r.id))).toBe(0);
  });

  it("a truncated UN XML fails before anything is read; a first import that fails leaves no list behind", async () => {
    const cut = join(tmp, "cut.xml");
    const xml = readFileSync(UN, "utf8");
    writeFileSync(cut, xml.slice(0, Math.floor(xml.length / 2)));
    const r = await importInstanceList(app.get().database, { format: "un-xml", path: cut, name: "un-cut" });
    expect(r).toMatchObject({ status: "failed", added: 0 });
    expect(r.error).toMatch(/incomplete.*<\/CONSOLIDATED_LIST>/);
    expect(await app.get().database.db.$count(watchlist, eq(watchlist.name, "un-cut"))).toBe(0);
  });

  it("a wrong folder or format says what is missing", async () => {
    const empty = mkdtempSync(join(tmp, "empty-"));
    writeFileSync(join(empty, "sdn.csv"), "not,a,list\n");
    const missing = await importInstanceList(app.get().database, { format: "ofac-csv", path: empty, name: "x1" });
    expect(missing.error).toMatch(/lacks alt\.csv, add\.csv/);
    const notUn = await importInstanceList(app.get().database, { format: "un-xml", path: join(OFAC, "sdn.csv"), name: "x2" });
    expect(notUn.error).toMatch(/not the UN Security Council consolidated list/);
    const mixed = await importInstanceList(app.get().database, { format: "un-xml", path: UN, name: "ofac-sdn" });
    expect(mixed).toMatchObject({ status: "failed" });
    expect(mixed.error).toMatch(/holds ofac-csv data/);
  });

  it("OFAC files mixed up (alt.csv given as sdn.csv) fail clearly instead of replacing the list with alias numbers", async () => {
    const [before] = await app.get().database.db.select().from(watchlist).where(eq(watchlist.name, "ofac-sdn"));
    const swapped = mkdtempSync(join(tmp, "swapped-"));
    cpSync(join(OFAC, "alt.csv"), join(swapped, "sdn.csv"));
    cpSync(join(OFAC, "sdn.csv"), join(swapped, "alt.csv"));
    cpSync(join(OFAC, "add.csv"), join(swapped, "add.csv"));
    const r = await importInstanceList(app.get().database, { format: "ofac-csv", path: swapped });
    expect(r).toMatchObject({ status: "failed", added: 0, removed: 0 });
    expect(r.error).toMatch(/sdn\.csv is not OFAC's sdn\.csv: its rows have 5 columns, sdn\.csv has 12 — the shape of OFAC's alt\.csv/);
    const [after] = await app.get().database.db.select().from(watchlist).where(eq(watchlist.name, "ofac-sdn"));
    expect(after).toMatchObject({ currentVersion: before.currentVersion, entityCount: before.entityCount });

    // add.csv in alt.csv's place, and an sdn.csv whose type column is not OFAC's.
    const addAsAlt = mkdtempSync(join(tmp, "addasalt-"));
    cpSync(join(OFAC, "sdn.csv"), join(addAsAlt, "sdn.csv"));
    cpSync(join(OFAC, "add.csv"), join(addAsAlt, "alt.csv"));
    writeFileSync(join(addAsAlt, "add.csv"), "");
    expect((await importInstanceList(app.get().database, { format: "ofac-csv", path: addAsAlt, name: "x3" })).error).toMatch(
      /alt\.csv is not OFAC's alt\.csv: its rows have 6 columns.*add\.csv/,
    );
    const odd = mkdtempSync(join(tmp, "odd-"));
    writeFileSync(join(odd, "sdn.csv"), '1,"ACME",company,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n');
    writeFileSync(join(odd, "alt.csv"), "");
    writeFileSync(join(odd, "add.csv"), "");
    expect((await importInstanceList(app.get().database, { format: "ofac-csv", path: odd, name: "x4" })).error).toMatch(
      /third column of its first row is "company"/,
    );
  });
});

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Entity } from "./types.js";
import { csvRows } from "./sources/csv-stream.js";
import { readFtmJsonl } from "./sources/ftm.js";
import { readOfacSdn } from "./sources/ofac.js";
import { readUnConsolidated, unEntities } from "./sources/un.js";
import { xmlEvents } from "./sources/xml-stream.js";

const DATA = process.env.MATCHING_DATA_DIR ?? resolve(process.cwd(), "tests/fixtures/reference-data");

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* chunks(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

describe("streaming parsers", () => {
  it("parse CSV whatever the chunk boundaries (quotes, commas and newlines inside fields)", async () => {
    // The file's line break is the first one outside quotes; a line break inside quotes stays in its field.
    for (const eol of ["\r\n", "\n", "\r"]) {
      const text = `a,"b, c","d ""e"""${eol}1,"multi\nline",3${eol}${eol}x,"y${eol}"${eol}`;
      for (const size of [1, 2, 5, 100]) {
        expect(await collect(csvRows(chunks(text, size)))).toEqual([
          ["a", "b, c", 'd "e"'],
          ["1", "multi\nline", "3"],
          [""],
          ["x", `y${eol}`],
        ]);
      }
    }
  });

  it("read CSV bytes split inside a character", async () => {
    const bytes = Buffer.from("name,country\r\nMüller GmbH,Österreich\r\n");
    async function* split() {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
    }
    expect(await collect(csvRows(split()))).toEqual([
      ["name", "country"],
      ["Müller GmbH", "Österreich"],
    ]);
  });

  it("tokenise XML whatever the chunk boundaries", async () => {
    const xml = '<?xml version="1.0"?><A x="1 &amp; 2"><B>t&lt;u</B><C/><!-- c --><D><![CDATA[<raw>]]></D></A>';
    for (const size of [1, 3, 1000]) {
      const events = await collect(xmlEvents(chunks(xml, size)));
      expect(events.filter((e) => e.kind === "text").map((e) => (e.kind === "text" ? e.text : ""))).toEqual(["t<u", "<raw>"]);
      expect(events[0]).toEqual({ kind: "open", name: "A", attrs: { x: "1 & 2" }, selfClosing: false });
    }
  });
});

describe("OFAC SDN", () => {
  it("reads all 8,976 entries with their aliases, types and countries", async () => {
    const entities = await collect(readOfacSdn(join(DATA, "watchlists/ofac-sdn")));
    expect(entities).toHaveLength(8976);
    const byType = (t: string) => entities.filter((e) => e.type === t).length;
    expect([byType("person"), byType("company"), byType("vessel"), byType("aircraft")]).toEqual([4620, 3673, 406, 277]);
    const bnc = entities.find((e) => e.sourceId === "306") as Entity;
    expect(bnc.names).toEqual(["BANCO NACIONAL DE CUBA", "NATIONAL BANK OF CUBA"]);
    expect(bnc.countries).toContain("CH");
    expect(entities.reduce((s, e) => s + e.names.length - 1, 0)).toBe(11910);
  });
});

describe("UN consolidated list", () => {
  it("reads 730 individuals and 273 entities, with aliases, original-script names and countries", async () => {
    const entities = await collect(readUnConsolidated(join(DATA, "watchlists/un/consolidated.xml")));
    expect(entities.filter((e) => e.type === "person")).toHaveLength(730);
    expect(entities.filter((e) => e.type === "company")).toHaveLength(273);
    const saddam = entities.find((e) => e.names.includes("صدام حسين التكريتي")) as Entity;
    expect(saddam.names[0]).toBe("SADDAM HUSSEIN AL-TIKRITI");
    expect(saddam.countries).toContain("IQ");
    expect(entities.find((e) => e.sourceId === "6907993")?.countries).toEqual(expect.arrayContaining(["CD", "RW"]));
  });

  it("works on any chunked source", async () => {
    const xml =
      "<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>1</DATAID><FIRST_NAME>ACME</FIRST_NAME><ENTITY_ALIAS><ALIAS_NAME>ACME TRADING</ALIAS_NAME></ENTITY_ALIAS><ENTITY_ADDRESS><COUNTRY>Iran (Islamic Republic of)</COUNTRY></ENTITY_ADDRESS></ENTITY></ENTITIES></CONSOLIDATED_LIST>";
    expect(await collect(unEntities(chunks(xml, 7)))).toEqual([
      { list: "un", sourceId: "1", type: "company", names: ["ACME", "ACME TRADING"], countries: ["IR"] },
    ]);
  });
});

describe("FollowTheMoney JSON lines", () => {
  it("reads parties with names, aliases, weak aliases, previous names, countries, dates of birth and identifiers; skips other schemata", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ftm-"));
    const file = join(dir, "entities.ftm.json");
    const lines = [
      {
        id: "os-1",
        schema: "Company",
        properties: {
          name: ["Acme Ltd"],
          alias: ["Acme"],
          previousName: ["Old Acme"],
          jurisdiction: ["gb"],
          registrationNumber: ["01234567"],
        },
      },
      {
        id: "os-2",
        schema: "Person",
        properties: {
          name: ["Ivan Petrov"],
          weakAlias: ["Vanya"],
          nationality: ["ru"],
          birthDate: ["1961-02-13", "1961"],
          passportNumber: ["12"],
        },
      },
      { id: "os-3", schema: "Address", properties: { full: ["1 Road"] } },
      { id: "os-4", schema: "Vessel", properties: { name: ["SEA STAR"], flag: ["pa"], imoNumber: ["9187629"] } },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    const entities = await collect(readFtmJsonl(file));
    expect(entities).toEqual([
      {
        list: "opensanctions",
        sourceId: "os-1",
        type: "company",
        names: ["Acme Ltd", "Acme", "Old Acme"],
        countries: ["GB"],
        ids: ["01234567"],
      },
      // A two-digit passport number is too short to tell people apart: left out.
      {
        list: "opensanctions",
        sourceId: "os-2",
        type: "person",
        names: ["Ivan Petrov", "Vanya"],
        countries: ["RU"],
        birthDates: ["1961-02-13", "1961"],
      },
      { list: "opensanctions", sourceId: "os-4", type: "vessel", names: ["SEA STAR"], countries: ["PA"], ids: ["IMO 9187629"] },
    ]);
  });
});

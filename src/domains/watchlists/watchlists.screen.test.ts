import { describe, expect, it } from "vitest";
import { compare, parseNamePairs, parseNameRows } from "./watchlists.screen.js";
import { contentHash } from "./watchlists.sources.js";

describe("parseNameRows", () => {
  it("reads name, country and id whatever the header's case, BOM or column order; id falls back to the row number", () => {
    const rows = parseNameRows('\uFEFFID, Country ,Name\nx-1,DE,Müller GmbH\n,,"Doe, John"\n\n');
    expect(rows).toEqual([
      { id: "x-1", name: "Müller GmbH", country: "DE" },
      { id: "2", name: "Doe, John" },
    ]);
    expect(parseNameRows("name\nA\nB\n").map((r) => r.id)).toEqual(["1", "2"]);
  });

  it("refuses a file without a name column, saying what it found", () => {
    expect(() => parseNameRows("firma,land\nX,DE\n")).toThrow(/"name" column.*found: firma, land/);
  });
});

describe("parseNamePairs", () => {
  it("reads name1, name2 and an optional type in input order", () => {
    expect(parseNamePairs("name1,name2,type\nA Ltd,A Limited,Company\nB,C,\n")).toEqual([
      { name1: "A Ltd", name2: "A Limited", type: "company" },
      { name1: "B", name2: "C" },
    ]);
    expect(() => parseNamePairs("a,b\n1,2\n")).toThrow(/name1.*name2/);
  });
});

describe("contentHash", () => {
  it("changes with names and type, not with the order of countries", () => {
    const e = { type: "company" as const, names: ["Acme Ltd", "Acme"], countries: ["DE", "FR"] };
    expect(contentHash(e)).toBe(contentHash({ ...e, countries: ["FR", "DE"] }));
    expect(contentHash(e)).not.toBe(contentHash({ ...e, names: ["Acme Ltd", "Acme", "Acme Trading"] }));
    expect(contentHash(e)).not.toBe(contentHash({ ...e, type: "person" }));
  });

  it("changes with dates of birth and identifiers; an entry without them keeps the hash it had before they were stored", () => {
    const e = { type: "person" as const, names: ["PETROV, Ivan"], countries: ["RU"] };
    expect(contentHash({ ...e, birthDates: [], ids: [] })).toBe(contentHash(e));
    expect(contentHash({ ...e, birthDates: ["1961-02-13"] })).not.toBe(contentHash(e));
    expect(contentHash({ ...e, birthDates: ["1961-02-13"] })).not.toBe(contentHash({ ...e, birthDates: ["1961-02-14"] }));
    expect(contentHash({ ...e, ids: ["Passport 1084010"] })).not.toBe(contentHash(e));
  });
});

describe("compare", () => {
  it("returns the engine's score, decision, threshold and explanations", () => {
    const r = compare({ name1: "Acme Trading Ltd", name2: "ACME TRADING LIMITED", type: "company" });
    expect(r).toMatchObject({ match: true, threshold: 0.8 });
    expect(r.explanations.length).toBeGreaterThan(0);
  });
});

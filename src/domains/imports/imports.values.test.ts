import { describe, expect, it } from "vitest";
import { normalizeNace, optional, registrationKey, resolveCountry, resolveLanguage, resolveSize, splitList } from "./imports.values.js";
import { companyFromRow, contactFromRow, nameKeys } from "./imports.rows.js";

describe("cell values", () => {
  it("reads countries as codes or English/German names", () => {
    for (const [v, code] of [
      ["de", "DE"],
      ["DEU", "DE"],
      ["Deutschland", "DE"],
      ["Germany", "DE"],
      ["Österreich", "AT"],
      ["Oesterreich", "AT"],
      ["UK", "GB"],
      ["Großbritannien", "GB"],
      ["Czech Republic", "CZ"],
      ["Tschechien", "CZ"],
      ["USA", "US"],
      ["Niederlande", "NL"],
      [" france ", "FR"],
    ] as const) {
      expect(resolveCountry(v), v).toBe(code);
    }
    for (const v of ["Germny", "n/a", "XX", "", "Europe"]) expect(resolveCountry(v), v).toBeNull();
  });

  it("reads size classes from the words people use", () => {
    expect(["KMU", "small", "Mittelstand", "SME"].map(resolveSize)).toEqual(["sme", "sme", "sme", "sme"]);
    expect(["Großunternehmen", "large", "Konzern"].map(resolveSize)).toEqual(["large", "large", "large"]);
    expect(["lokal", "micro"].map(resolveSize)).toEqual(["local", "local"]);
    expect(resolveSize("gigantic")).toBeNull();
  });

  it("reads NACE codes as registers write them, and section/division names", () => {
    expect(
      ["H 49.41", "4941", "49.41.0", "49", "c", "Manufacturing", "Land transport and transport via pipelines"].map(normalizeNace),
    ).toEqual(["49.41", "49.41", "49.41", "49", "C", "C", "49"]);
    expect(normalizeNace("Logistik")).toBe("Logistik");
  });

  it("reads languages, lists, placeholders and registration numbers", () => {
    expect(["Deutsch", "German", "de-AT", "FR"].map(resolveLanguage)).toEqual(["de", "de", "de", "fr"]);
    expect(resolveLanguage("Klingonisch")).toBeNull();
    expect(splitList(" a; b |a ;; c ", /[;|]/)).toEqual(["a", "b", "c"]);
    expect([optional(" - "), optional("n/a"), optional(" x ")]).toEqual([null, null, "x"]);
    expect(registrationKey("HRB 12-345")).toBe(registrationKey("hrb12345"));
    expect(registrationKey("-")).toBeNull();
  });

  it("folds names both ways so Muller, Mueller and Müller meet", () => {
    expect(nameKeys("Müller Logistik GmbH")).toEqual(["muller logistik gmbh", "mueller logistik gmbh"]);
    expect(nameKeys("Mueller Logistik GmbH")).toEqual(["mueller logistik gmbh"]);
  });
});

describe("rows", () => {
  const mapping = { name: "Firma", country: "Land", sizeClass: "Größe", tags: "Tags", otherNames: "Alias" };
  it("turns a messy company row into a valid company", () => {
    const r = companyFromRow(
      {
        name: " Müller Logistik GmbH ",
        country: "Deutschland",
        sizeClass: "KMU",
        tags: "a, b; a",
        otherNames: "Müller Logistik GmbH | Müller Spedition",
      },
      mapping,
    );
    expect(r.errors).toEqual([]);
    expect(r.input).toMatchObject({
      name: "Müller Logistik GmbH",
      country: "DE",
      sizeClass: "sme",
      tags: ["a", "b"],
      otherNames: ["Müller Spedition"],
    });
  });

  it("reports each bad field once, with its column", () => {
    const r = companyFromRow({ name: "", country: "Germny", sizeClass: "huge" }, mapping);
    expect(r.input).toBeNull();
    expect(r.errors.map((e) => [e.field, e.column])).toEqual([
      ["country", "Land"],
      ["sizeClass", "Größe"],
      ["name", "Firma"],
    ]);
  });

  it("builds a contact from first and last name and checks email and language", () => {
    const ok = contactFromRow(
      { firstName: "Jana", lastName: "Novák", email: "mailto:jana@example.org", preferredLanguage: "Deutsch", companyCountry: "NL" },
      {},
    );
    expect(ok.input).toMatchObject({ name: "Jana Novák", email: "jana@example.org", preferredLanguage: "de", companyCountry: "NL" });
    const bad = contactFromRow({ name: "X", email: "nope", preferredLanguage: "xx" }, { email: "E-Mail" });
    expect(bad.errors.map((e) => e.field).sort()).toEqual(["email", "preferredLanguage"]);
  });
});

describe("trigrams", () => {
  it("are pg_trgm's: words padded with two spaces before and one after, unique", async () => {
    const { trigrams } = await import("./imports.match.js");
    // select show_trgm('sp k') → {"  k","  s"," k "," sp","sp "}
    expect(trigrams("sp k").sort()).toEqual(["  k", "  s", " k ", " sp", "sp "]);
    expect(trigrams("aa aa")).toHaveLength(3);
  });
});

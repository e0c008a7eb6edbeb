import { describe, expect, it } from "vitest";
import { headerKey, suggestMapping } from "./imports.fields.js";

describe("suggestMapping", () => {
  it("maps German and English headers, exact names before partial ones", () => {
    expect(
      suggestMapping("companies", [
        "Firma",
        "Land",
        "Handelsregister-Nr.",
        "Branche/NACE",
        "NACE label",
        "Größe",
        "Homepage",
        "Schlagworte",
        "Bemerkungen",
        "CSR-Bericht",
      ]),
    ).toEqual({
      name: "Firma",
      country: "Land",
      registrationId: "Handelsregister-Nr.",
      naceCode: "Branche/NACE",
      naceLabel: "NACE label",
      sizeClass: "Größe",
      website: "Homepage",
      tags: "Schlagworte",
      description: "Bemerkungen",
      csrPolicyUrl: "CSR-Bericht",
    });
  });

  it("gives each field one column and each column one field", () => {
    expect(suggestMapping("companies", ["Name", "Firma", "Country"])).toEqual({ name: "Name", country: "Country" });
    expect(suggestMapping("companies", ["Landkreis", "Internal ID"])).toEqual({});
  });

  it("maps contact files, keeping the person's name apart from the company's", () => {
    expect(
      suggestMapping("contacts", ["Name", "Firma", "E-Mail-Adresse", "Telefon", "Position", "Company country", "Registration number"]),
    ).toEqual({
      name: "Name",
      companyName: "Firma",
      email: "E-Mail-Adresse",
      phone: "Telefon",
      roleTitle: "Position",
      companyCountry: "Company country",
      companyRegistrationId: "Registration number",
    });
  });

  it("reduces headers to letters and digits, spelling umlauts out", () => {
    expect(headerKey(" Größe (Mitarbeitende) ")).toBe("groessemitarbeitende");
    expect(headerKey("E-Mail")).toBe("email");
  });
});

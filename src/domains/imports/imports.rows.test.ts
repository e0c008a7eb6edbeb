import { describe, expect, it } from "vitest";
import de from "../../web/locales/de/imports.json";
import en from "../../web/locales/en/imports.json";
import { companyFromRow, contactFromRow, ROW_ERROR_CODES } from "./imports.rows.js";

// Row errors carry a code and params, so the dry-run can say them in German; every code has both texts.

type Tree = { [k: string]: string | Tree };
const text = (tree: Tree, path: string) =>
  path.split(".").reduce<string | Tree | undefined>((n, p) => (typeof n === "object" ? n[p] : undefined), tree);

describe("import row error codes", () => {
  it("codes the reasons a company or contact row cannot be imported", () => {
    const mapping = { name: "Firma", country: "Land", sizeClass: "Größe", website: "Web" };
    const missing = companyFromRow({ name: "Nordtex", country: "" }, mapping);
    expect(missing.errors).toEqual([
      { field: "country", column: "Land", message: "The country is required.", code: "required", params: {} },
    ]);
    const bad = companyFromRow({ name: "Nordtex", country: "Germny", sizeClass: "huge" }, mapping);
    expect(bad.errors.map((e) => [e.field, e.code, e.params])).toEqual([
      ["country", "unknown_country", { value: "Germny" }],
      ["sizeClass", "unknown_size", { value: "huge" }],
    ]);
    const tooLong = companyFromRow({ name: "x".repeat(400), country: "DE" }, mapping);
    expect(tooLong.errors[0]).toMatchObject({ field: "name", code: "invalid.too_big" });
    const contact = contactFromRow({ name: "Ana", preferredLanguage: "Klingon", companyCountry: "Atlantis" }, { name: "Name" });
    expect(contact.errors.map((e) => e.code)).toEqual(["unknown_language", "unknown_country"]);
  });

  it.each([
    ["en", en],
    ["de", de],
  ] as const)("every code has a text in %s", (_lang, tree) => {
    for (const code of ROW_ERROR_CODES) expect(text((tree as unknown as Tree).rowErrors as Tree, code), code).toBeTypeOf("string");
  });
});

import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { isProblem, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

const app = useTestApp();

/** A multipart form with a file and the other fields (objects are sent as JSON). */
function form(file: { name: string; content: string | Uint8Array | ArrayBuffer }, fields: Record<string, unknown> = {}): FormData {
  const fd = new FormData();
  fd.set("file", new File([file.content as BlobPart], file.name));
  fd.set("kind", "companies");
  for (const [k, v] of Object.entries(fields)) fd.set(k, typeof v === "string" ? v : JSON.stringify(v));
  return fd;
}

const csv = (rows: string[][], delimiter = ",") =>
  rows.map((r) => r.map((c) => (/[",;\n\t]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter)).join("\r\n") + "\r\n";

async function xlsx(rows: Array<Array<string | number>>): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Firmen");
  for (const r of rows) ws.addRow(r);
  wb.addWorksheet("Other").addRow(["ignored"]);
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

async function readXlsx(body: ArrayBuffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((row) =>
    out.push(
      (row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? "" : String(v))),
    ),
  );
  return out;
}

const company = (a: Account, body: Record<string, unknown>) => a.client.post("/api/v1/companies", body).then((r) => r.body);
const names = async (a: Account, query = "") =>
  (await a.client.get(`/api/v1/companies?limit=500${query}`)).body.items.map((c: { name: string }) => c.name).sort();

describe("imports: reading files and suggesting a mapping", () => {
  it("reads a German semicolon CSV with BOM and suggests the mapping from its headers", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Preview");
    const text =
      "\uFEFF" +
      csv(
        [
          ["Firma", "Land", "Handelsregister", "Branche/NACE", "Webseite", "Tags", "Größe", "Weitere Namen", "Interne Nr."],
          [
            "Müller Logistik GmbH",
            "Deutschland",
            "HRB 12345",
            "49.41",
            "mueller-logistik.de",
            "Logistik; Transport",
            "KMU",
            "Müller Spedition",
            "17",
          ],
          ["Bäckerei Schön", "AT", "", "10.71", "", "", "lokal", "", "18"],
        ],
        ";",
      );
    const r = await a.client.post("/api/v1/imports/preview", form({ name: "firmen.csv", content: text }));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ kind: "companies", format: "csv", delimiter: ";", rowCount: 2 });
    expect(r.body.columns).toEqual([
      "Firma",
      "Land",
      "Handelsregister",
      "Branche/NACE",
      "Webseite",
      "Tags",
      "Größe",
      "Weitere Namen",
      "Interne Nr.",
    ]);
    expect(r.body.suggestedMapping).toEqual({
      name: "Firma",
      country: "Land",
      registrationId: "Handelsregister",
      naceCode: "Branche/NACE",
      website: "Webseite",
      tags: "Tags",
      sizeClass: "Größe",
      otherNames: "Weitere Namen",
    });
    expect(r.body.sample[0]).toMatchObject({ Firma: "Müller Logistik GmbH", Land: "Deutschland" });
    expect(r.body.fields.find((f: { field: string }) => f.field === "country")).toMatchObject({ required: true });
  });

  it("reads the first sheet of an XLSX workbook with English headers", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Xlsx");
    const file = await xlsx([
      ["Company name", "Country", "Registration number", "Size", "Website", "Description"],
      ["Nordic Timber AB", "Sweden", "556677-8899", "large", "nordictimber.se", "Sawmill"],
      ["Atlas Textiles", "PT", 12345678, "sme", "", ""],
    ]);
    const r = await a.client.post("/api/v1/imports/preview", form({ name: "companies.xlsx", content: file }));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ format: "xlsx", rowCount: 2 });
    expect(r.body.suggestedMapping).toEqual({
      name: "Company name",
      country: "Country",
      registrationId: "Registration number",
      sizeClass: "Size",
      website: "Website",
      description: "Description",
    });
    expect(r.body.sample[1]["Registration number"]).toBe("12345678");

    const done = await a.client.post("/api/v1/imports", form({ name: "companies.xlsx", content: file }));
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ created: 2, merged: 0, skipped: 0 });
    const list = (await a.client.get("/api/v1/companies?sort=name")).body.items;
    expect(list.map((c: { name: string; country: string; sizeClass: string }) => [c.name, c.country, c.sizeClass])).toEqual([
      ["Atlas Textiles", "PT", "sme"],
      ["Nordic Timber AB", "SE", "large"],
    ]);
  });

  it("refuses a file over 20 MB with 413 problem+json, and files it cannot read with 422", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Big");
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x41);
    expect(isProblem(await a.client.post("/api/v1/imports/preview", form({ name: "big.csv", content: big })), 413)).toBe(true);
    expect(isProblem(await a.client.post("/api/v1/imports/preview", form({ name: "old.xls", content: "x" })), 422)).toBe(true);
    expect(isProblem(await a.client.post("/api/v1/imports/preview", form({ name: "empty.csv", content: "\r\n\r\n" })), 422)).toBe(true);
    const noFile = new FormData();
    noFile.set("kind", "companies");
    expect(isProblem(await a.client.post("/api/v1/imports/preview", noFile), 422)).toBe(true);
    const badMapping = await a.client.post(
      "/api/v1/imports/dry-run",
      form({ name: "x.csv", content: "Name,Country\r\nA,DE\r\n" }, { mapping: { name: "Firma", country: "Country" } }),
    );
    expect(isProblem(badMapping, 422)).toBe(true);
    expect(badMapping.body.errors[0]).toMatchObject({ path: "mapping.name" });
  });
});

describe("imports: validation, all-or-nothing commit, duplicates, undo", () => {
  const messy = csv([
    ["Name", "Country", "Size", "Website", "NACE"],
    ["Good One GmbH", "DE", "sme", "goodone.de", "H 49.41"],
    ["No Country Ltd", "", "", "", ""],
    ["Typo Country SA", "Germny", "", "", ""],
    ["", "FR", "", "", ""],
    ["Huge Corp", "US", "gigantic", "", ""],
    ["Bad Web", "NL", "", "not a url", "99.999"],
    ["Good Two BV", "Niederlande", "Großunternehmen", "", "C"],
  ]);

  it("dry-run lists every invalid row with its reasons; the commit then refuses and imports nothing", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Messy");
    const dry = await a.client.post("/api/v1/imports/dry-run", form({ name: "messy.csv", content: messy }));
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ rowCount: 7, valid: 2, duplicates: [] });
    const byRow = Object.fromEntries(
      dry.body.invalid.map((r: { row: number; errors: Array<{ field: string }> }) => [r.row, r.errors.map((e) => e.field).sort()]),
    );
    expect(byRow).toEqual({ 3: ["country"], 4: ["country"], 5: ["name"], 6: ["sizeClass"], 7: ["naceCode", "website"] });
    const typo = dry.body.invalid.find((r: { row: number }) => r.row === 4).errors[0];
    expect(typo).toMatchObject({ field: "country", column: "Country", code: "unknown_country", params: { value: "Germny" } });
    expect(typo.message).toContain("Germny");
    // Every row error carries a code for the web app's translation, next to the English message.
    for (const r of dry.body.invalid as Array<{ errors: Array<{ code?: string }> }>) for (const e of r.errors) expect(e.code).toBeTruthy();

    const refused = await a.client.post("/api/v1/imports", form({ name: "messy.csv", content: messy }));
    expect(isProblem(refused, 422)).toBe(true);
    expect(refused.body.invalid.map((r: { row: number }) => r.row)).toEqual([3, 4, 5, 6, 7]);
    expect(await names(a)).toEqual([]);
    expect((await a.client.get("/api/v1/imports")).body.total).toBe(0);
  });

  it("with allowInvalid imports only the valid rows, tagged with the batch", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Partial");
    const r = await a.client.post("/api/v1/imports", form({ name: "messy.csv", content: messy }, { allowInvalid: "true" }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ created: 2, merged: 0, skipped: 5, invalid: 5 });
    const list = (await a.client.get("/api/v1/companies?sort=name")).body.items;
    expect(list.map((c: { name: string }) => c.name)).toEqual(["Good One GmbH", "Good Two BV"]);
    expect(list[0]).toMatchObject({ country: "DE", naceCode: "49.41", website: "https://goodone.de", importBatchId: r.body.batchId });
    expect(list[1]).toMatchObject({ country: "NL", sizeClass: "large", naceCode: "C" });
    const batches = (await a.client.get("/api/v1/imports")).body;
    expect(batches.items[0]).toMatchObject({
      id: r.body.batchId,
      kind: "companies",
      filename: "messy.csv",
      createdCount: 2,
      skippedCount: 5,
      undoneAt: null,
      createdBy: { id: a.userId },
    });
  });

  it("finds duplicates by registration number and near-identical name, honours skip/merge/create, and undo restores everything", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Dups");
    const mueller = await company(a, { name: "Müller Logistik GmbH", country: "DE", tags: ["logistics"] });
    const acme = await company(a, { name: "Acme Foods Ltd", country: "IE", registrationId: "IE 123456", description: "Frozen food" });
    const file = csv([
      ["Name", "Country", "Registration number", "Website", "Tags", "Description"],
      ["Mueller Logistik GmbH", "DE", "", "mueller-logistik.de", "transport", "Trucks"],
      ["ACME Foods Limited", "IE", "IE123456", "acme.ie", "", ""],
      ["Mueller Logistik GmbH", "AT", "", "", "", ""],
      ["Nordic Timber AB", "SE", "", "", "", ""],
      ["Nordic Timber AB", "SE", "", "nordic.se", "wood", ""],
      ["Brand New Co", "FR", "FR-1", "", "", ""],
      ["Brand New Company", "FR", "fr 1", "", "", ""],
    ]);
    const dry = await a.client.post("/api/v1/imports/dry-run", form({ name: "dups.csv", content: file }));
    expect(dry.status).toBe(200);
    expect(dry.body.invalid).toEqual([]);
    const dups = Object.fromEntries(dry.body.duplicates.map((d: { row: number }) => [d.row, d]));
    expect(Object.keys(dups).map(Number)).toEqual([2, 3, 6, 8]);
    expect(dups[2]).toMatchObject({
      name: "Mueller Logistik GmbH",
      reason: "near-identical name in the same country",
      existing: { id: mueller.id, name: "Müller Logistik GmbH", country: "DE", row: null },
    });
    expect(dups[2].similarity).toBeGreaterThanOrEqual(0.8);
    expect(dups[3]).toMatchObject({ reason: "same registration id", existing: { id: acme.id, registrationId: "IE 123456" } });
    expect(dups[6]).toMatchObject({ reason: "near-identical name in the same country", existing: { id: null, row: 5 } });
    expect(dups[8]).toMatchObject({ reason: "same registration id", existing: { id: null, row: 7 } });

    const done = await a.client.post(
      "/api/v1/imports",
      form({ name: "dups.csv", content: file }, { decisions: { "2": "merge", "6": "merge", "8": "create" } }),
    );
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ created: 4, merged: 2, skipped: 1 });

    const merged = (await a.client.get(`/api/v1/companies/${mueller.id}`)).body;
    expect(merged).toMatchObject({
      name: "Müller Logistik GmbH",
      website: "https://mueller-logistik.de",
      description: "Trucks",
      otherNames: ["Mueller Logistik GmbH"],
    });
    expect(merged.tags.sort()).toEqual(["logistics", "transport"]);
    expect((await a.client.get(`/api/v1/companies/${acme.id}`)).body).toMatchObject({ website: null, description: "Frozen food" });
    const nordic = (await a.client.get("/api/v1/companies?q=Nordic%20Timber")).body.items;
    expect(nordic).toHaveLength(1);
    expect(nordic[0]).toMatchObject({ website: "https://nordic.se", tags: ["wood"], importBatchId: done.body.batchId });
    expect(await names(a)).toEqual([
      "Acme Foods Ltd",
      "Brand New Co",
      "Brand New Company",
      "Mueller Logistik GmbH",
      "Müller Logistik GmbH",
      "Nordic Timber AB",
    ]);

    // Someone edits a merged field after the import: undo keeps that edit.
    // (tags and other names are sent as they are: CompanyPatch currently resets omitted arrays to [].)
    await a.client.patch(`/api/v1/companies/${mueller.id}`, {
      description: "Trucks and warehouses",
      tags: merged.tags,
      otherNames: merged.otherNames,
    });
    const undone = await a.client.post(`/api/v1/imports/${done.body.batchId}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({
      removed: { companies: 4, contacts: 0 },
      restored: 1,
      keptChanges: [{ id: mueller.id, fields: ["description"] }],
    });
    expect(undone.body.batch.undoneAt).not.toBeNull();
    expect(await names(a)).toEqual(["Acme Foods Ltd", "Müller Logistik GmbH"]);
    const restored = (await a.client.get(`/api/v1/companies/${mueller.id}`)).body;
    expect(restored).toMatchObject({ website: null, otherNames: [], tags: ["logistics"], description: "Trucks and warehouses" });
    expect((await a.client.get("/api/v1/companies?q=Mueller%20Logistik")).body.items.map((c: { id: string }) => c.id)).toEqual([
      mueller.id,
    ]);

    expect(isProblem(await a.client.post(`/api/v1/imports/${done.body.batchId}/undo`), 409)).toBe(true);
    const audit = (await a.client.get(`/api/v1/audit?entityId=${done.body.batchId}`)).body.items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(["undo_import", "import"]);
  });
});

describe("imports: near-identical names", () => {
  it("matches by pg_trgm similarity ≥ 0.8 on folded names and other names, in the same country only", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Similar");
    const sunshine = await company(a, { name: "Sunshine Hotels International GmbH", country: "AT" });
    const kowalski = await company(a, { name: "Kowalski Transport Sp. z o.o.", country: "PL" });
    const globex = await company(a, { name: "Globex Holding AG", otherNames: ["Globex Schweiz"], country: "CH" });
    await company(a, { name: "Nordic Timber AB", country: "SE" });
    const file = csv([
      ["Name", "Country"],
      ["Sunshine Hotel International GmbH", "AT"],
      ["Kowalsky Transport Sp. z o.o.", "PL"],
      ["Kowalski Transport Sp. z o.o.", "DE"],
      ["GLOBEX SCHWEIZ", "CH"],
      ["Sunshine Foods GmbH", "AT"],
      ["Nordik Timber AB", "SE"],
    ]);
    const dry = (await a.client.post("/api/v1/imports/dry-run", form({ name: "similar.csv", content: file }))).body;
    const found = Object.fromEntries(
      dry.duplicates.map((d: { row: number; existing: { id: string }; similarity: number }) => [d.row, [d.existing.id, d.similarity]]),
    );
    expect(Object.keys(found).map(Number)).toEqual([2, 3, 5]);
    expect(found[2][0]).toBe(sunshine.id);
    expect(found[2][1]).toBeCloseTo(0.917, 2);
    expect(found[3][0]).toBe(kowalski.id);
    expect(found[3][1]).toBeCloseTo(0.857, 2);
    expect(found[5]).toEqual([globex.id, 1]);
    // "Nordik Timber AB" is 0.79 similar to "Nordic Timber AB": below the threshold, so a new company.
  });
});

describe("imports: contacts", () => {
  it("links contacts to existing companies, creates missing ones, skips duplicates, and undo removes them", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Contacts");
    const mueller = await company(a, { name: "Müller Logistik GmbH", country: "DE" });
    const anna = (await a.client.post("/api/v1/contacts", { name: "Anna Schmidt", email: "anna@mueller.example", companyId: mueller.id }))
      .body;
    const file = csv(
      [
        ["Vorname", "Nachname", "E-Mail", "Firma", "Land", "Funktion", "Sprache"],
        ["Jana", "Novák", "jana@mueller.example", "Mueller Logistik GmbH", "", "CSR Lead", "Deutsch"],
        ["Anna", "Schmidt", "ANNA@mueller.example", "Müller Logistik GmbH", "DE", "", ""],
        ["Piet", "Jansen", "piet@nieuw.example", "Nieuw BV", "Niederlande", "Director", "nl"],
        ["Eva", "Keller", "not-an-email", "Nieuw BV", "NL", "", ""],
        ["Sam", "Lee", "sam@nieuw.example", "Nieuw BV", "NL", "", "Klingonisch"],
      ],
      ";",
    );
    const fd = (extra: Record<string, unknown> = {}) => {
      const f = form({ name: "kontakte.csv", content: file }, extra);
      f.set("kind", "contacts");
      return f;
    };
    const preview = await a.client.post("/api/v1/imports/preview", fd());
    expect(preview.body.suggestedMapping).toEqual({
      firstName: "Vorname",
      lastName: "Nachname",
      email: "E-Mail",
      companyName: "Firma",
      companyCountry: "Land",
      roleTitle: "Funktion",
      preferredLanguage: "Sprache",
    });

    const dry = await a.client.post("/api/v1/imports/dry-run", fd());
    expect(dry.status).toBe(200);
    expect(dry.body.invalid.map((r: { row: number; errors: Array<{ field: string }> }) => [r.row, r.errors[0].field])).toEqual([
      [5, "email"],
      [6, "preferredLanguage"],
    ]);
    expect(dry.body.duplicates).toEqual([
      expect.objectContaining({
        row: 3,
        name: "Anna Schmidt",
        reason: "same email address",
        existing: expect.objectContaining({ id: anna.id }),
      }),
    ]);
    expect(dry.body.newCompanies).toEqual([{ name: "Nieuw BV", country: "NL", rows: [4] }]);

    expect(isProblem(await a.client.post("/api/v1/imports", fd()), 422)).toBe(true);
    const done = await a.client.post("/api/v1/imports", fd({ allowInvalid: "true" }));
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ created: 2, merged: 0, skipped: 3, invalid: 2, companiesCreated: 1 });

    const jana = (await a.client.get("/api/v1/contacts?q=Jana%20Novak")).body.items[0];
    expect(jana).toMatchObject({
      name: "Jana Novák",
      roleTitle: "CSR Lead",
      preferredLanguage: "de",
      currentCompanies: [{ id: mueller.id, name: "Müller Logistik GmbH" }],
    });
    const piet = (await a.client.get("/api/v1/contacts?q=Piet")).body.items[0];
    expect(piet.currentCompanies[0].name).toBe("Nieuw BV");
    expect((await a.client.get("/api/v1/companies?q=Nieuw")).body.items[0]).toMatchObject({
      country: "NL",
      importBatchId: done.body.batchId,
    });

    // Personal data stays out of the audit trail.
    const entry = (await a.client.get(`/api/v1/audit?entityId=${done.body.batchId}`)).body.items[0];
    expect(JSON.stringify(entry)).not.toMatch(/jana@|piet@|Novák|Jansen/);

    const exported = await a.client.get("/api/v1/contacts/export?format=csv");
    expect(exported.status).toBe(200);
    const rows = Papa.parse<string[]>(exported.body, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      "Name",
      "Role",
      "Email",
      "Phone",
      "Preferred language",
      "Notes",
      "Company",
      "Company registration number",
      "Company country",
      "ID",
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[6], r[8]])).toEqual([
      ["Anna Schmidt", "Müller Logistik GmbH", "DE"],
      ["Jana Novák", "Müller Logistik GmbH", "DE"],
      ["Piet Jansen", "Nieuw BV", "NL"],
    ]);
    const exportAudit = (await a.client.get("/api/v1/audit?action=export")).body.items[0];
    expect(exportAudit).toMatchObject({ entityType: "contact", details: { rows: 3, format: "csv" } });

    const undone = await a.client.post(`/api/v1/imports/${done.body.batchId}/undo`);
    expect(undone.body).toMatchObject({ removed: { companies: 1, contacts: 2 } });
    expect((await a.client.get("/api/v1/contacts")).body.items.map((c: { name: string }) => c.name)).toEqual(["Anna Schmidt"]);
    expect(await names(a)).toEqual(["Müller Logistik GmbH"]);
  });
});

describe("exports", () => {
  async function seed(a: Account) {
    const owner = a.userId;
    await company(a, {
      name: "Müller Logistik GmbH",
      otherNames: ["Müller Spedition"],
      country: "DE",
      registrationId: "HRB 12345",
      website: "mueller.de",
      naceCode: "49.41",
      sizeClass: "sme",
      description: '=HYPERLINK("http://evil")',
      tags: ["logistics", "transport"],
      csrPolicyUrl: "mueller.de/csr",
      ownerId: owner,
    });
    await company(a, { name: "Société Générale Services", country: "FR", tags: ["catering"] });
    await company(a, { name: "Nordic Timber AB", country: "SE", sizeClass: "large" });
  }
  const fields = (c: Record<string, unknown>) => {
    const {
      name,
      otherNames,
      legalForm,
      country,
      registrationId,
      website,
      naceCode,
      naceLabel,
      sizeClass,
      description,
      tags,
      csrPolicyUrl,
    } = c;
    return {
      name,
      otherNames,
      legalForm,
      country,
      registrationId,
      website,
      naceCode,
      naceLabel,
      sizeClass,
      description,
      tags,
      csrPolicyUrl,
    };
  };
  const all = async (a: Account) => (await a.client.get("/api/v1/companies?sort=name")).body.items.map(fields);

  it("exports CSV with a dated file name, escapes formulas, honours filters, audits, and re-imports to the same data", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Export");
    await seed(a);
    const r = await a.client.get("/api/v1/companies/export?format=csv");
    expect(r.status).toBe(200);
    expect(r.contentType).toContain("text/csv");
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="partnerwise-companies-\d{4}-\d{2}-\d{2}\.csv"$/);
    const raw = new Uint8Array(
      await (
        await app.get().app.request("http://localhost/api/v1/companies/export", {
          headers: { Host: "localhost", Cookie: [...a.client.cookies].map(([k, v]) => `${k}=${v}`).join("; ") },
        })
      ).arrayBuffer(),
    );
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so Excel shows umlauts
    const rows = Papa.parse<string[]>(r.body, { skipEmptyLines: true }).data;
    expect(rows[0].slice(0, 12)).toEqual([
      "Name",
      "Other names",
      "Legal form",
      "Country",
      "Registration number",
      "Website",
      "NACE code",
      "NACE label",
      "Size class",
      "Description",
      "Tags",
      "CSR policy URL",
    ]);
    expect(rows.slice(1).map((x) => x[0])).toEqual(["Müller Logistik GmbH", "Nordic Timber AB", "Société Générale Services"]);
    expect(rows[1][9]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[1][12]).toBe("Owner of NGO Export");

    const de = Papa.parse<string[]>((await a.client.get("/api/v1/companies/export?country=DE&tag=logistics")).body, {
      skipEmptyLines: true,
    }).data;
    expect(de.slice(1).map((x) => x[0])).toEqual(["Müller Logistik GmbH"]);
    const log = (await a.client.get("/api/v1/audit?action=export")).body.items;
    expect(log[0]).toMatchObject({
      entityType: "company",
      details: { rows: 1, format: "csv", filter: { country: ["DE"], tag: ["logistics"] } },
    });
    expect(log[1]).toMatchObject({ details: { rows: 3 } });

    const b = await ownerWithOrg(app.get(), "NGO Export Copy");
    const back = await b.client.post("/api/v1/imports", form({ name: "export.csv", content: r.body }));
    expect(back.status).toBe(201);
    expect(back.body.created).toBe(3);
    expect(await all(b)).toEqual(await all(a));
  });

  it("exports XLSX that reads back and re-imports to the same data; /companies/export is not taken for an id", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Xlsx Export");
    await seed(a);
    const r = await a.client.get("/api/v1/companies/export?format=xlsx&sort=-name");
    expect(r.status).toBe(200);
    expect(r.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(r.headers.get("content-disposition")).toMatch(/filename="partnerwise-companies-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = await readXlsx(r.body);
    expect(rows.slice(1).map((x) => x[0])).toEqual(["Société Générale Services", "Nordic Timber AB", "Müller Logistik GmbH"]);
    expect(rows[3][9]).toBe('=HYPERLINK("http://evil")');

    const b = await ownerWithOrg(app.get(), "NGO Xlsx Copy");
    const back = await b.client.post("/api/v1/imports", form({ name: "export.xlsx", content: r.body }));
    expect(back.status).toBe(201);
    expect(await all(b)).toEqual(await all(a));
    expect(isProblem(await a.client.get("/api/v1/companies/export?format=pdf"), 422)).toBe(true);
  });
});

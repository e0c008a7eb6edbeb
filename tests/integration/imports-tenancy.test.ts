import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

function form(name: string, content: string, fields: Record<string, string> = {}): FormData {
  const fd = new FormData();
  fd.set("file", new File([content], name));
  fd.set("kind", "companies");
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

const FILE = "Name,Country,Registration number\r\nMüller Logistik GmbH,DE,HRB 12345\r\nSecret Partner Ltd,GB,0999\r\n";

describe("imports and exports: tenant isolation and roles", () => {
  it("keeps batches, duplicates and exports inside the organisation", async () => {
    const a = await ownerWithOrg(app.get(), "NGO A");
    const b = await ownerWithOrg(app.get(), "NGO B");
    const contactOfA = (await a.client.post("/api/v1/contacts", { name: "Private Person", email: "private@a.example" })).body;
    const imported = await a.client.post("/api/v1/imports", form("a.csv", FILE));
    expect(imported.status).toBe(201);
    const batchId = imported.body.batchId;

    // B sees no batch of A's, cannot undo it (404 as for any id not in B), and A's import is untouched.
    expect((await b.client.get("/api/v1/imports")).body).toMatchObject({ items: [], total: 0 });
    expect(isProblem(await b.client.post(`/api/v1/imports/${batchId}/undo`), 404)).toBe(true);
    expect(isProblem(await b.client.post("/api/v1/imports/not-a-uuid/undo"), 404)).toBe(true);
    expect((await a.client.get("/api/v1/imports")).body.items[0]).toMatchObject({ id: batchId, undoneAt: null });

    // The same file in B: A's companies are not duplicates for B, and the import creates B's own rows.
    const dry = await b.client.post("/api/v1/imports/dry-run", form("b.csv", FILE));
    expect(dry.body.duplicates).toEqual([]);
    const bImport = await b.client.post("/api/v1/imports", form("b.csv", FILE));
    expect(bImport.body).toMatchObject({ created: 2, merged: 0, skipped: 0 });

    // B undoing its own batch leaves A's companies alone.
    expect((await b.client.post(`/api/v1/imports/${bImport.body.batchId}/undo`)).status).toBe(200);
    expect((await a.client.get("/api/v1/companies")).body.total).toBe(2);

    // Exports never contain another organisation's rows.
    await b.client.post("/api/v1/companies", { name: "B Own Company", country: "DE" });
    for (const q of ["", "?q=Secret", "?country=DE,GB", "?format=xlsx"]) {
      const r = await b.client.get(`/api/v1/companies/export${q}`);
      expect(r.status).toBe(200);
      const text = q.includes("xlsx") ? await xlsxText(r.body) : r.body;
      expect(text).not.toContain("Müller");
      expect(text).not.toContain("Secret Partner");
    }
    expect((await b.client.get("/api/v1/companies/export")).body).toContain("B Own Company");
    const contacts = await b.client.get("/api/v1/contacts/export");
    expect(contacts.body).not.toContain("Private Person");
    expect(contacts.body).not.toContain(contactOfA.id);
    // A's audit shows no trace of B's export; B's does.
    expect((await a.client.get("/api/v1/audit?action=export")).body.items).toEqual([]);
  });

  it("lets viewers export but not import, list or undo imports", async () => {
    const owner = await ownerWithOrg(app.get(), "NGO Roles");
    const viewer = await memberOf(app.get(), owner, "viewer");
    const member = await memberOf(app.get(), owner, "member");
    const batch = (await owner.client.post("/api/v1/imports", form("o.csv", FILE))).body.batchId;
    expect(isProblem(await viewer.client.post("/api/v1/imports/preview", form("v.csv", FILE)), 403)).toBe(true);
    expect(isProblem(await viewer.client.post("/api/v1/imports/dry-run", form("v.csv", FILE)), 403)).toBe(true);
    expect(isProblem(await viewer.client.post("/api/v1/imports", form("v.csv", FILE)), 403)).toBe(true);
    expect(isProblem(await viewer.client.get("/api/v1/imports"), 403)).toBe(true);
    expect(isProblem(await viewer.client.post(`/api/v1/imports/${batch}/undo`), 403)).toBe(true);
    expect((await owner.client.get("/api/v1/companies")).body.total).toBe(2);
    expect((await viewer.client.get("/api/v1/companies/export")).status).toBe(200);

    // A member may import and undo (also a batch someone else imported).
    expect((await member.client.post("/api/v1/imports/dry-run", form("m.csv", FILE))).status).toBe(200);
    expect((await member.client.post(`/api/v1/imports/${batch}/undo`)).body.batch).toMatchObject({
      id: batch,
      undoneBy: { id: member.userId },
    });
  });
});

async function xlsxText(body: ArrayBuffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body);
  const cells: string[] = [];
  wb.worksheets[0].eachRow((row) => cells.push(JSON.stringify(row.values)));
  return cells.join("\n");
}

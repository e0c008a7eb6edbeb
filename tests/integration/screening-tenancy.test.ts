import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

// Evidence files go to a throw-away data folder, with a small upload limit (settings given to the booted app).
const dataDir = mkdtempSync(join(tmpdir(), "pw-screening-files-"));

const app = useTestApp({ PARTNERWISE_DATA_DIR: dataDir, PARTNERWISE_MAX_UPLOAD_MB: "0.05" });

const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
function form(bytes: Uint8Array<ArrayBuffer>, name: string, type: string, criterionKey?: string) {
  const f = new FormData();
  f.append("file", new File([bytes], name, { type }));
  if (criterionKey) f.append("criterionKey", criterionKey);
  return f;
}

describe("screening evidence files", () => {
  it("stores files privately per organisation, checks size and type, and carries them into the next screening", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Files");
    const viewer = await memberOf(app.get(), a, "viewer");
    const b = await ownerWithOrg(app.get(), "NGO Prying");
    const co = (await a.client.post("/api/v1/companies", { name: "Evidence GmbH", country: "DE" })).body;
    const s = (await a.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;

    const up = await a.client.post(
      `/api/v1/screenings/${s.id}/files`,
      form(pdf, "Prüfbericht 2026.pdf", "application/pdf", "labour_rights_record"),
    );
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({
      filename: "Prüfbericht 2026.pdf",
      contentType: "application/pdf",
      size: pdf.byteLength,
      criterionKey: "labour_rights_record",
      uploadedBy: { id: a.userId },
    });
    expect(readdirSync(join(dataDir, "files", a.orgId, "screening"))).toHaveLength(1);

    const down = await viewer.client.get(`/api/v1/screenings/${s.id}/files/${up.body.id}`);
    expect(down.status).toBe(200);
    expect(down.contentType).toBe("application/pdf");
    expect(down.headers.get("content-disposition")).toContain("attachment");
    expect(down.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(down.body as ArrayBuffer)).toEqual(pdf);
    expect((await a.client.get(`/api/v1/screenings/${s.id}`)).body.files).toEqual([up.body]);

    // Other organisations get 404, whatever id they try.
    expect(isProblem(await b.client.get(`/api/v1/screenings/${s.id}/files/${up.body.id}`), 404)).toBe(true);
    expect(isProblem(await b.client.delete(`/api/v1/screenings/${s.id}/files/${up.body.id}`), 404)).toBe(true);
    expect(isProblem(await b.client.post(`/api/v1/screenings/${s.id}/files`, form(pdf, "x.pdf", "application/pdf")), 404)).toBe(true);
    const bCo = (await b.client.post("/api/v1/companies", { name: "B GmbH", country: "DE" })).body;
    const bS = (await b.client.post(`/api/v1/companies/${bCo.id}/screenings`, {})).body;
    expect(isProblem(await b.client.get(`/api/v1/screenings/${bS.id}/files/${up.body.id}`), 404)).toBe(true);

    // Viewers cannot upload; type, content and size are checked.
    expect(isProblem(await viewer.client.post(`/api/v1/screenings/${s.id}/files`, form(pdf, "x.pdf", "application/pdf")), 403)).toBe(true);
    expect(
      isProblem(
        await a.client.post(
          `/api/v1/screenings/${s.id}/files`,
          form(new TextEncoder().encode("MZ\u0090binary"), "tool.exe", "application/x-msdownload"),
        ),
        422,
      ),
    ).toBe(true);
    expect(
      isProblem(
        await a.client.post(`/api/v1/screenings/${s.id}/files`, form(new TextEncoder().encode("just text"), "fake.pdf", "application/pdf")),
        422,
      ),
    ).toBe(true);
    expect(
      isProblem(
        await a.client.post(`/api/v1/screenings/${s.id}/files`, form(new Uint8Array(60 * 1024).fill(65), "big.txt", "text/plain")),
        413,
      ),
    ).toBe(true);
    expect(
      isProblem(await a.client.post(`/api/v1/screenings/${s.id}/files`, form(pdf, "x.pdf", "application/pdf", "no_such_criterion")), 404),
    ).toBe(true);
    const note = await a.client.post(
      `/api/v1/screenings/${s.id}/files`,
      form(new TextEncoder().encode("Call notes: owner confirmed no agency workers."), "notes.txt", ""),
    );
    expect(note.body).toMatchObject({ contentType: "text/plain", criterionKey: null });
    expect((await a.client.delete(`/api/v1/screenings/${s.id}/files/${note.body.id}`)).status).toBe(204);
    expect(readdirSync(join(dataDir, "files", a.orgId, "screening"))).toHaveLength(1);

    // Decided: files are part of the record; the next screening carries them, and removing the copy keeps the original.
    for (const c of (await a.client.get(`/api/v1/screenings/${s.id}`)).body.criteria) {
      if (c.applicable) await a.client.req("PUT", `/api/v1/screenings/${s.id}/answers/${c.key}`, { answer: "meets" });
    }
    expect((await a.client.post(`/api/v1/screenings/${s.id}/decide`, { decision: "approved", rationale: "All met" })).status).toBe(200);
    expect(isProblem(await a.client.post(`/api/v1/screenings/${s.id}/files`, form(pdf, "late.pdf", "application/pdf")), 409)).toBe(true);
    expect(isProblem(await a.client.delete(`/api/v1/screenings/${s.id}/files/${up.body.id}`), 409)).toBe(true);
    const next = (await a.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    expect(next.files).toEqual([expect.objectContaining({ filename: "Prüfbericht 2026.pdf", sha256: up.body.sha256 })]);
    expect((await a.client.delete(`/api/v1/screenings/${next.id}/files/${next.files[0].id}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/screenings/${s.id}/files/${up.body.id}`)).status).toBe(200);
    expect(existsSync(join(dataDir, "files", a.orgId))).toBe(true);
    expect(existsSync(join(dataDir, "files", b.orgId))).toBe(false);
  });
});

describe("screening tenancy and roles", () => {
  it("gives another organisation 404 on every screening route and never shows its screenings", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Owner");
    const b = await ownerWithOrg(app.get(), "NGO Intruder");
    const co = (await a.client.post("/api/v1/companies", { name: "Confidential Partner SA", country: "FR" })).body;
    const s = (await a.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    await a.client.req("PUT", `/api/v1/screenings/${s.id}/answers/labour_rights_record`, {
      answer: "does_not_meet",
      notes: "CONFIDENTIAL-NOTE",
    });

    const attempts = [
      await b.client.post(`/api/v1/companies/${co.id}/screenings`, {}),
      await b.client.get(`/api/v1/companies/${co.id}/screenings`),
      await b.client.get(`/api/v1/screenings/${s.id}`),
      await b.client.patch(`/api/v1/screenings/${s.id}`, { supplyChain: { hasSupplyChain: true } }),
      await b.client.req("PUT", `/api/v1/screenings/${s.id}/answers/labour_rights_record`, { answer: "meets" }),
      await b.client.post(`/api/v1/screenings/${s.id}/refresh-signals`),
      await b.client.post(`/api/v1/screenings/${s.id}/decide`, { decision: "rejected", rationale: "x" }),
      await b.client.delete(`/api/v1/screenings/${s.id}`),
      await b.client.get(`/api/v1/screening/catalogue/versions/${s.catalogue.id}`),
    ];
    for (const r of attempts) expect(isProblem(r, 404)).toBe(true);
    for (const path of ["/api/v1/companies", "/api/v1/companies?screening=none", "/api/v1/screening/catalogue/versions", "/api/v1/audit"]) {
      const body = JSON.stringify((await b.client.get(path)).body);
      expect(body).not.toContain("Confidential Partner");
      expect(body).not.toContain("CONFIDENTIAL-NOTE");
      expect(body).not.toContain(s.id);
    }
    const still = (await a.client.get(`/api/v1/screenings/${s.id}`)).body;
    expect(still).toMatchObject({
      status: "draft",
      criteria: expect.arrayContaining([
        expect.objectContaining({ key: "labour_rights_record", answer: expect.objectContaining({ answer: "does_not_meet" }) }),
      ]),
    });
  });

  it("lets a viewer read screenings, catalogues and lists but change nothing", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Roles");
    const viewer = await memberOf(app.get(), a, "viewer");
    const co = (await a.client.post("/api/v1/companies", { name: "Readonly Ltd", country: "GB" })).body;
    const s = (await a.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    const entry = (await a.client.post("/api/v1/screening-lists/entries", { list: "white", companyId: co.id, reason: "Good partner" }))
      .body;

    expect((await viewer.client.get(`/api/v1/screenings/${s.id}`)).status).toBe(200);
    expect((await viewer.client.get(`/api/v1/companies/${co.id}/screenings`)).body.total).toBe(1);
    expect((await viewer.client.get("/api/v1/screening/catalogue")).status).toBe(200);
    expect((await viewer.client.get("/api/v1/screening/sector-risks")).status).toBe(200);
    expect((await viewer.client.get("/api/v1/screening-lists/entries")).body.total).toBe(1);

    const writes = [
      await viewer.client.post(`/api/v1/companies/${co.id}/screenings`, {}),
      await viewer.client.patch(`/api/v1/screenings/${s.id}`, { supplyChain: { hasSupplyChain: true } }),
      await viewer.client.req("PUT", `/api/v1/screenings/${s.id}/answers/labour_rights_record`, { answer: "meets" }),
      await viewer.client.post(`/api/v1/screenings/${s.id}/refresh-signals`),
      await viewer.client.post(`/api/v1/screenings/${s.id}/decide`, { decision: "approved", rationale: "x" }),
      await viewer.client.delete(`/api/v1/screenings/${s.id}`),
      await viewer.client.req("PUT", "/api/v1/screening/catalogue/overrides/shared_values", { mode: "disable" }),
      await viewer.client.req("PUT", "/api/v1/screening/catalogue/adoption", { networkId: null }),
      await viewer.client.req("PUT", "/api/v1/screening/sector-risks", { items: [] }),
      await viewer.client.post("/api/v1/screening-lists/entries", { list: "black", companyName: "X", country: "GB", reason: "y" }),
      await viewer.client.post(`/api/v1/screening-lists/entries/${entry.id}/share`, {
        networkId: "00000000-0000-4000-8000-000000000000",
        mode: "name_and_decision",
      }),
    ];
    for (const r of writes) expect(isProblem(r, 403)).toBe(true);
    expect((await a.client.get(`/api/v1/screenings/${s.id}`)).body.status).toBe("draft");
  });

  it("documents every screening route in the OpenAPI description", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Docs");
    const doc = (await a.client.get("/api/openapi.json")).body;
    for (const p of [
      "/api/v1/companies/{id}/screenings",
      "/api/v1/screenings/{id}",
      "/api/v1/screenings/{id}/answers/{criterionKey}",
      "/api/v1/screenings/{id}/files",
      "/api/v1/screenings/{id}/files/{fileId}",
      "/api/v1/screenings/{id}/refresh-signals",
      "/api/v1/screenings/{id}/decide",
      "/api/v1/screening/catalogue",
      "/api/v1/screening/catalogue/versions",
      "/api/v1/screening/catalogue/overrides/{key}",
      "/api/v1/screening/sector-risks",
      "/api/v1/screening-lists/entries",
      "/api/v1/screening-lists/entries/{id}/share",
      "/api/v1/networks/{id}/screening-catalogue/draft",
      "/api/v1/networks/{id}/screening-catalogue/draft/publish",
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect(doc.components.schemas.Company.properties.screening).toBeDefined();
  });
});

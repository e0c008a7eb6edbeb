import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { filesRoot } from "../../src/platform/storage.js";
import { isProblem, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";
import { pdfText } from "../setup/pdf-text.js";

const app = useTestApp();

async function engagementOf(a: Account, companyName = "Müller Logistik GmbH", modes: string[] = ["joint_project"]) {
  const co = (await a.client.post("/api/v1/companies", { name: companyName, country: "DE" })).body;
  const e = await a.client.post("/api/v1/engagements", {
    companyId: co.id,
    title: "Hotline support 2026",
    modes,
    goals: "Engagement goals",
  });
  expect(e.status).toBe(201);
  return { company: co, engagement: e.body };
}

const terms = {
  kind: "mou",
  goals: "Strengthen the hotline and train 40 staff.",
  ngoResponsibilities: ["Run two trainings", "Report quarterly"],
  companyResponsibilities: ["Fund the hotline vehicle", "Release staff time"],
  activities: ["Vehicle purchase", "Trainings"],
  startsOn: "2026-01-01",
  endsOn: "2026-12-31",
  ngoSignedOn: "2025-12-10",
  confidentialityClause: "Nothing that identifies survivors is shared.",
  nameUseTerms: "Logos only with written consent.",
  publicStatementTerms: "The company may say it supports the hotline.",
  confidential: false,
  clearedForPublication: true,
};

const pdfBytes = () => new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

describe("agreements", () => {
  it("records, reads and replaces an engagement's agreement, with audit entries", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Agreements");
    const { engagement: e } = await engagementOf(a);
    expect(isProblem(await a.client.get(`/api/v1/engagements/${e.id}/agreement`), 404)).toBe(true);

    const created = await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, terms);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      engagementId: e.id,
      kind: "mou",
      ngoResponsibilities: terms.ngoResponsibilities,
      startsOn: "2026-01-01",
      signed: false,
      signedFile: null,
      indicators: [],
      clearedForPublication: true,
    });

    const replaced = await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, {
      ...terms,
      kind: "contract",
      companySignedOn: "2025-12-12",
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ id: created.body.id, kind: "contract", signed: true });
    expect((await a.client.get(`/api/v1/engagements/${e.id}/agreement`)).body.kind).toBe("contract");

    const bad = await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, {
      ...terms,
      startsOn: "2026-05-01",
      endsOn: "2026-01-01",
    });
    expect(isProblem(bad, 422)).toBe(true);
    expect(bad.body.errors.map((x: { path: string }) => x.path)).toContain("endsOn");

    const log = await a.client.get(`/api/v1/audit?entityType=agreement&entityId=${created.body.id}`);
    expect(log.status).toBe(200);
    expect(log.body.items.map((x: { action: string }) => x.action).sort()).toEqual(["create", "update"]);
  });

  it("manages indicators (agreement first) and shows the latest check-in value and progress", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Indicators");
    const { engagement: e } = await engagementOf(a);
    const early = await a.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, { name: "Survivors employed" });
    expect(isProblem(early, 409)).toBe(true);
    expect(early.body.rule).toBe("agreement_required");

    await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, terms);
    const jobs = await a.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, {
      name: "Survivors employed",
      unit: "people",
      baseline: 2,
      target: 12,
    });
    expect(jobs.status).toBe(201);
    const staff = (
      await a.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, { name: "Staff trained", unit: "people", target: 40 })
    ).body;
    const patched = await a.client.patch(`/api/v1/engagements/${e.id}/agreement/indicators/${staff.id}`, { target: 50 });
    expect(patched.body).toMatchObject({ target: 50, baseline: null });

    await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, {
      occurredOn: "2025-03-01",
      values: [{ indicatorId: jobs.body.id, value: 4 }],
    });
    await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, {
      occurredOn: "2025-06-01",
      values: [{ indicatorId: jobs.body.id, value: 7 }],
    });
    const list = (await a.client.get(`/api/v1/engagements/${e.id}/agreement/indicators`)).body.items;
    expect(list.map((i: { name: string }) => i.name)).toEqual(["Survivors employed", "Staff trained"]);
    expect(list[0]).toMatchObject({ latest: { value: 7, on: "2025-06-01" }, progress: 0.5 });
    expect(list[1]).toMatchObject({ latest: null, progress: null });
    expect((await a.client.get(`/api/v1/engagements/${e.id}/agreement`)).body.indicators).toHaveLength(2);

    expect((await a.client.delete(`/api/v1/engagements/${e.id}/agreement/indicators/${staff.id}`)).status).toBe(204);
    expect(isProblem(await a.client.patch(`/api/v1/engagements/${e.id}/agreement/indicators/${staff.id}`, { target: 1 }), 404)).toBe(true);
    expect((await a.client.get(`/api/v1/engagements/${e.id}/agreement/indicators`)).body.items).toHaveLength(1);
  });

  it("stores the signed file privately: upload, download, replace, refuse wrong content, remove", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Files");
    const { engagement: e } = await engagementOf(a);
    const form = () => {
      const f = new FormData();
      f.append("file", new File([pdfBytes()], "Signed MoU.pdf", { type: "application/pdf" }));
      return f;
    };
    expect(isProblem(await a.client.post(`/api/v1/engagements/${e.id}/agreement/signed-file`, form()), 404)).toBe(true);
    await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, terms);

    const up = await a.client.post(`/api/v1/engagements/${e.id}/agreement/signed-file`, form());
    expect(up.status).toBe(201);
    expect(up.body.signedFile).toMatchObject({ filename: "Signed MoU.pdf", contentType: "application/pdf", size: pdfBytes().byteLength });

    const down = await a.client.get(`/api/v1/engagements/${e.id}/agreement/signed-file`);
    expect(down.status).toBe(200);
    expect(down.contentType).toBe("application/pdf");
    expect(down.headers.get("content-disposition")).toContain("attachment");
    expect(Buffer.from(down.body as ArrayBuffer).equals(Buffer.from(pdfBytes()))).toBe(true);

    // Stored under the organisation's own folder; a replacement removes the earlier copy.
    const folder = join(filesRoot(), a.orgId, "agreements");
    expect(readdirSync(folder)).toHaveLength(1);
    const png = new FormData();
    const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    png.append("file", new File([pngBytes], "scan.png", { type: "image/png" }));
    const replaced = await a.client.post(`/api/v1/engagements/${e.id}/agreement/signed-file`, png);
    expect(replaced.body.signedFile).toMatchObject({ filename: "scan.png", contentType: "image/png" });
    expect(readdirSync(folder)).toHaveLength(1);
    expect(
      Buffer.from((await a.client.get(`/api/v1/engagements/${e.id}/agreement/signed-file`)).body as ArrayBuffer).equals(
        Buffer.from(pngBytes),
      ),
    ).toBe(true);

    const fake = new FormData();
    fake.append("file", new File([new TextEncoder().encode("<html>not a pdf</html>")], "x.pdf", { type: "application/pdf" }));
    expect(isProblem(await a.client.post(`/api/v1/engagements/${e.id}/agreement/signed-file`, fake), 422)).toBe(true);
    const script = new FormData();
    script.append("file", new File([new TextEncoder().encode("alert(1)")], "x.js", { type: "application/javascript" }));
    expect(isProblem(await a.client.post(`/api/v1/engagements/${e.id}/agreement/signed-file`, script), 422)).toBe(true);

    expect((await a.client.delete(`/api/v1/engagements/${e.id}/agreement/signed-file`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/engagements/${e.id}/agreement/signed-file`), 404)).toBe(true);
    expect((await a.client.get(`/api/v1/engagements/${e.id}/agreement`)).body.signedFile).toBeNull();
    expect(readdirSync(folder)).toHaveLength(0);
  });

  it("generates a draft MoU as DOCX and PDF that name the company and the indicators", async () => {
    const a = await ownerWithOrg(app.get(), "Hope Ünited e.V.");
    const { engagement: e } = await engagementOf(a, "Zürcher Bahn AG");
    await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, terms);
    await a.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, {
      name: "Psychotherapists trained",
      unit: "people",
      baseline: 0,
      target: 25,
    });

    const docx = await a.client.get(`/api/v1/engagements/${e.id}/agreement/draft.docx`);
    expect(docx.status).toBe(200);
    expect(docx.contentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(docx.headers.get("content-disposition")).toMatch(/attachment; filename="draft-agreement-Zurcher-Bahn-AG\.docx"/);
    const zip = await JSZip.loadAsync(Buffer.from(docx.body as ArrayBuffer));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Zürcher Bahn AG");
    expect(xml).toContain("Hope Ünited e.V.");
    expect(xml).toContain("Psychotherapists trained");
    expect(xml).toContain("Run two trainings");
    expect(xml).toContain("Memorandum of Understanding");

    const pdf = await a.client.get(`/api/v1/engagements/${e.id}/agreement/draft.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe("application/pdf");
    const bytes = Buffer.from(pdf.body as ArrayBuffer);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toContain("Zürcher Bahn AG");
    expect(text).toContain("Psychotherapists trained");
    expect(text).toContain("Strengthen the hotline and train 40 staff.");
    expect(text).toContain("1 January 2026");
    expect(text).not.toMatch(/\{\{/);
    const poppler = pdftotext(bytes);
    if (poppler !== null) expect(poppler).toContain("Zürcher Bahn AG");

    // The draft works before any agreement is recorded: goals come from the engagement, the rest is marked.
    const { engagement: bare } = await engagementOf(a, "Bare Partner Ltd");
    const bareText = pdfText(Buffer.from((await a.client.get(`/api/v1/engagements/${bare.id}/agreement/draft.pdf`)).body as ArrayBuffer));
    expect(bareText).toContain("Engagement goals");
    expect(bareText).toContain("[to be agreed]");
  });

  it("lets the organisation edit its template, refuses unknown placeholders and resets to the built-in one", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Template");
    const { engagement: e } = await engagementOf(a, "Template Partner SA");
    const initial = (await a.client.get("/api/v1/agreement-template")).body;
    expect(initial.isDefault).toBe(true);
    expect(initial.body).toContain("{{company.name}}");
    expect(initial.placeholders.map((p: { name: string }) => p.name)).toContain("indicators");
    // A German reader is shown the built-in template in German while the organisation has none of its own.
    const german = (await a.client.get("/api/v1/agreement-template?lang=de")).body;
    expect(german).toMatchObject({ isDefault: true });
    expect(german.body).toContain("## 1. Zweck und Ziele");
    expect(german.body).not.toContain("Purpose and goals");
    expect(initial.body).toContain("## 1. Purpose and goals");

    const bad = await a.client.req("PUT", "/api/v1/agreement-template", { body: "Hello {{company.ceo}}" });
    expect(isProblem(bad, 422)).toBe(true);
    expect(bad.body.detail).toContain("{{company.ceo}}");

    const custom = "# Letter of intent\n\nWith **{{company.name}}** on {{engagement.title}}.\n\n{{responsibilities.company}}";
    const saved = await a.client.req("PUT", "/api/v1/agreement-template", { body: custom });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ isDefault: false, body: custom });
    const zip = await JSZip.loadAsync(
      Buffer.from((await a.client.get(`/api/v1/engagements/${e.id}/agreement/draft.docx`)).body as ArrayBuffer),
    );
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("Letter of intent");
    expect(xml).not.toContain("Memorandum of Understanding");

    // Once saved, the organisation's own text is answered in every language.
    expect((await a.client.get("/api/v1/agreement-template?lang=de")).body).toMatchObject({ isDefault: false, body: custom });

    const reset = await a.client.delete("/api/v1/agreement-template?lang=de");
    expect(reset.body.isDefault).toBe(true);
    expect(reset.body.body).toContain("Zweck und Ziele");
  });

  it("deletes an agreement with its indicators and their values", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Delete");
    const { engagement: e } = await engagementOf(a);
    await a.client.req("PUT", `/api/v1/engagements/${e.id}/agreement`, terms);
    const ind = (await a.client.post(`/api/v1/engagements/${e.id}/agreement/indicators`, { name: "Jobs" })).body;
    await a.client.post(`/api/v1/engagements/${e.id}/check-ins`, {
      occurredOn: "2025-03-01",
      notes: "kept",
      values: [{ indicatorId: ind.id, value: 1 }],
    });
    expect((await a.client.delete(`/api/v1/engagements/${e.id}/agreement`)).status).toBe(204);
    expect(isProblem(await a.client.get(`/api/v1/engagements/${e.id}/agreement`), 404)).toBe(true);
    expect((await a.client.get(`/api/v1/engagements/${e.id}/agreement/indicators`)).body.items).toEqual([]);
    const checkIns = (await a.client.get(`/api/v1/engagements/${e.id}/check-ins`)).body.items;
    expect(checkIns).toHaveLength(1);
    expect(checkIns[0]).toMatchObject({ notes: "kept", values: [] });
  });
});

/** Text by poppler's pdftotext when the machine has it (a second, independent reader), else null. */
function pdftotext(bytes: Buffer): string | null {
  try {
    const dir = mkdtempSync(join(tmpdir(), "pw-pdf-"));
    writeFileSync(join(dir, "d.pdf"), bytes);
    execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "d.pdf"), join(dir, "d.txt")], { stdio: "ignore" });
    return readFileSync(join(dir, "d.txt"), "utf8");
  } catch {
    return null;
  }
}

import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { Client, isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";

// Engagements, commitments, screenings and acknowledgements exports: read back as CSV and XLSX, filters,
// formulas neutralised, tenant isolation, viewers may export, audit entries, nothing of evidence or stories.

const app = useTestApp();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const csv = (body: string) => Papa.parse<string[]>(body, { skipEmptyLines: true }).data;

async function xlsx(body: ArrayBuffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((row) =>
    out.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v instanceof Date ? v.toISOString() : v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v),
        ),
    ),
  );
  return out;
}

/** Rows as objects keyed by header, for readable expectations. */
const records = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i] ?? ""])));

async function get(a: Account, path: string) {
  const r = await a.client.get(path);
  expect(r.status, `${path}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(200);
  return r;
}

/** Org A's partnership data: two companies, a decided screening with a condition and evidence, two engagements, commitments, acknowledgements, a story. */
async function seed(a: Account) {
  const post = async (path: string, body: unknown, status = 201) => {
    const r = await a.client.post(path, body);
    expect(r.status, `${path}: ${JSON.stringify(r.body).slice(0, 300)}`).toBe(status);
    return r.body;
  };
  const mueller = await post("/api/v1/companies", { name: "Müller Logistik GmbH", country: "DE" });
  const nordic = await post("/api/v1/companies", { name: "Nordic Timber AB", country: "SE" });

  const s = await post(`/api/v1/companies/${mueller.id}/screenings`, {});
  const full = (await a.client.get(`/api/v1/screenings/${s.id}`)).body;
  for (const c of full.criteria as Array<{ key: string; applicable: boolean; answer: unknown }>) {
    if (!c.applicable || c.answer) continue;
    expect(
      (await a.client.req("PUT", `/api/v1/screenings/${s.id}/answers/${c.key}`, { answer: "meets", notes: "ANSWER-NOTE-PRIVATE" })).status,
    ).toBe(200);
  }
  const fd = new FormData();
  fd.set("file", new File(["EVIDENCE-FILE-CONTENT"], "audit.txt", { type: "text/plain" }));
  const file = await a.client.post(`/api/v1/screenings/${s.id}/files`, fd);
  expect(file.status, JSON.stringify(file.body)).toBe(201);
  await post(
    `/api/v1/screenings/${s.id}/decide`,
    {
      decision: "approved_with_conditions",
      rationale: "=cmd|' /C calc'!A0 supplier audit passed",
      conditions: [{ text: "Audit the warehouse", dueOn: day(90) }],
      rescreenOn: day(365),
    },
    200,
  );

  const contact = await post("/api/v1/contacts", { name: "Eva Muster", companyId: mueller.id });
  const running = await post("/api/v1/engagements", {
    companyId: mueller.id,
    title: "Warehouse training",
    modes: ["joint_project"],
    ownerId: a.userId,
    contactIds: [contact.id],
    moneyAmount: 5000,
    currency: "EUR",
    inKindDescription: "Trucks",
    initiatedBy: "ngo",
    publication: "public",
  });
  for (const stage of ["agreed", "active"])
    await post(`/api/v1/engagements/${running.id}/stage`, { stage, override: { reason: "Tested elsewhere" } }, 200);
  expect(
    (await a.client.req("PUT", `/api/v1/engagements/${running.id}/agreement`, { kind: "mou", startsOn: day(-100), endsOn: day(200) }))
      .status,
  ).toBe(201);
  const early = await post("/api/v1/engagements", { companyId: nordic.id, title: "+Timber sponsoring", modes: ["financial_donation"] });

  await post(`/api/v1/engagements/${running.id}/commitments`, {
    party: "ngo",
    userId: a.userId,
    description: "Send the plan",
    dueOn: day(-3),
    status: "open",
  });
  await post(`/api/v1/engagements/${running.id}/commitments`, {
    party: "company",
    contactId: contact.id,
    description: "@SUM(1,2) share the audit",
    dueOn: day(20),
    status: "done",
  });

  await post(`/api/v1/companies/${mueller.id}/acknowledgements`, {
    channel: "website",
    occurredOn: day(-10),
    title: "Thanks on our website",
    engagementId: running.id,
  });
  await post(`/api/v1/companies/${nordic.id}/acknowledgements`, { channel: "press", occurredOn: day(-40), title: "-Press release" });

  await post("/api/v1/stories", { title: "STORY-TITLE-PRIVATE", text: "STORY-TEXT-PRIVATE" });
  return { mueller, nordic, screening: s, running, early };
}

const EXPORTS = ["engagements", "commitments", "screenings", "acknowledgements"] as const;

describe("partnership exports", () => {
  it("exports engagements as CSV and XLSX with the table's filters, health for running ones, formulas neutralised, audited", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Partnerships Export");
    const d = await seed(a);

    const r = await get(a, "/api/v1/engagements/export?format=csv&sort=title");
    expect(r.contentType).toContain("text/csv");
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="partnerwise-engagements-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(r.headers.get("x-row-count")).toBe("2");
    const rows = csv(r.body);
    expect(rows[0]).toEqual([
      "Title",
      "Company",
      "Stage",
      "Modes",
      "Initiated by",
      "Owner",
      "Expected money",
      "Currency",
      "In-kind",
      "In-kind value",
      "Health score",
      "Outlook",
      "Screening decision",
      "Re-screening due",
      "Start",
      "End",
      "Publication",
      "Created",
      "Updated",
      "ID",
    ]);
    const [timber, warehouse] = records(rows);
    // "+Timber…" sorts first (the plus sign) and is escaped so a spreadsheet does not run it.
    expect(timber).toMatchObject({
      Title: "'+Timber sponsoring",
      Company: "Nordic Timber AB",
      Stage: "identified",
      Modes: "financial_donation",
      "Health score": "",
      Outlook: "",
      "Screening decision": "",
      ID: d.early.id,
    });
    expect(warehouse).toMatchObject({
      Title: "Warehouse training",
      Company: "Müller Logistik GmbH",
      Stage: "active",
      Modes: "joint_project",
      "Initiated by": "ngo",
      Owner: "Owner of NGO Partnerships Export",
      "Expected money": "5000",
      Currency: "EUR",
      "In-kind": "Trucks",
      "Screening decision": "approved_with_conditions",
      "Re-screening due": day(365),
      Start: day(-100),
      End: day(200),
      Publication: "public",
      ID: d.running.id,
    });
    const health = (await a.client.get(`/api/v1/engagements/${d.running.id}/health`)).body;
    expect(warehouse["Health score"]).toBe(String(health.score));
    expect(warehouse.Outlook).toBe(health.outlook);

    // Filters as on the table: stage, company, search text; German headers with lang=de.
    expect(records(csv((await get(a, "/api/v1/engagements/export?stage=active")).body)).map((x) => x.Title)).toEqual([
      "Warehouse training",
    ]);
    expect(records(csv((await get(a, `/api/v1/engagements/export?companyId=${d.nordic.id}`)).body)).map((x) => x.ID)).toEqual([d.early.id]);
    expect(records(csv((await get(a, "/api/v1/engagements/export?q=timber")).body)).map((x) => x.ID)).toEqual([d.early.id]);
    const de = csv((await get(a, "/api/v1/engagements/export?lang=de&mode=financial_donation")).body);
    expect(de[0].slice(0, 3)).toEqual(["Titel", "Unternehmen", "Phase"]);
    expect(de).toHaveLength(2);

    // XLSX reads back with the same rows; the formula-like title stays text (a string cell, never a formula).
    const x = await get(a, "/api/v1/engagements/export?format=xlsx&sort=title");
    expect(x.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheet = await xlsx(x.body);
    expect(sheet[0]).toEqual(rows[0]);
    expect(records(sheet).map((e) => [e.Title, e.Stage, e.Start])).toEqual([
      ["+Timber sponsoring", "identified", ""],
      ["Warehouse training", "active", day(-100)],
    ]);
    expect(records(sheet)[1]["Expected money"]).toBe("5000");

    const log = (await a.client.get("/api/v1/audit?action=export")).body.items;
    expect(log[0]).toMatchObject({
      entityType: "engagement",
      actorId: a.userId,
      details: { format: "xlsx", rows: 2, filter: { sort: "title" } },
    });
    expect(log[1]).toMatchObject({
      entityType: "engagement",
      details: { format: "csv", rows: 1, filter: { mode: ["financial_donation"] } },
    });
    expect(isProblem(await a.client.get("/api/v1/engagements/export?format=pdf"), 422)).toBe(true);
    expect(isProblem(await a.client.get("/api/v1/engagements/export?lang=fr"), 422)).toBe(true);
  });

  it("exports commitments, screenings and acknowledgements with their filters, in CSV and XLSX", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Monitoring Export");
    const d = await seed(a);

    const commitments = records(csv((await get(a, "/api/v1/commitments/export")).body));
    expect(commitments.map((c) => [c.Engagement, c.Company, c.Party, c.Person, c.What, c.Due, c.Status, c.Overdue])).toEqual([
      ["Warehouse training", "Müller Logistik GmbH", "ngo", "Owner of NGO Monitoring Export", "Send the plan", day(-3), "open", "yes"],
      ["Warehouse training", "Müller Logistik GmbH", "company", "Eva Muster", "'@SUM(1,2) share the audit", day(20), "done", "no"],
    ]);
    expect(commitments[0]["Done at"]).toBe("");
    expect(commitments[1]["Done at"]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(records(csv((await get(a, "/api/v1/commitments/export?overdue=true")).body)).map((c) => c.What)).toEqual(["Send the plan"]);
    expect(records(csv((await get(a, "/api/v1/commitments/export?status=done&party=company")).body))).toHaveLength(1);
    const cx = await xlsx((await get(a, "/api/v1/commitments/export?format=xlsx&lang=de")).body);
    expect(cx[0].slice(0, 5)).toEqual(["Engagement", "Unternehmen", "Seite", "Person", "Was"]);
    expect(cx[2][4]).toBe("@SUM(1,2) share the audit");

    const screeningFile = await get(a, "/api/v1/screenings/export");
    const [s] = records(csv(screeningFile.body));
    expect(csv(screeningFile.body)).toHaveLength(2);
    expect(s).toMatchObject({
      Company: "Müller Logistik GmbH",
      Date: day(0),
      Status: "decided",
      "Catalogue version": "1",
      Decision: "approved_with_conditions",
      "Decided by": "Owner of NGO Monitoring Export",
      Reasons: "'=cmd|' /C calc'!A0 supplier audit passed",
      Conditions: `Audit the warehouse (${day(90)}, open)`,
      "Re-screen on": day(365),
      ID: d.screening.id,
    });
    expect(["low", "medium", "high", "critical"]).toContain(s["Risk level"]);
    expect(records(csv((await get(a, "/api/v1/screenings/export?decision=rejected")).body))).toHaveLength(0);
    expect(records(csv((await get(a, `/api/v1/screenings/export?companyId=${d.nordic.id}`)).body))).toHaveLength(0);
    expect(records(csv((await get(a, `/api/v1/screenings/export?status=decided&from=${day(-1)}&to=${day(0)}`)).body))).toHaveLength(1);
    expect(records(csv((await get(a, `/api/v1/screenings/export?to=${day(-1)}`)).body))).toHaveLength(0);
    const sx = await xlsx((await get(a, "/api/v1/screenings/export?format=xlsx")).body);
    expect(sx[1][6]).toBe("=cmd|' /C calc'!A0 supplier audit passed");

    const acks = records(csv((await get(a, "/api/v1/acknowledgements/export")).body));
    expect(acks.map((x) => [x.Date, x.Company, x.Engagement, x.Channel, x.Title])).toEqual([
      [day(-10), "Müller Logistik GmbH", "Warehouse training", "website", "Thanks on our website"],
      [day(-40), "Nordic Timber AB", "", "press", "'-Press release"],
    ]);
    expect(records(csv((await get(a, "/api/v1/acknowledgements/export?channel=press")).body)).map((x) => x.Company)).toEqual([
      "Nordic Timber AB",
    ]);
    expect(records(csv((await get(a, `/api/v1/acknowledgements/export?engagementId=${d.running.id}`)).body)).map((x) => x.Channel)).toEqual(
      ["website"],
    );
    expect(records(csv((await get(a, `/api/v1/acknowledgements/export?from=${day(-20)}`)).body))).toHaveLength(1);
    const ax = await xlsx((await get(a, "/api/v1/acknowledgements/export?format=xlsx")).body);
    expect(ax.slice(1).map((r) => r[4])).toEqual(["Thanks on our website", "-Press release"]);

    // Never evidence contents, answer notes or anything of a survivor's story, in any export or format.
    for (const name of EXPORTS) {
      for (const format of ["csv", "xlsx"]) {
        const r = await get(a, `/api/v1/${name}/export?format=${format}`);
        const text = format === "csv" ? (r.body as string) : (await xlsx(r.body)).flat().join("\n");
        for (const secret of ["EVIDENCE-FILE-CONTENT", "audit.txt", "ANSWER-NOTE-PRIVATE", "STORY-TITLE-PRIVATE", "STORY-TEXT-PRIVATE"])
          expect(text, `${name}.${format}`).not.toContain(secret);
      }
    }

    const log = (await a.client.get("/api/v1/audit?action=export&limit=100")).body.items as Array<{
      entityType: string;
      details: { rows: number; format: string; filter: Record<string, unknown> };
    }>;
    expect(log.find((e) => e.entityType === "commitment" && e.details.filter.overdue === true)?.details).toMatchObject({
      rows: 1,
      format: "csv",
    });
    expect(log.find((e) => e.entityType === "screening" && e.details.filter.decision)?.details).toMatchObject({
      rows: 0,
      filter: { decision: ["rejected"] },
    });
    expect(log.find((e) => e.entityType === "acknowledgement" && e.details.filter.channel)?.details).toMatchObject({
      rows: 1,
      filter: { channel: ["press"] },
    });
  });

  it("keeps every export inside the organisation; viewers may export", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Export A");
    const d = await seed(a);
    const b = await ownerWithOrg(app.get(), "NGO Export B");
    const own = (await b.client.post("/api/v1/companies", { name: "B Own Company", country: "FR" })).body;
    const bEngagement = (await b.client.post("/api/v1/engagements", { companyId: own.id, title: "B partnership" })).body;
    expect(
      (await b.client.post(`/api/v1/companies/${own.id}/acknowledgements`, { channel: "event", occurredOn: day(-1), title: "B thanks" }))
        .status,
    ).toBe(201);

    for (const name of EXPORTS) {
      for (const format of ["csv", "xlsx"]) {
        const r = await get(b, `/api/v1/${name}/export?format=${format}`);
        const rows = format === "csv" ? csv(r.body) : await xlsx(r.body);
        const text = rows.flat().join("\n");
        for (const secret of ["Müller", "Nordic", "Warehouse training", "Send the plan", "Thanks on our website", d.screening.id])
          expect(text, `${name}.${format}`).not.toContain(secret);
      }
      // A's ids as filters match nothing in B (the same answer as any unknown id).
      const filters =
        name === "commitments"
          ? [`engagementId=${d.running.id}`]
          : name === "acknowledgements"
            ? [`companyId=${d.mueller.id}`, `engagementId=${d.running.id}`]
            : [`companyId=${d.mueller.id}`];
      for (const q of filters) {
        const r = await get(b, `/api/v1/${name}/export?${q}`);
        expect(csv(r.body), `${name}?${q}`).toHaveLength(1);
        expect(r.headers.get("x-row-count")).toBe("0");
      }
    }
    expect(records(csv((await get(b, "/api/v1/engagements/export")).body)).map((x) => x.ID)).toEqual([bEngagement.id]);
    expect(records(csv((await get(b, "/api/v1/acknowledgements/export")).body)).map((x) => x.Title)).toEqual(["B thanks"]);

    // A's audit log has no trace of B's exports.
    expect((await a.client.get("/api/v1/audit?action=export")).body.items).toEqual([]);

    const viewer = await memberOf(app.get(), a, "viewer");
    for (const name of EXPORTS) {
      const r = await get(viewer, `/api/v1/${name}/export`);
      expect(csv(r.body).length).toBeGreaterThan(1);
    }
    expect((await a.client.get("/api/v1/audit?action=export")).body.items[0]).toMatchObject({ actorId: viewer.userId });

    // Not signed in: 401.
    expect(isProblem(await new Client(app.get()).get("/api/v1/engagements/export"), 401)).toBe(true);
  });

  it("documents every export in the OpenAPI document", async () => {
    const a = await ownerWithOrg(app.get(), "NGO OpenAPI");
    const doc = (await a.client.get("/api/openapi.json")).body;
    for (const name of EXPORTS) {
      const op = doc.paths[`/api/v1/${name}/export`]?.get;
      expect(op, name).toBeTruthy();
      expect(Object.keys(op.responses[200].content)).toEqual([
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      ]);
      expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["format", "lang"]));
    }
  });
});

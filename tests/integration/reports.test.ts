import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp, type Account } from "../setup/app.js";
import { pdfText } from "../setup/pdf-text.js";

const app = useTestApp();
const year = new Date().getUTCFullYear();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// Secrets that must never reach a report: internal free text, risks, screening and a survivor's story.
const SECRETS = {
  meeting: "Their CFO seemed evasive about the audit",
  note: "Internal note: check their tax affairs",
  checkInNote: "Worried the site manager is hiding overtime",
  risk: "Partner's CEO under investigation",
  story: "She escaped the farm at night and walked for two days",
};

/** Writes a report next to the screenshots when REPORTS_OUT is set, to look at it (pdftoppm). */
function keep(name: string, bytes: ArrayBuffer) {
  if (!process.env.REPORTS_OUT) return;
  mkdirSync(process.env.REPORTS_OUT, { recursive: true });
  writeFileSync(join(process.env.REPORTS_OUT, name), Buffer.from(bytes));
}

async function partnership(a: Account, name: string, opts: { publication?: string; naceCode?: string; money?: number } = {}) {
  const co = (await a.client.post("/api/v1/companies", { name, country: "DE", naceCode: opts.naceCode })).body;
  const e = await a.client.post("/api/v1/engagements", {
    companyId: co.id,
    title: `Partnership with ${name}`,
    modes: ["joint_project", "financial_donation"],
    publication: opts.publication,
  });
  expect(e.status).toBe(201);
  if (opts.money !== undefined)
    await a.client.patch(`/api/v1/engagements/${e.body.id}`, { moneyAmount: opts.money, currency: "EUR", inKindValue: 2500 });
  const moved = await a.client.post(`/api/v1/engagements/${e.body.id}/stage`, {
    stage: "agreed",
    override: { reason: "Screened outside the tool (test)" },
  });
  expect(moved.status).toBe(200);
  return { company: co, engagement: e.body as { id: string; publication: string } };
}

/** A full partnership: agreement with indicators, check-ins, commitments, an acknowledgement, and secrets. */
async function fullPartnership(a: Account, name: string) {
  const p = await partnership(a, name, { publication: "public", money: 12000 });
  const id = p.engagement.id;
  await a.client.req("PUT", `/api/v1/engagements/${id}/agreement`, {
    kind: "mou",
    goals: "Strengthen the hotline and train staff across the company.",
    activities: ["Vehicle purchase for the field team", "Two staff trainings"],
    ngoResponsibilities: ["Run the trainings"],
    companyResponsibilities: ["Fund the vehicle"],
    startsOn: day(-120),
    clearedForPublication: true,
  });
  const jobs = (
    await a.client.post(`/api/v1/engagements/${id}/agreement/indicators`, {
      name: "Survivors employed",
      unit: "people",
      baseline: 2,
      target: 12,
    })
  ).body;
  const staff = (
    await a.client.post(`/api/v1/engagements/${id}/agreement/indicators`, { name: "Staff trained", unit: "people", target: 40 })
  ).body;
  expect(
    (
      await a.client.post(`/api/v1/engagements/${id}/check-ins`, {
        occurredOn: day(-60),
        notes: SECRETS.checkInNote,
        values: [
          { indicatorId: jobs.id, value: 5 },
          { indicatorId: staff.id, value: 18 },
        ],
      })
    ).status,
  ).toBe(201);
  await a.client.post(`/api/v1/engagements/${id}/check-ins`, {
    occurredOn: day(-2),
    values: [
      { indicatorId: jobs.id, value: 7 },
      { indicatorId: staff.id, value: 42 },
    ],
  });
  await a.client.post(`/api/v1/engagements/${id}/activities`, { kind: "meeting", occurredOn: day(-30), summary: SECRETS.meeting });
  await a.client.post(`/api/v1/engagements/${id}/activities`, { kind: "note", occurredOn: day(-29), summary: SECRETS.note });
  await a.client.post(`/api/v1/engagements/${id}/commitments`, {
    party: "company",
    description: "Release staff time for the trainings",
    status: "done",
  });
  await a.client.post(`/api/v1/engagements/${id}/commitments`, {
    party: "ngo",
    userId: a.userId,
    description: "Send the training evaluation",
    dueOn: day(20),
  });
  expect((await a.client.post(`/api/v1/engagements/${id}/risks`, { title: SECRETS.risk, likelihood: 3, impact: 5 })).status).toBe(201);
  const ack = await a.client.post("/api/v1/acknowledgements", {
    companyId: p.company.id,
    engagementId: id,
    channel: "website",
    occurredOn: day(-10),
    title: "Thank you to our hotline partner",
    url: "https://example.org/thanks",
  });
  expect(ack.status).toBe(201);
  const story = (await a.client.post("/api/v1/stories", { title: "A new start", text: SECRETS.story })).body;
  await a.client.post(`/api/v1/stories/${story.id}/consents`, {
    reference: "TP-1",
    channels: ["partner_materials", "annual_report"],
    validFrom: day(-30),
  });
  expect((await a.client.post(`/api/v1/stories/${story.id}/uses`, { engagementId: id, channel: "partner_materials" })).status).toBe(201);
  return p;
}

const expectNoSecrets = (text: string) => {
  for (const s of Object.values(SECRETS)) expect(text).not.toContain(s);
};

describe("partner impact report", () => {
  it("is a PDF with the company, indicators against targets, check-ins, commitments and acknowledgements — and nothing internal", async () => {
    const a = await ownerWithOrg(app.get(), "Hope Hotline e.V.");
    const { engagement } = await fullPartnership(a, "Nordlicht Telecom AG");
    const r = await a.client.get(`/api/v1/engagements/${engagement.id}/report.pdf`);
    expect(r.status).toBe(200);
    expect(r.contentType).toBe("application/pdf");
    expect(r.headers.get("content-disposition")).toContain("impact-report-nordlicht-telecom-ag-");
    keep("partner-report.pdf", r.body);
    const text = pdfText(Buffer.from(r.body));
    for (const s of [
      "Nordlicht Telecom AG",
      "Hope Hotline e.V.",
      "Partnership with Nordlicht Telecom AG",
      "Survivors employed",
      "Staff trained",
      "Thank you to our hotline partner",
      "example.org",
      "Release staff time for the trainings",
      "Send the training evaluation",
      "Vehicle purchase for the field team",
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/7 people/); // latest value of "Survivors employed"
    expect(text).toMatch(/12 people/); // its target
    expect(text).toContain("50 %"); // (7 − 2) / (12 − 2)
    expect(text).toContain("105 %"); // 42 of 40 staff trained
    expectNoSecrets(text);
    const log = await a.client.get(`/api/v1/audit?entityType=engagement&entityId=${engagement.id}`);
    expect(log.body.items.map((x: { action: string; summary: string }) => `${x.action} ${x.summary}`)).toContain(
      "export Generated the partner report for Nordlicht Telecom AG",
    );
  });

  it("looks back over a period and speaks German", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Period");
    const { engagement } = await fullPartnership(a, "Periode GmbH");
    const r = await a.client.get(`/api/v1/engagements/${engagement.id}/report.pdf?from=${day(-90)}&to=${day(-30)}&lang=de`);
    expect(r.status).toBe(200);
    keep("partner-report-de.pdf", r.body);
    const text = pdfText(Buffer.from(r.body));
    expect(text).toContain("Wirkungsbericht für Periode GmbH");
    expect(text).toContain("Ergebnisse im Vergleich zu den Zielen");
    expect(text).toMatch(/5 people/); // the value as of the end of the period, not the latest
    expect(text).not.toContain("Thank you to our hotline partner"); // acknowledged after the period
    expectNoSecrets(text);

    expect(isProblem(await a.client.get(`/api/v1/engagements/${engagement.id}/report.pdf?from=${day(0)}&to=${day(-5)}`), 422)).toBe(true);
    expect(isProblem(await a.client.get(`/api/v1/engagements/${engagement.id}/report.pdf?lang=fr`), 422)).toBe(true);
  });

  it("answers 404 for another organisation's engagement; a viewer can download", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Owner");
    const b = await ownerWithOrg(app.get(), "NGO Other");
    const { engagement } = await partnership(a, "Tenant Test AG");
    expect(isProblem(await b.client.get(`/api/v1/engagements/${engagement.id}/report.pdf`), 404)).toBe(true);
    expect(isProblem(await b.client.get("/api/v1/engagements/not-a-uuid/report.pdf"), 404)).toBe(true);
    const viewer = await memberOf(app.get(), a, "viewer");
    const r = await viewer.client.get(`/api/v1/engagements/${engagement.id}/report.pdf`);
    expect(r.status).toBe(200);
    expect(pdfText(Buffer.from(r.body))).toContain("Tenant Test AG");
    expect((await viewer.client.get(`/api/v1/reports/annual.pdf?year=${year}`)).status).toBe(200);
  });
});

describe("annual partnerships report", () => {
  it("shows public partners by name, anonymous ones by sector, and leaves confidential ones out (counting them)", async () => {
    const a = await ownerWithOrg(app.get(), "Annual NGO");
    await fullPartnership(a, "Nordlicht Telecom AG");
    const secret = await partnership(a, "Schattenbank Holding", { money: 50000 }); // default: confidential
    expect(secret.engagement.publication).toBe("confidential");
    await a.client.post("/api/v1/acknowledgements", {
      companyId: secret.company.id,
      channel: "event",
      occurredOn: day(-3),
      title: "Gala with Schattenbank",
    });
    const anon = await partnership(a, "Kaufhaus Anonym GmbH", { publication: "anonymous", naceCode: "47.11", money: 3000 });
    // Its agreement allows publication; its indicator's name would still give it away.
    await a.client.req("PUT", `/api/v1/engagements/${anon.engagement.id}/agreement`, { kind: "mou", clearedForPublication: true });
    expect(
      (
        await a.client.post(`/api/v1/engagements/${anon.engagement.id}/agreement/indicators`, {
          name: "Cashiers hired at the Kaufhaus flagship",
          unit: "people",
          target: 5,
        })
      ).status,
    ).toBe(201);
    // Public by choice, but the agreement does not record the partner's clearance: anonymous.
    const uncleared = await partnership(a, "Ungeklärt AG", { publication: "public" });
    await a.client.req("PUT", `/api/v1/engagements/${uncleared.engagement.id}/agreement`, { kind: "mou", clearedForPublication: false });
    // Public, but the agreement is confidential: left out.
    const vetoed = await partnership(a, "Verschwiegen KG", { publication: "public" });
    await a.client.req("PUT", `/api/v1/engagements/${vetoed.engagement.id}/agreement`, {
      kind: "mou",
      confidential: true,
      clearedForPublication: true,
    });
    // Not yet agreed: not a partnership of the year.
    const co = (await a.client.post("/api/v1/companies", { name: "Nur Idee GmbH", country: "DE" })).body;
    await a.client.post("/api/v1/engagements", { companyId: co.id, title: "Just an idea", publication: "public" });

    const r = await a.client.get(`/api/v1/reports/annual?year=${year}`);
    expect(r.status).toBe(200);
    const body = r.body;
    const json = JSON.stringify(body);
    for (const hidden of ["Schattenbank", "Kaufhaus", "Ungeklärt", "Verschwiegen", "Nur Idee", "Just an idea"])
      expect(json).not.toContain(hidden);
    expectNoSecrets(json);
    expect(body.counts).toMatchObject({
      partnerships: 3,
      public: 1,
      anonymous: 2,
      indicators: 3,
      indicatorsAchieved: 1,
      acknowledgements: 1,
    });
    expect(body.leftOut).toEqual({ partnerships: 2, acknowledgements: 1 });
    expect(body.partners.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["Nordlicht Telecom AG", "A company in wholesale and retail trade", "A company"]),
    );
    const nordlicht = body.partners.find((p: { name: string }) => p.name === "Nordlicht Telecom AG");
    expect(nordlicht.indicators.map((i: { name: string; latest: number }) => [i.name, i.latest])).toEqual([
      ["Survivors employed", 7],
      ["Staff trained", 42],
    ]);
    // Anonymous partners are counted, never itemised: their indicator names could name them.
    for (const p of body.partners.filter((x: { publication: string }) => x.publication === "anonymous")) expect(p.indicators).toEqual([]);
    expect(body.totals).toEqual([{ currency: "EUR", money: 15000, inKind: 5000 }]);
    expect(body.modes.find((m: { key: string }) => m.key === "joint_project")).toMatchObject({
      label: "Joint project or campaign",
      partnerships: 3,
    });
    expect(body.acknowledgements).toEqual([
      expect.objectContaining({ company: "Nordlicht Telecom AG", title: "Thank you to our hotline partner", channel: "website" }),
    ]);

    const pdf = await a.client.get(`/api/v1/reports/annual.pdf?year=${year}`);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe("application/pdf");
    keep("annual-report.pdf", pdf.body);
    const text = pdfText(Buffer.from(pdf.body));
    for (const s of [
      "Partnerships report",
      "Annual NGO",
      "Nordlicht Telecom AG",
      "Survivors employed",
      "Thank you to our hotline partner",
      "A company in wholesale and retail trade",
      "2 partnerships not cleared for publication are not shown.",
    ]) {
      expect(text).toContain(s);
    }
    for (const hidden of ["Schattenbank", "Kaufhaus", "Ungeklärt", "Verschwiegen"]) expect(text).not.toContain(hidden);
    expectNoSecrets(text);

    const de = pdfText(Buffer.from((await a.client.get(`/api/v1/reports/annual.pdf?year=${year}&lang=de`)).body));
    expect(de).toContain("Partnerschaftsbericht");
    expect(de).toContain("2 nicht zur Veröffentlichung freigegebene Partnerschaften werden nicht gezeigt.");
    // The sector of an anonymous partner in the official German NACE label (Destatis WZ 2008), nouns capitalised.
    expect(de).toContain("Ein Unternehmen der Branche Handel");
    const deJson = (await a.client.get(`/api/v1/reports/annual?year=${year}&lang=de`)).body;
    expect(deJson.partners.map((p: { name: string }) => p.name)).toContain("Ein Unternehmen der Branche Handel");
    expect(deJson.partners.find((p: { name: string }) => p.name === "Ein Unternehmen der Branche Handel").sector).toBe(
      "Handel; Instandhaltung und Reparatur von Kraftfahrzeugen",
    );
  });

  it("is per organisation and per year, and refuses a bad year", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Years");
    const b = await ownerWithOrg(app.get(), "NGO Elsewhere");
    await partnership(a, "Jahr AG", { publication: "public" });
    expect((await a.client.get(`/api/v1/reports/annual?year=${year}`)).body.counts.partnerships).toBe(1);
    expect((await a.client.get(`/api/v1/reports/annual?year=${year - 1}`)).body.counts.partnerships).toBe(0);
    const other = await b.client.get(`/api/v1/reports/annual?year=${year}`);
    expect(other.body).toMatchObject({ organisation: "NGO Elsewhere", counts: { partnerships: 0 }, leftOut: { partnerships: 0 } });
    expect(JSON.stringify(other.body)).not.toContain("Jahr AG");
    const empty = await b.client.get(`/api/v1/reports/annual.pdf?year=${year}`);
    expect(pdfText(Buffer.from(empty.body))).toContain(`No partnerships to show for ${year}.`);
    expect(isProblem(await a.client.get("/api/v1/reports/annual?year=abc"), 422)).toBe(true);
    expect(isProblem(await a.client.get("/api/v1/reports/annual?year=1999"), 422)).toBe(true);
  });

  it("lets members set the publication; viewers cannot", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Publication");
    const { engagement } = await partnership(a, "Flag AG");
    const viewer = await memberOf(app.get(), a, "viewer");
    expect(isProblem(await viewer.client.patch(`/api/v1/engagements/${engagement.id}`, { publication: "public" }), 403)).toBe(true);
    expect((await a.client.patch(`/api/v1/engagements/${engagement.id}`, { publication: "public" })).body.publication).toBe("public");
    expect(isProblem(await a.client.patch(`/api/v1/engagements/${engagement.id}`, { publication: "everyone" }), 422)).toBe(true);
    expect((await viewer.client.get(`/api/v1/reports/annual?year=${year}`)).body.partners.map((p: { name: string }) => p.name)).toEqual([
      "Flag AG",
    ]);
  });
});

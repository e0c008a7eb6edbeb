import { describe, expect, it } from "vitest";
import { layoutProblems, pdfPages } from "../../../tests/setup/pdf-layout.js";
import { renderDraftPdf } from "../agreements/agreements.pdf.js";
import { type DraftValues, renderTemplate } from "../agreements/agreements.template.js";
import { DEFAULT_AGREEMENT_TEMPLATE } from "../agreements/data/default-template.js";
import { renderAnnualPdf } from "./reports.annual-pdf.js";
import type { AnnualPartner, AnnualReport, PartnerReport, ReportIndicator } from "./reports.schema.js";
import { renderPartnerPdf } from "./reports.partner-pdf.js";

// Every PDF the app makes, read back page by page. The partner report is the document handed to the company: page by page, no page is empty, no section
// heading is left alone at the foot of a page, no text runs off the page — whatever the amount of content
// before a section pushes its heading to (the sweep moves every heading down the page a few lines at a time),
// and also when an indicator has no value yet.

// Footer baseline sits in the bottom margin (56 pt of 842); headings are h2 (14 pt) and h3 (10.5 pt).
const RULES = { footerTop: 842 - 50, headingSizes: [14, 10.5] };

const indicator = (name: string, latest: number | null, target = 40): ReportIndicator => ({
  name,
  unit: "people",
  baseline: 0,
  target,
  latest,
  latestOn: latest === null ? null : "2026-05-01",
  progress: latest === null ? null : latest / target,
  achieved: latest !== null && latest >= target,
});

function report(lang: "en" | "de", activities: number, indicators: ReportIndicator[], checkIns = 2): PartnerReport {
  return {
    lang,
    org: "Hope Network Berlin",
    company: "Müller Logistik GmbH",
    title: "Hotline and survivor employment",
    period: { from: "2026-01-01", to: "2026-06-30" },
    generatedOn: "2026-06-30",
    modes: ["Joint project", "Financial donation"],
    agreement: {
      kind: "mou",
      goals: "Strengthen the hotline and open jobs for survivors across the company's sites.",
      activities: Array.from({ length: activities }, (_, i) => `Agreed activity number ${i + 1}: a training for the staff of one site`),
      ngoResponsibilities: ["Run the trainings", "Send an evaluation after each one"],
      companyResponsibilities: ["Release staff time", "Fund the vehicle"],
      startsOn: "2026-01-01",
      endsOn: "2027-01-01",
    },
    goals: "Strengthen the hotline and open jobs for survivors across the company's sites.",
    exchanges: { meetings: 3, calls: 2, emails: 5 },
    milestones: [
      { on: "2026-01-10", kind: "agreed" },
      { on: "2026-02-01", kind: "active" },
    ],
    indicators,
    series: indicators
      .filter((i) => i.latest !== null)
      .map((i) => ({
        name: i.name,
        points: [
          { on: "2026-03-01", progress: 0.2 },
          { on: "2026-05-01", progress: i.progress ?? 0 },
        ],
      })),
    checkIns: Array.from({ length: checkIns }, (_, k) => ({
      on: `2026-0${3 + k}-01`,
      values: indicators.filter((i) => i.latest !== null).map((i) => ({ name: i.name, unit: i.unit, value: i.latest! })),
    })),
    commitments: {
      byParty: { ngo: { done: 1, open: 1, missed: 0 }, company: { done: 2, open: 0, missed: 0 } },
      kept: { due: 3, kept: 3 },
      done: [
        { party: "company", what: "Release staff time for the trainings", on: "2026-03-10" },
        { party: "ngo", what: "First training held", on: "2026-04-02" },
      ],
    },
    acknowledgements: [
      { channel: "website", on: "2026-04-10", title: "Thank you to our hotline partner", url: "https://example.org/thanks" },
    ],
    nextSteps: {
      nextCheckIn: "2026-08-01",
      agreementEnds: "2027-01-01",
      open: [{ party: "ngo", what: "Send the training evaluation", due: "2026-07-15" }],
    },
  };
}

async function problemsOf(r: PartnerReport): Promise<string[]> {
  return layoutProblems(await pdfPages(await renderPartnerPdf(r)), RULES);
}

describe("partner report PDF layout", () => {
  it("has no empty page, orphaned heading or text off the page when an indicator has no value yet", async () => {
    const found: string[] = [];
    for (const lang of ["en", "de"] as const)
      for (let activities = 0; activities <= 24; activities += 2) {
        const r = report(lang, activities, [indicator("Survivors employed", 5, 12), indicator("Staff trained", null)]);
        for (const p of await problemsOf(r)) found.push(`${lang}, ${activities} activities: ${p}`);
      }
    expect(found).toEqual([]);
  }, 120_000);

  it("holds with no indicators, one without a value only, and many with long names", async () => {
    const found: string[] = [];
    const cases: Array<[string, ReportIndicator[]]> = [
      ["none", []],
      ["no value yet", [indicator("Staff trained", null)]],
      [
        "many",
        Array.from({ length: 12 }, (_, i) =>
          indicator(`Indicator ${i + 1} with a rather long name that wraps in the table column of the report`, i % 3 ? i * 3 : null),
        ),
      ],
    ];
    for (const lang of ["en", "de"] as const)
      for (const [name, inds] of cases)
        for (let activities = 0; activities <= 24; activities += 4)
          for (const p of await problemsOf(report(lang, activities, inds, 6))) found.push(`${lang}, ${name}, ${activities}: ${p}`);
    expect(found).toEqual([]);
  }, 120_000);
});

const partner = (i: number, indicators: ReportIndicator[]): AnnualPartner => ({
  publication: i % 3 ? "public" : "anonymous",
  name: i % 3 ? `Partner company number ${i} GmbH` : "A company in manufacturing",
  sector: "Manufacturing",
  title: i % 3 ? `Partnership ${i}: hotline, trainings and survivor employment` : null,
  modes: ["joint_project", "financial_donation"],
  stage: "active",
  since: "2026-02-01",
  endedOn: i % 4 ? null : "2026-11-30",
  value: { currency: "EUR", money: 1000 * i, inKind: 250 * i, inKindDescription: null, nonMonetary: null },
  indicators,
  acknowledgements: i % 2,
});

function annual(partners: number): AnnualReport {
  const list = Array.from({ length: partners }, (_, i) =>
    partner(i + 1, [indicator("Staff trained", i % 2 ? 20 : null), indicator("Survivors employed", 3, 10)]),
  );
  return {
    year: 2026,
    organisation: "Hope Network Berlin",
    generatedAt: "2026-12-06T10:00:00.000Z",
    counts: {
      partnerships: partners,
      public: list.filter((p) => p.publication === "public").length,
      anonymous: list.filter((p) => p.publication === "anonymous").length,
      companies: partners,
      indicators: partners * 2,
      indicatorsAchieved: 0,
      acknowledgements: partners,
    },
    partners: list,
    modes: [
      { key: "joint_project", label: "Joint project", partnerships: partners, value: [{ currency: "EUR", money: 5000, inKind: 900 }] },
      {
        key: "financial_donation",
        label: "Financial donation",
        partnerships: partners,
        value: [{ currency: "EUR", money: 7000, inKind: 0 }],
      },
    ],
    totals: [{ currency: "EUR", money: 12000, inKind: 900 }],
    acknowledgements: list
      .filter((p) => p.publication === "public")
      .map((p) => ({ company: p.name, channel: "website", occurredOn: "2026-05-01", title: "Thank you to our partner", url: null })),
    leftOut: { partnerships: 2, acknowledgements: 1 },
  };
}

describe("annual report PDF layout", () => {
  it("has no empty page, orphaned heading or text off the page, from no partners to many", async () => {
    const found: string[] = [];
    for (const lang of ["en", "de"] as const)
      for (let n = 0; n <= 26; n += 2)
        for (const p of layoutProblems(await pdfPages(await renderAnnualPdf(annual(n), lang)), RULES))
          found.push(`${lang}, ${n} partners: ${p}`);
    expect(found).toEqual([]);
  }, 120_000);
});

const draftValues = (activities: number, indicators: number): DraftValues => ({
  "ngo.name": "Hope Network Berlin",
  "ngo.country": "DE",
  "company.name": "Müller Logistik GmbH",
  "company.country": "DE",
  "company.registrationId": null,
  "engagement.title": "Hotline and survivor employment",
  "engagement.modes": ["Joint project"],
  "agreement.kind": "Memorandum of Understanding",
  goals: null,
  "responsibilities.ngo": [],
  "responsibilities.company": ["Fund the vehicle"],
  activities: Array.from({ length: activities }, (_, i) => `Activity ${i + 1}: a training for the staff of one site, with an evaluation`),
  indicators: {
    header: ["Indicator", "Unit", "Baseline", "Target"],
    rows: Array.from({ length: indicators }, (_, i) => [`Indicator ${i + 1}`, "people", "", String(10 * i)]),
  },
  startDate: null,
  endDate: null,
  "signature.ngo": null,
  "signature.company": null,
  confidentiality: null,
  nameUse: null,
  publicStatements: null,
  expectedValue: [],
  today: "6 December 2026",
});

describe("draft agreement (MoU) PDF layout", () => {
  it("has no empty page, orphaned heading or text off the page, with values still to be agreed", async () => {
    const found: string[] = [];
    // The draft's own frame: A4, 60 pt margins, footer below; headings 18, 13 and 11 pt.
    const rules = { footerTop: 842 - 55, headingSizes: [18, 13, 11] };
    for (let activities = 0; activities <= 30; activities += 3)
      for (const indicators of [0, 1, 12]) {
        const blocks = renderTemplate(DEFAULT_AGREEMENT_TEMPLATE, draftValues(activities, indicators));
        const pdf = await renderDraftPdf(blocks, {
          title: "Memorandum of Understanding — Müller Logistik GmbH",
          creator: "Hope Network Berlin",
        });
        for (const p of layoutProblems(await pdfPages(pdf), rules)) found.push(`${activities} activities, ${indicators} indicators: ${p}`);
      }
    expect(found).toEqual([]);
  }, 120_000);
});

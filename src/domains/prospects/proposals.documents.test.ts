import { describe, expect, it } from "vitest";
import { layoutProblems, pdfPages } from "../../../tests/setup/pdf-layout.js";
import { renderPitchPdf, renderProposalPdf, type ProposalDoc } from "./proposals.documents.js";

const sentence = "Staff at reception and in housekeeping are often the only outsiders who see the people being exploited. ";
const doc = (problemChars: number, language: "en" | "de" = "en"): ProposalDoc => ({
  title: "Recognising trafficking at reception: a staff training partnership",
  language,
  company: "Hotel Beispiel GmbH",
  ngo: "Brückenhaus e.V.",
  logo: null,
  color: "#1d4ed8",
  version: 2,
  date: "2026-12-07",
  stories: [],
  content: {
    problem: sentence
      .repeat(Math.ceil(problemChars / sentence.length))
      .slice(0, problemChars)
      .trim(),
    partnership: "Hotel Beispiel GmbH and Brückenhaus e.V. run a joint project as co-responsible partners.",
    companyGains: [
      { key: "reputation", text: "Reputation and visibility: public acknowledgement in the annual report." },
      { key: "supply_chain_risk", text: "Lower risk in operations and supply chain: staff who recognise exploitation early." },
    ],
    ngoGains: "Brückenhaus e.V. gains resources and capacity for its work with survivors.",
    activities: [
      {
        what: "Two half-day trainings for reception and housekeeping staff",
        when: "2027-03-15",
        result: "60 staff trained to recognise the signs",
      },
      { what: "Posters with the national hotline in staff areas of all hotels", when: "2027-04-01", result: "Posters in 12 hotels" },
    ],
    visibility: "Brückenhaus e.V. acknowledges the contribution in its annual report.",
    budget: { amount: 18500, currency: "EUR", inKind: "Training rooms" },
    confidentiality: "The safety of the people Brückenhaus e.V. supports comes first.",
    storyIds: [],
  },
});

describe("proposal documents", () => {
  it("never ends a page with a section's heading, wherever the activities table falls", async () => {
    // The problem grows a line at a time, so the activities heading and its table pass the foot of page 1 (a heading
    // with room for itself but not for the table's first row once ended page 1, the table moving whole to page 2).
    const found: string[] = [];
    for (let chars = 100; chars <= 1700; chars += 50) {
      const pages = await pdfPages(await renderProposalPdf(doc(chars), { compress: false }));
      found.push(...layoutProblems(pages, { footerTop: 800, headingSizes: [13, 20] }).map((p) => `${chars}: ${p}`));
    }
    expect(found).toEqual([]);
  }, 60_000);

  it("fits the pitch sheet on one page", async () => {
    expect(await pdfPages(await renderPitchPdf(doc(3000, "de")))).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { SAMPLE_COLUMNS, sampleRows } from "../../../tests/setup/assessment-sample.js";
import { layoutProblems, pdfPages } from "../../../tests/setup/pdf-layout.js";
import { BUILT_IN_TEMPLATES } from "./data/ngo-business-engagement.js";
import { readResponses } from "./assessment.import.js";
import { renderRoundPdf } from "./assessment.pdf.js";
import { labelsOf, questionsOf } from "./assessment.rules.js";
import { roundReport } from "./assessment.stats.js";

// The round's PDF report read back page by page: no empty page, no heading alone at the foot of a page, no text off
// the page — in English and German, for a brief-sized round; every section and question is there.

const RULES = { footerTop: 842 - 50, headingSizes: [14, 10.5] };
const definition = BUILT_IN_TEMPLATES["ngo-business-engagement"].definition;
const questions = questionsOf(definition);

function reportOf(n: number) {
  const { responses, problems } = readResponses(questions, {
    columns: SAMPLE_COLUMNS,
    rows: sampleRows(n).map((cells, i) => ({ row: i + 2, cells })),
  });
  expect(problems).toEqual([]);
  return roundReport(
    "2026",
    questions,
    responses.map((r) => r.answers),
  );
}

describe("assessment report PDF", () => {
  for (const [lang, n] of [
    ["en", 27],
    ["de", 27],
  ] as const) {
    it(`lays out a round of ${n} responses in ${lang} page by page`, { timeout: 60_000 }, async () => {
      const pdf = await renderRoundPdf(
        reportOf(n),
        definition,
        { network: "Assessment network", lang, generatedOn: "2026-12-06" },
        { compress: false },
      );
      const pages = await pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(3);
      expect(layoutProblems(pages, RULES)).toEqual([]);
      const text = pages.flatMap((p) => p.lines.map((l) => l.text)).join("\n");
      for (const s of lang === "de"
        ? ["Zusammenfassung", "Ziele und Rollen", "Ethische Prüfung", "Erfahrungen", "Hindernisse", "Erfolgsfaktoren", "Kapazitätsbedarf"]
        : [
            "Executive summary",
            "Goals and roles",
            "Resources and perceptions",
            "Ethical screening",
            "Experiences",
            "Obstacles",
            "Success factors",
            "Capacity needs",
          ])
        expect(text).toContain(s);
      expect(text).toContain(lang === "de" ? `${n} antwortende Organisationen` : `${n} respondents`);
      expect(text).toMatch(lang === "de" ? /Nach: In welcher Region/ : /By: Where in Europe/);
      // Every chart's question title is on some page (the charts themselves are vector drawings with their labels).
      const titles = labelsOf(definition, lang).questions;
      for (const q of questions.filter((x) => x.section !== "organisation"))
        expect(text.replace(/\s+/g, " ")).toContain(titles[q.id].slice(0, 30));
    });
  }
});

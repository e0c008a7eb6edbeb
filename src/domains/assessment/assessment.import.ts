import { type Answers, checkAnswers, type Question } from "./assessment.rules.js";

// An import file of responses collected elsewhere → answer sets, or every problem found, by row and column.
// The file: one row per respondent organisation, one column per question id (plus an optional `respondent`
// column naming the row for the coordinator), multi-select values separated by `;`, an empty cell = not
// answered, `yes`/`no` for yes/no questions. Pure: the caller reads the file and writes nothing on a problem.

/** The optional column that labels a row; it is not a question. */
export const RESPONDENT_COLUMN = "respondent";

export interface ImportProblem {
  /** The row as a spreadsheet shows it (the header is row 1). */
  row: number;
  /** The column's header (a question id, or what the file had there). */
  column: string;
  code: "unknown_question" | "duplicate_column" | "not_an_option" | "required" | "not_asked" | "too_long" | "no_rows";
  message: string;
}

export interface ImportedResponse {
  row: number;
  respondent: string | null;
  answers: Answers;
}

/** Reads the table's rows against the questions; `problems` is empty when every value is valid. */
export function readResponses(
  questions: Question[],
  table: { columns: string[]; rows: Array<{ row: number; cells: string[] }> },
): { responses: ImportedResponse[]; problems: ImportProblem[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const columns = table.columns.map((c) => c.trim());
  columns.forEach((c, i) => {
    const name = c || `column ${i + 1}`;
    if (seen.has(c)) problems.push({ row: 1, column: name, code: "duplicate_column", message: `The column "${name}" appears twice.` });
    seen.add(c);
    if (c !== RESPONDENT_COLUMN && !byId.has(c))
      problems.push({ row: 1, column: name, code: "unknown_question", message: `"${name}" is not a question id of this questionnaire.` });
  });
  if (!table.rows.length) problems.push({ row: 2, column: "", code: "no_rows", message: "The file has no responses." });

  const responses: ImportedResponse[] = [];
  for (const { row, cells } of table.rows) {
    const answers: Answers = {};
    let respondent: string | null = null;
    columns.forEach((col, i) => {
      const cell = (cells[i] ?? "").trim();
      if (col === RESPONDENT_COLUMN) {
        respondent = cell || null;
        return;
      }
      const q = byId.get(col);
      if (!q || cell === "") return;
      if (q.type === "text") answers[col] = cell;
      else if (q.type === "multi") {
        const values = [
          ...new Set(
            cell
              .split(";")
              .map((v) => v.trim())
              .filter(Boolean),
          ),
        ];
        answers[col] = values.map((v) => q.options.find((o) => o.toLowerCase() === v.toLowerCase()) ?? v);
      } else answers[col] = q.options.find((o) => o.toLowerCase() === cell.toLowerCase()) ?? cell;
    });
    for (const p of checkAnswers(questions, answers, { complete: true })) {
      if (p.code === "unknown_question" || p.code === "wrong_shape") continue;
      problems.push({ row, column: p.question, code: p.code, message: p.message });
    }
    responses.push({ row, respondent, answers });
  }
  return { responses, problems };
}

// The questions of a SurveyJS questionnaire as the rest of the domain sees them, and the check of one set of
// answers against them. Pure and browser-safe: the import, the API and the survey page apply the same rules.

/** The kinds of question the statistics know: yes/no, one choice, several choices, free text. */
export type QuestionType = "yesno" | "choice" | "multi" | "text";

export interface Question {
  id: string;
  type: QuestionType;
  /** The allowed values (yes/no: "yes", "no"; text: none). */
  options: string[];
  required: boolean;
  /** Shown only when another question has a value: `{id} = 'value'` (the one condition form the domain reads). */
  visibleIf: { id: string; value: string } | null;
  /** The page the question sits on: the report's section. */
  section: string;
  /** English title (texts for the reader come from the definition). */
  title: string;
}

export type AnswerValue = string | string[];
export type Answers = Record<string, AnswerValue>;

type Loc = string | { default?: string; en?: string; [lang: string]: string | undefined } | undefined;
type RawChoice = string | number | { value: string | number; text?: Loc };
interface RawElement {
  type?: string;
  name?: string;
  title?: Loc;
  isRequired?: boolean;
  visibleIf?: string;
  choices?: RawChoice[];
  valueTrue?: string;
  valueFalse?: string;
  elements?: RawElement[];
}
interface RawDefinition {
  pages?: Array<{ name?: string; elements?: RawElement[] }>;
  elements?: RawElement[];
}

/** A localisable SurveyJS text in a language (falling back to the default, then English). */
export function localText(text: Loc, lang = "en"): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  return text[lang] ?? text.default ?? text.en ?? "";
}

const CONDITION = /^\s*\{([A-Za-z0-9_]+)\}\s*=\s*'([^']*)'\s*$/;

function toQuestion(el: RawElement, section: string): Question | null {
  if (!el.name) return null;
  const base = { id: el.name, required: !!el.isRequired, section, title: localText(el.title) || el.name };
  const cond = el.visibleIf ? CONDITION.exec(el.visibleIf) : null;
  const visibleIf = cond ? { id: cond[1], value: cond[2] } : null;
  const values = (el.choices ?? []).map((c) => String(typeof c === "object" ? c.value : c));
  switch (el.type) {
    case "boolean":
      return { ...base, type: "yesno", options: [el.valueTrue ?? "yes", el.valueFalse ?? "no"], visibleIf };
    case "radiogroup":
    case "dropdown":
      return { ...base, type: "choice", options: values, visibleIf };
    case "checkbox":
    case "tagbox":
      return { ...base, type: "multi", options: values, visibleIf };
    case "comment":
    case "text":
      return { ...base, type: "text", options: [], visibleIf };
    default:
      return null;
  }
}

/** The questions of a SurveyJS definition, in order (panels flattened; question types the statistics do not know are left out). */
export function questionsOf(definition: unknown): Question[] {
  const def = (definition ?? {}) as RawDefinition;
  const pages = def.pages ?? [{ name: "main", elements: def.elements ?? [] }];
  const out: Question[] = [];
  const walk = (elements: RawElement[] | undefined, section: string) => {
    for (const el of elements ?? []) {
      if (el.type === "panel") walk(el.elements, section);
      else {
        const q = toQuestion(el, section);
        if (q) out.push(q);
      }
    }
  };
  for (const [i, p] of pages.entries()) walk(p.elements, p.name ?? `page${i + 1}`);
  return out;
}

/** A problem with one answer: the question id and a message, with a code and its params for translation. */
export interface AnswerProblem {
  question: string;
  code: "unknown_question" | "not_an_option" | "required" | "not_asked" | "too_long" | "wrong_shape";
  message: string;
  params: Record<string, string>;
}

export const MAX_TEXT_ANSWER = 2000;

/** True when the question is shown for these answers (its condition holds, or it has none). */
export function isVisible(q: Question, answers: Answers): boolean {
  return !q.visibleIf || answers[q.visibleIf.id] === q.visibleIf.value;
}

/** An answer that counts: not empty, not an empty list. */
export function isAnswered(v: AnswerValue | undefined): boolean {
  return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== "";
}

/**
 * Checks answers against the questions: every id known, every value an option, text within its limit, nothing
 * answered that is not asked (its condition fails), and — when `complete` — every visible required question answered.
 */
export function checkAnswers(questions: Question[], answers: Answers, opts: { complete: boolean }): AnswerProblem[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q) {
      problems.push({
        question: id,
        code: "unknown_question",
        message: `"${id}" is not a question of this questionnaire.`,
        params: { id },
      });
      continue;
    }
    if (!isAnswered(value)) continue;
    if (q.type === "multi" ? !Array.isArray(value) : typeof value !== "string") {
      problems.push({
        question: id,
        code: "wrong_shape",
        message: q.type === "multi" ? "Expected a list of options." : "Expected one value.",
        params: { id },
      });
      continue;
    }
    if (q.type === "text") {
      if ((value as string).length > MAX_TEXT_ANSWER)
        problems.push({
          question: id,
          code: "too_long",
          message: `At most ${MAX_TEXT_ANSWER} characters.`,
          params: { max: String(MAX_TEXT_ANSWER) },
        });
    } else {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (!q.options.includes(v))
          problems.push({
            question: id,
            code: "not_an_option",
            message: `"${v}" is not an option; allowed: ${q.options.join(", ")}.`,
            params: { value: v, allowed: q.options.join(", ") },
          });
      }
    }
    if (!isVisible(q, answers) && q.visibleIf)
      problems.push({
        question: id,
        code: "not_asked",
        message: `Asked only when ${q.visibleIf.id} is ${q.visibleIf.value}.`,
        params: { condition: q.visibleIf.id, value: q.visibleIf.value },
      });
  }
  if (opts.complete) {
    for (const q of questions) {
      if (q.required && isVisible(q, answers) && !isAnswered(answers[q.id]))
        problems.push({ question: q.id, code: "required", message: "An answer is required.", params: {} });
    }
  }
  return problems;
}

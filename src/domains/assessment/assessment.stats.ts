import { type Answers, isAnswered, type Question, type QuestionType } from "./assessment.rules.js";

// The statistics of an assessment round, pure: for each question how many answered it, counts per option,
// the share of those who answered that question (never of all respondents) and its 95% Wilson interval;
// the same per group of any choice question, with groups under SMALL_GROUP respondents flagged, not hidden.

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;
/** Groups with fewer respondents than this are flagged as small. */
export const SMALL_GROUP = 5;

/** One decimal, as every figure of the report is shown. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Wilson score interval for x successes of n (proportions 0..1); null when n is 0.
 * centre = (p + z²/2n) / (1 + z²/n), half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 */
export function wilson(x: number, n: number, z = Z95): [number, number] | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At 0 and n the bound is exactly 0 or 1; floating point would leave 1e-16 off.
  return [x === 0 ? 0 : Math.max(0, centre - half), x === n ? 1 : Math.min(1, centre + half)];
}

export interface QuestionStats {
  id: string;
  type: QuestionType;
  answered: number;
  counts: Record<string, number>;
  /** Percent of those who answered the question, one decimal. */
  percent: Record<string, number>;
  /** 95% Wilson interval in percent, one decimal each. */
  ci95: Record<string, [number, number]>;
}

/** Statistics of one question over a set of answer sets. Multi-select shares are per option (they may add up to over 100). */
export function questionStats(q: Question, responses: Answers[]): QuestionStats {
  const counts: Record<string, number> = Object.fromEntries(q.options.map((o) => [o, 0]));
  let answered = 0;
  for (const a of responses) {
    const v = a[q.id];
    if (!isAnswered(v)) continue;
    answered++;
    if (q.type === "text") continue;
    for (const o of new Set(Array.isArray(v) ? v : [v])) if (o in counts) counts[o]++;
  }
  const percent: Record<string, number> = {};
  const ci95: Record<string, [number, number]> = {};
  if (answered > 0) {
    for (const [o, n] of Object.entries(counts)) {
      percent[o] = round1((100 * n) / answered);
      const ci = wilson(n, answered)!;
      ci95[o] = [round1(100 * ci[0]), round1(100 * ci[1])];
    }
  }
  return { id: q.id, type: q.type, answered, counts, percent, ci95 };
}

export interface BreakdownGroup {
  value: string;
  /** Respondents in the group. */
  n: number;
  /** Fewer than SMALL_GROUP respondents: read its shares with care. */
  small: boolean;
  questions: QuestionStats[];
}

/** Statistics of every question per value of a choice question (the grouping question itself left out). */
export function breakdown(by: Question, questions: Question[], responses: Answers[]): BreakdownGroup[] {
  return by.options.map((value) => {
    const group = responses.filter((a) => a[by.id] === value);
    return {
      value,
      n: group.length,
      small: group.length < SMALL_GROUP,
      questions: questions.filter((q) => q.id !== by.id).map((q) => questionStats(q, group)),
    };
  });
}

export interface RoundReport {
  round: string;
  respondents: number;
  questions: QuestionStats[];
  breakdowns: Record<string, BreakdownGroup[]>;
}

/** The report of a round: every question, and breakdowns by each choice question (or the ones named in `by`). */
export function roundReport(round: string, questions: Question[], responses: Answers[], by?: string[]): RoundReport {
  const groupers = questions.filter((q) => q.type === "choice" && (!by || by.includes(q.id)));
  return {
    round,
    respondents: responses.length,
    questions: questions.map((q) => questionStats(q, responses)),
    breakdowns: Object.fromEntries(groupers.map((g) => [g.id, breakdown(g, questions, responses)])),
  };
}

export interface OptionChange {
  option: string;
  /** Percent of those who answered, in the earlier and the later round (null when nobody answered there). */
  before: number | null;
  after: number | null;
  /** after − before, in percentage points, one decimal. */
  change: number | null;
  /** The two 95% intervals overlap: the change may be chance. */
  overlap: boolean | null;
}

export interface RoundComparison {
  before: { round: string; respondents: number };
  after: { round: string; respondents: number };
  questions: Array<{ id: string; type: QuestionType; answeredBefore: number; answeredAfter: number; options: OptionChange[] }>;
}

/** Two rounds' reports side by side (questions of the later one; one missing in the earlier has null figures). */
export function compareReports(before: RoundReport, after: RoundReport): RoundComparison {
  const earlier = new Map(before.questions.map((q) => [q.id, q]));
  return {
    before: { round: before.round, respondents: before.respondents },
    after: { round: after.round, respondents: after.respondents },
    questions: after.questions
      .filter((q) => q.type !== "text")
      .map((q) => {
        const b = earlier.get(q.id);
        return {
          id: q.id,
          type: q.type,
          answeredBefore: b?.answered ?? 0,
          answeredAfter: q.answered,
          options: Object.keys(q.counts).map((option) => {
            const pb = b?.percent[option] ?? null;
            const pa = q.percent[option] ?? null;
            const cb = b?.ci95[option];
            const ca = q.ci95[option];
            return {
              option,
              before: pb,
              after: pa,
              change: pb === null || pa === null ? null : round1(pa - pb),
              overlap: cb && ca ? cb[0] <= ca[1] && ca[0] <= cb[1] : null,
            };
          }),
        };
      }),
  };
}

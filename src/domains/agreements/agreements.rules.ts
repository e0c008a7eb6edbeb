// Vocabulary and pure rules of agreements, commitments and monitoring: browser-safe, no I/O.

export const AGREEMENT_KINDS = ["mou", "contract"] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const PARTIES = ["ngo", "company"] as const;
export type Party = (typeof PARTIES)[number];

export const COMMITMENT_STATUSES = ["open", "done", "missed", "cancelled"] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** The engagement mode whose engagements get a monitoring schedule without asking. */
export const CODE_OF_CONDUCT_MODE = "business_practice";
export const DEFAULT_CHECK_IN_INTERVAL_DAYS = 90;
export const DEFAULT_CHECK_IN_TOLERANCE_DAYS = 14;

const DAY = 86_400_000;

/** A calendar day (YYYY-MM-DD) shifted by `days`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** A commitment is overdue while it is open and its due day has passed. */
export function isOverdue(c: { status: CommitmentStatus; dueOn: string | null }, today: string): boolean {
  return c.status === "open" && !!c.dueOn && c.dueOn < today;
}

export interface ScheduleInput {
  startsOn: string;
  /** Last day the schedule runs (agreement end, or the day the engagement ended); null: open-ended. */
  endsOn: string | null;
  intervalDays: number;
  toleranceDays: number;
  checkIns: string[];
  today: string;
}

export interface ExpectedCheckIn {
  due: string;
  /** The window in which a check-in counts for this due date. */
  from: string;
  until: string;
  status: "done" | "missed" | "due" | "upcoming";
  checkInOn: string | null;
}

/**
 * The expected check-ins of a schedule: one every `intervalDays` after `startsOn`. A due date is met by a
 * check-in within ±`toleranceDays` of it; it is missed once that window has closed without one. Each
 * check-in counts for one due date only. Lists every due date up to the first one still ahead.
 */
export function expectedCheckIns(s: ScheduleInput): ExpectedCheckIn[] {
  const out: ExpectedCheckIn[] = [];
  const unused = [...new Set(s.checkIns)].sort();
  for (let k = 1; k <= 2000; k++) {
    const due = addDays(s.startsOn, k * s.intervalDays);
    if (s.endsOn && due > s.endsOn) break;
    const from = addDays(due, -s.toleranceDays);
    const until = addDays(due, s.toleranceDays);
    const i = unused.findIndex((d) => d >= from && d <= until);
    const checkInOn = i >= 0 ? unused.splice(i, 1)[0] : null;
    const status = checkInOn ? "done" : until < s.today ? "missed" : from <= s.today ? "due" : "upcoming";
    out.push({ due, from, until, status, checkInOn });
    if (status === "upcoming" || status === "due") break;
  }
  return out;
}

// Partnership health: pure, browser-safe scoring. Seven factors, each scored 0..1 and weighted; the score
// is the sum of their points (0..100) and the outlook follows two thresholds. Every factor carries a code
// and values so the web app can say the same thing in every language. Documented in docs/partnership-health.md.

/** Stages whose engagements are scored: a running (or just agreed) partnership. */
export const HEALTH_STAGES = ["agreed", "active", "reviewing", "renewed"] as const;
export type HealthStage = (typeof HEALTH_STAGES)[number];
export const isHealthStage = (stage: string): stage is HealthStage => (HEALTH_STAGES as readonly string[]).includes(stage);

export const OUTLOOKS = ["likely", "at_risk", "unlikely"] as const;
export type Outlook = (typeof OUTLOOKS)[number];

/** Score at or above `likely`: likely to continue; at or above `atRisk`: at risk; below: unlikely. */
export const OUTLOOK_THRESHOLDS = { likely: 70, atRisk: 45 } as const;

export const FACTOR_KEYS = [
  "contact_cadence",
  "commitments_kept",
  "indicator_progress",
  "company_contacts",
  "acknowledgement",
  "renewal",
  "high_risks",
] as const;
export type FactorKey = (typeof FACTOR_KEYS)[number];

/** Weights sum to 100, so a factor's points are its share of the score. */
export const WEIGHTS: Record<FactorKey, number> = {
  contact_cadence: 20,
  commitments_kept: 20,
  indicator_progress: 15,
  company_contacts: 15,
  acknowledgement: 10,
  renewal: 10,
  high_risks: 10,
};

export const LABELS: Record<FactorKey, string> = {
  contact_cadence: "Contact vs. planned cadence",
  commitments_kept: "Commitments kept on time",
  indicator_progress: "Indicator progress",
  company_contacts: "Active company contacts",
  acknowledgement: "Public acknowledgement",
  renewal: "Time to renewal",
  high_risks: "Open high risks",
};

/** Score of a factor that has nothing to judge yet (no commitments, no indicators, no agreement). */
export const NEUTRAL = 0.5;
/** Renewal window: reminders and the "due" flag start this many days before the end date. */
export const RENEWAL_WINDOW_DAYS = 90;
/** Reminder milestones (days before the end date); 0 = the end date has come. */
export const RENEWAL_MILESTONES = [90, 60, 30, 0] as const;
/** An acknowledgement counts fully for this many days. */
export const ACKNOWLEDGEMENT_FRESH_DAYS = 365;
export const DEFAULT_CONTACT_CADENCE_DAYS = 45;
/** A factor at 0 among these keeps the outlook from being "likely", whatever the total. */
export const CRITICAL_FACTORS: readonly FactorKey[] = ["contact_cadence", "company_contacts", "renewal"];

export interface HealthInput {
  today: string;
  stage: string;
  /** Planned days between contacts with the company. */
  cadenceDays: number;
  /** Last meeting, call or e-mail with the company (engagement or company timeline), or null. */
  lastContactOn: string | null;
  /** When there was no contact: the day the engagement was created (the clock starts there). */
  createdOn: string;
  commitments: { total: number; due: number; kept: number; overdue: number };
  /** Per indicator: progress from baseline to target (null: no value recorded or no target). */
  indicators: Array<{ progress: number | null }>;
  agreement: { startsOn: string | null; endsOn: string | null } | null;
  activeCompanyContacts: number;
  /** Latest public acknowledgement of the company, or null. */
  lastAcknowledgedOn: string | null;
  openHighRisks: number;
}

export interface Factor {
  key: FactorKey;
  label: string;
  score: number;
  weight: number;
  points: number;
  /** Stable code of the situation (the web app translates it with `values`). */
  code: string;
  values: Record<string, number | string>;
  detail: string;
}

export interface Renewal {
  endDate: string | null;
  daysLeft: number | null;
  due: boolean;
  milestone: number | null;
  nextStepCode: string;
  suggestedNextStep: string;
}

export interface Health {
  score: number;
  outlook: Outlook;
  thresholds: { likely: number; atRisk: number };
  factors: Factor[];
  /** Why the outlook is what it is: factors that lost points, most points lost first (and a cap, if any). */
  explanations: Array<{ factor: FactorKey | "outlook_cap"; code: string; values: Record<string, number | string>; text: string }>;
  reasons: string[];
  cappedBy: FactorKey | null;
  renewal: Renewal;
}

const DAY = 86_400_000;
const days = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round2 = (x: number) => Math.round(x * 100) / 100;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type Scored = Omit<Factor, "key" | "label" | "weight" | "points">;

/** Last contact against the plan: full marks within the cadence, falling to 0 at twice the cadence. */
export function cadenceFactor(i: Pick<HealthInput, "today" | "cadenceDays" | "lastContactOn" | "createdOn">): Scored {
  const cadence = Math.max(1, i.cadenceDays);
  const since = Math.max(0, days(i.lastContactOn ?? i.createdOn, i.today));
  const score = round2(since <= cadence ? 1 : clamp01(1 - (since - cadence) / cadence));
  if (!i.lastContactOn) {
    return {
      score,
      code: "cadence.none",
      values: { days: since, cadence },
      detail: `No meeting, call or e-mail with the company recorded in ${plural(since, "day")}; planned every ${cadence} days.`,
    };
  }
  const code = since <= cadence ? "cadence.on_plan" : "cadence.late";
  return {
    score,
    code,
    values: { days: since, cadence },
    detail: `Last contact ${plural(since, "day")} ago; planned every ${cadence} days.`,
  };
}

/** Share of due commitments kept on time; nothing recorded is neutral, nothing due yet is full. */
export function commitmentsFactor(c: HealthInput["commitments"]): Scored {
  if (!c.total)
    return { score: NEUTRAL, code: "commitments.none", values: {}, detail: "No commitments recorded: agree who does what by when." };
  if (!c.due)
    return {
      score: 1,
      code: "commitments.none_due",
      values: { total: c.total },
      detail: `${plural(c.total, "commitment")}, none due yet.`,
    };
  const score = round2(clamp01(c.kept / c.due));
  return {
    score,
    code: c.overdue ? "commitments.overdue" : "commitments.kept",
    values: { kept: c.kept, due: c.due, overdue: c.overdue },
    detail: `${c.kept} of ${plural(c.due, "due commitment")} kept on time${c.overdue ? `; ${c.overdue} overdue` : ""}.`,
  };
}

/** Share of the agreement's term elapsed (0..1), or null without both dates. */
export function elapsedShare(agreement: HealthInput["agreement"], today: string): number | null {
  if (!agreement?.startsOn || !agreement.endsOn) return null;
  const term = days(agreement.startsOn, agreement.endsOn);
  if (term <= 0) return 1;
  return clamp01(days(agreement.startsOn, today) / term);
}

/**
 * Indicator progress against time: each indicator's progress divided by the share of the term elapsed
 * (at least 10 %; the full target when the term is unknown), capped at 1, averaged. An indicator without
 * a value counts 0; no indicators, or none with a value yet, is neutral.
 */
export function indicatorFactor(indicators: HealthInput["indicators"], agreement: HealthInput["agreement"], today: string): Scored {
  if (!indicators.length)
    return { score: NEUTRAL, code: "indicators.none", values: {}, detail: "No indicators agreed: say what the partnership should change." };
  const measured = indicators.filter((x) => x.progress !== null);
  if (!measured.length)
    return {
      score: NEUTRAL,
      code: "indicators.no_values",
      values: { total: indicators.length },
      detail: `${plural(indicators.length, "indicator")}, no value recorded yet: record a check-in.`,
    };
  const share = elapsedShare(agreement, today);
  const expected = share === null ? 1 : Math.max(0.1, share);
  const score = round2(indicators.reduce((sum, x) => sum + clamp01((x.progress ?? 0) / expected), 0) / indicators.length);
  const onTrack = indicators.filter((x) => x.progress !== null && x.progress >= expected).length;
  const pct = Math.round(expected * 100);
  return {
    score,
    code: share === null ? "indicators.progress" : "indicators.on_track",
    values: { onTrack, total: indicators.length, expected: pct },
    detail:
      share === null
        ? `${onTrack} of ${plural(indicators.length, "indicator")} reached the target.`
        : `${onTrack} of ${plural(indicators.length, "indicator")} on track (expected ${pct} % of the way by now).`,
  };
}

/** People at the company: none is 0, one is half (one departure breaks the partnership), two or more is full. */
export function contactsFactor(n: number): Scored {
  if (n <= 0) return { score: 0, code: "contacts.none", values: { count: 0 }, detail: "No active contact at the company: find a new one." };
  if (n === 1)
    return {
      score: 0.5,
      code: "contacts.single",
      values: { count: 1 },
      detail: "Only one active contact at the company: if they leave, promises go with them.",
    };
  return { score: 1, code: "contacts.several", values: { count: n }, detail: `${n} active contacts at the company.` };
}

/** Public thanks in the last year is full, older is half, never is 0. */
export function acknowledgementFactor(last: string | null, today: string): Scored {
  if (!last)
    return {
      score: 0,
      code: "acknowledgement.never",
      values: {},
      detail: "The partner was never publicly acknowledged: thank them in a report, on the website or at an event.",
    };
  const ago = Math.max(0, days(last, today));
  if (ago <= ACKNOWLEDGEMENT_FRESH_DAYS)
    return { score: 1, code: "acknowledgement.recent", values: { days: ago }, detail: `Publicly acknowledged ${plural(ago, "day")} ago.` };
  return {
    score: 0.5,
    code: "acknowledgement.old",
    values: { days: ago },
    detail: `Last public acknowledgement ${plural(ago, "day")} ago: more than a year.`,
  };
}

/** Days left to the end date: > 90 full, 61–90 0.6, 31–60 0.4, 0–30 0.2, past 0; open-ended full; no agreement neutral. */
export function renewalFactor(agreement: HealthInput["agreement"], today: string): Scored {
  if (!agreement)
    return {
      score: NEUTRAL,
      code: "renewal.no_agreement",
      values: {},
      detail: "No agreement recorded: a signed agreement with an end date makes continuation a decision.",
    };
  if (!agreement.endsOn) return { score: 1, code: "renewal.open_ended", values: {}, detail: "Open-ended agreement (no end date)." };
  const left = days(today, agreement.endsOn);
  if (left < 0)
    return {
      score: 0,
      code: "renewal.past",
      values: { days: -left, endDate: agreement.endsOn },
      detail: `The agreement ended ${plural(-left, "day")} ago (${agreement.endsOn}) and was not renewed.`,
    };
  const score = left > 90 ? 1 : left > 60 ? 0.6 : left > 30 ? 0.4 : 0.2;
  return {
    score,
    code: left > RENEWAL_WINDOW_DAYS ? "renewal.far" : "renewal.window",
    values: { days: left, endDate: agreement.endsOn },
    detail: `${plural(left, "day")} to the end date (${agreement.endsOn}).`,
  };
}

/** Open risks at or above the high-risk threshold: none full, one 0.4, two or more 0. */
export function risksFactor(n: number): Scored {
  if (n <= 0) return { score: 1, code: "risks.none", values: { count: 0 }, detail: "No open high risk." };
  return {
    score: n === 1 ? 0.4 : 0,
    code: "risks.open",
    values: { count: n },
    detail: `${plural(n, "open high risk")}: mitigate or close ${n === 1 ? "it" : "them"}.`,
  };
}

/** The outlook of a score: ≥ likely → likely, ≥ atRisk → at_risk, else unlikely. */
export function outlookOf(score: number, thresholds: { likely: number; atRisk: number } = OUTLOOK_THRESHOLDS): Outlook {
  return score >= thresholds.likely ? "likely" : score >= thresholds.atRisk ? "at_risk" : "unlikely";
}

/** Which renewal milestone applies to `daysLeft` (the smallest one not yet passed), or null outside the window. */
export function milestoneOf(daysLeft: number | null): number | null {
  if (daysLeft === null || daysLeft > RENEWAL_WINDOW_DAYS) return null;
  return [...RENEWAL_MILESTONES].reverse().find((m) => daysLeft <= m) ?? 0;
}

/** The renewal situation and the next step to suggest (finding a contact comes first when there is none). */
export function renewalOf(agreement: HealthInput["agreement"], today: string, noCompanyContact = false): Renewal {
  const endDate = agreement?.endsOn ?? null;
  const daysLeft = endDate ? days(today, endDate) : null;
  const milestone = milestoneOf(daysLeft);
  const step = (nextStepCode: string, suggestedNextStep: string): Renewal => ({
    endDate,
    daysLeft,
    due: milestone !== null,
    milestone,
    nextStepCode,
    suggestedNextStep,
  });
  if (!agreement) return step("record_agreement", "Record the agreement with its end date, so renewal becomes a planned decision.");
  if (daysLeft === null) return step("agree_review", "Agree with the partner when you will review the partnership together.");
  if (daysLeft > RENEWAL_WINDOW_DAYS)
    return step("none_yet", `Nothing to do yet: the renewal conversation starts ${RENEWAL_WINDOW_DAYS} days before the end date.`);
  if (noCompanyContact)
    return step("find_contact", "Find a new contact at the company first: renewal needs someone there who will carry it.");
  if (daysLeft < 0)
    return step(
      "decide_now",
      "The agreement has ended: renew it with a new agreement, or end the engagement with a reason and thank the partner.",
    );
  if (daysLeft <= 30)
    return step(
      "agree_renewal",
      "Agree on renewal now: move the engagement to reviewing, draft the next agreement, or plan a proper close.",
    );
  if (daysLeft <= 60)
    return step(
      "propose_meeting",
      "Propose a renewal meeting: bring the results, the acknowledgement given and a draft of the next agreement.",
    );
  return step("share_results", "Share the results so far with the partner and ask whether they want to continue.");
}

/** Scores an engagement: factors, total, outlook (with the critical-factor cap), reasons and renewal. */
export function scoreHealth(i: HealthInput): Health {
  const scored: Record<FactorKey, Scored> = {
    contact_cadence: cadenceFactor(i),
    commitments_kept: commitmentsFactor(i.commitments),
    indicator_progress: indicatorFactor(i.indicators, i.agreement, i.today),
    company_contacts: contactsFactor(i.activeCompanyContacts),
    acknowledgement: acknowledgementFactor(i.lastAcknowledgedOn, i.today),
    renewal: renewalFactor(i.agreement, i.today),
    high_risks: risksFactor(i.openHighRisks),
  };
  const factors: Factor[] = FACTOR_KEYS.map((key) => ({
    key,
    label: LABELS[key],
    weight: WEIGHTS[key],
    ...scored[key],
    points: round2(scored[key].score * WEIGHTS[key]),
  }));
  const score = Math.round(factors.reduce((s, f) => s + f.points, 0));
  let outlook = outlookOf(score);
  const cap = factors.find((f) => CRITICAL_FACTORS.includes(f.key) && f.score === 0) ?? null;
  if (cap && outlook === "likely") outlook = "at_risk";
  const losing = factors
    .filter((f) => f.score < 1)
    .sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score) || FACTOR_KEYS.indexOf(a.key) - FACTOR_KEYS.indexOf(b.key));
  const explanations: Health["explanations"] = losing.map((f) => ({ factor: f.key, code: f.code, values: f.values, text: f.detail }));
  if (cap && score >= OUTLOOK_THRESHOLDS.likely) {
    explanations.unshift({
      factor: "outlook_cap",
      code: "outlook.capped",
      values: { factor: cap.key },
      text: `Not "likely" while ${cap.label.toLowerCase()} scores 0, whatever the total.`,
    });
  }
  if (!explanations.length)
    explanations.push({ factor: "outlook_cap", code: "outlook.all_good", values: {}, text: "Every factor is on track." });
  return {
    score,
    outlook,
    thresholds: { ...OUTLOOK_THRESHOLDS },
    factors,
    explanations,
    reasons: explanations.map((e) => e.text),
    cappedBy: cap && score >= OUTLOOK_THRESHOLDS.likely ? cap.key : null,
    renewal: renewalOf(i.agreement, i.today, i.activeCompanyContacts === 0),
  };
}

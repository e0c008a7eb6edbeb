import { describe, expect, it } from "vitest";
import {
  acknowledgementFactor,
  cadenceFactor,
  commitmentsFactor,
  contactsFactor,
  FACTOR_KEYS,
  indicatorFactor,
  milestoneOf,
  NEUTRAL,
  outlookOf,
  OUTLOOK_THRESHOLDS,
  renewalFactor,
  renewalOf,
  risksFactor,
  scoreHealth,
  WEIGHTS,
  type HealthInput,
} from "./health.rules.js";

const today = "2026-06-01";

/** A partnership where every factor is at full marks. */
const healthy = (): HealthInput => ({
  today,
  stage: "active",
  cadenceDays: 45,
  lastContactOn: "2026-05-20",
  createdOn: "2025-01-01",
  commitments: { total: 4, due: 4, kept: 4, overdue: 0 },
  indicators: [{ progress: 1 }, { progress: 0.8 }],
  agreement: { startsOn: "2026-01-01", endsOn: "2027-01-01" },
  activeCompanyContacts: 2,
  lastAcknowledgedOn: "2026-03-01",
  openHighRisks: 0,
});

describe("weights", () => {
  it("sum to 100 and cover every factor", () => {
    expect(FACTOR_KEYS.reduce((s, k) => s + WEIGHTS[k], 0)).toBe(100);
  });
});

describe("contact cadence", () => {
  it("is full within the planned cadence", () => {
    expect(cadenceFactor({ today, cadenceDays: 30, lastContactOn: "2026-05-02", createdOn: "2025-01-01" })).toMatchObject({
      score: 1,
      code: "cadence.on_plan",
      values: { days: 30, cadence: 30 },
    });
  });
  it("falls linearly to 0 at twice the cadence", () => {
    expect(cadenceFactor({ today, cadenceDays: 30, lastContactOn: "2026-04-17", createdOn: "2025-01-01" }).score).toBe(0.5); // 45 days
    expect(cadenceFactor({ today, cadenceDays: 30, lastContactOn: "2026-04-02", createdOn: "2025-01-01" }).score).toBe(0); // 60 days
    expect(cadenceFactor({ today, cadenceDays: 30, lastContactOn: "2025-04-02", createdOn: "2025-01-01" }).score).toBe(0);
  });
  it("counts from creation when there was never any contact", () => {
    const f = cadenceFactor({ today, cadenceDays: 45, lastContactOn: null, createdOn: "2026-05-22" });
    expect(f).toMatchObject({ score: 1, code: "cadence.none", values: { days: 10 } });
    expect(f.detail).toContain("No meeting, call or e-mail");
  });
});

describe("commitments", () => {
  it("is the share kept on time", () => {
    expect(commitmentsFactor({ total: 5, due: 4, kept: 3, overdue: 1 })).toMatchObject({ score: 0.75, code: "commitments.overdue" });
    expect(commitmentsFactor({ total: 5, due: 4, kept: 3, overdue: 1 }).detail).toBe("3 of 4 due commitments kept on time; 1 overdue.");
  });
  it("is neutral without commitments and full when none is due yet", () => {
    expect(commitmentsFactor({ total: 0, due: 0, kept: 0, overdue: 0 }).score).toBe(NEUTRAL);
    expect(commitmentsFactor({ total: 2, due: 0, kept: 0, overdue: 0 })).toMatchObject({ score: 1, code: "commitments.none_due" });
  });
});

describe("indicator progress", () => {
  const half = { startsOn: "2026-01-01", endsOn: "2026-11-01" }; // 151 of 304 days elapsed ≈ 50 %
  it("compares progress with the share of the term elapsed", () => {
    const f = indicatorFactor([{ progress: 0.5 }, { progress: 0.25 }], half, today);
    expect(f.values).toMatchObject({ onTrack: 1, total: 2, expected: 50 });
    expect(f.score).toBeCloseTo(0.75, 1);
  });
  it("counts an indicator without a value as 0, against the full target when the term is unknown", () => {
    expect(indicatorFactor([{ progress: 0.6 }, { progress: null }], null, today).score).toBe(0.3);
  });
  it("is neutral with no indicators or no values yet", () => {
    expect(indicatorFactor([], half, today)).toMatchObject({ score: NEUTRAL, code: "indicators.none" });
    expect(indicatorFactor([{ progress: null }], half, today)).toMatchObject({ score: NEUTRAL, code: "indicators.no_values" });
  });
  it("expects at least 10 % early in the term", () => {
    expect(indicatorFactor([{ progress: 0.1 }], { startsOn: "2026-05-31", endsOn: "2027-05-31" }, today).score).toBe(1);
  });
});

describe("company contacts, acknowledgement, risks", () => {
  it("scores contacts 0 / 0.5 / 1", () => {
    expect([0, 1, 2, 5].map((n) => contactsFactor(n).score)).toEqual([0, 0.5, 1, 1]);
  });
  it("scores acknowledgement by age", () => {
    expect(acknowledgementFactor(null, today).score).toBe(0);
    expect(acknowledgementFactor("2025-06-01", today).score).toBe(1); // 365 days
    expect(acknowledgementFactor("2025-05-31", today).score).toBe(0.5);
  });
  it("scores open high risks 1 / 0.4 / 0", () => {
    expect([0, 1, 2].map((n) => risksFactor(n).score)).toEqual([1, 0.4, 0]);
  });
});

describe("renewal", () => {
  const ends = (endsOn: string | null) => ({ startsOn: "2025-06-01", endsOn });
  it("steps down as the end date comes near", () => {
    expect(renewalFactor(ends("2026-09-01"), today).score).toBe(1); // 92 days
    expect(renewalFactor(ends("2026-08-30"), today).score).toBe(0.6); // 90
    expect(renewalFactor(ends("2026-08-01"), today).score).toBe(0.6); // 61
    expect(renewalFactor(ends("2026-07-31"), today).score).toBe(0.4); // 60
    expect(renewalFactor(ends("2026-07-01"), today).score).toBe(0.2); // 30
    expect(renewalFactor(ends("2026-06-01"), today).score).toBe(0.2); // 0: the end date itself
  });
  it("is 0 past the end date, full when open-ended, neutral without agreement", () => {
    expect(renewalFactor(ends("2026-05-31"), today)).toMatchObject({ score: 0, code: "renewal.past" });
    expect(renewalFactor(ends(null), today)).toMatchObject({ score: 1, code: "renewal.open_ended" });
    expect(renewalFactor(null, today)).toMatchObject({ score: NEUTRAL, code: "renewal.no_agreement" });
  });
  it("picks the milestone of the days left", () => {
    expect([120, 91, 90, 61, 60, 31, 30, 1, 0, -5].map(milestoneOf)).toEqual([null, null, 90, 90, 60, 60, 30, 30, 0, 0]);
    expect(milestoneOf(null)).toBeNull();
  });
  it("suggests a next step for the window", () => {
    expect(renewalOf(ends("2026-12-01"), today)).toMatchObject({ due: false, nextStepCode: "none_yet", daysLeft: 183 });
    expect(renewalOf(ends("2026-08-15"), today)).toMatchObject({ due: true, milestone: 90, nextStepCode: "share_results" });
    expect(renewalOf(ends("2026-07-15"), today)).toMatchObject({ due: true, milestone: 60, nextStepCode: "propose_meeting" });
    expect(renewalOf(ends("2026-06-15"), today)).toMatchObject({ due: true, milestone: 30, nextStepCode: "agree_renewal" });
    expect(renewalOf(ends("2026-05-15"), today)).toMatchObject({ due: true, milestone: 0, nextStepCode: "decide_now" });
    expect(renewalOf(ends("2026-06-15"), today, true).nextStepCode).toBe("find_contact");
    expect(renewalOf(null, today).nextStepCode).toBe("record_agreement");
    expect(renewalOf(ends(null), today)).toMatchObject({ due: false, nextStepCode: "agree_review" });
  });
});

describe("outlook", () => {
  it("follows the thresholds", () => {
    expect(OUTLOOK_THRESHOLDS).toEqual({ likely: 70, atRisk: 45 });
    expect([100, 70, 69, 45, 44, 0].map((s) => outlookOf(s))).toEqual(["likely", "likely", "at_risk", "at_risk", "unlikely", "unlikely"]);
  });
});

describe("scoreHealth", () => {
  it("gives 100 and 'likely' when every factor is full", () => {
    const h = scoreHealth(healthy());
    expect(h.score).toBe(100);
    expect(h.outlook).toBe("likely");
    expect(h.factors.map((f) => f.key)).toEqual([...FACTOR_KEYS]);
    expect(h.factors.every((f) => f.points === f.weight)).toBe(true);
    expect(h.reasons).toEqual(["Every factor is on track."]);
  });
  it("adds up the points of the factors and lists reasons by points lost", () => {
    const h = scoreHealth({ ...healthy(), activeCompanyContacts: 1, openHighRisks: 1 });
    // contacts 0.5 × 15 = 7.5 lost; risks 0.4 × 10 → 6 lost
    expect(h.score).toBe(Math.round(100 - 7.5 - 6));
    expect(h.explanations.map((e) => e.factor)).toEqual(["company_contacts", "high_risks"]);
    expect(h.reasons[0]).toContain("Only one active contact");
  });
  it("caps the outlook at at_risk when a critical factor is 0", () => {
    const h = scoreHealth({ ...healthy(), activeCompanyContacts: 0 });
    expect(h.score).toBe(85);
    expect(h.outlook).toBe("at_risk");
    expect(h.cappedBy).toBe("company_contacts");
    expect(h.explanations[0].code).toBe("outlook.capped");
    expect(h.renewal.nextStepCode).toBe("none_yet");
  });
  it("is unlikely when most factors fail", () => {
    const h = scoreHealth({
      ...healthy(),
      lastContactOn: "2026-01-01",
      commitments: { total: 3, due: 3, kept: 0, overdue: 3 },
      activeCompanyContacts: 0,
      lastAcknowledgedOn: null,
      agreement: { startsOn: "2025-06-01", endsOn: "2026-05-01" },
      openHighRisks: 2,
    });
    expect(h.outlook).toBe("unlikely");
    expect(h.score).toBeLessThan(OUTLOOK_THRESHOLDS.atRisk);
    expect(h.renewal).toMatchObject({ due: true, milestone: 0, nextStepCode: "find_contact" });
    expect(h.reasons.length).toBeGreaterThanOrEqual(5);
  });
});

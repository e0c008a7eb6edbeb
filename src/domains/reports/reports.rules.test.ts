import { describe, expect, it } from "vitest";
import { achieved, effectivePublication, partnerReportPeriod, runsInYear, sumByCurrency } from "./reports.rules.js";

describe("effectivePublication", () => {
  it("follows the engagement when there is no agreement", () => {
    expect(effectivePublication("public", null)).toBe("public");
    expect(effectivePublication("anonymous", null)).toBe("anonymous");
    expect(effectivePublication("confidential", null)).toBe("confidential");
  });
  it("a confidential agreement always leaves the partnership out", () => {
    expect(effectivePublication("public", { confidential: true, clearedForPublication: true })).toBe("confidential");
    expect(effectivePublication("anonymous", { confidential: true, clearedForPublication: false })).toBe("confidential");
  });
  it("names the company only when the agreement records the partner's clearance", () => {
    expect(effectivePublication("public", { confidential: false, clearedForPublication: false })).toBe("anonymous");
    expect(effectivePublication("public", { confidential: false, clearedForPublication: true })).toBe("public");
    expect(effectivePublication("confidential", { confidential: false, clearedForPublication: true })).toBe("confidential");
  });
});

describe("runsInYear", () => {
  it("includes partnerships that overlap the year", () => {
    expect(runsInYear("2024-06-01", null, 2025)).toBe(true);
    expect(runsInYear("2025-12-31", null, 2025)).toBe(true);
    expect(runsInYear("2026-01-01", null, 2025)).toBe(false);
    expect(runsInYear("2023-01-01", "2024-12-31", 2025)).toBe(false);
    expect(runsInYear("2023-01-01", "2025-01-01", 2025)).toBe(true);
  });
});

describe("value sums", () => {
  it("sums per currency, skipping entries without value", () => {
    expect(
      sumByCurrency([
        { currency: "EUR", money: 1000, inKind: null },
        { currency: "EUR", money: null, inKind: 500 },
        { currency: "CHF", money: 200, inKind: 0 },
        { currency: null, money: null, inKind: null },
      ]),
    ).toEqual([
      { currency: "EUR", money: 1000, inKind: 500 },
      { currency: "CHF", money: 200, inKind: 0 },
    ]);
  });
  it("a target is achieved at 100 %", () => {
    expect(achieved(1)).toBe(true);
    expect(achieved(0.99)).toBe(false);
    expect(achieved(null)).toBe(false);
  });
});

describe("partnerReportPeriod", () => {
  const today = "2026-06-15";
  const created = "2026-01-10";
  const period = (q: { from?: string; to?: string }, a: { startsOn: string | null; endsOn: string | null } | null) =>
    partnerReportPeriod(q, a, created, today);

  it("runs from the agreement's start until today", () => {
    expect(period({}, { startsOn: "2026-02-01", endsOn: "2027-01-31" })).toEqual({ from: "2026-02-01", to: today });
  });
  it("starts when the engagement was created if the agreement starts in the future, has no start, or there is none", () => {
    expect(period({}, { startsOn: "2026-09-01", endsOn: null })).toEqual({ from: created, to: today });
    expect(period({}, { startsOn: null, endsOn: null })).toEqual({ from: created, to: today });
    expect(period({}, null)).toEqual({ from: created, to: today });
  });
  it("ends with an agreement that has ended", () => {
    expect(period({}, { startsOn: "2026-02-01", endsOn: "2026-05-31" })).toEqual({ from: "2026-02-01", to: "2026-05-31" });
  });
  it("is always a valid period when one date is given, except a start after the end the caller chose", () => {
    expect(period({ to: "2026-01-20" }, { startsOn: "2026-02-01", endsOn: null })).toEqual({ from: created, to: "2026-01-20" });
    expect(period({ to: "2026-01-05" }, null)).toEqual({ from: "2026-01-05", to: "2026-01-05" });
    expect(period({ from: "2026-06-01" }, { startsOn: "2026-02-01", endsOn: "2026-05-31" })).toEqual({ from: "2026-06-01", to: today });
    expect(period({ from: "2026-03-01", to: "2026-04-01" }, null)).toEqual({ from: "2026-03-01", to: "2026-04-01" });
  });
});

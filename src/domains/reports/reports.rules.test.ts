import { describe, expect, it } from "vitest";
import { achieved, effectivePublication, runsInYear, sumByCurrency } from "./reports.rules.js";

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

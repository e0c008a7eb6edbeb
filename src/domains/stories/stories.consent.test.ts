import { describe, expect, it } from "vitest";
import { coverage, covers, type ConsentTerms, type UseTerms } from "./stories.consent.js";

const consent = (over: Partial<ConsentTerms> = {}): ConsentTerms => ({
  id: "c1",
  channels: ["website", "annual_report"],
  engagementId: null,
  companyId: null,
  validFrom: "2025-01-01",
  validUntil: "2025-12-31",
  withdrawn: false,
  ...over,
});
const use = (over: Partial<UseTerms> = {}): UseTerms => ({
  channel: "website",
  usedOn: "2025-06-01",
  engagementId: "e1",
  companyId: "co1",
  ...over,
});

describe("consent coverage", () => {
  it("covers a use on a granted channel inside the validity", () => {
    expect(covers(consent(), use(), "2025-06-01")).toBe(true);
    expect(covers(consent({ validUntil: null }), use({ usedOn: "2030-01-01" }), "2030-01-01")).toBe(true);
  });

  it("does not cover another channel, another partner, before validFrom, after validUntil, or once withdrawn", () => {
    expect(coverage([consent()], use({ channel: "press" }), "2025-06-01")).toEqual({ reason: "channel_not_covered" });
    expect(coverage([consent({ engagementId: "e2" })], use(), "2025-06-01")).toEqual({ reason: "partner_not_covered" });
    expect(coverage([consent({ companyId: "co2" })], use(), "2025-06-01")).toEqual({ reason: "partner_not_covered" });
    expect(coverage([consent()], use({ usedOn: "2024-12-31" }), "2025-06-01")).toEqual({ reason: "consent_not_yet_valid" });
    expect(coverage([consent()], use({ usedOn: "2026-01-01" }), "2025-06-01")).toEqual({ reason: "consent_expired" });
    expect(coverage([consent({ withdrawn: true })], use(), "2025-06-01")).toEqual({ reason: "consent_withdrawn" });
    expect(coverage([], use(), "2025-06-01")).toEqual({ reason: "no_consent" });
  });

  it("stops covering a past use once the consent has expired", () => {
    expect(covers(consent(), use(), "2026-01-02")).toBe(false);
  });

  it("finds the one consent that covers among several", () => {
    expect(
      coverage(
        [consent({ id: "a", withdrawn: true }), consent({ id: "b", channels: ["press"] }), consent({ id: "c" })],
        use(),
        "2025-06-01",
      ),
    ).toEqual({ consentId: "c" });
  });
});

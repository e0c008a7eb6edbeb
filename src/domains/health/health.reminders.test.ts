import { describe, expect, it } from "vitest";
import { composeRenewalMail } from "./health.reminders.js";
import { renewalOf } from "./health.rules.js";

const base = {
  to: { email: "owner@example.org", name: "Ayşe" },
  engagementTitle: "Hotline support",
  companyName: "TeleNova",
  organizationName: "Brückenhaus",
  engagementId: "e-1",
};

describe("renewal mail", () => {
  it("says when the agreement ends, the next step, the health and links the engagement", () => {
    const renewal = renewalOf({ startsOn: "2026-01-01", endsOn: "2026-07-15" }, "2026-06-01");
    const mail = composeRenewalMail(
      { ...base, health: { score: 62, outlook: "at_risk", reasons: ["a", "b", "c", "d"], renewal } },
      "https://partners.example.org/",
    );
    expect(mail.to).toBe("owner@example.org");
    expect(mail.subject).toBe("Partnerwise: the agreement with TeleNova ends in 44 days");
    expect(mail.text).toContain('The agreement of "Hotline support" with TeleNova [Brückenhaus] ends in 44 days (2026-07-15).');
    expect(mail.text).toContain("Suggested next step: Propose a renewal meeting");
    expect(mail.text).toContain("Partnership health: 62/100, at risk.\n- a\n- b\n- c\n\n");
    expect(mail.text).toContain("https://partners.example.org/partnerships/e-1");
  });

  it("says when it has ended", () => {
    const renewal = renewalOf({ startsOn: "2025-01-01", endsOn: "2026-05-25" }, "2026-06-01");
    const mail = composeRenewalMail({ ...base, health: { score: 30, outlook: "unlikely", reasons: [], renewal } });
    expect(mail.subject).toBe("Partnerwise: the agreement with TeleNova has ended");
    expect(mail.text).toContain("ended 7 days ago (2026-05-25)");
    expect(mail.text).toContain("Open Partnerwise to see the engagement.");
  });
});

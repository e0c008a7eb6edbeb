import { describe, expect, it } from "vitest";
import { keysOf } from "../../platform/i18n.js";
import { RENEWAL_MAIL_TEXT } from "./health.mail-text.js";
import { composeRenewalMail } from "./health.reminders.js";
import { renewalOf } from "./health.rules.js";

const base = {
  to: { email: "owner@example.org", name: "Ayşe", locale: "de" },
  engagementTitle: "Hotline support",
  companyName: "TeleNova",
  organizationName: "Brückenhaus",
  engagementId: "e-1",
};

describe("renewal mail text", () => {
  it("has every text in English and German", () => {
    expect(keysOf(RENEWAL_MAIL_TEXT.de).sort()).toEqual(keysOf(RENEWAL_MAIL_TEXT.en).sort());
  });

  it("is written in German for a German-speaking owner, reasons and next step included", () => {
    const renewal = renewalOf({ startsOn: "2026-01-01", endsOn: "2026-07-15" }, "2026-06-01");
    const explanations = [
      { factor: "company_contacts" as const, code: "contacts.single", values: {}, text: "Only one active contact at the company." },
    ];
    const mail = composeRenewalMail(
      { ...base, health: { score: 62, outlook: "at_risk", reasons: ["Only one active contact at the company."], explanations, renewal } },
      "https://partners.example.org",
    );
    expect(mail.subject).toBe("Partnerwise: Die Vereinbarung mit TeleNova endet in 44 Tagen");
    expect(mail.text).toContain("Hallo Ayşe,");
    expect(mail.text).toContain("Die Vereinbarung von „Hotline support“ mit TeleNova [Brückenhaus] endet in 44 Tagen (15.07.2026).");
    expect(mail.text).toContain("Vorgeschlagener nächster Schritt: Schlagen Sie ein Gespräch zur Verlängerung vor");
    expect(mail.text).toContain("Zustand der Partnerschaft: 62/100, gefährdet.\n- Nur ein aktiver Kontakt im Unternehmen");
    expect(mail.text).toContain("Das Engagement: https://partners.example.org/partnerships/e-1");
    expect(mail.text).not.toMatch(/\b(the|agreement|ends)\b/);
  });

  it("stays English without a locale, and for an unknown one", () => {
    const renewal = renewalOf({ startsOn: "2025-01-01", endsOn: "2026-05-25" }, "2026-06-01");
    for (const locale of [null, "fr"]) {
      const mail = composeRenewalMail({
        ...base,
        to: { ...base.to, locale },
        health: { score: 30, outlook: "unlikely", reasons: [], renewal },
      });
      expect(mail.subject).toBe("Partnerwise: the agreement with TeleNova has ended");
    }
  });
});

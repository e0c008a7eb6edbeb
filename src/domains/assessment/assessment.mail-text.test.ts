import { describe, expect, it } from "vitest";
import { keysOf } from "../../platform/i18n.js";
import { ASSESSMENT_MAIL_TEXT, roundMail } from "./assessment.mail-text.js";

describe("assessment round mail text", () => {
  const p = {
    organization: "La Strada",
    network: "Balkan Network",
    round: "2026",
    coordinator: "Ana",
    closesOn: "2026-03-31",
    link: "https://p.example.org/assessment/r-1/answer",
  };

  it("has every text in English and German, and is written in the recipient's language", () => {
    expect(keysOf(ASSESSMENT_MAIL_TEXT.de).sort()).toEqual(keysOf(ASSESSMENT_MAIL_TEXT.en).sort());
    const en = roundMail("invitation", { email: "a@example.org" }, p);
    expect(en.subject).toBe("Balkan Network: please answer the assessment 2026 for La Strada");
    expect(en.text).toContain("https://p.example.org/assessment/r-1/answer");
    expect(en.text).toContain("The round closes on 31 March 2026.");
    const de = roundMail("reminder", { email: "a@example.org", locale: "de" }, p);
    expect(de.subject).toBe("Erinnerung — Balkan Network: Die Erhebung 2026 wartet auf La Strada");
    expect(de.text).toContain("Die Erhebung endet am 31. März 2026.");
  });

  it("leaves the closing date out when the round has none", () => {
    const en = roundMail("reminder", { email: "a@example.org" }, { ...p, closesOn: null });
    expect(en.text).not.toContain("closes on");
    expect(en.text).not.toContain("{{");
  });
});

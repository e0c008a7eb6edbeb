import { describe, expect, it } from "vitest";
import { keysOf } from "../../platform/i18n.js";
import { AUTH_MAIL_TEXT, resetPasswordMail } from "./auth.mail-text.js";

describe("password reset mail text", () => {
  it("has every text in English and German", () => {
    expect(keysOf(AUTH_MAIL_TEXT.de).sort()).toEqual(keysOf(AUTH_MAIL_TEXT.en).sort());
  });

  it("is written in the account's language, English by default", () => {
    const de = resetPasswordMail(
      { email: "a@example.org", locale: "de" },
      "https://p.example.org/reset-password?token=x",
      "https://p.example.org/api/auth/reset",
    );
    expect(de.subject).toBe("Ihr Partnerwise-Passwort zurücksetzen");
    expect(de.text).toContain("innerhalb einer Stunde");
    expect(de.text).toContain("https://p.example.org/reset-password?token=x");
    const en = resetPasswordMail({ email: "a@example.org", locale: null }, "L", "U");
    expect(en.subject).toBe("Reset your Partnerwise password");
    expect(en.text).toContain("Open this link within one hour to choose a new password:\nL\n\n(API link: U)");
  });
});

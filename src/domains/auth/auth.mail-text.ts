import { languageOf, translator } from "../../platform/i18n.js";
import type { Mail } from "../../platform/mailer.js";

// The password reset mail in the account's language (user.locale).

export const AUTH_MAIL_TEXT = {
  en: {
    reset: {
      subject: "Reset your Partnerwise password",
      text: "Someone asked to reset the password of your Partnerwise account.\n\nOpen this link within one hour to choose a new password:\n{{link}}\n\n(API link: {{url}})\nIf it was not you, ignore this mail.",
    },
  },
  de: {
    reset: {
      subject: "Ihr Partnerwise-Passwort zurücksetzen",
      text: "Jemand hat angefragt, das Passwort Ihres Partnerwise-Kontos zurückzusetzen.\n\nÖffnen Sie diesen Link innerhalb einer Stunde, um ein neues Passwort zu wählen:\n{{link}}\n\n(API-Link: {{url}})\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail.",
    },
  },
};

const t = translator(AUTH_MAIL_TEXT);

/** The password reset mail: the web app's link (and the API's), in the user's language. */
export function resetPasswordMail(user: { email: string; locale?: string | null }, link: string, url: string): Mail {
  const tr = t(languageOf(user.locale));
  return { to: user.email, subject: tr("reset.subject"), text: tr("reset.text", { link, url }) };
}

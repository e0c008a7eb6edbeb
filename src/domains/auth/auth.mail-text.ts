import { languageOf, translator } from "../../platform/i18n.js";
import type { Mail } from "../../platform/mailer.js";

// Mails of the account (password reset; a sign-up attempt with an address that has an account) in its language.

export const AUTH_MAIL_TEXT = {
  en: {
    accountExists: {
      subject: "Your Partnerwise account",
      text: "Someone tried to create a new Partnerwise account with your e-mail address. You have an account already; nothing was changed.\n\nWas it you? Then sign in:\n{{signIn}}\n\nForgot your password? Choose a new one:\n{{reset}}\n\nIf it was not you, ignore this mail.",
    },
    reset: {
      subject: "Reset your Partnerwise password",
      text: "Someone asked to reset the password of your Partnerwise account.\n\nOpen this link within one hour to choose a new password:\n{{link}}\n\n(API link: {{url}})\nIf it was not you, ignore this mail.",
    },
  },
  de: {
    accountExists: {
      subject: "Ihr Partnerwise-Konto",
      text: "Jemand hat versucht, mit Ihrer E-Mail-Adresse ein neues Partnerwise-Konto anzulegen. Sie haben bereits ein Konto; es wurde nichts geändert.\n\nWaren Sie das? Dann melden Sie sich an:\n{{signIn}}\n\nPasswort vergessen? Wählen Sie ein neues:\n{{reset}}\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail.",
    },
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

/** The mail to an account's owner when someone signs up again with its address (instead of saying it exists). */
export function accountExistsMail(user: { email: string; locale?: string | null }, appUrl: string): Mail {
  const tr = t(languageOf(user.locale));
  return {
    to: user.email,
    subject: tr("accountExists.subject"),
    text: tr("accountExists.text", { signIn: `${appUrl}/sign-in`, reset: `${appUrl}/forgot-password` }),
  };
}

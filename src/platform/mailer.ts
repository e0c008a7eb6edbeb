import nodemailer from "nodemailer";
import { log } from "./logger.js";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  /** Mails sent through the log transport (for tests and development). */
  readonly outbox: Mail[];
}

/** SMTP when a URL is configured; otherwise each mail is written to the server log. */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  const outbox: Mail[] = [];
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      outbox,
      async send(mail) {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
      },
    };
  }
  return {
    outbox,
    async send(mail) {
      outbox.push(mail);
      if (outbox.length > 100) outbox.shift();
      log.info(`mail (no SMTP_URL set) to ${mail.to}: ${mail.subject}\n${mail.text}`);
    },
  };
}

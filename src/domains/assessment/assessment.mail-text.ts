import { languageOf, translator } from "../../platform/i18n.js";
import type { Mail } from "../../platform/mailer.js";

// The mails of an assessment round to the owners and admins of the organisations asked: the invitation when the
// round opens and the coordinators' reminders, each in the recipient's language.

export const ASSESSMENT_MAIL_TEXT = {
  en: {
    invitation: {
      subject: "{{network}}: please answer the assessment {{round}} for {{organization}}",
      text: "{{coordinator}} opened the assessment {{round}} of the network {{network}} and asks {{organization}} to answer it.\n\nThe survey is about your organisation's work with businesses: resources, goals, ethical screening, experiences, obstacles and what would help. It takes about 15 minutes; you can save a draft and come back. One response per organisation: any member of {{organization}} can fill it in, and it counts once submitted.\n\nAnswer it here: {{link}}\n{{deadline}}\nThe network's coordinators see the aggregate of all responses and which organisations have submitted; they never see your organisation's individual answers.",
    },
    reminder: {
      subject: "Reminder — {{network}}: the assessment {{round}} is waiting for {{organization}}",
      text: "{{coordinator}}, a coordinator of the network {{network}}, reminds you that {{organization}} has not yet submitted its response to the assessment {{round}}.\n\nA saved draft is kept: continue where you left off here: {{link}}\n{{deadline}}\nThe network's coordinators see the aggregate of all responses and which organisations have submitted; they never see your organisation's individual answers.",
    },
    deadline: "The round closes on {{date}}.\n",
  },
  de: {
    invitation: {
      subject: "{{network}}: Bitte beantworten Sie die Erhebung {{round}} für {{organization}}",
      text: "{{coordinator}} hat die Erhebung {{round}} des Netzwerks {{network}} eröffnet und bittet {{organization}}, sie zu beantworten.\n\nDer Fragebogen behandelt die Zusammenarbeit Ihrer Organisation mit Unternehmen: Ressourcen, Ziele, ethische Prüfung, Erfahrungen, Hindernisse und was helfen würde. Er dauert etwa 15 Minuten; Sie können einen Entwurf speichern und später weitermachen. Eine Antwort je Organisation: Jedes Mitglied von {{organization}} kann sie ausfüllen, sie zählt, sobald sie abgeschickt ist.\n\nHier beantworten: {{link}}\n{{deadline}}\nDie Koordinator:innen des Netzwerks sehen die Gesamtauswertung aller Antworten und welche Organisationen abgeschickt haben, nie die einzelnen Antworten Ihrer Organisation.",
    },
    reminder: {
      subject: "Erinnerung — {{network}}: Die Erhebung {{round}} wartet auf {{organization}}",
      text: "{{coordinator}}, Koordinator:in des Netzwerks {{network}}, erinnert Sie daran, dass {{organization}} die Antwort auf die Erhebung {{round}} noch nicht abgeschickt hat.\n\nEin gespeicherter Entwurf bleibt erhalten: Hier geht es weiter: {{link}}\n{{deadline}}\nDie Koordinator:innen des Netzwerks sehen die Gesamtauswertung aller Antworten und welche Organisationen abgeschickt haben, nie die einzelnen Antworten Ihrer Organisation.",
    },
    deadline: "Die Erhebung endet am {{date}}.\n",
  },
};

const t = translator(ASSESSMENT_MAIL_TEXT);

/** The invitation or a reminder to one owner or admin of an organisation asked in a round. */
export function roundMail(
  kind: "invitation" | "reminder",
  to: { email: string; locale?: string | null },
  p: { organization: string; network: string; round: string; coordinator: string; closesOn: string | null; link: string },
): Mail {
  const lang = languageOf(to.locale);
  const tr = t(lang);
  const date = p.closesOn
    ? new Intl.DateTimeFormat(lang === "de" ? "de-DE" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(p.closesOn))
    : "";
  const vars = { ...p, deadline: date ? tr("deadline", { date }) : "" };
  return { to: to.email, subject: tr(`${kind}.subject`, vars), text: tr(`${kind}.text`, vars) };
}

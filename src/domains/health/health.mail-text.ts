import { translator, type ServerLanguage } from "../../platform/i18n.js";
import webDe from "../../web/locales/de/health.json" with { type: "json" };
import webEn from "../../web/locales/en/health.json" with { type: "json" };
import type { Health } from "./health.rules.js";

// The renewal reminder mail in the owner's language. The mail's own sentences are here; the health reasons,
// outlook and next step reuse the web app's health texts (src/web/locales/{en,de}/health.json), so the mail
// says exactly what the health card says.

const MAIL = {
  en: {
    subject: {
      ends_one: "Partnerwise: the agreement with {{company}} ends in {{count}} day",
      ends_other: "Partnerwise: the agreement with {{company}} ends in {{count}} days",
      ended: "Partnerwise: the agreement with {{company}} has ended",
    },
    when: {
      ended_one: "ended {{count}} day ago ({{date}})",
      ended_other: "ended {{count}} days ago ({{date}})",
      today: "ends today ({{date}})",
      ends_one: "ends in {{count}} day ({{date}})",
      ends_other: "ends in {{count}} days ({{date}})",
    },
    hello: "Hello {{name}},",
    agreement: 'The agreement of "{{title}}" with {{company}} [{{organization}}] {{when}}.',
    nextStep: "Suggested next step: {{step}}",
    health: "Partnership health: {{score}}/100, {{outlook}}.",
    outlook: { likely: "likely to continue", at_risk: "at risk", unlikely: "unlikely to continue" },
    link: "The engagement: {{url}}",
    noLink: "Open Partnerwise to see the engagement.",
    why: "You get this mail because you own this engagement in Partnerwise.",
  },
  de: {
    subject: {
      ends_one: "Partnerwise: Die Vereinbarung mit {{company}} endet in {{count}} Tag",
      ends_other: "Partnerwise: Die Vereinbarung mit {{company}} endet in {{count}} Tagen",
      ended: "Partnerwise: Die Vereinbarung mit {{company}} ist abgelaufen",
    },
    when: {
      ended_one: "ist vor {{count}} Tag abgelaufen ({{date}})",
      ended_other: "ist vor {{count}} Tagen abgelaufen ({{date}})",
      today: "endet heute ({{date}})",
      ends_one: "endet in {{count}} Tag ({{date}})",
      ends_other: "endet in {{count}} Tagen ({{date}})",
    },
    hello: "Hallo {{name}},",
    agreement: "Die Vereinbarung von „{{title}}“ mit {{company}} [{{organization}}] {{when}}.",
    nextStep: "Vorgeschlagener nächster Schritt: {{step}}",
    health: "Zustand der Partnerschaft: {{score}}/100, {{outlook}}.",
    outlook: { likely: "Fortsetzung wahrscheinlich", at_risk: "gefährdet", unlikely: "Fortsetzung unwahrscheinlich" },
    link: "Das Engagement: {{url}}",
    noLink: "Öffnen Sie Partnerwise, um das Engagement zu sehen.",
    why: "Sie erhalten diese E-Mail, weil Sie dieses Engagement in Partnerwise verantworten.",
  },
};

export const RENEWAL_MAIL_TEXT = MAIL;
const t = translator({ en: { mail: MAIL.en, web: webEn }, de: { mail: MAIL.de, web: webDe } });

/** 2026-07-15 as the recipient reads dates (15.07.2026 in German). */
export function mailDate(iso: string, lang: ServerLanguage): string {
  const [y, m, d] = iso.split("-");
  return lang === "de" && d ? `${d}.${m}.${y}` : iso;
}

type Explanation = Health["explanations"][number];

/** One health reason in the language, from its code and values (as the health card shows it). */
export function reasonText(x: Explanation, lang: ServerLanguage): string {
  if (lang === "en") return x.text;
  const tr = t(lang);
  const v: Record<string, unknown> = { ...x.values };
  if (typeof v.endDate === "string") v.endDate = mailDate(v.endDate, lang);
  if (typeof v.factor === "string") v.factor = tr(`web.factors.${v.factor}`);
  const count = v.count ?? v.days ?? v.total ?? v.due;
  return tr(`web.codes.${x.code}`, { ...v, ...(typeof count === "number" ? { count } : {}), defaultValue: x.text });
}

/** The translator of the renewal mail (keys under mail.*, web.*). */
export const renewalText = t;

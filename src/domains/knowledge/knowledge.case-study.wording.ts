// The wording of a case study written from an engagement, in English and German: headings, sentences with
// {{placeholders}}, and the sections each confidential part adds when its author includes it.

export type CaseLang = "en" | "de";

type Text = Record<CaseLang, string>;

export const CASE_TEXT = {
  title: {
    en: "Case study: {{modes}} with a {{sector}} company in {{country}}",
    de: "Fallstudie: {{modes}} mit einem Unternehmen ({{sector}}) in {{country}}",
  },
  titleNoSector: {
    en: "Case study: {{modes}} with a company in {{country}}",
    de: "Fallstudie: {{modes}} mit einem Unternehmen in {{country}}",
  },
  theCompany: { en: "the company", de: "das Unternehmen" },
  hContext: { en: "The company", de: "Das Unternehmen" },
  context: {
    en: "A {{size}}company in {{sector}}, based in {{country}}.",
    de: "Ein {{size}}Unternehmen aus dem Bereich {{sector}} mit Sitz in {{country}}.",
  },
  contextNoSector: { en: "A {{size}}company based in {{country}}.", de: "Ein {{size}}Unternehmen mit Sitz in {{country}}." },
  sizeLocal: { en: "local ", de: "lokales " },
  sizeSme: { en: "small or medium-sized ", de: "kleines oder mittleres " },
  sizeLarge: { en: "large ", de: "großes " },
  hModes: { en: "How we worked together", de: "Wie wir zusammengearbeitet haben" },
  hStart: { en: "How it started", de: "Wie es begann" },
  startedBy: {
    en: "The {{who}} took the first step; the partnership was entered in {{month}}.",
    de: "Den ersten Schritt machte {{who}}; die Partnerschaft wurde im {{month}} erfasst.",
  },
  byNgo: { en: "NGO", de: "die NGO" },
  byBusiness: { en: "company", de: "das Unternehmen" },
  byUnknown: { en: "NGO or the company", de: "die NGO oder das Unternehmen" },
  goals: { en: "What we set out to do: {{goals}}", de: "Was wir uns vorgenommen hatten: {{goals}}" },
  path: { en: "Path: {{steps}}.", de: "Verlauf: {{steps}}." },
  hAgreed: { en: "What was agreed", de: "Was vereinbart wurde" },
  agreementKind: {
    en: "A written {{kind}} ({{period}}).",
    de: "Eine schriftliche {{kind}} ({{period}}).",
  },
  agreedGoals: { en: "Goals agreed: {{goals}}", de: "Vereinbarte Ziele: {{goals}}" },
  mou: { en: "memorandum of understanding", de: "Absichtserklärung (MoU)" },
  contract: { en: "contract", de: "Vereinbarung (Vertrag)" },
  openPeriod: { en: "open-ended", de: "unbefristet" },
  ngoDoes: { en: "**The NGO:** {{items}}", de: "**Die NGO:** {{items}}" },
  companyDoes: { en: "**The company:** {{items}}", de: "**Das Unternehmen:** {{items}}" },
  activities: { en: "**Activities:** {{items}}", de: "**Aktivitäten:** {{items}}" },
  noAgreement: { en: "No written agreement was recorded.", de: "Eine schriftliche Vereinbarung wurde nicht erfasst." },
  hCommitments: { en: "Commitments", de: "Zusagen" },
  party: { en: "{{party}}: {{what}} — {{status}}", de: "{{party}}: {{what}} — {{status}}" },
  partyNgo: { en: "NGO", de: "NGO" },
  partyCompany: { en: "Company", de: "Unternehmen" },
  status_open: { en: "open", de: "offen" },
  status_done: { en: "done", de: "erledigt" },
  status_missed: { en: "missed", de: "verpasst" },
  status_cancelled: { en: "cancelled", de: "abgesagt" },
  hResults: { en: "Results", de: "Ergebnisse" },
  indicator: {
    en: "{{name}}: from {{baseline}} to {{latest}} (target {{target}}){{progress}}",
    de: "{{name}}: von {{baseline}} auf {{latest}} (Ziel {{target}}){{progress}}",
  },
  checkIns: {
    en: "{{count}} monitoring check-in(s) between {{from}} and {{to}}.",
    de: "{{count}} Monitoring-Termin(e) zwischen {{from}} und {{to}}.",
  },
  noResults: { en: "No indicator values were recorded yet.", de: "Noch keine Indikatorwerte erfasst." },
  kept: {
    en: "{{kept}} of {{due}} commitments that fell due were kept on time.",
    de: "{{kept}} von {{due}} fälligen Zusagen wurden rechtzeitig eingehalten.",
  },
  hLessons: { en: "Lessons", de: "Erkenntnisse" },
  lessonsPrompt: {
    en: "_What worked, what would you do differently, what should another NGO know before trying this? Write it here._",
    de: "_Was hat funktioniert, was würden Sie anders machen, was sollte eine andere NGO wissen, bevor sie das versucht? Schreiben Sie es hier._",
  },
  // The sections of the confidential parts.
  hPartner: { en: "The partner", de: "Der Partner" },
  partnerNamed: { en: "The company is **{{name}}**.", de: "Das Unternehmen ist **{{name}}**." },
  partnerAlso: { en: "Also known as {{names}}.", de: "Auch bekannt als {{names}}." },
  hPeople: { en: "People at the company", de: "Ansprechpersonen im Unternehmen" },
  hValue: { en: "Value of the partnership", de: "Wert der Partnerschaft" },
  money: { en: "Money: {{amount}}", de: "Geld: {{amount}}" },
  inKind: { en: "In kind: {{what}}", de: "Sachleistungen: {{what}}" },
  nonMonetary: { en: "Beyond money: {{what}}", de: "Über Geld hinaus: {{what}}" },
  hRisks: { en: "Risks and how we handled them", de: "Risiken und wie wir damit umgingen" },
  risk: { en: "{{title}} (score {{score}}, {{status}})", de: "{{title}} (Wert {{score}}, {{status}})" },
  riskOpen: { en: "open", de: "offen" },
  riskClosed: { en: "closed", de: "geschlossen" },
  mitigation: { en: "Mitigation: {{what}}", de: "Maßnahme: {{what}}" },
  hStory: { en: "In a survivor's words", de: "In den Worten einer Betroffenen oder eines Betroffenen" },
  storyConsent: {
    en: "_Shared with the person's consent ({{reference}}), anonymised._",
    de: "_Mit Einwilligung der Person geteilt ({{reference}}), anonymisiert._",
  },
} satisfies Record<string, Text>;

export type CaseTextKey = keyof typeof CASE_TEXT;

/** A text of the case study in a language, its {{placeholders}} filled. */
export function say(lang: CaseLang, key: CaseTextKey, vars: Record<string, string | number> = {}): string {
  return CASE_TEXT[key][lang].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ""));
}

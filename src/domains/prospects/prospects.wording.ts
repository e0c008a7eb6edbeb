// The frame of a first-contact letter, in English and German, and the placeholder filler. The wording of each
// proposal step comes from the knowledge hub (templates with sections named after the builder's steps; the built-in
// ones are in src/domains/knowledge/knowledge.built-in-wording.ts); the letter quotes the proposal's wording.
// Placeholders: {company}, {ngo}, {country}, {sector}, and in the letter {contact}, {salutation}, {ngoCountry},
// {problem}, {partnership}, {gains}, {sender}.

export type Lang = "en" | "de";

/** First email or letter, by mode (subject and body). */
export const FIRST_CONTACT: Record<Lang, { subject: string; body: string }> = {
  en: {
    subject: "{ngo} — a partnership proposal for {company}",
    body: "Dear {contact},\n\nI am writing on behalf of {ngo}, which works against trafficking in human beings in {ngoCountry}.\n\n{problem}\n\nWe would like to propose a partnership: {partnership}\n\nFor {company} this means: {gains}\n\nCould we arrange a short call or meeting in the coming weeks to discuss whether this could work for you?\n\nKind regards,\n{sender}\n{ngo}",
  },
  de: {
    subject: "{ngo} – ein Partnerschaftsvorschlag für {company}",
    body: "{salutation}\n\nich schreibe Ihnen im Namen von {ngo}; wir setzen uns in {ngoCountry} gegen Menschenhandel ein.\n\n{problem}\n\nWir möchten Ihnen eine Partnerschaft vorschlagen: {partnership}\n\nFür {company} bedeutet das: {gains}\n\nKönnen wir in den nächsten Wochen ein kurzes Gespräch oder Treffen vereinbaren, um zu besprechen, ob das für Sie passt?\n\nMit freundlichen Grüßen\n{sender}\n{ngo}",
  },
};

/** Fills {placeholders}; unknown ones stay as written so the user sees what to complete. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

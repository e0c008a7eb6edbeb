import { translator } from "../../platform/i18n.js";

// Texts of the public knowledge pages (server-rendered HTML), in the reader's language (?lang=, else the browser's).

export const PUBLIC_PAGE_TEXT = {
  en: {
    title: "Knowledge shared by {{network}}",
    intro: "Engagement modes, practice guides, case studies and templates about NGOs working with businesses against human trafficking.",
    search: "Search",
    searchLabel: "Search the knowledge",
    nothing: "Nothing found.",
    back: "All items",
    by: "By {{organization}}",
    byPartnerwise: "By the Partnerwise team",
    reviewed: "Last reviewed {{date}}",
    language: { en: "English", de: "German" },
    kinds: {
      engagement_mode: "Engagement mode",
      practice_guide: "Practice guide",
      case_study: "Case study",
      template: "Template",
      lesson: "Lesson learnt",
      checklist: "Checklist",
    },
    footer: "Published with Partnerwise, the open-source workspace for NGO–business partnerships.",
    otherLanguage: "Deutsch",
    attachments: "Attachments",
  },
  de: {
    title: "Wissen von {{network}}",
    intro: "Engagement-Formen, Praxisleitfäden, Fallstudien und Vorlagen zur Zusammenarbeit von NGOs mit Unternehmen gegen Menschenhandel.",
    search: "Suchen",
    searchLabel: "Wissen durchsuchen",
    nothing: "Nichts gefunden.",
    back: "Alle Beiträge",
    by: "Von {{organization}}",
    byPartnerwise: "Vom Partnerwise-Team",
    reviewed: "Zuletzt geprüft am {{date}}",
    language: { en: "Englisch", de: "Deutsch" },
    kinds: {
      engagement_mode: "Engagement-Form",
      practice_guide: "Praxisleitfaden",
      case_study: "Fallstudie",
      template: "Vorlage",
      lesson: "Erfahrung",
      checklist: "Checkliste",
    },
    footer: "Veröffentlicht mit Partnerwise, dem quelloffenen Arbeitsbereich für Partnerschaften zwischen NGOs und Unternehmen.",
    otherLanguage: "English",
    attachments: "Anhänge",
  },
};

export const publicPageText = translator(PUBLIC_PAGE_TEXT);

import { translator } from "../../platform/i18n.js";

// The task reminder mail in the assignee's language (user.locale). Task titles are the users' own words;
// the built-in "Prepare renewal" task title is translated too.

export const TASK_MAIL_TEXT = {
  en: {
    subject: {
      overdue_one: "Partnerwise: {{count}} overdue task",
      overdue_other: "Partnerwise: {{count}} overdue tasks",
      andSoon: "{{overdue}} and {{soon}} due soon",
      soon_one: "Partnerwise: {{count}} task due soon",
      soon_other: "Partnerwise: {{count}} tasks due soon",
    },
    when: { overdue: "overdue since {{date}}", today: "due today", due: "due {{date}}" },
    hello: "Hello {{name}},",
    intro: "These next steps of your partnerships need you:",
    link: "Your tasks: {{url}}",
    noLink: "Open Partnerwise to see your tasks.",
    why: "You get this mail because tasks are assigned to you in Partnerwise.",
    builtInTitles: { "Prepare renewal": "Prepare renewal" },
  },
  de: {
    subject: {
      overdue_one: "Partnerwise: {{count}} überfällige Aufgabe",
      overdue_other: "Partnerwise: {{count}} überfällige Aufgaben",
      andSoon: "{{overdue}} und {{soon}} bald fällig",
      soon_one: "Partnerwise: {{count}} Aufgabe bald fällig",
      soon_other: "Partnerwise: {{count}} Aufgaben bald fällig",
    },
    when: { overdue: "überfällig seit {{date}}", today: "heute fällig", due: "fällig am {{date}}" },
    hello: "Hallo {{name}},",
    intro: "Diese nächsten Schritte Ihrer Partnerschaften brauchen Sie:",
    link: "Ihre Aufgaben: {{url}}",
    noLink: "Öffnen Sie Partnerwise, um Ihre Aufgaben zu sehen.",
    why: "Sie erhalten diese E-Mail, weil Ihnen in Partnerwise Aufgaben zugewiesen sind.",
    builtInTitles: { "Prepare renewal": "Verlängerung vorbereiten" },
  },
};

/** The translator of the task reminder mail. */
export const taskMailText = translator(TASK_MAIL_TEXT);

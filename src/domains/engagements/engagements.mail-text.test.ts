import { describe, expect, it } from "vitest";
import { keysOf } from "../../platform/i18n.js";
import { TASK_MAIL_TEXT } from "./engagements.mail-text.js";
import { composeReminder } from "./engagements.reminders.js";

const task = (title: string, dueOn: string) => ({
  id: title,
  title,
  dueOn,
  engagementTitle: "Hotline",
  companyName: "TeleNova",
  organizationName: "Brückenhaus",
});

describe("task reminder mail text", () => {
  it("has every text in English and German", () => {
    expect(keysOf(TASK_MAIL_TEXT.de).sort()).toEqual(keysOf(TASK_MAIL_TEXT.en).sort());
  });

  it("is written in the assignee's language", () => {
    const tasks = [task("Prepare renewal", "2040-01-01"), task("Send MoU", "2040-01-05"), task("Call", "2040-01-06")];
    const de = composeReminder({ email: "a@example.org", name: "Ayşe", locale: "de" }, tasks, "2040-01-05", "https://p.example.org/")!;
    expect(de.subject).toBe("Partnerwise: 1 überfällige Aufgabe und 2 bald fällig");
    expect(de.text).toContain("Hallo Ayşe,");
    expect(de.text).toContain("- Verlängerung vorbereiten (überfällig seit 01.01.2040) — Hotline, TeleNova [Brückenhaus]");
    expect(de.text).toContain("- Send MoU (heute fällig)");
    expect(de.text).toContain("- Call (fällig am 06.01.2040)");
    expect(de.text).toContain("Ihre Aufgaben: https://p.example.org/tasks");
    const en = composeReminder({ email: "a@example.org", name: "Ann" }, tasks, "2040-01-05")!;
    expect(en.subject).toBe("Partnerwise: 1 overdue task and 2 due soon");
    expect(en.text).toContain("- Prepare renewal (overdue since 2040-01-01)");
    expect(composeReminder({ email: "a@example.org", name: "Ann" }, [task("Call", "2040-01-06")], "2040-01-05")!.subject).toBe(
      "Partnerwise: 1 task due soon",
    );
  });
});

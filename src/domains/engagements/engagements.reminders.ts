import type { Database } from "../../platform/db.js";
import { defineJob, type JobContext } from "../../platform/jobs.js";
import { log } from "../../platform/logger.js";
import { languageOf } from "../../platform/i18n.js";
import type { Mail, Mailer } from "../../platform/mailer.js";
import { TASK_MAIL_TEXT, taskMailText } from "./engagements.mail-text.js";
import { markReminded, tasksToRemind } from "./engagements.tasks.repo.js";
import { isoDay } from "./engagements.tasks.js";

// E-mail reminders for open tasks due tomorrow, today or overdue: one digest per person, each task at
// most once a day (engagement_task.reminded_on). Runs as a pg-boss job every hour (TASK_REMINDERS_JOB);
// the first run of a day sends, later ones find nothing new, and a missed hour is caught up by the next.

export const TASK_REMINDERS_JOB = "reminders.tasks";

export interface DueTask {
  id: string;
  title: string;
  dueOn: string;
  engagementTitle: string;
  companyName: string;
  organizationName: string;
}

/** The reminder mail for one person in their language (user.locale), or null when there is nothing to remind of. */
export function composeReminder(
  to: { email: string; name: string; locale?: string | null },
  tasks: DueTask[],
  today: string,
  baseUrl?: string,
): Mail | null {
  if (!tasks.length) return null;
  const lang = languageOf(to.locale);
  const tr = taskMailText(lang);
  const date = (iso: string) => (lang === "de" ? iso.split("-").reverse().join(".") : iso);
  const builtIn = TASK_MAIL_TEXT[lang].builtInTitles as Record<string, string>;
  const overdue = tasks.filter((t) => t.dueOn < today);
  const line = (t: DueTask) => {
    const when =
      t.dueOn < today
        ? tr("when.overdue", { date: date(t.dueOn) })
        : t.dueOn === today
          ? tr("when.today")
          : tr("when.due", { date: date(t.dueOn) });
    return `- ${builtIn[t.title] ?? t.title} (${when}) — ${t.engagementTitle}, ${t.companyName} [${t.organizationName}]`;
  };
  const soon = tasks.length - overdue.length;
  const overdueSubject = tr("subject.overdue", { count: overdue.length });
  const subject = overdue.length
    ? soon
      ? tr("subject.andSoon", { overdue: overdueSubject, soon })
      : overdueSubject
    : tr("subject.soon", { count: tasks.length });
  const text = [
    tr("hello", { name: to.name }),
    "",
    tr("intro"),
    "",
    ...tasks.map(line),
    "",
    baseUrl ? tr("link", { url: `${baseUrl.replace(/\/$/, "")}/tasks` }) : tr("noLink"),
    "",
    tr("why"),
  ].join("\n");
  return { to: to.email, subject, text };
}

/**
 * Mails every assignee their open tasks due by tomorrow (overdue included) that were not reminded of
 * today, and marks those tasks reminded. Only current members of the task's organisation are mailed.
 * Safe to run as often as wanted: a task is named at most once a day.
 */
export async function sendDueReminders(
  database: Database,
  mailer: Mailer,
  now: Date,
  opts: { baseUrl?: string } = {},
): Promise<{ mails: number; tasks: number }> {
  const db = database.db;
  const today = isoDay(now);
  const tomorrow = isoDay(new Date(now.getTime() + 86_400_000));
  const rows = await tasksToRemind(db, tomorrow, today);
  const byUser = new Map<string, typeof rows>();
  for (const r of rows) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  let mails = 0;
  let tasks = 0;
  for (const list of byUser.values()) {
    const mail = composeReminder(
      list[0],
      list.map((r) => ({ ...r, dueOn: r.dueOn! })),
      today,
      opts.baseUrl,
    );
    if (!mail) continue;
    try {
      await mailer.send(mail);
    } catch (err) {
      log.warn(`task reminder to user ${list[0].userId} failed: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    await markReminded(
      db,
      list.map((r) => r.id),
      today,
    );
    mails++;
    tasks += list.length;
  }
  return { mails, tasks };
}

/** The scheduled job: task reminders as of now. */
export async function taskRemindersJob(_data: object, job: JobContext): Promise<void> {
  const r = await sendDueReminders(job.database, job.mailer, new Date(), { baseUrl: job.baseUrl });
  if (r.mails) log.info(`task reminders: ${r.mails} mail(s) for ${r.tasks} task(s)`);
}

defineJob(TASK_REMINDERS_JOB, taskRemindersJob, { cron: "7 * * * *", budgetSeconds: 9 * 60, retryLimit: 1 });

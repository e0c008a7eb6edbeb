import type { Ctx } from "../../platform/context.js";
import type { Database } from "../../platform/db.js";
import { languageOf, type ServerLanguage } from "../../platform/i18n.js";
import { defineJob, type JobContext } from "../../platform/jobs.js";
import { log } from "../../platform/logger.js";
import type { Mail, Mailer } from "../../platform/mailer.js";
import { addDays } from "../agreements/agreements.rules.js";
import { insertAudit } from "../audit/audit.repo.js";
import { isoDay } from "../engagements/engagements.tasks.js";
import { mailDate, reasonText, renewalText } from "./health.mail-text.js";
import { HEALTH_STAGES, RENEWAL_WINDOW_DAYS, type Health } from "./health.rules.js";
import { scoreEngagements } from "./health.service.js";
import {
  insertRenewalMark,
  insertRenewalTask,
  mailsSentOn,
  memberToMail,
  renewalsDue,
  setRenewalMarkTask,
  type EngagementRow,
} from "./health.repo.js";

// Renewal reminders: 90, 60 and 30 days before an agreement's end date (and once it has come), the
// engagement's owner gets a mail with the health score and a suggested next step, and the engagement
// gets one "Prepare renewal" task. The renewal_reminder rows make every run idempotent: one mail per
// milestone of an end date, at most one a day per engagement, one task per end date. A changed end date
// (renewal) starts afresh. Runs as a pg-boss job every hour; a missed hour is caught up by the next.

export const RENEWAL_REMINDERS_JOB = "reminders.renewals";
export const RENEWAL_TASK_TITLE = "Prepare renewal";
/** Marks the renewal_reminder row of the "Prepare renewal" task (not a mail). */
const TASK_MARK = -1;
const SYSTEM_ACTOR = "Partnerwise (renewal reminders)";

export interface RenewalMailInput {
  to: { email: string; name: string; locale?: string | null };
  engagementTitle: string;
  companyName: string;
  organizationName: string;
  engagementId: string;
  health: Pick<Health, "score" | "outlook" | "reasons" | "renewal"> & Partial<Pick<Health, "explanations">>;
}

/** The reminder mail, in the owner's language (user.locale): when the agreement ends, the health score, why, and the suggested next step. */
export function composeRenewalMail(m: RenewalMailInput, baseUrl?: string): Mail {
  const lang: ServerLanguage = languageOf(m.to.locale);
  const t = renewalText(lang);
  const r = m.health.renewal;
  const date = mailDate(r.endDate ?? "", lang);
  const days = r.daysLeft!;
  const when =
    days < 0
      ? t("mail.when.ended", { count: -days, date })
      : days === 0
        ? t("mail.when.today", { date })
        : t("mail.when.ends", { count: days, date });
  const subject =
    days < 0 ? t("mail.subject.ended", { company: m.companyName }) : t("mail.subject.ends", { company: m.companyName, count: days });
  // Reasons by code when the health carries them (translated), else the English reasons.
  const reasons = m.health.explanations ? m.health.explanations.map((x) => reasonText(x, lang)) : m.health.reasons;
  const text = [
    t("mail.hello", { name: m.to.name }),
    "",
    t("mail.agreement", { title: m.engagementTitle, company: m.companyName, organization: m.organizationName, when }),
    "",
    t("mail.nextStep", {
      step: lang === "en" ? r.suggestedNextStep : t(`web.renewal.steps.${r.nextStepCode}`, { defaultValue: r.suggestedNextStep }),
    }),
    "",
    t("mail.health", { score: m.health.score, outlook: t(`mail.outlook.${m.health.outlook}`) }),
    ...reasons.slice(0, 3).map((x) => `- ${x}`),
    "",
    baseUrl ? t("mail.link", { url: `${baseUrl.replace(/\/$/, "")}/partnerships/${m.engagementId}` }) : t("mail.noLink"),
    "",
    t("mail.why"),
  ].join("\n");
  return { to: m.to.email, subject, text };
}

/** A read-only context for the job, inside one organisation (the job acts for no user). */
function systemCtx(database: Database, orgId: string): Ctx {
  return { db: database.db, database, orgId, role: "viewer", user: { id: "", name: SYSTEM_ACTOR, email: "" } };
}

/**
 * Sends due renewal reminders across all organisations and creates the "Prepare renewal" tasks.
 * Safe to run as often as wanted (see the header). Returns what it did.
 */
export async function sendRenewalReminders(
  database: Database,
  mailer: Mailer,
  now: Date,
  opts: { baseUrl?: string } = {},
): Promise<{ mails: number; tasks: number }> {
  const db = database.db;
  const today = isoDay(now);
  const rows = await renewalsDue(db, [...HEALTH_STAGES], addDays(today, RENEWAL_WINDOW_DAYS));
  let mails = 0;
  let tasks = 0;
  const byOrg = new Map<string, typeof rows>();
  for (const r of rows) byOrg.set(r.e.organizationId, [...(byOrg.get(r.e.organizationId) ?? []), r]);
  for (const [orgId, list] of byOrg) {
    const health = await scoreEngagements(
      systemCtx(database, orgId),
      list.map((r) => r.e),
      today,
    );
    for (const r of list) {
      try {
        const did = await remindOne(database, mailer, { ...r, endsOn: r.endsOn!, health: health.get(r.e.id)! }, today, opts.baseUrl);
        mails += did.mail ? 1 : 0;
        tasks += did.task ? 1 : 0;
      } catch (err) {
        // The transaction rolled back: the next run tries again.
        log.warn(`renewal reminder for engagement ${r.e.id} failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  return { mails, tasks };
}

type Due = { e: EngagementRow; endsOn: string; companyName: string; organizationName: string; health: Health };

async function remindOne(
  database: Database,
  mailer: Mailer,
  d: Due,
  today: string,
  baseUrl?: string,
): Promise<{ mail: boolean; task: boolean }> {
  const { e } = d;
  const milestone = d.health.renewal.milestone;
  return database.db.transaction(async (tx) => {
    const owner = e.ownerId ? await memberToMail(tx, e.organizationId, e.ownerId) : undefined;
    const mark = { engagementId: e.id, endsOn: d.endsOn, sentOn: today };
    // One "Prepare renewal" task per end date.
    let task = false;
    const taskMark = await insertRenewalMark(tx, e.organizationId, { ...mark, milestone: TASK_MARK });
    if (taskMark) {
      const dueOn = [addDays(d.endsOn, -30), today].sort().at(-1)!;
      const t = await insertRenewalTask(tx, e.organizationId, {
        engagementId: e.id,
        title: RENEWAL_TASK_TITLE,
        dueOn,
        assigneeId: owner?.id ?? null,
        kind: "manual",
      });
      await setRenewalMarkTask(tx, e.organizationId, taskMark.id, t.id);
      await insertAudit(tx, e.organizationId, {
        actorId: null,
        actorName: SYSTEM_ACTOR,
        action: "create",
        entityType: "task",
        entityId: t.id,
        summary: `Added task ${RENEWAL_TASK_TITLE} to engagement ${e.title}: the agreement ends on ${d.endsOn}`,
        details: { engagementId: e.id, endsOn: d.endsOn },
      });
      task = true;
    }
    if (milestone === null) return { mail: false, task };
    // At most one reminder a day per engagement, one per milestone of this end date.
    if ((await mailsSentOn(tx, e.organizationId, e.id, today)) > 0) return { mail: false, task };
    const sent = await insertRenewalMark(tx, e.organizationId, { ...mark, milestone });
    if (!sent) return { mail: false, task };
    if (!owner) {
      log.info(`renewal reminder: engagement ${e.id} has no owner to mail (milestone ${milestone})`);
      return { mail: false, task };
    }
    // Sent inside the transaction: a failed send rolls the mark back, so the next run retries.
    await mailer.send(
      composeRenewalMail(
        {
          to: owner,
          engagementTitle: e.title,
          companyName: d.companyName,
          organizationName: d.organizationName,
          engagementId: e.id,
          health: d.health,
        },
        baseUrl,
      ),
    );
    return { mail: true, task };
  });
}

/** The scheduled job: renewal reminders as of now. */
export async function renewalRemindersJob(_data: object, job: JobContext): Promise<void> {
  const r = await sendRenewalReminders(job.database, job.mailer, new Date(), { baseUrl: job.baseUrl });
  if (r.mails || r.tasks) log.info(`renewal reminders: ${r.mails} mail(s), ${r.tasks} task(s)`);
}

defineJob(RENEWAL_REMINDERS_JOB, renewalRemindersJob, { cron: "37 * * * *", budgetSeconds: 9 * 60, retryLimit: 1 });

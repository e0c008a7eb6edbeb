import type { Ctx } from "../../platform/context.js";
import * as tasks from "../engagements/engagements.tasks.js";
import type { StoryChannel } from "../stories/stories.consent.js";
import { addConsent, addUse, withdrawConsent } from "../stories/stories.consents.js";
import * as stories from "../stories/stories.service.js";
import { backdateConsent, backdateStory, backdateUse, engagementTitlesOf } from "./demo.repo.js";
import type { DemoNgo } from "./demo.story.js";

// What a first look at the demo should find beyond the pipeline: survivors' stories with their consents and the
// uses those consents cover (one consent withdrawn, so its use shows flagged), and next steps for the demo user.
// Everything goes through the services, so the consent rules and the task rules hold as in the app.

const DAY = 24 * 60 * 60 * 1000;

interface DemoStory {
  title: string;
  text: string;
  kind: "testimony" | "case";
  consent: { reference: string; channels: StoryChannel[]; fromDaysAgo: number; untilIn: number | null; partner?: string };
  uses: Array<{ engagement: string; channel: StoryChannel; daysAgo: number; note: string }>;
  withdrawnNote?: string;
}

interface DemoTask {
  engagement: string;
  title: string;
  dueIn: number;
  done?: boolean;
}

const STORIES: Record<DemoNgo["key"], DemoStory[]> = {
  ngo1: [
    {
      title: "From the hotline to an apprenticeship",
      kind: "testimony",
      text: "A young woman called our hotline at night after her employer took her passport. Today she is in the second year of an apprenticeship as a baker and wants others to know that help exists.",
      consent: { reference: "TP-2025-014", channels: ["annual_report", "website", "partner_materials"], fromDaysAgo: 200, untilIn: 530 },
      uses: [
        {
          engagement: "Training places and bread for the shelter",
          channel: "partner_materials",
          daysAgo: 90,
          note: "Quoted in the bakery's staff newsletter.",
        },
        { engagement: "Hotline and mobile field team", channel: "annual_report", daysAgo: 60, note: "Annual report, page 12." },
      ],
    },
    {
      title: "Three years on a building site without pay",
      kind: "case",
      text: "A posted worker was paid for three months of three years; the rest was 'kept for the flat'. With the counselling centre's help he claimed his wages in court.",
      consent: { reference: "TP-2024-031", channels: ["press", "social_media"], fromDaysAgo: 400, untilIn: null },
      uses: [{ engagement: "Awareness campaign “Not for sale”", channel: "social_media", daysAgo: 45, note: "Campaign post, anonymised." }],
    },
    {
      title: "The hotel room that was not a job",
      kind: "testimony",
      text: "Recruited as a chambermaid, she was made to work without days off and slept in the storeroom. A receptionist trained by us noticed and called the hotline.",
      consent: {
        reference: "TP-2025-022",
        channels: ["partner_materials"],
        fromDaysAgo: 150,
        untilIn: 200,
        partner: "Staff training on trafficking indicators",
      },
      uses: [
        {
          engagement: "Staff training on trafficking indicators",
          channel: "partner_materials",
          daysAgo: 100,
          note: "Training handout for reception staff.",
        },
      ],
      withdrawnNote: "She asked us to stop using her story; the hotel has been told to withdraw the handout.",
    },
  ],
  ngo2: [
    {
      title: "Coming home to a bakery",
      kind: "testimony",
      text: "Back from two years of forced work abroad, she found a place as an apprentice in a bakery near her family.",
      consent: { reference: "WH-2025-003", channels: ["annual_report", "website", "knowledge_sharing"], fromDaysAgo: 120, untilIn: 245 },
      uses: [{ engagement: "Apprenticeships for returning survivors", channel: "website", daysAgo: 30, note: "Partner page." }],
    },
  ],
};

const TASKS: Record<DemoNgo["key"], DemoTask[]> = {
  ngo1: [
    { engagement: "Hotline and mobile field team", title: "Remind TeleNova of the second instalment", dueIn: 2 },
    { engagement: "Staff training on trafficking indicators", title: "Find a new contact at Rheinblick Hotels", dueIn: -4 },
    { engagement: "Foundation grant for the shelter", title: "Send the budget plan to the foundation", dueIn: 5 },
    { engagement: "Awareness campaign “Not for sale”", title: "Approve the poster texts", dueIn: 9 },
    { engagement: "Training places and bread for the shelter", title: "Introduce the candidates to the bakery", dueIn: -30, done: true },
  ],
  ngo2: [{ engagement: "School prevention programme", title: "Send the annual report to the bank", dueIn: 3 }],
};

/** Seeds one NGO's stories (by its owner, who holds the stories permission) and the owner's tasks. */
export async function addStoriesAndTasks(ngo: DemoNgo, ctxOf: (i: number) => Ctx): Promise<void> {
  const ctx = ctxOf(0);
  const now = Date.now();
  const day = (daysFromNow: number) => new Date(now + daysFromNow * DAY).toISOString().slice(0, 10);
  const rows = await engagementTitlesOf(ctx.db, ctx.orgId);
  const engagementId = (title: string) => {
    const e = rows.find((r) => r.title === title);
    if (!e) throw new Error(`demo: no engagement "${title}"`);
    return e.id;
  };
  for (const s of STORIES[ngo.key]) {
    // The story was recorded, with its consent, before the consent's first day; each use on its own day (audited so).
    const recorded = new Date(now - (s.consent.fromDaysAgo + 7) * DAY);
    const created = await stories.create(
      { ...ctx, at: recorded },
      { title: s.title, text: s.text, kind: s.kind, anonymised: true, personName: null },
    );
    const consent = await addConsent({ ...ctx, at: recorded }, created.id, {
      reference: s.consent.reference,
      channels: s.consent.channels,
      engagementId: s.consent.partner ? engagementId(s.consent.partner) : null,
      companyId: null,
      validFrom: day(-s.consent.fromDaysAgo),
      validUntil: s.consent.untilIn === null ? null : day(s.consent.untilIn),
    });
    for (const u of s.uses) {
      const usedAt = new Date(now - u.daysAgo * DAY);
      const use = await addUse({ ...ctx, at: usedAt }, created.id, {
        engagementId: engagementId(u.engagement),
        channel: u.channel,
        usedOn: day(-u.daysAgo),
        note: u.note,
      });
      await backdateUse(ctx.db, ctx.orgId, use.id, usedAt);
    }
    if (s.withdrawnNote) await withdrawConsent(ctx, consent.id, s.withdrawnNote);
    await backdateStory(ctx.db, ctx.orgId, created.id, recorded);
    await backdateConsent(ctx.db, ctx.orgId, consent.id, recorded);
  }
  for (const t of TASKS[ngo.key]) {
    const task = await tasks.create(ctx, engagementId(t.engagement), { title: t.title, dueOn: day(t.dueIn), assigneeId: ctx.user.id });
    if (t.done) await tasks.update(ctx, task.id, { done: true });
  }
}

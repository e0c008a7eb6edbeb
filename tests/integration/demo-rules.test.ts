import { and, asc, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { member } from "../../src/domains/auth/auth.table.js";
import type { Role } from "../../src/domains/auth/roles.js";
import { seedDemoIfEmpty } from "../../src/domains/demo/demo.seed.js";
import { checkMove, needsScreening, screeningBlock, type EngagementStage } from "../../src/domains/engagements/engagements.rules.js";
import { engagement, engagementStageChange, engagementTask } from "../../src/domains/engagements/engagements.table.js";
import { catalogueVersion } from "../../src/domains/screening/catalogue.table.js";
import { checkDecision } from "../../src/domains/screening/screening.decision.js";
import { computeRisk } from "../../src/domains/screening/screening.risk.js";
import type { AnswerValue } from "../../src/domains/screening/screening.schema.js";
import { screening, screeningAnswer, screeningCondition } from "../../src/domains/screening/screening.table.js";
import { coverage } from "../../src/domains/stories/stories.consent.js";
import { termsOf } from "../../src/domains/stories/stories.repo.js";
import { story, storyConsent, storyUse } from "../../src/domains/stories/stories.table.js";
import { assertCaseStudyClean } from "../../src/domains/knowledge/knowledge.case-study.service.js";
import { knowledgeItem, knowledgeVersion } from "../../src/domains/knowledge/knowledge.table.js";
import { useTestApp } from "../setup/app.js";

// Every record the demo seeds must be one the app itself could have produced: each is checked here with the
// app's own rule functions (the decision rules, the risk computation, the pipeline's moves and screening gate,
// consent coverage), on the day it was made.

const booted = useTestApp();

/** Each rule of time as a query for the records that break it (each row names one in `what`). */
const CHRONOLOGY: Array<[string, SQL]> = [
  ...(
    [
      ["screening", "s.created_at", "s.company_id"],
      ["engagement", "s.created_at", "s.company_id"],
      ["engagement_activity", "least(s.created_at, s.occurred_on::timestamptz)", "s.company_id"],
      ["acknowledgement", "least(s.created_at, s.occurred_on::timestamptz)", "s.company_id"],
      ["employment", "s.created_at", "s.company_id"],
      ["screening_list_entry", "s.created_at", "s.company_id"],
    ] as const
  ).map(([table, at, companyId]): [string, SQL] => [
    `${table} before its company was entered`,
    sql.raw(`select c.name || ' (' || c.created_at::date || ') ← ${table} ' || ${at}::date as what
       from ${table} s join company c on c.id = ${companyId} where ${at} < date_trunc('day', c.created_at)`),
  ]),
  ...(
    [
      ["engagement_stage_change", "s.changed_at"],
      ["agreement", "s.created_at"],
      ["commitment", "s.created_at"],
      ["engagement_risk", "s.created_at"],
      ["engagement_activity", "least(s.created_at, s.occurred_on::timestamptz)"],
      ["acknowledgement", "least(s.created_at, s.occurred_on::timestamptz)"],
      ["check_in", "least(s.created_at, s.occurred_on::timestamptz)"],
      ["engagement_task", "s.created_at"],
      ["engagement_contact", "s.added_at"],
      ["story_use", "s.created_at"],
    ] as const
  ).map(([table, at]): [string, SQL] => [
    `${table} before its partnership`,
    sql.raw(`select e.title || ' (' || e.created_at::date || ') ← ${table} ' || ${at}::date as what
       from ${table} s join engagement e on e.id = s.engagement_id where ${at} < date_trunc('day', e.created_at)`),
  ]),
  [
    "contact on a partnership before the contact was entered",
    sql`select p.name as what from engagement_contact s join contact p on p.id = s.contact_id where s.added_at < p.created_at`,
  ],
  [
    "employment recorded before its contact",
    sql`select p.name as what from employment s join contact p on p.id = s.contact_id where s.created_at < p.created_at`,
  ],
  [
    "screening answered outside its start and decision",
    sql`select s.id::text as what from screening_answer a join screening s on s.id = a.screening_id
        where a.updated_at < s.created_at or a.updated_at > coalesce(s.decided_at, s.updated_at)`,
  ],
  [
    "story consent before its story",
    sql`select c.reference as what from story_consent c join story s on s.id = c.story_id where c.created_at < s.created_at`,
  ],
  [
    "story use before its consent",
    sql`select u.note as what from story_use u join story_consent c on c.id = u.consent_id where u.created_at < c.created_at`,
  ],
  ...["company", "contact", "engagement", "screening", "agreement", "commitment", "engagement_risk", "engagement_task", "story"].flatMap(
    (table): Array<[string, SQL]> => [
      [`${table} changed before it was made`, sql.raw(`select id::text as what from ${table} where updated_at < created_at`)],
      [`${table} made in the future`, sql.raw(`select id::text as what from ${table} where created_at > now()`)],
    ],
  ),
  [
    "the audit trail dates a company's creation otherwise than the company",
    sql`select c.name as what from audit_log a join company c on c.id::text = a.entity_id
        where a.entity_type = 'company' and a.action = 'create' and a.at <> c.created_at`,
  ],
  // Everything the demo does through the services is audited on its own day, not on the day the demo was seeded.
  ...(
    [
      ["screening", "screening"],
      ["story", "story"],
      ["story_consent", "story_consent"],
      ["story_use", "story_use"],
      ["task", "engagement_task"],
    ] as const
  ).map(([entity, table]): [string, SQL] => [
    `the audit trail dates a ${entity}'s creation otherwise than the ${entity}`,
    sql.raw(`select a.entity_id || ' ' || a.at::date || ' ≠ ' || t.created_at::date as what from audit_log a join ${table} t
       on t.id::text = a.entity_id where a.entity_type = '${entity}' and a.action = 'create' and a.at::date <> t.created_at::date`),
  ]),
  [
    "the audit trail changes a screening outside its start and its last change",
    sql`select a.entity_id || ' ' || a.at::date as what from audit_log a join screening s on s.id::text = a.entity_id
        where a.entity_type = 'screening' and (a.at < s.created_at or a.at > s.updated_at)`,
  ],
];
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

describe("the demo obeys the product's rules", () => {
  it("seeds only decisions, stage moves, story uses and tasks the app would accept", async () => {
    const app = booted.get();
    expect(await seedDemoIfEmpty(app.database, app.auth)).not.toBeNull();
    const db = app.database.db;
    const roles = new Map((await db.select().from(member)).map((m) => [`${m.organizationId}:${m.userId}`, m.role as Role]));

    // Screenings: every decision passes checkDecision with its reviewer's role, its answers and its risk, on its day.
    const screenings = await db.select().from(screening);
    const decided = screenings.filter((s) => s.status === "decided");
    expect(decided.length).toBeGreaterThan(15);
    expect(screenings.filter((s) => s.status === "draft").length).toBeGreaterThan(0);
    const versions = new Map((await db.select().from(catalogueVersion)).map((v) => [v.id, v]));
    for (const s of screenings) {
      const version = versions.get(s.catalogueVersionId!)!;
      const answers = await db.select().from(screeningAnswer).where(eq(screeningAnswer.screeningId, s.id));
      const byKey: Record<string, AnswerValue> = Object.fromEntries(answers.map((a) => [a.criterionKey, a.answer]));
      const supplyChainApplies = s.supplyChain.hasSupplyChain || s.decision === "engage_to_reform";
      const risk = computeRisk({ criteria: version.content.criteria, answers: byKey, signals: s.signals, supplyChainApplies });
      expect(s.riskScore, `stored risk of screening ${s.id}`).toBe(risk.score);
      if (s.status !== "decided") continue;
      const conditions = await db
        .select()
        .from(screeningCondition)
        .where(eq(screeningCondition.screeningId, s.id))
        .orderBy(asc(screeningCondition.position));
      const check = () =>
        checkDecision({
          input: {
            decision: s.decision!,
            rationale: s.rationale ?? "",
            conditions: conditions.map((c) => ({ text: c.text, dueOn: c.dueOn })),
            monitoringPlan: s.monitoringPlan,
            rescreenOn: s.rescreenOn ?? undefined,
            override: s.override,
          },
          role: roles.get(`${s.organizationId}:${s.decidedBy}`)!,
          risk,
          criteria: version.content.criteria,
          answers: byKey,
          supplyChainApplies,
          today: dayOf(s.decidedAt!),
        });
      expect(check, `decision of screening ${s.id}`).not.toThrow();
      expect(s.rationale).toBeTruthy();
      expect((s.riskSummary as { level?: string } | null)?.level).toBe(risk.level);
    }
    // The network's default criteria are published and the NGOs' catalogues build on them.
    const network = [...versions.values()].filter((v) => v.networkId && v.status === "published");
    expect(network).toHaveLength(1);
    for (const s of decided) expect(versions.get(s.catalogueVersionId!)!.baseVersionId).toBe(network[0].id);

    // Engagements: every stage move allowed, every gate passed with the decision the company had at that moment.
    const engagements = await db.select().from(engagement);
    expect(engagements.length).toBeGreaterThan(40);
    for (const e of engagements) {
      const moves = await db
        .select()
        .from(engagementStageChange)
        .where(eq(engagementStageChange.engagementId, e.id))
        .orderBy(asc(engagementStageChange.changedAt), asc(engagementStageChange.id));
      expect(moves[0].fromStage, e.title).toBeNull();
      let at: EngagementStage = moves[0].toStage;
      let endedFrom: EngagementStage | null = null;
      for (const m of moves.slice(1)) {
        expect(m.fromStage, e.title).toBe(at);
        expect(checkMove(at, m.toStage, endedFrom).ok, `${e.title}: ${at} → ${m.toStage}`).toBe(true);
        if (needsScreening(m.toStage)) {
          const then = screenings
            .filter((s) => s.companyId === e.companyId && s.status === "decided" && s.decidedAt! <= m.changedAt)
            .sort((a, b) => b.decidedAt!.getTime() - a.decidedAt!.getTime())[0];
          expect(screeningBlock(then?.decision) === null || !!m.overrideReason, `${e.title}: gate to ${m.toStage}`).toBe(true);
          expect(m.screeningDecision).toBe(then?.decision);
        }
        if (m.toStage === "ended") expect(m.endedReason, e.title).toBeTruthy();
        endedFrom = m.toStage === "ended" ? at : null;
        at = m.toStage;
      }
      expect(e.stage, e.title).toBe(at);
      if (e.screeningId)
        expect(screenings.find((s) => s.id === e.screeningId)).toMatchObject({ companyId: e.companyId, status: "decided" });
    }

    // Stories: each use was covered by a consent on the day it was recorded; the withdrawn one leaves its use flagged.
    const stories = await db.select().from(story);
    expect(stories.length).toBeGreaterThanOrEqual(3);
    const consents = await db.select().from(storyConsent);
    const uses = await db.select().from(storyUse);
    expect(uses.length).toBeGreaterThanOrEqual(4);
    for (const u of uses) {
      const own = consents
        .filter((c) => c.storyId === u.storyId)
        .map((c) => ({ ...termsOf(c), withdrawn: c.withdrawnAt !== null && c.withdrawnAt <= u.createdAt }));
      const recorded = dayOf(u.createdAt);
      const cover = coverage(own, { channel: u.channel, usedOn: u.usedOn, engagementId: u.engagementId, companyId: u.companyId }, recorded);
      expect(cover, `use of story ${u.storyId}`).toEqual({ consentId: u.consentId });
    }
    expect(consents.filter((c) => c.withdrawnAt).length).toBe(1);

    // Tasks: the demo user has next steps, each assigned to a member of the engagement's organisation.
    const tasks = await db.select().from(engagementTask);
    const [demoUser] = await db
      .select({ userId: member.userId })
      .from(member)
      .where(and(eq(member.role, "owner"), eq(member.organizationId, tasks[0].organizationId)));
    expect(tasks.filter((t) => t.assigneeId === demoUser.userId && !t.done).length).toBeGreaterThanOrEqual(3);
    for (const t of tasks) expect(roles.has(`${t.organizationId}:${t.assigneeId}`), t.title).toBe(true);

    // Knowledge: each NGO has items of its own — a private lesson, and a case study written from one of its
    // partnerships, shared with the network, approved by an owner or admin, and passing the confidentiality check
    // the app makes at approval (no confidential part in it that was not included, a quoted story under consent).
    const items = await db.select().from(knowledgeItem).where(isNotNull(knowledgeItem.organizationId));
    const orgs = [...new Set([...roles.keys()].map((k) => k.split(":")[0]))];
    for (const orgId of orgs) {
      const own = items.filter((k) => k.organizationId === orgId);
      expect(
        own.some((k) => k.kind === "lesson" && k.scope === "private"),
        `a lesson of ${orgId}`,
      ).toBe(true);
      const cases = own.filter((k) => k.kind === "case_study" && k.status === "published" && k.scope === "network" && k.engagementId);
      expect(cases.length, `a shared case study of ${orgId}`).toBeGreaterThan(0);
      const [owner] = await db
        .select({ userId: member.userId })
        .from(member)
        .where(and(eq(member.organizationId, orgId), eq(member.role, "owner")));
      for (const k of cases) {
        const [approval] = await db
          .select()
          .from(knowledgeVersion)
          .where(and(eq(knowledgeVersion.itemId, k.id), eq(knowledgeVersion.version, 2)));
        expect(["owner", "admin"], `approver of ${k.title}`).toContain(roles.get(`${orgId}:${approval.editedBy}`));
        const ctx = { db, database: app.database, orgId, role: "owner" as const, user: { id: owner.userId, name: "", email: "" } };
        await expect(assertCaseStudyClean(ctx, k, k)).resolves.toBeUndefined();
      }
    }

    // Dates: nothing exists before what it belongs to (a company is in the register before anyone screens it or
    // engages it; a partnership exists before its stage moves, agreement, promises, risks, activities, check-ins,
    // thanks and tasks), no record is changed before it was made, and nothing is dated in the future.
    const wrong: string[] = [];
    for (const [rule, query] of CHRONOLOGY) {
      const { rows } = (await db.execute(query)) as unknown as { rows: Array<{ what: string }> };
      for (const r of rows.slice(0, 5)) wrong.push(`${rule}: ${r.what}`);
      if (rows.length > 5) wrong.push(`${rule}: … and ${rows.length - 5} more`);
    }
    expect(wrong).toEqual([]);
  }, 240_000);
});

import type { Db } from "../../platform/db.js";
import { DEFAULT_MODES, type EngagementStage } from "../engagements/engagements.rules.js";
import { insertModes } from "../engagements/engagements.modes.repo.js";
import { ensureCatalogue } from "../risks/risks.catalogue.js";
import { catalogueItems } from "../risks/risks.repo.js";
import type { Ctx } from "../../platform/context.js";
import { screenCompany } from "./demo.screenings.seed.js";
import { planEngagements, type PlannedEngagement } from "./demo.engagements.js";
import type { Register } from "./demo.generate.js";
import { insertPipeline, type PipelineRows } from "./demo.repo.js";
import type { DemoNgo } from "./demo.story.js";

// Writes the planned demo pipeline (demo.engagements.ts) of one NGO: engagements with their stage history,
// screening decisions where the gate needs one, agreements, commitments, risks, a few activities (the last
// contact with each running partner) and public acknowledgements.

const DAY = 24 * 60 * 60 * 1000;
const LINE: EngagementStage[] = [
  "identified",
  "researching",
  "screening",
  "approaching",
  "negotiating",
  "agreed",
  "active",
  "reviewing",
  "renewed",
];
const AGREED = new Set<EngagementStage>(["agreed", "active", "reviewing", "renewed"]);
const CURRENCY: Record<DemoNgo["key"], string> = { ngo1: "EUR", ngo2: "PLN" };
const EXTRA: Record<DemoNgo["key"], number> = { ngo1: 26, ngo2: 6 };

/** The planned pipeline of one NGO on its generated register. */
export function demoPlans(ngo: DemoNgo, reg: Register): PlannedEngagement[] {
  return planEngagements(ngo, reg.companies, EXTRA[ngo.key]);
}

export interface SeedRefs {
  plans: PlannedEngagement[];
  now: number;
  users: Array<{ id: string; name: string }>;
  companyIds: string[];
  contactIds: string[];
  reg: Register;
  /** A request context of the NGO's i-th user (with their role), on the seeding transaction. */
  ctxOf: (i: number) => Ctx;
}

/** The stages an engagement passed through, in order, ending in its current stage. */
function path(p: PlannedEngagement): EngagementStage[] {
  const last = p.stage === "ended" ? (p.endedFrom ?? "identified") : p.stage;
  const line = LINE.slice(0, LINE.indexOf(last) + 1);
  return p.stage === "ended" ? [...line, "ended"] : line;
}

/** Seeds one NGO's demo pipeline; returns the number of engagements. */
export async function addEngagements(db: Db, ngo: DemoNgo, orgId: string, refs: SeedRefs): Promise<number> {
  const { now, users, companyIds, contactIds, reg, plans } = refs;
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);
  const day = (daysAgo: number) => at(daysAgo).toISOString().slice(0, 10);
  const admin = (i: number) => ngo.users[i]?.role === "owner" || ngo.users[i]?.role === "admin";

  await insertModes(
    db,
    orgId,
    DEFAULT_MODES.map((m, i) => ({ key: m.key, label: m.label, position: i * 10 })),
  );
  await ensureCatalogue(db, orgId);
  const catalogue = new Map((await catalogueItems(db, orgId)).map((i) => [i.key, i]));

  const screened = new Map<string, string>();
  const rows: PipelineRows = {
    engagements: [],
    stages: [],
    contacts: [],
    agreements: [],
    commitments: [],
    risks: [],
    mitigations: [],
    activities: [],
    acknowledgements: [],
  };

  for (const p of plans) {
    const id = crypto.randomUUID();
    const companyId = companyIds[p.company];
    const owner = users[p.owner] ?? users[0];
    const jobs = reg.employments.filter((e) => e.company === p.company);
    const current = jobs.filter((e) => e.endedDaysAgo === null);
    const people = (current.length ? current : jobs).slice(0, 2);
    const steps = path(p);
    // Stage changes spread evenly from creation to the last move.
    const when = (k: number) =>
      steps.length === 1 ? p.createdDaysAgo : Math.round(p.createdDaysAgo - ((p.createdDaysAgo - p.stageDaysAgo) * k) / (steps.length - 1));

    let screeningId: string | null = null;
    if (p.decision) {
      if (!screened.has(companyId)) {
        // The reviewer decides while the engagement is in "screening", before it moves on to "approaching".
        const decidedDaysAgo = when(Math.max(0, steps.indexOf("approaching") - 1));
        const decider = p.decision === "engage_to_reform" && !admin(p.owner) ? 0 : p.owner;
        screened.set(companyId, await screenCompany({ ctx: refs.ctxOf(decider), companyId, decision: p.decision, decidedDaysAgo, now }));
      }
      screeningId = screened.get(companyId)!;
    } else if (p.stage === "screening" && !screened.has(companyId)) {
      // A screening in progress: half of the criteria answered.
      screened.set(
        companyId,
        await screenCompany({ ctx: refs.ctxOf(p.owner), companyId, decision: null, decidedDaysAgo: p.stageDaysAgo, now }),
      );
    }

    // Published reports: partners thanked in public are named; gifts of money stay confidential; the rest anonymous.
    const publication =
      p.acknowledgedDaysAgo !== undefined ? "public" : p.modes.includes("financial_donation") ? "confidential" : "anonymous";
    rows.engagements.push({
      id,
      organizationId: orgId,
      companyId,
      title: p.title,
      modes: p.modes,
      initiatedBy: p.initiatedBy,
      goals: p.goals,
      publication,
      moneyAmount: p.money,
      inKindValue: p.inKind,
      inKindDescription: p.inKindDescription,
      currency: p.money || p.inKind ? CURRENCY[ngo.key] : null,
      ownerId: owner.id,
      team: [owner.id],
      screeningId,
      stage: p.stage,
      stageChangedAt: at(p.stageDaysAgo),
      endedReason: p.endedReason ?? null,
      createdBy: owner.id,
      updatedBy: owner.id,
      createdAt: at(p.createdDaysAgo),
      updatedAt: at(Math.min(p.stageDaysAgo, 20)),
    });
    for (const [k, to] of steps.entries())
      rows.stages.push({
        organizationId: orgId,
        engagementId: id,
        fromStage: k === 0 ? null : steps[k - 1],
        toStage: to,
        changedBy: owner.id,
        changedAt: at(when(k)),
        endedReason: to === "ended" ? (p.endedReason ?? null) : null,
        screeningDecision: LINE.indexOf(to) >= LINE.indexOf("approaching") || to === "ended" ? p.decision : null,
      });
    for (const e of people)
      rows.contacts.push({ engagementId: id, contactId: contactIds[e.contact], organizationId: orgId, addedAt: at(p.createdDaysAgo) });

    const agreedStep = steps.indexOf("agreed");
    if (AGREED.has(p.stage) || (p.stage === "ended" && agreedStep >= 0)) {
      const startsDaysAgo = when(agreedStep);
      rows.agreements.push({
        organizationId: orgId,
        engagementId: id,
        kind: p.money && p.money >= 20000 ? "contract" : "mou",
        goals: p.goals,
        startsOn: day(startsDaysAgo),
        endsOn: day(startsDaysAgo - 365),
        ngoSignedOn: day(startsDaysAgo + 2),
        companySignedOn: day(startsDaysAgo),
        clearedForPublication: publication === "public",
        createdBy: owner.id,
        updatedBy: owner.id,
        createdAt: at(Math.min(startsDaysAgo + 10, p.createdDaysAgo)),
        updatedAt: at(startsDaysAgo),
      });
    }
    for (const cm of p.commitments) {
      const person = cm.party === "company" ? people[0] : undefined;
      const left = person && person.endedDaysAgo !== null ? day(person.endedDaysAgo) : null;
      rows.commitments.push({
        organizationId: orgId,
        engagementId: id,
        party: cm.party,
        userId: cm.party === "ngo" ? owner.id : null,
        contactId: person ? contactIds[person.contact] : null,
        description: cm.what,
        dueOn: day(-cm.dueIn),
        status: cm.status,
        doneAt: cm.status === "done" ? at(Math.max(1, -cm.dueIn + 2)) : null,
        contactLeftOn: cm.status === "open" ? left : null,
        createdBy: owner.id,
        updatedBy: owner.id,
        createdAt: at(Math.min(Math.max(p.stageDaysAgo, -cm.dueIn + 30), p.createdDaysAgo)),
      });
    }
    for (const rk of p.risks) {
      const item = catalogue.get(rk.key);
      const riskId = crypto.randomUUID();
      rows.risks.push({
        id: riskId,
        organizationId: orgId,
        engagementId: id,
        catalogueItemId: item?.id ?? null,
        title: item?.title ?? rk.key,
        description: item?.description ?? null,
        likelihood: rk.likelihood,
        impact: rk.impact,
        residualLikelihood: rk.residual?.[0] ?? null,
        residualImpact: rk.residual?.[1] ?? null,
        status: p.stage === "ended" ? "closed" : "open",
        closedAt: p.stage === "ended" ? at(p.stageDaysAgo) : null,
        createdBy: owner.id,
        updatedBy: owner.id,
        createdAt: at(Math.max(1, p.createdDaysAgo - 5)),
      });
      if (rk.residual && item?.suggestedMitigation)
        rows.mitigations.push({
          organizationId: orgId,
          riskId,
          action: item.suggestedMitigation,
          ownerId: owner.id,
          reviewOn: day(-30),
          position: 0,
        });
    }
    rows.activities.push({
      organizationId: orgId,
      companyId,
      engagementId: id,
      kind: "note",
      occurredOn: day(p.createdDaysAgo),
      summary: `Added ${p.title.toLowerCase()} to the pipeline.`,
      createdBy: owner.id,
      updatedBy: owner.id,
      createdAt: at(p.createdDaysAgo),
    });
    if (p.lastContactDaysAgo !== undefined) {
      const d = Math.min(p.lastContactDaysAgo, p.createdDaysAgo);
      rows.activities.push({
        organizationId: orgId,
        companyId,
        engagementId: id,
        kind: d % 3 === 0 ? "meeting" : d % 3 === 1 ? "call" : "email",
        occurredOn: day(d),
        summary: "Caught up on progress and the next steps of the partnership.",
        createdBy: owner.id,
        updatedBy: owner.id,
        createdAt: at(d),
      });
    }
    if (p.acknowledgedDaysAgo !== undefined) {
      const d = Math.min(p.acknowledgedDaysAgo, p.createdDaysAgo);
      rows.acknowledgements.push({
        organizationId: orgId,
        companyId,
        engagementId: id,
        channel: d > 150 ? "annual_report" : "website",
        occurredOn: day(d),
        title: d > 150 ? "Thanked in our annual report" : "Partner portrait on our website",
        createdBy: owner.id,
        updatedBy: owner.id,
        createdAt: at(d),
      });
    }
    if (steps.length > 2) {
      rows.activities.push({
        organizationId: orgId,
        companyId,
        engagementId: id,
        kind: "meeting",
        occurredOn: day(Math.max(p.stageDaysAgo, 1)),
        summary: "Met to discuss goals, responsibilities and next steps.",
        createdBy: owner.id,
        updatedBy: owner.id,
        createdAt: at(Math.max(p.stageDaysAgo, 1)),
      });
    }
  }

  // Parents before children (the screenings, made above through the service, before the engagements that point at them).
  await insertPipeline(db, rows);
  return plans.length;
}

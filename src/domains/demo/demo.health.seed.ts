import type { Db } from "../../platform/db.js";
import { engagementsByTitle, insertAcknowledgement, insertActivity, insertIndicatorsWithCheckIn } from "./demo.repo.js";
import type { DemoNgo } from "./demo.story.js";

// What partnership health reads beyond the pipeline (demo.engagements.seed.ts): recent contact, public
// acknowledgements, indicators with check-in values, for some of the brief's stories. Together with the
// pipeline's overdue promises, high risks, departed contacts and end dates, the health list shows every
// outlook (TeleNova's hotline partnership is the healthy example; the hotel partner whose contact left is
// unlikely to continue). Days are relative to the seeding day.

interface Signals {
  title: string;
  contacts?: Array<{ kind: "meeting" | "call" | "email"; daysAgo: number; summary: string }>;
  acknowledgements?: Array<{ channel: "annual_report" | "website" | "social_media" | "event" | "press"; daysAgo: number; title: string }>;
  indicators?: Array<{ name: string; unit: string; baseline: number; target: number; value: number }>;
  checkInDaysAgo?: number;
}

const SIGNALS: Record<DemoNgo["key"], Signals[]> = {
  ngo1: [
    {
      title: "Hotline and mobile field team",
      contacts: [{ kind: "call", daysAgo: 12, summary: "Call with the CSR lead: the second instalment is approved, transfer next week." }],
      acknowledgements: [
        { channel: "annual_report", daysAgo: 60, title: "Annual report: thanks to TeleNova for the hotline and the field team" },
      ],
      indicators: [
        { name: "Field-team vehicle bought", unit: "vehicles", baseline: 0, target: 1, value: 1 },
        { name: "Trainings held for psychotherapists", unit: "trainings", baseline: 0, target: 2, value: 2 },
        { name: "Psychotherapists in the national network", unit: "people", baseline: 0, target: 40, value: 31 },
      ],
      checkInDaysAgo: 20,
    },
    {
      title: "Free medical care for survivors",
      contacts: [{ kind: "meeting", daysAgo: 18, summary: "Renewal meeting with the clinic's director: they want to continue." }],
      acknowledgements: [{ channel: "website", daysAgo: 150, title: "Partner page: Klinik St. Brigitta" }],
      indicators: [{ name: "Patients examined", unit: "patients", baseline: 0, target: 40, value: 11 }],
      checkInDaysAgo: 10,
    },
    {
      title: "Training places and bread for the shelter",
      acknowledgements: [{ channel: "event", daysAgo: 300, title: "Thanks at the summer fair" }],
      indicators: [{ name: "Apprentices placed", unit: "people", baseline: 0, target: 2, value: 1 }],
      checkInDaysAgo: 95,
    },
    {
      title: "Website and hotline hosting",
      contacts: [{ kind: "email", daysAgo: 30, summary: "Asked whether the hosting continues after the agreement's end." }],
    },
  ],
  ngo2: [
    {
      title: "School prevention programme",
      contacts: [{ kind: "call", daysAgo: 9, summary: "Agreed the schools for the next term." }],
      acknowledgements: [{ channel: "press", daysAgo: 100, title: "Press release on the prevention programme" }],
    },
  ],
};

/** Adds contact, acknowledgements and indicator values to some of the NGO's seeded engagements. */
export async function addHealthSignals(db: Db, ngo: DemoNgo, orgId: string, refs: { now: number; userId: string }): Promise<void> {
  const plans = SIGNALS[ngo.key];
  const day = (daysAgo: number) => new Date(refs.now - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const rows = await engagementsByTitle(
    db,
    orgId,
    plans.map((p) => p.title),
  );
  const by = { createdBy: refs.userId };
  for (const p of plans) {
    const e = rows.find((r) => r.title === p.title);
    if (!e) continue;
    for (const c of p.contacts ?? []) {
      await insertActivity(db, orgId, {
        companyId: e.companyId,
        engagementId: e.id,
        kind: c.kind,
        occurredOn: day(c.daysAgo),
        summary: c.summary,
        ...by,
        updatedBy: refs.userId,
      });
    }
    for (const a of p.acknowledgements ?? []) {
      await insertAcknowledgement(db, orgId, {
        companyId: e.companyId,
        engagementId: e.id,
        channel: a.channel,
        occurredOn: day(a.daysAgo),
        title: a.title,
        ...by,
        updatedBy: refs.userId,
      });
    }
    if (!p.indicators?.length || !e.agreementId) continue;
    await insertIndicatorsWithCheckIn(
      db,
      orgId,
      p.indicators.map((x, i) => ({
        agreementId: e.agreementId!,
        engagementId: e.id,
        name: x.name,
        unit: x.unit,
        baseline: x.baseline,
        target: x.target,
        position: i * 10,
      })),
      { engagementId: e.id, occurredOn: day(p.checkInDaysAgo ?? 30), notes: "Progress reviewed with the partner.", ...by },
      p.indicators.map((x) => x.value),
    );
  }
}

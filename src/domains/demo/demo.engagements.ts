import type { EngagementStage } from "../engagements/engagements.rules.js";
import type { ScreeningDecision } from "../screening/decisions.js";
import type { GenCompany } from "./demo.generate.js";
import { Random } from "./demo.random.js";
import type { DemoNgo } from "./demo.story.js";

// The demo's partnership pipeline, planned deterministically (pure: no database, no clock): the stories
// from the brief on the named companies (the mobile operator's hotline, the bakery's training places,
// the hotel partner whose contact left, the temp agency under review) plus a spread of ordinary
// engagements, so the board, the dashboard's charts and the risk matrix all have realistic content.
// Days are relative to the seeding day: a negative `dueIn` is in the past (an overdue promise if still open).

export interface PlannedCommitment {
  party: "ngo" | "company";
  what: string;
  dueIn: number;
  status: "open" | "done" | "missed";
}

export interface PlannedRisk {
  key: string;
  likelihood: number;
  impact: number;
  residual?: [number, number];
}

export interface PlannedEngagement {
  /** Index into the NGO's generated register. */
  company: number;
  title: string;
  modes: string[];
  stage: EngagementStage;
  /** For an ended engagement: the stage it was ended from. */
  endedFrom?: EngagementStage;
  endedReason?: string;
  initiatedBy: "ngo" | "business";
  goals: string | null;
  money: number | null;
  inKind: number | null;
  inKindDescription: string | null;
  /** Index into the NGO's users. */
  owner: number;
  createdDaysAgo: number;
  stageDaysAgo: number;
  decision: ScreeningDecision | null;
  commitments: PlannedCommitment[];
  risks: PlannedRisk[];
  /** The last call, meeting or e-mail with the company (partnership health measures contact cadence). */
  lastContactDaysAgo?: number;
  /** When the NGO last thanked the partner in public (annual report, website). */
  acknowledgedDaysAgo?: number;
}

type Story = Omit<
  PlannedEngagement,
  "company" | "owner" | "money" | "inKind" | "inKindDescription" | "goals" | "endedFrom" | "endedReason" | "initiatedBy"
> &
  Partial<Pick<PlannedEngagement, "money" | "inKind" | "inKindDescription" | "goals" | "endedFrom" | "endedReason" | "initiatedBy">> & {
    core: string;
  };

const c = (
  party: PlannedCommitment["party"],
  what: string,
  dueIn: number,
  status: PlannedCommitment["status"] = "open",
): PlannedCommitment => ({ party, what, dueIn, status });

const STORIES: Record<DemoNgo["key"], Story[]> = {
  ngo1: [
    {
      core: "TeleNova Mobilfunk",
      title: "Hotline and mobile field team",
      modes: ["financial_donation", "in_kind_donation", "joint_project"],
      stage: "active",
      initiatedBy: "business",
      goals: "Strengthen the 24-hour hotline and the mobile field team; build a national network of trained psychotherapists.",
      money: 60000,
      inKind: 25000,
      inKindDescription: "SMS donation line, phones and data plans for the field team",
      createdDaysAgo: 420,
      stageDaysAgo: 240,
      decision: "approved",
      lastContactDaysAgo: 12,
      acknowledgedDaysAgo: 120,
      commitments: [
        c("company", "Transfer the second instalment of the grant", -21),
        c("ngo", "Send the half-year impact report", 14),
        c("company", "Switch on the SMS donation line", -150, "done"),
        c("ngo", "Hold the first psychotherapists' training", -60, "done"),
      ],
      risks: [
        { key: "pr_over_change", likelihood: 3, impact: 3, residual: [2, 3] },
        { key: "exposure", likelihood: 2, impact: 5 },
        { key: "funder_dependence", likelihood: 4, impact: 4 },
      ],
    },
    {
      core: "Großbäckerei Schönfeld",
      title: "Training places and bread for the shelter",
      modes: ["employment_reintegration", "in_kind_donation"],
      stage: "active",
      initiatedBy: "business",
      goals: "Two apprenticeship places a year for survivors; daily bread for the shelter.",
      inKind: 8000,
      inKindDescription: "Daily bread and pastries for the shelter",
      createdDaysAgo: 380,
      stageDaysAgo: 200,
      decision: "approved",
      lastContactDaysAgo: 26,
      acknowledgedDaysAgo: 200,
      commitments: [
        c("company", "Offer two apprenticeship places for September", -40),
        c("ngo", "Introduce two candidates with their consent", -70, "done"),
        c("ngo", "Mentor the apprentices monthly", 25),
      ],
      risks: [
        { key: "story_misuse", likelihood: 3, impact: 5 },
        { key: "exposure", likelihood: 3, impact: 4, residual: [2, 4] },
      ],
    },
    {
      core: "Rheinblick Hotels",
      title: "Staff training on trafficking indicators",
      modes: ["business_practice"],
      stage: "reviewing",
      initiatedBy: "ngo",
      goals: "Train reception and housekeeping staff in all hotels to recognise and report signs of trafficking.",
      money: 3000,
      createdDaysAgo: 520,
      stageDaysAgo: 75,
      decision: "approved",
      lastContactDaysAgo: 96,
      commitments: [
        c("company", "Train the reception staff of all three hotels", -55),
        c("ngo", "Send the refresher training material", -9),
        c("company", "Put up the hotline poster in staff rooms", -200, "done"),
      ],
      risks: [
        { key: "contact_turnover", likelihood: 4, impact: 4 },
        { key: "value_gap", likelihood: 2, impact: 3 },
      ],
    },
    {
      core: "Klinik St. Brigitta",
      title: "Free medical care for survivors",
      modes: ["in_kind_donation"],
      stage: "renewed",
      initiatedBy: "ngo",
      goals: "Medical examinations and treatment for survivors without health insurance.",
      inKind: 18000,
      inKindDescription: "Examinations and treatment, about 40 patients a year",
      createdDaysAgo: 700,
      stageDaysAgo: 30,
      decision: "approved",
      lastContactDaysAgo: 20,
      acknowledgedDaysAgo: 60,
      commitments: [c("company", "Name a contact doctor for urgent cases", -300, "done"), c("ngo", "Yearly review meeting", 330)],
      risks: [{ key: "exposure", likelihood: 2, impact: 5, residual: [1, 5] }],
    },
    {
      core: "Nordlicht Medien",
      title: "Awareness campaign “Not for sale”",
      modes: ["joint_project", "in_kind_donation"],
      stage: "active",
      initiatedBy: "ngo",
      goals: "A poster and radio campaign in three cities telling workers where to find help.",
      inKind: 30000,
      inKindDescription: "Air time and print space",
      createdDaysAgo: 260,
      stageDaysAgo: 90,
      decision: "approved",
      lastContactDaysAgo: 8,
      commitments: [c("ngo", "Approve the campaign texts", -5), c("company", "Publish the posters in Hamburg, Berlin and Leipzig", 20)],
      risks: [
        { key: "pr_over_change", likelihood: 4, impact: 4 },
        { key: "story_misuse", likelihood: 2, impact: 5, residual: [1, 5] },
      ],
    },
    {
      core: "Cloudwerk IT",
      title: "Website and hotline hosting",
      modes: ["in_kind_donation"],
      stage: "active",
      initiatedBy: "business",
      goals: "Host the website and the hotline's call system free of charge.",
      inKind: 6000,
      inKindDescription: "Hosting and support",
      createdDaysAgo: 900,
      stageDaysAgo: 500,
      decision: "approved",
      lastContactDaysAgo: 40,
      acknowledgedDaysAgo: 300,
      commitments: [c("company", "Migrate the hotline system to the new server", -120, "done"), c("company", "Test the backups", 40)],
      risks: [{ key: "funder_dependence", likelihood: 2, impact: 4 }],
    },
    {
      core: "Banca Solidale del Nord",
      title: "Foundation grant for the shelter",
      modes: ["financial_donation"],
      stage: "agreed",
      initiatedBy: "ngo",
      goals: "Two years of funding for four shelter places.",
      money: 40000,
      createdDaysAgo: 200,
      stageDaysAgo: 12,
      decision: "approved_with_conditions",
      lastContactDaysAgo: 6,
      commitments: [c("company", "Pay the first tranche", 30), c("ngo", "Send the budget plan", -3)],
      risks: [{ key: "reputational_spillover", likelihood: 2, impact: 4 }],
    },
    {
      core: "Müller Gebäudereinigung",
      title: "Subcontractor code of conduct",
      modes: ["business_practice"],
      stage: "negotiating",
      initiatedBy: "ngo",
      goals: "A code of conduct for all subcontractors, with unannounced checks.",
      createdDaysAgo: 150,
      stageDaysAgo: 20,
      decision: "engage_to_reform",
      commitments: [],
      risks: [
        { key: "reputational_spillover", likelihood: 3, impact: 5 },
        { key: "pr_over_change", likelihood: 3, impact: 4 },
      ],
    },
    {
      core: "Özdemir & Partner Zeitarbeit",
      title: "Fair recruitment review",
      modes: ["business_practice"],
      stage: "screening",
      initiatedBy: "business",
      goals: null,
      createdDaysAgo: 45,
      stageDaysAgo: 30,
      decision: null,
      commitments: [],
      risks: [{ key: "reputational_spillover", likelihood: 4, impact: 5 }],
    },
    {
      core: "Bergmann Bau",
      title: "Posted workers' rights on building sites",
      modes: ["business_practice", "joint_project"],
      stage: "approaching",
      initiatedBy: "ngo",
      goals: null,
      createdDaysAgo: 110,
      stageDaysAgo: 25,
      decision: "approved_with_conditions",
      commitments: [],
      risks: [{ key: "value_gap", likelihood: 3, impact: 4 }],
    },
    {
      core: "Société Hôtelière du Lac",
      title: "Code of conduct against exploitation in tourism",
      modes: ["business_practice"],
      stage: "researching",
      goals: null,
      createdDaysAgo: 60,
      stageDaysAgo: 40,
      decision: null,
      commitments: [],
      risks: [],
    },
    {
      core: "Gemüsehof Kühne",
      title: "Information sessions for seasonal workers",
      modes: ["joint_project"],
      stage: "screening",
      goals: null,
      createdDaysAgo: 35,
      stageDaysAgo: 10,
      decision: null,
      commitments: [],
      risks: [{ key: "exposure", likelihood: 3, impact: 3 }],
    },
    {
      core: "Łódzkie Centrum Logistyczne",
      title: "Agency workers' conditions in the warehouse",
      modes: ["business_practice"],
      stage: "identified",
      goals: null,
      createdDaysAgo: 14,
      stageDaysAgo: 14,
      decision: null,
      commitments: [],
      risks: [],
    },
    {
      core: "Česká Textilní Dílna",
      title: "Workwear supply chain check",
      modes: ["business_practice"],
      stage: "identified",
      goals: null,
      createdDaysAgo: 8,
      stageDaysAgo: 8,
      decision: null,
      commitments: [],
      risks: [],
    },
    {
      core: "Hôtel Beau-Séjour Genève",
      title: "Conference venue for the network meeting",
      modes: ["in_kind_donation"],
      stage: "ended",
      endedFrom: "active",
      endedReason: "One-off donation: the venue was provided as agreed.",
      inKind: 4500,
      inKindDescription: "Conference rooms and catering for two days",
      initiatedBy: "business",
      createdDaysAgo: 330,
      stageDaysAgo: 180,
      decision: "approved",
      commitments: [c("company", "Provide two conference rooms and catering", -190, "done")],
      risks: [],
    },
  ],
  ngo2: [
    {
      core: "Piekarnia Złoty Kłos",
      title: "Apprenticeships for returning survivors",
      modes: ["employment_reintegration"],
      stage: "active",
      initiatedBy: "business",
      goals: "Three apprenticeships a year for young women returning from exploitation abroad.",
      inKind: 15000,
      inKindDescription: "Paid apprenticeship places",
      createdDaysAgo: 400,
      stageDaysAgo: 220,
      decision: "approved",
      lastContactDaysAgo: 15,
      acknowledgedDaysAgo: 90,
      commitments: [c("company", "Confirm the autumn apprenticeship places", -18), c("ngo", "Prepare the candidates", 10)],
      risks: [{ key: "story_misuse", likelihood: 3, impact: 5 }],
    },
    {
      core: "Bank Jantar",
      title: "School prevention programme",
      modes: ["financial_donation"],
      stage: "active",
      initiatedBy: "ngo",
      goals: "Prevention lessons in 40 schools a year.",
      money: 80000,
      createdDaysAgo: 500,
      stageDaysAgo: 300,
      decision: "approved",
      lastContactDaysAgo: 30,
      acknowledgedDaysAgo: 150,
      commitments: [c("ngo", "Annual report to the bank", -12), c("company", "Transfer this year's grant", -100, "done")],
      risks: [{ key: "funder_dependence", likelihood: 4, impact: 4, residual: [3, 4] }],
    },
    {
      core: "Agencja Pracy Horyzont",
      title: "Review of job advertisements",
      modes: ["business_practice"],
      stage: "screening",
      goals: null,
      createdDaysAgo: 40,
      stageDaysAgo: 20,
      decision: null,
      commitments: [],
      risks: [{ key: "reputational_spillover", likelihood: 5, impact: 4 }],
    },
    {
      core: "Wiśniewski Transport",
      title: "Drivers spotting trafficking on the road",
      modes: ["joint_project"],
      stage: "approaching",
      goals: null,
      createdDaysAgo: 90,
      stageDaysAgo: 15,
      decision: "approved",
      commitments: [],
      risks: [],
    },
    {
      core: "Hoteluri Carpați Brașov",
      title: "Fair recruitment of seasonal staff",
      modes: ["business_practice"],
      stage: "negotiating",
      goals: null,
      createdDaysAgo: 120,
      stageDaysAgo: 30,
      decision: "engage_to_reform",
      commitments: [],
      risks: [{ key: "reputational_spillover", likelihood: 4, impact: 4 }],
    },
  ],
};

const TITLES: Record<string, string[]> = {
  in_kind_donation: [
    "Hygiene supplies for the shelter",
    "Venue for the annual conference",
    "Transport to survivors' appointments",
    "Print space for the hotline number",
    "Food supplies for the shelter",
  ],
  financial_donation: [
    "Corporate gift budget for the hotline",
    "Sponsorship of the counselling centre",
    "Charity run sponsorship",
    "Christmas donation campaign",
  ],
  employment_reintegration: ["Work placements for survivors", "Vocational training places", "Protected jobs in logistics"],
  joint_project: ["Awareness campaign in stores", "School prevention day", "Awareness training for drivers"],
  business_practice: ["Supplier code of conduct", "Fair recruitment audit", "Staff training on trafficking indicators"],
  business_expertise: ["Pro bono marketing advice", "Mentoring on long-term planning", "Results-based management workshop"],
};
const MODE_WEIGHTS: Array<[string, number]> = [
  ["in_kind_donation", 26],
  ["financial_donation", 22],
  ["employment_reintegration", 10],
  ["joint_project", 18],
  ["business_practice", 14],
  ["business_expertise", 10],
];
const STAGE_WEIGHTS: Array<[EngagementStage, number]> = [
  ["identified", 28],
  ["researching", 20],
  ["screening", 14],
  ["approaching", 10],
  ["negotiating", 8],
  ["agreed", 4],
  ["active", 10],
  ["reviewing", 3],
  ["ended", 5],
];
const AFTER_AGREEMENT = new Set<EngagementStage>(["agreed", "active", "reviewing", "renewed", "ended"]);
const SCREENED = new Set<EngagementStage>(["approaching", "negotiating", "agreed", "active", "reviewing", "renewed", "ended"]);
const RISK_KEYS = [
  "reputational_spillover",
  "pr_over_change",
  "exposure",
  "value_gap",
  "funder_dependence",
  "conflict_of_interest",
  "contact_turnover",
];
const ENDED_REASONS = ["The company's budget was cut.", "One-off donation, completed as agreed.", "No reply after three follow-ups."];
const PROMISES: Array<[PlannedCommitment["party"], string]> = [
  ["company", "Deliver the agreed supplies"],
  ["ngo", "Send a thank-you letter and photos"],
  ["company", "Name a contact person for the partnership"],
  ["ngo", "Report on how the donation was used"],
  ["company", "Share the staff newsletter article"],
  ["ngo", "Hold the awareness session for staff"],
];

const round = (n: number, to: number) => Math.round(n / to) * to;

/** The engagements to seed for one NGO (`companies` is its generated register, heroes first). */
export function planEngagements(ngo: DemoNgo, companies: GenCompany[], extra: number): PlannedEngagement[] {
  const r = new Random(`partnerwise-demo-engagements:${ngo.key}`);
  const owners = ngo.users.map((u, i) => [i, u.ownsShare] as const).filter(([, w]) => w > 0);
  const ownerOf = (ci: number) => companies[ci].owner ?? r.weighted(owners);
  const out: PlannedEngagement[] = STORIES[ngo.key].map(({ core, ...s }) => {
    const company = ngo.heroes.findIndex((h) => h.core === core);
    if (company < 0) throw new Error(`demo engagement for unknown hero ${core}`);
    return { money: null, inKind: null, inKindDescription: null, goals: null, initiatedBy: "ngo", ...s, company, owner: ownerOf(company) };
  });
  const candidates = r.shuffle(companies.map((_, i) => i).slice(ngo.heroes.length)).slice(0, extra);
  for (const company of candidates) {
    const mode = r.weighted(MODE_WEIGHTS);
    const modes = r.chance(0.2) ? [mode, r.weighted(MODE_WEIGHTS.filter(([m]) => m !== mode))] : [mode];
    const stage = r.weighted(STAGE_WEIGHTS);
    const endedFrom: EngagementStage | undefined =
      stage === "ended" ? r.pick<EngagementStage>(["researching", "approaching", "active"]) : undefined;
    const agreed = AFTER_AGREEMENT.has(endedFrom ?? stage);
    const createdDaysAgo = r.int(agreed ? 150 : 5, agreed ? 600 : 200);
    const stageDaysAgo = r.int(1, Math.max(1, Math.floor(createdDaysAgo * 0.6)));
    const money = modes.includes("financial_donation") ? round(r.int(1000, 25000), 500) : null;
    const inKind = modes.includes("in_kind_donation") || modes.includes("business_expertise") ? round(r.int(500, 12000), 100) : null;
    const commitments: PlannedCommitment[] = [];
    if (agreed) {
      for (let k = r.int(1, 2); k > 0; k--) {
        const [party, what] = r.pick(PROMISES);
        const dueIn = r.int(-60, 60);
        commitments.push({ party, what, dueIn, status: stage === "ended" || (dueIn < 0 && r.chance(0.75)) ? "done" : "open" });
      }
    }
    const risks: PlannedRisk[] = [];
    if (stage !== "identified" && stage !== "researching" && r.chance(0.6)) {
      for (let k = r.int(1, 2); k > 0; k--) {
        const likelihood = r.int(1, 4);
        const impact = r.int(2, 4);
        risks.push({
          key: r.pick(RISK_KEYS),
          likelihood,
          impact,
          ...(r.chance(0.3) ? { residual: [Math.max(1, likelihood - 1), impact] as [number, number] } : {}),
        });
      }
    }
    out.push({
      company,
      title: r.pick(TITLES[mode]),
      modes,
      stage,
      endedFrom,
      endedReason: stage === "ended" ? r.pick(ENDED_REASONS) : undefined,
      initiatedBy: r.chance(0.55) ? "business" : "ngo",
      goals: null,
      money,
      inKind,
      inKindDescription: inKind ? (mode === "business_expertise" ? "Staff time, pro bono" : "Goods and services") : null,
      owner: ownerOf(company),
      createdDaysAgo,
      stageDaysAgo,
      decision: SCREENED.has(endedFrom ?? stage)
        ? modes.includes("business_practice")
          ? r.pick<ScreeningDecision>(["approved_with_conditions", "engage_to_reform"])
          : "approved"
        : null,
      commitments,
      risks,
      ...(agreed && stage !== "ended"
        ? {
            lastContactDaysAgo: r.chance(0.75) ? r.int(3, 40) : r.int(50, 90),
            // Thanked in public only once the partnership existed.
            ...(r.chance(0.4) ? { acknowledgedDaysAgo: r.int(30, Math.min(300, createdDaysAgo - 10)) } : {}),
          }
        : {}),
    });
  }
  return out;
}

/** Days from a screening's start to its decision in the demo (demo.screenings.seed.ts). */
export const SCREENING_DAYS = 3;

/**
 * Enters each company in the register before anything about it is dated: a week or more before its earliest
 * partnership (and the screening started for it, up to SCREENING_DAYS earlier). Pure; changes `companies` in place.
 */
export function enterBeforeMentions(companies: GenCompany[], plans: PlannedEngagement[]): void {
  const firstMention = new Map<number, number>();
  for (const p of plans) firstMention.set(p.company, Math.max(firstMention.get(p.company) ?? 0, p.createdDaysAgo + SCREENING_DAYS));
  for (const [i, daysAgo] of firstMention) {
    const c = companies[i]!;
    c.createdDaysAgo = Math.max(c.createdDaysAgo, daysAgo + 7 + (i % 23));
    c.updatedDaysAgo = Math.min(c.updatedDaysAgo, c.createdDaysAgo);
  }
}

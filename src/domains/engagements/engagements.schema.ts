import { z } from "zod";
import { UpdatedSince, PageQuery } from "../../shared/pagination.js";
import { ExportOptions } from "../imports/exports.schema.js";
import { ACTIVITY_KINDS, ENGAGEMENT_STAGES, INITIATORS, PUBLICATIONS } from "./engagements.rules.js";

// Browser-safe schemas of the partnership pipeline: engagements, their stages, activities and tasks.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const IsoDate = z.iso.date("Use a date like 2025-03-31.").meta({ description: "Calendar day, YYYY-MM-DD", example: "2025-03-31" });
const uuid = (what: string) => z.uuid(`Not a valid ${what} id.`);
const amount = z
  .number()
  .min(0)
  .max(1e12)
  .nullish()
  .transform((v) => v ?? null);
const currency = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? v.toUpperCase() : null))
  .refine((v) => v === null || /^[A-Z]{3}$/.test(v), { message: "Use an ISO 4217 currency code, like EUR." })
  .meta({ example: "EUR" });

export const Stage = z.enum(ENGAGEMENT_STAGES).meta({ id: "EngagementStage" });
const ModeKey = z.string().trim().min(1).max(60).meta({ example: "joint_project" });

/** Fields an engagement is created or changed with (stage moves go through POST …/stage). */
const fields = {
  title: z.string().trim().min(1, "The title is required.").max(300).meta({ example: "Hotline support 2026" }),
  modes: z.array(ModeKey).max(20).meta({ description: "Keys of the organisation's engagement modes (GET /engagement-modes)" }),
  initiatedBy: z
    .enum(INITIATORS)
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: "Who started it: the NGO or the business" }),
  goals: optionalText(10_000),
  moneyAmount: amount.meta({ description: "Expected money (financial donation, project budget)" }),
  currency: currency.meta({ description: "Currency of moneyAmount and inKindValue" }),
  inKindDescription: optionalText(5000).meta({ description: "What is given in kind" }),
  inKindValue: amount.meta({ description: "Estimated value of the in-kind contribution" }),
  nonMonetaryValue: optionalText(5000).meta({ description: "Value that is not money: expertise, visibility, access" }),
  ownerId: z
    .string()
    .nullish()
    .transform((v) => v ?? null)
    .meta({ description: "User id of the engagement's owner (a member of the organisation)" }),
  team: z.array(z.string().min(1)).max(50).meta({ description: "User ids of the NGO's team (members of the organisation)" }),
  contactIds: z.array(uuid("contact")).max(50).meta({ description: "Contacts who work at the company now" }),
  contactCadenceDays: z
    .number()
    .int("Use whole days.")
    .min(7, "Plan contact every 7 days or less often.")
    .max(365, "Plan contact at least once a year.")
    .meta({
      description:
        "Planned days between contacts with the company (meeting, call, e-mail); the health score compares the last contact with it",
      example: 45,
    }),
  publication: z.enum(PUBLICATIONS).meta({
    id: "EngagementPublication",
    description:
      "Published reports (annual report): public names the company; anonymous shows 'a company in <sector>'; confidential leaves it out. A confidential agreement always leaves it out; an agreement without the partner's clearance makes public anonymous.",
  }),
};

export const EngagementInput = z
  .object({
    companyId: uuid("company"),
    ...fields,
    modes: fields.modes.default([]),
    team: fields.team.default([]),
    contactIds: fields.contactIds.default([]),
    contactCadenceDays: fields.contactCadenceDays.default(45),
    publication: fields.publication.default("confidential"),
  })
  .meta({ id: "EngagementInput" });
export type EngagementInput = z.infer<typeof EngagementInput>;

export const EngagementPatch = z
  .object({
    title: fields.title.optional(),
    modes: fields.modes.optional(),
    initiatedBy: fields.initiatedBy.optional(),
    goals: fields.goals.optional(),
    moneyAmount: fields.moneyAmount.optional(),
    currency: fields.currency.optional(),
    inKindDescription: fields.inKindDescription.optional(),
    inKindValue: fields.inKindValue.optional(),
    nonMonetaryValue: fields.nonMonetaryValue.optional(),
    ownerId: fields.ownerId.optional(),
    team: fields.team.optional(),
    contactIds: fields.contactIds.optional(),
    contactCadenceDays: fields.contactCadenceDays.optional(),
    publication: fields.publication.optional(),
  })
  .meta({ id: "EngagementPatch" });
export type EngagementPatch = z.infer<typeof EngagementPatch>;

export const StageMoveInput = z
  .object({
    stage: Stage,
    reason: optionalText(2000).meta({ description: "Why it ended (required when stage is 'ended')" }),
    override: z
      .object({ reason: z.string().trim().min(1, "Say why the screening gate is overridden.").max(2000) })
      .optional()
      .meta({ description: "Admins only: pass the screening gate without a suitable screening decision, with a reason (recorded)" }),
  })
  .meta({ id: "EngagementStageMove" });
export type StageMoveInput = z.infer<typeof StageMoveInput>;

const UserRef = z.object({ id: z.string(), name: z.string() });
const NullableUserRef = UserRef.nullable();

export const ScreeningStatus = z
  .object({
    screeningId: z.string(),
    decision: z.enum(["approved", "approved_with_conditions", "engage_to_reform", "rejected"]),
    decidedAt: z.string(),
    rescreenOn: z.string().nullable(),
    overdue: z.boolean(),
  })
  .nullable()
  .meta({ id: "ScreeningStatus", description: "The company's current screening decision, or null when it was never screened" });

export const ENGAGEMENT_WARNINGS = ["single_company_contact", "no_company_contact", "screening_overdue"] as const;

export const EngagementFlag = z
  .object({
    id: z.string(),
    kind: z.enum(["contact_left"]),
    contactId: z.string().nullable(),
    taskId: z.string().nullable(),
    message: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "EngagementFlag" });

export const Engagement = z
  .object({
    id: z.uuid(),
    companyId: z.uuid(),
    company: z.object({ id: z.uuid(), name: z.string() }),
    title: z.string(),
    modes: z.array(z.string()),
    initiatedBy: z.enum(INITIATORS).nullable(),
    goals: z.string().nullable(),
    expectedValue: z.object({
      moneyAmount: z.number().nullable(),
      currency: z.string().nullable(),
      inKindDescription: z.string().nullable(),
      inKindValue: z.number().nullable(),
      nonMonetaryValue: z.string().nullable(),
    }),
    ownerId: z.string().nullable(),
    owner: NullableUserRef,
    team: z.array(UserRef),
    contactIds: z.array(z.string()),
    contacts: z.array(
      z.object({ id: z.string(), name: z.string(), active: z.boolean().meta({ description: "Still works at the company" }) }),
    ),
    screeningId: z.string().nullable().meta({ description: "The screening that was current at the last stage move" }),
    screening: ScreeningStatus,
    stage: Stage,
    stageChangedAt: z.string(),
    endedReason: z.string().nullable(),
    contactCadenceDays: z.number().int().meta({ description: "Planned days between contacts with the company" }),
    publication: fields.publication,
    allowedMoves: z.array(Stage).meta({ description: "Stages it may move to (the screening gate is checked on the move)" }),
    flags: z.array(EngagementFlag).meta({ description: "Open flags, e.g. a company contact left" }),
    warnings: z.array(z.enum(ENGAGEMENT_WARNINGS)).meta({
      description:
        "single_company_contact: only one active company contact; no_company_contact: none (from approaching on); screening_overdue: re-screening is due",
    }),
    createdBy: NullableUserRef,
    updatedBy: NullableUserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Engagement" });
export type Engagement = z.infer<typeof Engagement>;

const csv = z
  .string()
  .optional()
  .transform((s) =>
    s
      ? s
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean)
      : [],
  );

export const EngagementFilters = z.object({
  stage: csv.meta({ description: "Comma-separated stages" }),
  mode: csv.meta({ description: "Comma-separated mode keys (any of)" }),
  companyId: z.uuid().optional(),
  ownerId: z.string().optional().meta({ description: "User id of the owner, or 'none'" }),
  q: z.string().trim().max(200).optional().meta({ description: "Words of the title or the company's name" }),
  updatedSince: UpdatedSince,
});

export const EngagementListQuery = PageQuery.extend(EngagementFilters.shape).extend({
  sort: z.enum(["title", "-title", "updatedAt", "-updatedAt", "createdAt", "-createdAt"]).optional(),
});
export type EngagementListQuery = z.infer<typeof EngagementListQuery>;

/** The table's filters and order, for GET /engagements/export. */
export const EngagementExportQuery = EngagementListQuery.omit({ limit: true, offset: true }).extend(ExportOptions);
export type EngagementExportQuery = z.infer<typeof EngagementExportQuery>;
export type EngagementFilters = z.infer<typeof EngagementFilters>;

export const BoardCard = z
  .object({
    id: z.uuid(),
    title: z.string(),
    company: z.object({ id: z.uuid(), name: z.string() }),
    modes: z.array(z.string()),
    stage: Stage,
    owner: NullableUserRef,
    screening: ScreeningStatus,
    nextTaskDue: z.string().nullable().meta({ description: "Due date of the earliest open task" }),
    openTasks: z.number().int(),
    allowedMoves: z.array(Stage),
    warnings: z.array(z.enum(ENGAGEMENT_WARNINGS)),
    flagCount: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: "EngagementBoardCard" });

export const Board = z.object({ columns: z.array(z.object({ stage: Stage, total: z.number().int(), items: z.array(BoardCard) })) }).meta({
  id: "EngagementBoard",
  description: "Engagements grouped by stage, in pipeline order (at most 200 cards a column, most recently changed first)",
});

export const StageChange = z
  .object({
    id: z.string(),
    fromStage: Stage.nullable(),
    toStage: Stage,
    changedBy: NullableUserRef,
    changedAt: z.string(),
    overrideReason: z.string().nullable(),
    endedReason: z.string().nullable(),
    screeningDecision: z.string().nullable(),
  })
  .meta({ id: "EngagementStageChange" });

export const Mode = z
  .object({ key: z.string(), label: z.string(), position: z.number().int(), archived: z.boolean() })
  .meta({ id: "EngagementMode" });
export const ModeInput = z
  .object({
    key: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,59}$/, "Use lower-case letters, digits and _ (like joint_project).")
      .meta({ example: "sms_campaign" }),
    label: z.string().trim().min(1).max(200).meta({ example: "SMS donation campaign" }),
  })
  .meta({ id: "EngagementModeInput" });
export const ModePatch = z
  .object({
    label: z.string().trim().min(1).max(200).optional(),
    archived: z.boolean().optional(),
    position: z.number().int().min(0).max(1000).optional(),
  })
  .meta({ id: "EngagementModePatch" });

// Activities and tasks

export const ActivityInput = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    occurredOn: IsoDate,
    summary: z.string().trim().min(1, "Say what happened.").max(10_000),
    contactIds: z.array(uuid("contact")).max(50).default([]).meta({ description: "Contacts involved (of your organisation)" }),
  })
  .meta({ id: "ActivityInput" });
export type ActivityInput = z.infer<typeof ActivityInput>;

export const ActivityPatch = z
  .object({
    kind: z.enum(ACTIVITY_KINDS).optional(),
    occurredOn: IsoDate.optional(),
    summary: z.string().trim().min(1).max(10_000).optional(),
    contactIds: z.array(uuid("contact")).max(50).optional(),
  })
  .meta({ id: "ActivityPatch" });
export type ActivityPatch = z.infer<typeof ActivityPatch>;

export const Activity = z
  .object({
    id: z.uuid(),
    companyId: z.uuid(),
    engagementId: z.uuid().nullable(),
    engagementTitle: z.string().nullable(),
    kind: z.enum(ACTIVITY_KINDS),
    occurredOn: z.string(),
    summary: z.string(),
    contacts: z.array(z.object({ id: z.string(), name: z.string() })),
    createdBy: NullableUserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Activity" });
export type Activity = z.infer<typeof Activity>;

export const TaskInput = z
  .object({
    title: z.string().trim().min(1, "The task needs a title.").max(500),
    dueOn: IsoDate.nullish().transform((v) => v ?? null),
    assigneeId: z
      .string()
      .nullish()
      .transform((v) => v ?? null)
      .meta({ description: "User id of a member of the organisation" }),
  })
  .meta({ id: "TaskInput" });
export type TaskInput = z.infer<typeof TaskInput>;

export const TaskPatch = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    dueOn: IsoDate.nullable().optional(),
    assigneeId: z.string().nullable().optional(),
    done: z.boolean().optional(),
  })
  .meta({ id: "TaskPatch" });
export type TaskPatch = z.infer<typeof TaskPatch>;

export const Task = z
  .object({
    id: z.uuid(),
    engagementId: z.uuid(),
    engagement: z.object({ id: z.uuid(), title: z.string() }),
    company: z.object({ id: z.uuid(), name: z.string() }),
    title: z.string(),
    kind: z.enum(["manual", "handover"]),
    dueOn: z.string().nullable(),
    overdue: z.boolean(),
    assigneeId: z.string().nullable(),
    assignee: NullableUserRef,
    done: z.boolean(),
    doneAt: z.string().nullable(),
    createdBy: NullableUserRef,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Task" });
export type Task = z.infer<typeof Task>;

export const IcalTokenInfo = z
  .object({ active: z.boolean(), createdAt: z.string().nullable() })
  .meta({ id: "IcalTokenInfo", description: "Whether a calendar feed exists (its secret URL is shown only when created)" });
export const IcalTokenCreated = z
  .object({
    token: z.string(),
    url: z.string().meta({ description: "The secret feed URL; anyone with it can read your task due dates" }),
    createdAt: z.string(),
  })
  .meta({ id: "IcalTokenCreated" });

import { z } from "zod";

// Browser-safe schemas of network assessments: rounds, responses, the report.

export const RESPONSE_STATUSES = ["not_started", "draft", "submitted"] as const;
export const TEMPLATE_KEYS = ["ngo-business-engagement"] as const;

const isoDate = z.iso.date().meta({ example: "2026-03-01" });

export const RoundInput = z
  .object({
    name: z.string().trim().min(1, "The round needs a name.").max(200).meta({ example: "2026" }),
    template: z.enum(TEMPLATE_KEYS).default("ngo-business-engagement").meta({ description: "The built-in questionnaire the round uses" }),
    opensOn: isoDate.nullish().transform((v) => v ?? null),
    closesOn: isoDate.nullish().transform((v) => v ?? null),
    organizationIds: z
      .array(z.string().max(200))
      .max(1000)
      .optional()
      .meta({ description: "Active member organisations asked to answer (default: all active members)" }),
  })
  .refine((r) => !r.opensOn || !r.closesOn || r.opensOn <= r.closesOn, { message: "The round closes before it opens.", path: ["closesOn"] })
  .meta({ id: "AssessmentRoundInput" });
export type RoundInput = z.infer<typeof RoundInput>;

export const RoundOrganization = z
  .object({ organizationId: z.string(), name: z.string(), status: z.enum(RESPONSE_STATUSES), submittedAt: z.string().nullable() })
  .meta({ id: "AssessmentRoundOrganization" });
export type RoundOrganization = z.infer<typeof RoundOrganization>;

export const Round = z
  .object({
    id: z.string(),
    networkId: z.string(),
    name: z.string(),
    questionnaire: z.object({ id: z.string(), key: z.string(), version: z.number().int(), title: z.string() }),
    opensOn: z.string().nullable(),
    closesOn: z.string().nullable(),
    createdAt: z.string(),
    remindedAt: z
      .string()
      .nullable()
      .meta({ description: "When the coordinators last reminded the organisations that had not submitted (null: never)" }),
    coordinator: z.boolean().meta({ description: "The caller coordinates the round's network" }),
    progress: z
      .object({ notStarted: z.number().int(), draft: z.number().int(), submitted: z.number().int(), imported: z.number().int() })
      .meta({ description: "Responses by status; imported responses were collected elsewhere" }),
    organizations: z
      .array(RoundOrganization)
      .meta({ description: "Coordinators: every organisation asked and its status. Members: only their own organisation" }),
  })
  .meta({ id: "AssessmentRound" });
export type Round = z.infer<typeof Round>;

export const RoundDetail = Round.extend({
  definition: z.record(z.string(), z.unknown()).meta({ description: "The questionnaire version's SurveyJS JSON" }),
}).meta({ id: "AssessmentRoundDetail" });
export type RoundDetail = z.infer<typeof RoundDetail>;

const AnswerValue = z.union([z.string().max(2000), z.array(z.string().max(200)).max(50)]);

export const ResponseInput = z
  .object({
    answers: z.record(z.string().max(100), AnswerValue),
    submit: z.boolean().default(false).meta({ description: "true submits (every required question answered); false saves a draft" }),
  })
  .meta({ id: "AssessmentResponseInput" });
export type ResponseInput = z.infer<typeof ResponseInput>;

export const AssessmentResponse = z
  .object({
    roundId: z.string(),
    organizationId: z.string(),
    status: z.enum(RESPONSE_STATUSES),
    answers: z.record(z.string(), AnswerValue),
    submittedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: "AssessmentResponse" });
export type AssessmentResponse = z.infer<typeof AssessmentResponse>;

export const QuestionStats = z
  .object({
    id: z.string(),
    type: z.enum(["yesno", "choice", "multi", "text"]),
    answered: z.number().int().meta({ description: "Respondents who answered this question" }),
    counts: z.record(z.string(), z.number().int()),
    percent: z.record(z.string(), z.number()).meta({ description: "Percent of those who answered, one decimal" }),
    ci95: z.record(z.string(), z.tuple([z.number(), z.number()])).meta({ description: "95% Wilson interval in percent" }),
  })
  .meta({ id: "AssessmentQuestionStats" });

export const BreakdownGroup = z
  .object({
    value: z.string(),
    n: z.number().int(),
    small: z.boolean().meta({ description: "Fewer than 5 respondents" }),
    questions: z.array(QuestionStats),
  })
  .meta({ id: "AssessmentBreakdownGroup" });

export const RoundReport = z
  .object({
    round: z.string(),
    respondents: z.number().int().meta({ description: "Submitted responses (imported ones included)" }),
    questions: z.array(QuestionStats),
    breakdowns: z.record(z.string(), z.array(BreakdownGroup)).meta({ description: "By each choice question (org_region, org_scope, …)" }),
    quotes: z
      .array(z.object({ questionId: z.string(), text: z.string() }))
      .meta({ description: "Free-text answers a coordinator approved for the report; anonymous (no organisation)" }),
  })
  .meta({ id: "AssessmentReport" });

export const QuoteList = z
  .object({
    items: z.array(
      z.object({
        responseId: z.uuid(),
        questionId: z.string(),
        text: z.string(),
        approved: z.boolean().meta({ description: "Cleared by a coordinator for the report" }),
        submittedAt: z.iso.datetime().nullable(),
      }),
    ),
  })
  .meta({ id: "AssessmentQuotes" });

export type QuoteListOut = z.infer<typeof QuoteList>;

export const QuoteApproval = z.object({ approved: z.boolean() }).strict().meta({ id: "AssessmentQuoteApproval" });

const OptionChange = z.object({
  option: z.string(),
  before: z.number().nullable().meta({ description: "Percent of those who answered, earlier round" }),
  after: z.number().nullable().meta({ description: "Percent of those who answered, this round" }),
  change: z.number().nullable().meta({ description: "after − before, percentage points" }),
  overlap: z.boolean().nullable().meta({ description: "The 95% intervals overlap: the change may be chance" }),
});
export const RoundComparison = z
  .object({
    before: z.object({ round: z.string(), respondents: z.number().int() }),
    after: z.object({ round: z.string(), respondents: z.number().int() }),
    questions: z.array(
      z.object({
        id: z.string(),
        type: z.enum(["yesno", "choice", "multi", "text"]),
        answeredBefore: z.number().int(),
        answeredAfter: z.number().int(),
        options: z.array(OptionChange),
      }),
    ),
  })
  .meta({ id: "AssessmentComparison" });
export type RoundComparisonOut = z.infer<typeof RoundComparison>;
export type RoundReportOut = z.infer<typeof RoundReport>;

const NEED_KEYS = ["knowledge", "selection", "presentation", "initiation", "risk", "sustaining"] as const;
const NeedScore = z
  .object({
    need: z.enum(NEED_KEYS),
    score: z
      .number()
      .nullable()
      .meta({ description: "0–100: share of the need's answered signals pointing to it; null when none answered" }),
    gap: z.boolean().meta({ description: "score ≥ 50" }),
    signals: z.array(z.string()).meta({ description: "The signals that pointed to the need (docs/assessment.md)" }),
  })
  .meta({ id: "AssessmentNeedScore" });
const NeedMedian = z.record(z.enum(NEED_KEYS), z.number().nullable());

const GapKnowledge = z
  .object({
    need: z.enum(NEED_KEYS),
    tag: z.string().meta({ description: "The knowledge hub's tag for the need (presentation → presenting, initiation → approach)" }),
    items: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        kind: z.string(),
        language: z.enum(["en", "de"]),
      }),
    ),
  })
  .meta({ id: "AssessmentGapKnowledge" });

export const CapacityProfile = z
  .object({
    organizationId: z.string(),
    submitted: z.boolean(),
    needs: z.array(NeedScore).meta({ description: "Empty until the organisation has submitted" }),
    gapKnowledge: z.array(GapKnowledge).meta({
      description: "For each gap, the knowledge hub items tagged with its need that the organisation may read (newest first)",
    }),
    median: NeedMedian.meta({ description: "The network's median score per need over the round's submitted responses" }),
    respondents: z.number().int(),
  })
  .meta({ id: "AssessmentCapacityProfile" });
export type CapacityProfileOut = z.infer<typeof CapacityProfile>;

export const Heatmap = z
  .object({
    needs: z.array(z.enum(NEED_KEYS)),
    median: NeedMedian,
    organizations: z.array(z.object({ organizationId: z.string(), name: z.string(), needs: z.array(NeedScore) })),
  })
  .meta({ id: "AssessmentHeatmap" });
export type HeatmapOut = z.infer<typeof Heatmap>;

export const ReminderResult = z
  .object({
    organizations: z.number().int().meta({ description: "Organisations reminded: those asked that had not submitted" }),
    mails: z.number().int().meta({ description: "Mails sent to their owners and admins" }),
    remindedAt: z.string(),
  })
  .meta({ id: "AssessmentReminderResult" });
export type ReminderResult = z.infer<typeof ReminderResult>;

export const AssessmentImportProblem = z
  .object({
    row: z.number().int().meta({ description: "The row as a spreadsheet shows it (the header is row 1)" }),
    column: z.string().meta({ description: "The column's header: a question id, or what the file had there" }),
    code: z.enum(["unknown_question", "duplicate_column", "not_an_option", "required", "not_asked", "too_long", "no_rows"]),
    message: z.string(),
  })
  .meta({ id: "AssessmentImportProblem" });

export const AssessmentImportResult = z
  .object({
    network: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
    round: z.object({
      id: z.string().meta({ description: "Empty when the round would be created and nothing was written" }),
      name: z.string(),
      created: z.boolean().meta({ description: "The round is (or would be) new" }),
    }),
    questionnaire: z.object({ key: z.string(), version: z.number().int() }),
    imported: z.number().int().meta({ description: "Responses written (0 for a dry run or a file with problems)" }),
    valid: z.number().int().optional().meta({ description: "Dry run: the responses the file would import (0 when it has a problem)" }),
    problems: z.array(AssessmentImportProblem).meta({ description: "Every problem, by row and column; any problem imports nothing" }),
  })
  .meta({ id: "AssessmentImportResult" });
export type AssessmentImportResult = z.infer<typeof AssessmentImportResult>;

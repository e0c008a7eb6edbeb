import { z } from "@hono/zod-openapi";

// The one problem+json shape (RFC 9457) every error of the API has, with the extensions clients read. Referenced as
// `#/components/schemas/Problem` from every error response of the OpenAPI document.

const Params = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .meta({ description: "The values behind a `code`, for saying the message in the user's language" });

export const FieldErrorSchema = z
  .object({
    path: z.string().meta({
      description: "Dotted path of the field (`(root)` for the whole body; `rows.<n>.<column>` for import rows)",
      example: "country",
    }),
    message: z.string().meta({ description: "English message", example: "Use an ISO 3166-1 alpha-2 country code." }),
    code: z.string().optional().meta({
      description:
        "Stable code of the message (zod issue codes, `invalid_characters`, `too_long`, `unknown_field`, rule codes), for translations",
    }),
    params: Params.optional(),
  })
  .meta({ id: "FieldError" });

export const Problem = z
  .looseObject({
    type: z.string().meta({
      description: "URI of the problem type: `https://partnerwise.dev/problems/<code>`",
      example: "https://partnerwise.dev/problems/validation",
    }),
    title: z.string().meta({ description: "The HTTP status's reason phrase", example: "Unprocessable Content" }),
    status: z.number().int().meta({ example: 422 }),
    code: z.string().optional().meta({
      description:
        "Stable machine-readable code: `validation`, `bad_request`, `unauthenticated`, `forbidden`, `two_factor_required`, `csrf`, `not_found`, `conflict`, `rule_violation`, `precondition_failed`, `payload_too_large`, `rate_limited`, `internal`; under `/api/auth/*` better-auth's codes such as `INVALID_EMAIL_OR_PASSWORD`",
      example: "validation",
    }),
    detail: z.string().optional().meta({ description: "What went wrong, in English", example: "The request is not valid." }),
    instance: z.string().optional().meta({ description: "The request path", example: "/api/v1/companies" }),
    errors: z.array(FieldErrorSchema).optional().meta({ description: "Field-level errors (422)" }),
    detailCode: z.string().optional().meta({
      description: "Stable code of `detail` (some rules, e.g. screening decisions: `admin_only`, `incomplete`, `override_admin_only`)",
    }),
    detailParams: Params.optional(),
    rule: z.string().optional().meta({
      description:
        "The domain rule that refused the request (409 `rule_violation`, some 422): e.g. `screening_required`, `screening_rejected`, `ended_reason_required`, `agreement_required`, `consent_withdrawn`, `health_not_applicable`, or a stage-move rule",
      example: "screening_required",
    }),
    from: z.string().optional().meta({ description: "Stage moves: the engagement's current stage" }),
    to: z.string().optional().meta({ description: "Stage moves: the stage asked for" }),
    stage: z.string().optional().meta({ description: "The engagement's stage, where a rule depends on it" }),
    screening: z
      .object({
        screeningId: z.string(),
        decision: z.string(),
        decidedAt: z.string().meta({ format: "date-time" }),
        rescreenOn: z.string().nullable(),
        overdue: z.boolean(),
      })
      .nullable()
      .optional()
      .meta({ description: "Screening gate of a stage move: the company's current screening decision (null: none yet)" }),
    screeningId: z
      .string()
      .optional()
      .meta({ description: "The screening in the way (a decided one that cannot change, or the one already in progress)" }),
    reason: z.string().optional().meta({
      description:
        "Story uses refused for want of consent (`rule: consent_required`): why no consent covers it, `no_consent`, `consent_withdrawn`, `consent_expired`, `consent_not_yet_valid`, `channel_not_covered`, `partner_not_covered`",
    }),
    permission: z.string().optional().meta({ description: "The permission the caller lacks (403), e.g. `stories`" }),
    invalid: z
      .array(z.looseObject({ row: z.number().int(), errors: z.array(z.looseObject({ field: z.string(), message: z.string() })) }))
      .optional()
      .meta({ description: "Imports: every invalid row with its reasons" }),
    message: z
      .string()
      .optional()
      .meta({ description: "`/api/auth/*`: better-auth's message (the same as `detail`), which its client reads" }),
  })
  .meta({ id: "Problem", description: "An RFC 9457 problem. Clients may meet further members; unknown ones are to be ignored." });

/** Stable error codes the API returns in problem+json `code` (browser-safe: the web app maps them to messages). */
export const ERROR_CODES = {
  validation: 422,
  idempotency_key_reused: 422,
  idempotency_in_progress: 409,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  two_factor_required: 403,
  csrf: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  rule_violation: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  path: string;
  message: string;
  code?: string;
  /** Values behind `code`, for clients that say the message in the user's language. */
  params?: Record<string, string | number | boolean | null>;
}

/** The one error type of the application; mapped once to RFC 9457 problem+json. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; status?: number; [k: string]: unknown } = {},
  ) {
    super(message);
    this.status = extra.status ?? ERROR_CODES[code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);

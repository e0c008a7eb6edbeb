import { OpenAPIHono } from "@hono/zod-openapi";
import type { KeyIdentity } from "../domains/api-keys/api-keys.service.js";
import type { Ctx } from "../platform/context.js";
import { checkValidated, invalidText } from "./input-guard.js";
import { fieldErrors, problem } from "./problem.js";
import { Problem } from "./problem-schema.js";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  twoFactorEnabled?: boolean | null;
  locale?: string | null;
}

/** Hono variables set by the tenancy middleware. */
export type AppEnv = {
  Variables: {
    ctx: Ctx;
    sessionUser: SessionUser;
    activeOrganizationId: string | null;
    /** Set when the request authenticated with an API key. */
    apiKey?: KeyIdentity & { lastUsedAt: Date | null };
  };
};

/**
 * A router whose validation failures become problem+json with field-level errors. Path parameters and form fields
 * also pass the input guard's text checks here (bodies and queries passed them before routing).
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problem(c, 422, "validation", "The request is not valid.", { errors: fieldErrors(result.error as never) });
      }
      const errors = checkValidated(result.target, result.data);
      if (errors.length) return invalidText(c, errors);
    },
  });
}

/** An error response of the OpenAPI document: the one shared Problem schema. */
export const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

export const errorResponses = {
  401: problemResponse("Not signed in, or the API key is unknown, revoked or expired"),
  403: problemResponse("Role too low, two-factor required, a cross-site write, or another organisation"),
  404: problemResponse("Not found in your organisation"),
  422: problemResponse("Validation failed, with field-level errors"),
};

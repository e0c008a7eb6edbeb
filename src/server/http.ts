import { OpenAPIHono } from "@hono/zod-openapi";
import type { KeyIdentity } from "../domains/api-keys/api-keys.service.js";
import type { Ctx } from "../platform/context.js";
import { checkValidated, invalidText } from "./input-guard.js";
import { fieldErrors, problem } from "./problem.js";
import { Problem } from "./problem-schema.js";
import { unknownFieldErrors } from "./unknown-fields.js";

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
 * also pass the input guard's text checks here (bodies and queries passed them before routing), and a JSON body
 * with fields its schema does not know is refused (src/server/unknown-fields.ts).
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: async (result, c) => {
      // On failure `data` is the raw input: its text errors are named too, beside what the schema found.
      const errors = checkValidated(result.target, (result as { data?: unknown }).data);
      if (!result.success) {
        const schemaErrors = fieldErrors(result.error as never).filter((e) => !errors.some((t) => t.path === e.path));
        return problem(c, 422, "validation", "The request is not valid.", { errors: [...errors, ...schemaErrors] });
      }
      if (errors.length) return invalidText(c, errors);
      if (result.target === "json") {
        const unknown = unknownFieldErrors(await c.req.json(), result.data);
        if (unknown.length) return problem(c, 422, "validation", "The request has fields this route does not take.", { errors: unknown });
      }
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

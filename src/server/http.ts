import { OpenAPIHono } from "@hono/zod-openapi";
import type { KeyIdentity } from "../domains/api-keys/api-keys.service.js";
import type { Ctx } from "../platform/context.js";
import { checkValidated, invalidText } from "./input-guard.js";
import { fieldErrors, problem } from "./problem.js";
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

/** Shared OpenAPI fragments for error responses. */
export const problemResponse = (description: string) => ({
  description,
  content: {
    "application/problem+json": {
      schema: {
        type: "object" as const,
        properties: {
          type: { type: "string" as const },
          title: { type: "string" as const },
          status: { type: "integer" as const },
          code: { type: "string" as const },
          detail: { type: "string" as const },
          detailCode: { type: "string" as const, description: "Stable code of the detail (some rules), for translations" },
          detailParams: { type: "object" as const, additionalProperties: true },
          errors: {
            type: "array" as const,
            items: {
              type: "object" as const,
              properties: {
                path: { type: "string" as const },
                message: { type: "string" as const },
                code: { type: "string" as const, description: "Stable code of the message (some rules), for translations" },
                params: { type: "object" as const, additionalProperties: true },
              },
            },
          },
        },
      },
    },
  },
});

export const errorResponses = {
  401: problemResponse("Not signed in"),
  403: problemResponse("Role too low, two-factor required, or cross-site request"),
  404: problemResponse("Not found in your organisation"),
  422: problemResponse("Validation failed, with field-level errors"),
};

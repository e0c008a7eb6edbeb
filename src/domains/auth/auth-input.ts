import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { LANGUAGES } from "../orgs/orgs.schema.js";

// better-auth checks the fields it knows loosely (a number is taken as a name, `locale` as anything): the same
// rules as PATCH /api/v1/me apply on sign-up and on its own profile update.

const NAME_MAX = 200;

function field(code: string, message: string): never {
  throw new APIError("BAD_REQUEST", { code, message });
}

/** Refuses a user name that is not a 1–200 character string, and a locale other than the app's languages. */
export const userInputPolicy = {
  id: "partnerwise-user-input",
  hooks: {
    before: [
      {
        matcher: (ctx) => ctx.path === "/sign-up/email" || ctx.path === "/update-user",
        handler: createAuthMiddleware(async (ctx) => {
          const body = (ctx.body ?? {}) as Record<string, unknown>;
          if ("name" in body || ctx.path === "/sign-up/email") {
            if (typeof body.name !== "string" || !body.name.trim()) field("INVALID_NAME", "Give a name.");
            if (body.name.length > NAME_MAX) field("NAME_TOO_LONG", `The name is too long: at most ${NAME_MAX} characters.`);
          }
          if ("locale" in body && body.locale !== null && !(LANGUAGES as readonly unknown[]).includes(body.locale)) {
            field("INVALID_LOCALE", `The language must be one of ${LANGUAGES.join(", ")}.`);
          }
        }),
      },
    ],
  },
} satisfies BetterAuthPlugin;

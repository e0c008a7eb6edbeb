import type { BetterAuthPlugin } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import type { Database } from "../../platform/db.js";
import type { Mailer } from "../../platform/mailer.js";
import { accountExistsMail } from "./auth.mail-text.js";
import { userByEmail } from "./auth.repo.js";

// Sign-up must not tell whether an address has an account (issue 15). For an address that has one, nothing is
// created: the owner is mailed, and the answer has the status and shape of a new account's (the password is
// hashed as for a new one, so the time taken matches too). The session token never appears in the body — the
// session is the cookie — so the bodies cannot differ by it. What cannot be hidden without e-mail verification
// before sign-in: a new account is signed in (it gets a session cookie), the existing one's is not.

const MIN_PASSWORD = 10;
const MAX_PASSWORD = 128;

export interface SignUpPrivacyOptions {
  database: Database;
  mailer: Mailer;
  appUrl: (request?: Request) => string;
}

/** better-auth plugin: sign-up with an existing address mails its owner and answers as for a new address. */
export function signUpPrivacy(o: SignUpPrivacyOptions) {
  return {
    id: "partnerwise-sign-up-privacy",
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === "/sign-up/email",
          handler: createAuthMiddleware(async (ctx) => {
            const body = (ctx.body ?? {}) as Record<string, unknown>;
            const { email, password, name } = body;
            // Whatever better-auth refuses for a new address it refuses here too, with the same answer.
            if (typeof email !== "string" || typeof password !== "string" || typeof name !== "string") return;
            if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) return;
            const normalized = email.toLowerCase();
            const existing = await userByEmail(o.database.db, normalized);
            if (!existing) return;
            await ctx.context.password.hash(password);
            await o.mailer.send(accountExistsMail(existing, o.appUrl(ctx.request)));
            const now = new Date();
            return ctx.json({
              token: null,
              user: {
                id: crypto.randomUUID(),
                name,
                email: normalized,
                emailVerified: false,
                image: typeof body.image === "string" ? body.image : null,
                createdAt: now,
                updatedAt: now,
                locale: typeof body.locale === "string" ? body.locale : null,
                twoFactorEnabled: false,
              },
            });
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === "/sign-up/email",
          handler: createAuthMiddleware(async (ctx) => {
            const returned = ctx.context.returned as { token?: unknown; user?: unknown } | undefined;
            if (returned && typeof returned === "object" && "user" in returned && typeof returned.token === "string") {
              return ctx.json({ ...returned, token: null });
            }
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}

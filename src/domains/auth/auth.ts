import { betterAuth } from "better-auth";
import { createAuthMiddleware } from "better-auth/api";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { organization, twoFactor } from "better-auth/plugins";
import type { Database } from "../../platform/db.js";
import type { Mailer } from "../../platform/mailer.js";
import { userInputPolicy } from "./auth-input.js";
import * as authTables from "./auth.table.js";
import { resetPasswordMail } from "./auth.mail-text.js";
import { signUpPrivacy } from "./sign-up-privacy.js";
import { orgTwoFactorPolicy } from "./org-two-factor.js";
import { totpSingleUse } from "./totp-single-use.js";
import { ac, roles } from "./roles.js";

export interface AuthOptions {
  database: Database;
  secret: string;
  mailer: Mailer;
  /** Public URL behind a proxy (PARTNERWISE_BASE_URL); when absent the server trusts its own origins. */
  baseUrl?: string;
  /** The port the server listens on; read lazily so port 0 (tests) works. */
  port: () => number;
  signInRateLimit: number;
  /** Rate limiting on; tests that sign in many users turn it off. */
  rateLimit?: boolean;
}

const LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/** Builds the better-auth instance: email+password, organisations with four roles, TOTP two-factor. */
export function createAuth(o: AuthOptions) {
  const ownOrigins = (): string[] => {
    const origins = LOCAL_HOSTS.map((h) => `http://${h}:${o.port()}`);
    if (o.baseUrl) origins.push(new URL(o.baseUrl).origin);
    return origins;
  };
  const appUrl = (request?: Request) => {
    if (o.baseUrl) return o.baseUrl.replace(/\/$/, "");
    if (request) return new URL(request.url).origin;
    return `http://localhost:${o.port()}`;
  };
  const orgPolicy = orgTwoFactorPolicy(o.database);
  const totpOnce = totpSingleUse(o.database);
  return betterAuth({
    appName: "Partnerwise",
    secret: o.secret,
    baseURL: o.baseUrl ?? {
      allowedHosts: LOCAL_HOSTS.flatMap((h) => [h, `${h}:*`]),
      protocol: "http",
      fallback: `http://localhost:${o.port()}`,
    },
    basePath: "/api/auth",
    // Its own origin on whatever port it runs: the configured public URL, localhost/127.0.0.1, and the
    // origin the request itself was addressed to (Origin equal to Host is same-origin by definition).
    trustedOrigins: (request) => {
      const host = request?.headers.get("host");
      return [...ownOrigins(), host ? `http://${host}` : undefined, host ? `https://${host}` : undefined];
    },
    database: drizzleAdapter(o.database.db, {
      provider: "pg",
      schema: authTables,
    }),
    user: {
      additionalFields: {
        locale: { type: "string", required: false, input: true },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      resetPasswordTokenExpiresIn: 60 * 60,
      // Whoever knew the old password must not keep a session after the reset.
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url, token }, request) => {
        const link = `${appUrl(request)}/reset-password?token=${encodeURIComponent(token)}`;
        await o.mailer.send(resetPasswordMail(user as { email: string; locale?: string | null }, link, url));
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
    },
    rateLimit: {
      enabled: o.rateLimit ?? true,
      window: 60,
      max: 1000,
      customRules: {
        "/sign-in/email": { window: 60, max: o.signInRateLimit },
        "/two-factor/verify-totp": { window: 60, max: o.signInRateLimit },
        "/two-factor/verify-backup-code": { window: 60, max: o.signInRateLimit },
        "/request-password-reset": { window: 60, max: 5 },
      },
    },
    advanced: {
      useSecureCookies: o.baseUrl?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => crypto.randomUUID() },
      // The server overwrites this header with the socket's address (or the proxy's X-Forwarded-For when trusted).
      ipAddress: { ipAddressHeaders: ["x-partnerwise-client-ip"] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        await orgPolicy(ctx);
        await totpOnce(ctx);
      }),
    },
    plugins: [
      organization({
        ac,
        roles,
        creatorRole: "owner",
        allowUserToCreateOrganization: true,
        invitationExpiresIn: 60 * 60 * 24 * 7,
        // Invitation ids are random v4 UUIDs sent only to the invitee's address: knowing one proves the mailbox.
        requireEmailVerificationOnInvitation: false,
        sendInvitationEmail: async (data, request) => {
          const link = `${appUrl(request)}/accept-invitation/${data.id}`;
          await o.mailer.send({
            to: data.email,
            subject: `${data.inviter.user.name} invited you to ${data.organization.name} on Partnerwise`,
            text: `${data.inviter.user.name} invited you to join ${data.organization.name} on Partnerwise as ${data.role}.\n\nAccept the invitation (sign up or sign in with this address first):\n${link}\n\nThe invitation expires in 7 days.`,
          });
        },
      }),
      twoFactor({ issuer: "Partnerwise" }),
      userInputPolicy,
      signUpPrivacy({ database: o.database, mailer: o.mailer, appUrl }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

import { createHmac, timingSafeEqual } from "node:crypto";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { symmetricDecrypt } from "better-auth/crypto";
import type { Database } from "../../platform/db.js";
import { claimTotpStep, totpSecretOf } from "./auth.repo.js";

// RFC 6238 §5.2: "the verifier MUST NOT accept the second attempt of the OTP after the successful validation has
// been issued for the first OTP". better-auth accepts a code for the whole of its ±1 step window, in as many
// sign-ins as are started; this `before` hook on /two-factor/verify-totp finds the time step a code belongs to
// and moves the user's last used step forward in one statement — a code of that step or an earlier one is then
// refused (401 TOTP_CODE_ALREADY_USED, problem+json like every /api/auth error), also when two sign-ins send
// the same code at once. A wrong code is left to better-auth, which counts it against the lockout.
// Backup codes need nothing here: better-auth removes a used one with a compare-and-swap on the stored list.

const PERIOD_MS = 30_000;
const DIGITS = 6;
/** better-auth's verifier accepts the previous, current and next step (clock skew). */
const WINDOW = 1;
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32Decode(input: string): Buffer {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of input.replace(/=+$/, "").toUpperCase()) {
    const i = BASE32.indexOf(ch);
    if (i < 0) continue;
    value = ((value << 5) | i) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The key better-auth's OTP uses: the decrypted secret's UTF-8 bytes, or the bytes of an imported `base32:` secret. */
function keyOf(secret: string): Buffer {
  return secret.startsWith("base32:") ? base32Decode(secret.slice(7)) : Buffer.from(secret, "utf8");
}

function hotp(key: Buffer, counter: number): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(msg).digest();
  const o = mac[mac.length - 1] & 0x0f;
  const bin = ((mac[o] & 0x7f) << 24) | (mac[o + 1] << 16) | (mac[o + 2] << 8) | mac[o + 3];
  return String(bin % 10 ** DIGITS).padStart(DIGITS, "0");
}

/** The time step within the accepted window whose code `code` is, or undefined. Every step is compared (no early exit). */
export function matchingStep(secret: string, code: string, now = Date.now()): number | undefined {
  const key = keyOf(secret);
  const current = Math.floor(now / PERIOD_MS);
  const given = Buffer.from(code.padEnd(DIGITS, " ").slice(0, 16), "utf8");
  let found: number | undefined;
  for (let i = -WINDOW; i <= WINDOW; i++) {
    const expected = Buffer.from(hotp(key, current + i), "utf8");
    const same = given.length === expected.length && timingSafeEqual(given, expected);
    if (same && found === undefined) found = current + i;
  }
  return found;
}

export const TOTP_CODE_ALREADY_USED = {
  code: "TOTP_CODE_ALREADY_USED",
  message: "This code was used already. Wait for the next code from your authenticator app.",
};

/**
 * Records the step as used for the user unless it (or a later one) was used before. One statement: the insert
 * or the forward move happens, or nothing does. Returns whether the step was free.
 */
export async function claimStep(database: Database, userId: string, step: number): Promise<boolean> {
  return claimTotpStep(database.db, userId, step);
}

/** The better-auth `before` check making every TOTP code single use. */
export function totpSingleUse(database: Database) {
  return async (ctx: HookContext) => {
    if (ctx.path !== "/two-factor/verify-totp") return;
    const code = (ctx.body as { code?: unknown } | undefined)?.code;
    if (typeof code !== "string" || !/^\d{6}$/.test(code)) return; // better-auth refuses it
    const userId = await userOf(ctx);
    if (!userId) return; // better-auth answers 401 itself
    const stored = await totpSecretOf(database.db, userId);
    if (!stored) return;
    let secret: string;
    try {
      secret = await symmetricDecrypt({ key: ctx.context.secretConfig as never, data: stored });
    } catch {
      return; // better-auth reports the broken secret
    }
    const step = matchingStep(secret, code);
    if (step === undefined) return; // a wrong code: better-auth refuses and counts it
    if (!(await claimStep(database, userId, step))) throw new APIError("UNAUTHORIZED", TOTP_CODE_ALREADY_USED);
  };
}

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** The user verifying: the signed-in one (turning TOTP on), or the one half way through a sign-in (two-factor cookie). */
async function userOf(ctx: HookContext): Promise<string | undefined> {
  const session = await getSessionFromCtx(ctx).catch(() => null);
  if (session) return session.user.id;
  const cookie = ctx.context.createAuthCookie("two_factor");
  const challenge = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!challenge) return undefined;
  const verification = await ctx.context.internalAdapter.findVerificationValue(challenge);
  return verification && verification.expiresAt > new Date() ? verification.value : undefined;
}

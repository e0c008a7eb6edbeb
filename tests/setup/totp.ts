import { createHmac } from "node:crypto";

// A minimal RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) so tests can play the authenticator app.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Decodes RFC 4648 base32 (padding and case ignored). */
export function base32Decode(input: string): Buffer {
  const clean = input.replace(/=+$/, "").toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const i = ALPHABET.indexOf(ch);
    if (i < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The HOTP code (RFC 4226) for a key and counter. */
export function hotp(key: Buffer, counter: number, digits = 6): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", key).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const bin = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(bin % 10 ** digits).padStart(digits, "0");
}

/**
 * The TOTP code for a base32 secret (or an otpauth:// URI holding one). `step` shifts by whole periods:
 * servers accept the neighbouring period too, so a test can get a second, different valid code.
 */
export function totp(secretOrUri: string, opts: { step?: number; now?: number } = {}): string {
  const secret = secretOrUri.startsWith("otpauth://") ? secretFromUri(secretOrUri) : secretOrUri;
  const counter = Math.floor((opts.now ?? Date.now()) / 30_000) + (opts.step ?? 0);
  return hotp(base32Decode(secret), counter);
}

/** The base32 secret of an otpauth:// URI. */
export function secretFromUri(uri: string): string {
  const secret = new URL(uri).searchParams.get("secret");
  if (!secret) throw new Error(`no secret in ${uri}`);
  return secret;
}

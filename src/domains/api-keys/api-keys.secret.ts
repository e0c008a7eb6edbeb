import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// An API key is "pw_" followed by 32 random bytes in base64url (256 bits). Only its SHA-256 is stored: with that
// much entropy a slow password hash adds nothing, and a fast hash lets every request look the key up by index.

const PREFIX = "pw_";
const SECRET_BYTES = 32;
/** How many leading characters of a key are stored in clear and shown in lists, so people can tell keys apart. */
export const VISIBLE_CHARS = 11;
const KEY_SHAPE = /^pw_[A-Za-z0-9_-]{43}$/;

/** A new secret key, its display prefix and the hash to store. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = PREFIX + randomBytes(SECRET_BYTES).toString("base64url");
  return { key, prefix: key.slice(0, VISIBLE_CHARS), hash: hashApiKey(key) };
}

/** The stored form of a key: hex SHA-256. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** True when the text has the shape of one of our keys (anything else is refused before touching the database). */
export function looksLikeApiKey(text: string): boolean {
  return KEY_SHAPE.test(text);
}

/** Compares a presented key with a stored hash in constant time. */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(key), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

import { describe, expect, it } from "vitest";
import { hashApiKey, keyMatches, looksLikeApiKey, newApiKey, VISIBLE_CHARS } from "./api-keys.secret.js";

describe("API key secrets", () => {
  it("makes distinct 256-bit keys with a visible prefix and stores only their hash", () => {
    const a = newApiKey();
    const b = newApiKey();
    expect(a.key).not.toBe(b.key);
    expect(a.key).toMatch(/^pw_[A-Za-z0-9_-]{43}$/);
    expect(a.prefix).toBe(a.key.slice(0, VISIBLE_CHARS));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.key.slice(3));
    expect(looksLikeApiKey(a.key)).toBe(true);
  });

  it("matches a key only against its own hash", () => {
    const a = newApiKey();
    const b = newApiKey();
    expect(keyMatches(a.key, a.hash)).toBe(true);
    expect(keyMatches(b.key, a.hash)).toBe(false);
    expect(keyMatches(a.key, "00")).toBe(false);
    expect(hashApiKey(a.key)).toBe(a.hash);
  });

  it("refuses texts that are not shaped like a key", () => {
    for (const t of ["", "pw_", "pw_short", `xx_${"a".repeat(43)}`, `pw_${"a".repeat(42)}!`, `pw_${"a".repeat(44)}`])
      expect(looksLikeApiKey(t)).toBe(false);
  });
});

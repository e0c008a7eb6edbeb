import { describe, expect, it } from "vitest";
import { FixedWindowLimiter, rateLimitHeaders } from "./rate-limit.js";

describe("FixedWindowLimiter", () => {
  it("allows `limit` requests per window and per id, then refuses until the window ends", () => {
    const l = new FixedWindowLimiter(3, 60);
    const t0 = 1_800_000_000_000; // a window boundary (divisible by 60 000)
    expect([1, 2, 3].map((i) => l.hit("a", t0 + i).allowed)).toEqual([true, true, true]);
    const refused = l.hit("a", t0 + 10_000);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, limit: 3, resetSeconds: 50 });
    expect(l.hit("b", t0 + 10_000)).toMatchObject({ allowed: true, remaining: 2 });
    expect(l.hit("a", t0 + 60_000)).toMatchObject({ allowed: true, remaining: 2, resetSeconds: 60 });
  });

  it("says where the client stands in the IETF header fields", () => {
    const h = rateLimitHeaders({ allowed: true, limit: 600, remaining: 599, resetSeconds: 42, windowSeconds: 60 });
    expect(h).toEqual({
      "RateLimit-Policy": '"api-key";q=600;w=60',
      RateLimit: '"api-key";r=599;t=42',
      "RateLimit-Limit": "600",
      "RateLimit-Remaining": "599",
      "RateLimit-Reset": "42",
    });
  });
});

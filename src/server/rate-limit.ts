// A fixed-window request counter per API key or signed-in person, kept in this process's memory, and the IETF RateLimit header fields
// that tell a client where it stands. Several server processes behind one PostgreSQL each count on their own.

export interface RateState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the quota is full again. */
  resetSeconds: number;
  windowSeconds: number;
}

/** Counts requests per id in fixed windows of `windowSeconds`; at most `limit` are allowed in one window. */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(
    readonly limit: number,
    readonly windowSeconds: number,
  ) {}

  /** Counts one request of `id` (refused requests count too, so hammering does not shorten the wait). */
  hit(id: string, now = Date.now()): RateState {
    const windowMs = this.windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    let w = this.windows.get(id);
    if (!w || w.start !== start) {
      if (this.windows.size > 10_000) this.sweep(start);
      w = { start, count: 0 };
      this.windows.set(id, w);
    }
    w.count++;
    return {
      allowed: w.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - w.count),
      resetSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)),
      windowSeconds: this.windowSeconds,
    };
  }

  private sweep(currentStart: number) {
    for (const [id, w] of this.windows) if (w.start !== currentStart) this.windows.delete(id);
  }
}

/**
 * The header fields of draft-ietf-httpapi-ratelimit-headers: `RateLimit-Policy` and `RateLimit` (current drafts),
 * and `RateLimit-Limit` / `-Remaining` / `-Reset` (earlier drafts, which many client libraries read).
 */
export function rateLimitHeaders(s: RateState, policy = "api-key"): Record<string, string> {
  return {
    "RateLimit-Policy": `"${policy}";q=${s.limit};w=${s.windowSeconds}`,
    RateLimit: `"${policy}";r=${s.remaining};t=${s.resetSeconds}`,
    "RateLimit-Limit": String(s.limit),
    "RateLimit-Remaining": String(s.remaining),
    "RateLimit-Reset": String(s.resetSeconds),
  };
}

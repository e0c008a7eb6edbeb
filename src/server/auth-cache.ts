import type { MiddlewareHandler } from "hono";

// Who is asking is looked up on every /api/v1 request: the session (better-auth: session row + user row) and the
// membership in the active organisation (role, the organisation's two-factor rule). Clients send requests in
// bursts, so both answers are kept briefly in this process — a few seconds, never longer than the session lives.
//
// Security first: anything that can change these answers empties the cache at once in this process — every
// successful write through /api/auth/* (sign-out, revoking sessions, switching organisation, role changes,
// removing a member, accepting an invitation, two-factor on/off, password changes) and every successful write to
// the organisation's settings, one's own account or invitations (/api/v1/organization, /me, /invitations). Another process (a second
// server on the same PostgreSQL database, or the CLI) cannot reach this cache: there a change takes effect after
// at most TTL_MS. Better-auth's own cookie cache is not used: it would keep a signed-out session valid for minutes.

export const AUTH_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * A small map whose entries expire; the oldest entries go first when it is full. `clear()` also turns away
 * answers looked up before it (by their `generation`), so a lookup racing a change cannot store the old answer.
 */
export class TtlCache<V> {
  private readonly map = new Map<string, { value: V; expires: number }>();
  generation = 0;
  constructor(
    private readonly ttlMs: number,
    private readonly max = MAX_ENTRIES,
  ) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (hit.expires <= Date.now()) {
      this.map.delete(key);
      return undefined;
    }
    return hit.value;
  }

  /** Keeps `value`, looked up at `generation`, for the cache's lifetime or until `until` (ms since epoch). */
  set(key: string, value: V, generation: number, until?: number): void {
    if (generation !== this.generation) return;
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, { value, expires: Math.min(Date.now() + this.ttlMs, until ?? Infinity) });
  }

  clear(): void {
    this.generation++;
    this.map.clear();
  }
}

/** The two lookups of every request, cached together so one event empties both. */
export class AuthCache {
  readonly sessions = new TtlCache<{ user: unknown; activeOrganizationId: string | null }>(AUTH_CACHE_TTL_MS);
  readonly memberships = new TtlCache<{ role: string; requireTwoFactor: boolean | null }>(AUTH_CACHE_TTL_MS);

  clear(): void {
    this.sessions.clear();
    this.memberships.clear();
  }
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
const INVALIDATING = [/^\/api\/auth\//, /^\/api\/v1\/(organization|me|invitations)(\/|$)/];

/** Empties the cache after every successful write that may change a session, a membership or a role. */
export function invalidateAuthCache(cache: AuthCache): MiddlewareHandler {
  return async (c, next) => {
    const writes = !SAFE.has(c.req.method) && INVALIDATING.some((p) => p.test(c.req.path));
    await next();
    if (writes && c.res.status < 400) cache.clear();
  };
}

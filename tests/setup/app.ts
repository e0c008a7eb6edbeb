import { afterAll, beforeAll } from "vitest";
import { parseEnv } from "../../src/platform/env.js";
import { bootApp } from "../../src/server/boot.js";
import type { Database } from "../../src/platform/db.js";
import { freshDatabase } from "./db.js";

export const ORIGIN = "http://localhost";

export type TestApp = Awaited<ReturnType<typeof bootApp>>;

/** Boots the real app on a fresh database for the current test file (`settings` override environment variables). */
export function useTestApp(settings: Record<string, string> = {}): { get: () => TestApp } {
  let booted: TestApp | undefined;
  let dispose: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const fresh = await freshDatabase();
    dispose = fresh.dispose;
    const env = parseEnv({
      NODE_ENV: "test",
      PARTNERWISE_LOG_LEVEL: "warn",
      PARTNERWISE_SECRET: "test-secret-test-secret-test-secret",
      ...settings,
    });
    booted = await bootApp(env, { database: fresh.database as Database, rateLimit: false });
  });
  afterAll(async () => {
    await dispose?.();
  });
  return { get: () => booted! };
}

export interface Res<T = any> {
  status: number;
  contentType: string;
  body: T;
  headers: Headers;
}

/** A cookie-keeping HTTP client that calls the app in-process (no socket), sending this server's Origin. */
export class Client {
  cookies = new Map<string, string>();
  constructor(readonly app: TestApp) {}

  async req<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res<T>> {
    const h: Record<string, string> = { Host: "localhost", Origin: ORIGIN, Accept: "application/json", ...headers };
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      h["Content-Type"] = "application/json";
      payload = JSON.stringify(body);
    }
    if (this.cookies.size) h.Cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await this.app.app.request(`${ORIGIN}${path}`, { method, headers: h, body: payload });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (value === "" || /max-age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const contentType = res.headers.get("content-type") ?? "";
    const raw = await res.arrayBuffer();
    let parsed: unknown = raw;
    if (contentType.includes("json") && raw.byteLength) parsed = JSON.parse(new TextDecoder().decode(raw));
    else if (contentType.startsWith("text/")) parsed = new TextDecoder().decode(raw);
    return { status: res.status, contentType, body: parsed as T, headers: res.headers };
  }
  get<T = any>(path: string) {
    return this.req<T>("GET", path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.req<T>("POST", path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.req<T>("PATCH", path, body);
  }
  delete<T = any>(path: string) {
    return this.req<T>("DELETE", path);
  }
}

let counter = 0;
const uniq = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface Account {
  client: Client;
  userId: string;
  email: string;
  orgId: string;
}

/** Signs up a new user (password "Correct-Horse-9-battery"). */
export async function signUp(app: TestApp, name = "Test User"): Promise<{ client: Client; userId: string; email: string }> {
  const client = new Client(app);
  const email = `u-${uniq()}@example.org`;
  const r = await client.post("/api/auth/sign-up/email", { email, password: "Correct-Horse-9-battery", name });
  if (r.status !== 200) throw new Error(`sign-up failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { client, userId: r.body.user.id, email };
}

/** Signs up a user who owns a new, active organisation. */
export async function ownerWithOrg(app: TestApp, orgName = "NGO"): Promise<Account> {
  const { client, userId, email } = await signUp(app, `Owner of ${orgName}`);
  const org = await client.post("/api/auth/organization/create", { name: orgName, slug: `ngo-${uniq()}` });
  if (org.status !== 200) throw new Error(`org create failed: ${org.status} ${JSON.stringify(org.body)}`);
  await client.post("/api/auth/organization/set-active", { organizationId: org.body.id });
  return { client, userId, email, orgId: org.body.id };
}

/** Adds a new user to an organisation with a role (via invitation + acceptance), active in it. */
export async function memberOf(app: TestApp, owner: Account, role: "admin" | "member" | "viewer"): Promise<Account> {
  const { client, userId, email } = await signUp(app, `A ${role}`);
  const inv = await owner.client.post("/api/auth/organization/invite-member", { email, role, organizationId: owner.orgId });
  if (inv.status !== 200) throw new Error(`invite failed: ${inv.status} ${JSON.stringify(inv.body)}`);
  const acc = await client.post("/api/auth/organization/accept-invitation", { invitationId: inv.body.id });
  if (acc.status !== 200) throw new Error(`accept failed: ${acc.status} ${JSON.stringify(acc.body)}`);
  await client.post("/api/auth/organization/set-active", { organizationId: owner.orgId });
  return { client, userId, email, orgId: owner.orgId };
}

export function isProblem(r: Res, status: number): boolean {
  return r.status === status && r.contentType.includes("application/problem+json");
}

import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "../../src/platform/env.js";
import { bootApp } from "../../src/server/boot.js";
import { Client, isProblem, memberOf, ownerWithOrg, signUp, useTestApp, type TestApp } from "../setup/app.js";
import { hotp, totp } from "../setup/totp.js";

const app = useTestApp();
const PASSWORD = "Correct-Horse-9-battery";

const mailsTo = (a: TestApp, email: string) => a.mailer.outbox.filter((m) => m.to === email);

async function signIn(a: TestApp, email: string, password: string) {
  const client = new Client(a);
  const res = await client.post("/api/auth/sign-in/email", { email, password });
  return { client, res };
}

/** Turns on TOTP for a signed-in client; returns the otpauth URI and the backup codes. */
async function enableTotp(client: Client) {
  const en = await client.post("/api/auth/two-factor/enable", { password: PASSWORD });
  expect(en.status).toBe(200);
  const { totpURI, backupCodes } = en.body as { totpURI: string; backupCodes: string[] };
  expect(totpURI).toMatch(/^otpauth:\/\/totp\/Partnerwise:/);
  const ok = await client.post("/api/auth/two-factor/verify-totp", { code: totp(totpURI) });
  expect(ok.status).toBe(200);
  return { totpURI, backupCodes };
}

/** A six-digit code the server cannot accept now (it accepts the current period and its neighbours). */
function wrongCode(uri: string): string {
  const valid = new Set([-2, -1, 0, 1, 2].map((step) => totp(uri, { step })));
  for (let n = 0; ; n++) if (!valid.has(String(n).padStart(6, "0"))) return String(n).padStart(6, "0");
}

describe("the TOTP test helper", () => {
  it("matches the RFC 6238 SHA-1 test vector", () => {
    // RFC 6238 appendix B: key "12345678901234567890", T = 59 s → 94287082 (8 digits).
    expect(hotp(Buffer.from("12345678901234567890"), 1, 8)).toBe("94287082");
    expect(totp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", { now: 59_000 })).toBe("287082");
  });
});

describe("accounts", () => {
  it("signs up, signs out and signs in again; bad passwords are refused", async () => {
    const { client, email } = await signUp(app.get(), "Ana Example");
    const me = await client.get("/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ email, name: "Ana Example", twoFactorEnabled: false });
    expect(me.body.organizations).toEqual([]);

    expect((await client.post("/api/auth/sign-out")).status).toBe(200);
    expect(isProblem(await client.get("/api/v1/me"), 401)).toBe(true);

    expect((await signIn(app.get(), email, "wrong-password-123")).res.status).toBe(401);
    const again = await signIn(app.get(), email, PASSWORD);
    expect(again.res.status).toBe(200);
    expect((await again.client.get("/api/v1/me")).body.user.email).toBe(email);

    const short = await new Client(app.get()).post("/api/auth/sign-up/email", {
      email: "short@example.org",
      password: "short",
      name: "Short",
    });
    expect(short.status).toBe(400);
  });

  it("answers a sign-up with a taken address as for a new one, changes nothing and mails the owner instead", async () => {
    const a = app.get();
    const { email } = await signUp(a, "Taken Address");
    const fresh = await new Client(a).post("/api/auth/sign-up/email", { email: `new-${email}`, password: PASSWORD, name: "Newcomer" });
    const dupClient = new Client(a);
    const dup = await dupClient.post("/api/auth/sign-up/email", {
      email: email.toUpperCase(),
      password: "Another-Password-42",
      name: "Impostor",
    });
    expect(dup.status).toBe(fresh.status);
    expect(dup.contentType).toBe(fresh.contentType);
    expect(Object.keys(dup.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(Object.keys(dup.body.user).sort()).toEqual(Object.keys(fresh.body.user).sort());
    expect(dup.body.token).toBeNull();
    expect(fresh.body.token).toBeNull();
    expect(dup.body.user).toMatchObject({ email, name: "Impostor", emailVerified: false });
    // Nothing changed: no session for the impostor, the owner's password still works and the other does not.
    expect(isProblem(await dupClient.get("/api/v1/me"), 401)).toBe(true);
    expect((await signIn(a, email, PASSWORD)).res.status).toBe(200);
    expect((await signIn(a, email, "Another-Password-42")).res.status).toBe(401);
    // The owner hears of it, in their language, with the ways back in.
    const mails = mailsTo(a, email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Your Partnerwise account");
    expect(mails[0].text).toContain("/forgot-password");
    // What a new address would be refused, a taken one is refused the same way.
    const short = await new Client(a).post("/api/auth/sign-up/email", { email, password: "short", name: "X" });
    expect(short.status).toBe(400);
    expect(short.body.code).toBe("PASSWORD_TOO_SHORT");
    expect(mailsTo(a, email)).toHaveLength(1);
  });

  it("resets a forgotten password through the token mailed to the user", async () => {
    const a = app.get();
    // The session of whoever knew the old password (say, on a shared office computer) must end with the reset.
    const { email, client: oldSession } = await signUp(a, "Forgetful");
    expect((await oldSession.get("/api/v1/me")).status).toBe(200);
    const anon = new Client(a);
    const req = await anon.post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" });
    expect(req.status).toBe(200);
    const mails = mailsTo(a, email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toMatch(/reset/i);
    const token = /\/reset-password\?token=([^\s&]+)/.exec(mails[0].text)?.[1];
    expect(token).toBeTruthy();

    // Unknown addresses get the same answer and no mail.
    const before = a.mailer.outbox.length;
    expect(
      (await anon.post("/api/auth/request-password-reset", { email: "nobody-here@example.org", redirectTo: "/reset-password" })).status,
    ).toBe(200);
    expect(a.mailer.outbox.length).toBe(before);

    expect((await anon.post("/api/auth/reset-password", { newPassword: "short", token: decodeURIComponent(token!) })).status).toBe(400);
    const reset = await anon.post("/api/auth/reset-password", {
      newPassword: "A-brand-new-passphrase-7",
      token: decodeURIComponent(token!),
    });
    expect(reset.status).toBe(200);
    expect(
      (await anon.post("/api/auth/reset-password", { newPassword: "Yet-another-passphrase-8", token: decodeURIComponent(token!) })).status,
    ).toBe(400);

    expect((await signIn(a, email, PASSWORD)).res.status).toBe(401);
    expect((await signIn(a, email, "A-brand-new-passphrase-7")).res.status).toBe(200);
    expect(isProblem(await oldSession.get("/api/v1/me"), 401)).toBe(true);
  });

  it("writes the reset mail in the user's language", async () => {
    const a = app.get();
    const { email, client } = await signUp(a, "Gerda");
    expect((await client.patch("/api/v1/me", { locale: "de" })).status).toBe(204);
    expect((await new Client(a).post("/api/auth/request-password-reset", { email, redirectTo: "/reset-password" })).status).toBe(200);
    const [mail] = mailsTo(a, email);
    expect(mail.subject).toBe("Ihr Partnerwise-Passwort zurücksetzen");
    expect(mail.text).toMatch(/\/reset-password\?token=/);
  });
});

describe("two-factor authentication (TOTP)", () => {
  it("enables TOTP with the password, then demands a code at sign-in; backup codes work once", async () => {
    const a = app.get();
    const { client, email } = await signUp(a, "Careful User");
    expect((await client.post("/api/auth/two-factor/enable", { password: "not-my-password" })).status).toBe(400);

    const en = await client.post("/api/auth/two-factor/enable", { password: PASSWORD });
    expect(en.status).toBe(200);
    const { totpURI, backupCodes } = en.body as { totpURI: string; backupCodes: string[] };
    // Not enabled until the first code is verified.
    expect((await client.get("/api/v1/me")).body.user.twoFactorEnabled).toBe(false);
    expect((await client.post("/api/auth/two-factor/verify-totp", { code: wrongCode(totpURI) })).status).toBe(401);
    expect((await client.post("/api/auth/two-factor/verify-totp", { code: totp(totpURI) })).status).toBe(200);
    expect((await client.get("/api/v1/me")).body.user.twoFactorEnabled).toBe(true);
    expect(backupCodes.length).toBeGreaterThanOrEqual(8);

    // Sign-in now stops half way: no session until a code is given.
    const s = await signIn(a, email, PASSWORD);
    expect(s.res.status).toBe(200);
    expect(s.res.body).toMatchObject({ twoFactorRedirect: true });
    expect(isProblem(await s.client.get("/api/v1/me"), 401)).toBe(true);
    expect((await s.client.post("/api/auth/two-factor/verify-totp", { code: wrongCode(totpURI) })).status).toBe(401);
    expect((await s.client.post("/api/auth/two-factor/verify-totp", { code: totp(totpURI, { step: 1 }) })).status).toBe(200);
    expect((await s.client.get("/api/v1/me")).status).toBe(200);

    // A backup code replaces the authenticator once.
    const b1 = await signIn(a, email, PASSWORD);
    expect(b1.res.body.twoFactorRedirect).toBe(true);
    expect((await b1.client.post("/api/auth/two-factor/verify-backup-code", { code: backupCodes[0] })).status).toBe(200);
    expect((await b1.client.get("/api/v1/me")).status).toBe(200);
    const b2 = await signIn(a, email, PASSWORD);
    expect((await b2.client.post("/api/auth/two-factor/verify-backup-code", { code: backupCodes[0] })).status).toBe(401);
    expect(isProblem(await b2.client.get("/api/v1/me"), 401)).toBe(true);
    expect((await b2.client.post("/api/auth/two-factor/verify-backup-code", { code: backupCodes[1] })).status).toBe(200);
    expect((await b2.client.get("/api/v1/me")).status).toBe(200);
  });

  describe("a TOTP code is accepted once (RFC 6238 §5.2)", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("refuses a code used in one sign-in in a second one, and a code older than the last used; a fresh code works", async () => {
      // The clock is held 10 s into a 30 s period, so no period ends between one step and the next.
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Math.floor(Date.now() / 30_000) * 30_000 + 10_000);
      const a = app.get();
      const { client, email } = await signUp(a, "Replay Target");
      const { totpURI } = await enableTotp(client); // uses the current period's code

      const first = await signIn(a, email, PASSWORD);
      expect(first.res.body.twoFactorRedirect).toBe(true);
      const code = totp(totpURI, { step: 1 });
      expect((await first.client.post("/api/auth/two-factor/verify-totp", { code })).status).toBe(200);
      expect((await first.client.get("/api/v1/me")).status).toBe(200);

      // The same code in a second sign-in: refused, and no session starts.
      const second = await signIn(a, email, PASSWORD);
      expect(second.res.body.twoFactorRedirect).toBe(true);
      const replay = await second.client.post("/api/auth/two-factor/verify-totp", { code });
      expect(isProblem(replay, 401)).toBe(true);
      expect(replay.body.code).toBe("TOTP_CODE_ALREADY_USED");
      expect(isProblem(await second.client.get("/api/v1/me"), 401)).toBe(true);
      // A code of an earlier period, still inside the clock-skew window, is refused as well.
      const older = await second.client.post("/api/auth/two-factor/verify-totp", { code: totp(totpURI) });
      expect(isProblem(older, 401)).toBe(true);
      expect(older.body.code).toBe("TOTP_CODE_ALREADY_USED");
      expect(isProblem(await second.client.get("/api/v1/me"), 401)).toBe(true);

      // Thirty seconds on, the next code is fresh and signs the same challenge in.
      vi.setSystemTime(Date.now() + 30_000);
      expect((await second.client.post("/api/auth/two-factor/verify-totp", { code: totp(totpURI, { step: 1 }) })).status).toBe(200);
      expect((await second.client.get("/api/v1/me")).status).toBe(200);
    });

    it("lets only one of two concurrent sign-ins with the same code in; the same for a backup code", async () => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Math.floor(Date.now() / 30_000) * 30_000 + 10_000);
      const a = app.get();
      const { client, email } = await signUp(a, "Concurrent Target");
      const { totpURI, backupCodes } = await enableTotp(client);

      const pair = async () => {
        const [x, y] = await Promise.all([signIn(a, email, PASSWORD), signIn(a, email, PASSWORD)]);
        expect(x.res.body.twoFactorRedirect).toBe(true);
        expect(y.res.body.twoFactorRedirect).toBe(true);
        return [x.client, y.client];
      };

      const code = totp(totpURI, { step: 1 });
      const totpClients = await pair();
      const totpAnswers = await Promise.all(totpClients.map((c) => c.post("/api/auth/two-factor/verify-totp", { code })));
      expect(totpAnswers.map((r) => r.status).sort()).toEqual([200, 401]);
      expect(totpAnswers.find((r) => r.status === 401)?.contentType).toContain("application/problem+json");
      const totpMe = await Promise.all(totpClients.map((c) => c.get("/api/v1/me")));
      expect(totpMe.map((r) => r.status).sort()).toEqual([200, 401]);

      const backupClients = await pair();
      const backupAnswers = await Promise.all(
        backupClients.map((c) => c.post("/api/auth/two-factor/verify-backup-code", { code: backupCodes[0] })),
      );
      const statuses = backupAnswers.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect(statuses[1]).toBeGreaterThanOrEqual(400);
      expect(statuses[1]).toBeLessThan(500);
      expect(backupAnswers.find((r) => r.status !== 200)?.contentType).toContain("application/problem+json");
      const backupMe = await Promise.all(backupClients.map((c) => c.get("/api/v1/me")));
      expect(backupMe.map((r) => r.status).sort()).toEqual([200, 401]);
    });
  });

  it("lets an organisation require 2FA: members without it get 403 two_factor_required until they enable it", async () => {
    const owner = await ownerWithOrg(app.get(), "NGO Strict");
    const m = await memberOf(app.get(), owner, "member");
    expect((await m.client.get("/api/v1/companies")).status).toBe(200);

    // Only admins may change the setting.
    expect(isProblem(await m.client.patch("/api/v1/organization", { requireTwoFactor: true }), 403)).toBe(true);
    // An admin without 2FA cannot make it mandatory (they would lock themselves out).
    const premature = await owner.client.patch("/api/v1/organization", { requireTwoFactor: true });
    expect(isProblem(premature, 422)).toBe(true);
    expect(premature.body.errors[0].path).toBe("requireTwoFactor");
    await enableTotp(owner.client);
    const set = await owner.client.patch("/api/v1/organization", { requireTwoFactor: true });
    expect(set.status).toBe(200);
    expect(set.body.requireTwoFactor).toBe(true);

    for (const r of [
      await m.client.get("/api/v1/companies"),
      await m.client.post("/api/v1/companies", { name: "X", country: "DE" }),
      await m.client.get("/api/v1/organization"),
    ]) {
      expect(isProblem(r, 403)).toBe(true);
      expect(r.body.code).toBe("two_factor_required");
    }
    // Nor can they reach the organisation through better-auth's organisation endpoints.
    const admin = await memberOf(app.get(), owner, "admin");
    for (const r of [
      await m.client.get(`/api/auth/organization/get-full-organization?organizationId=${owner.orgId}`),
      await m.client.get(`/api/auth/organization/list-members?organizationId=${owner.orgId}`),
      await admin.client.post("/api/auth/organization/invite-member", {
        email: "later@example.org",
        role: "member",
        organizationId: owner.orgId,
      }),
      await admin.client.post("/api/auth/organization/update-member-role", { memberId: "x", role: "admin", organizationId: owner.orgId }),
    ]) {
      expect(r.status).toBe(403);
      expect(r.body.code).toBe("two_factor_required");
    }
    expect((await owner.client.get(`/api/auth/organization/get-full-organization?organizationId=${owner.orgId}`)).status).toBe(200);
    // They can still see who they are (to learn what to do) and set up 2FA.
    expect((await m.client.get("/api/v1/me")).body.organizations[0]).toMatchObject({ id: owner.orgId, requireTwoFactor: true });
    await enableTotp(m.client);
    expect((await m.client.get("/api/v1/companies")).status).toBe(200);
    expect((await m.client.get(`/api/auth/organization/get-full-organization?organizationId=${owner.orgId}`)).status).toBe(200);
    expect((await owner.client.get("/api/v1/companies")).status).toBe(200);
  });
});

describe("organisation membership and roles", () => {
  it("invites by an e-mail link to /accept-invitation/<id>, and the invitee joins with the given role", async () => {
    const a = app.get();
    const owner = await ownerWithOrg(a, "NGO Inviting");
    const invitee = await signUp(a, "Newcomer");
    const inv = await owner.client.post("/api/auth/organization/invite-member", {
      email: invitee.email,
      role: "member",
      organizationId: owner.orgId,
    });
    expect(inv.status).toBe(200);
    const mail = mailsTo(a, invitee.email).at(-1)!;
    expect(mail.subject).toContain("NGO Inviting");
    const id = /\/accept-invitation\/([0-9a-f-]{36})/.exec(mail.text)?.[1];
    expect(id).toBe(inv.body.id);

    // Someone else cannot use the invitation.
    const other = await signUp(a, "Interloper");
    expect((await other.client.post("/api/auth/organization/accept-invitation", { invitationId: id })).status).toBeGreaterThanOrEqual(400);

    expect((await invitee.client.post("/api/auth/organization/accept-invitation", { invitationId: id })).status).toBe(200);
    await invitee.client.post("/api/auth/organization/set-active", { organizationId: owner.orgId });
    expect((await invitee.client.get("/api/v1/organization")).body).toMatchObject({ id: owner.orgId, role: "member" });
    const members = await owner.client.get("/api/v1/organization/members");
    expect(members.body.items.map((x: { email: string; role: string }) => [x.email, x.role])).toContainEqual([invitee.email, "member"]);
  });

  it("refuses invitations from members and viewers", async () => {
    const owner = await ownerWithOrg(app.get(), "NGO Roles");
    const m = await memberOf(app.get(), owner, "member");
    const v = await memberOf(app.get(), owner, "viewer");
    for (const who of [m, v]) {
      const r = await who.client.post("/api/auth/organization/invite-member", {
        email: "someone@example.org",
        role: "member",
        organizationId: owner.orgId,
      });
      expect(r.status).toBe(403);
    }
    const admin = await memberOf(app.get(), owner, "admin");
    expect(
      (
        await admin.client.post("/api/auth/organization/invite-member", {
          email: "someone@example.org",
          role: "member",
          organizationId: owner.orgId,
        })
      ).status,
    ).toBe(200);
  });

  it("lets a viewer read but not write anything under /api/v1", async () => {
    const owner = await ownerWithOrg(app.get(), "NGO Viewer");
    const co = (await owner.client.post("/api/v1/companies", { name: "Readable Ltd", country: "IE" })).body;
    const v = await memberOf(app.get(), owner, "viewer");
    expect((await v.client.get("/api/v1/companies")).body.total).toBe(1);
    expect((await v.client.get(`/api/v1/companies/${co.id}`)).status).toBe(200);
    const writes = [
      await v.client.post("/api/v1/companies", { name: "Nope", country: "IE" }),
      await v.client.patch(`/api/v1/companies/${co.id}`, { name: "Changed" }),
      await v.client.delete(`/api/v1/companies/${co.id}`),
      await v.client.post(`/api/v1/companies/${co.id}/merge`, { sourceId: co.id }),
      await v.client.patch("/api/v1/organization", { name: "Taken over" }),
    ];
    for (const r of writes) expect(isProblem(r, 403)).toBe(true);
    expect((await owner.client.get(`/api/v1/companies/${co.id}`)).body.name).toBe("Readable Ltd");
    expect((await owner.client.get("/api/v1/organization")).body.name).toBe("NGO Viewer");
  });
});

describe("sign-in rate limiting", () => {
  it("answers 429 to the fourth rapid wrong sign-in when the limit is 3", async () => {
    const env = parseEnv({
      NODE_ENV: "test",
      PARTNERWISE_LOG_LEVEL: "warn",
      PARTNERWISE_SECRET: "test-secret-test-secret-test-secret",
      PARTNERWISE_SIGNIN_RATE_LIMIT: "3",
    });
    const limited = await bootApp(env, { database: app.get().database, rateLimit: true });
    const { email } = await signUp(app.get(), "Targeted");
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await signIn(limited, email, `wrong-password-${i}`)).res.status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    // The limit applies to the right password too while it lasts.
    expect((await signIn(limited, email, PASSWORD)).res.status).toBe(429);
    // The unlimited app (another instance, own counters) is unaffected.
    expect((await signIn(app.get(), email, PASSWORD)).res.status).toBe(200);
  });
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Client, isProblem, ownerWithOrg, signUp, useTestApp } from "../setup/app.js";

const app = useTestApp({ PARTNERWISE_DATA_DIR: mkdtempSync(join(tmpdir(), "pw-headers-files-")) });
const SANDBOX = "sandbox; default-src 'none'";

describe("security headers", () => {
  it("keeps the sandbox CSP on file downloads and exports; the app-wide CSP elsewhere", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Headers");
    const co = (await a.client.post("/api/v1/companies", { name: "Evidence GmbH", country: "DE" })).body;
    const s = (await a.client.post(`/api/v1/companies/${co.id}/screenings`, {})).body;
    const f = new FormData();
    f.append("file", new File(["<html><script>alert(1)</script></html>"], "notes.txt", { type: "text/plain" }));
    const up = await a.client.post(`/api/v1/screenings/${s.id}/files`, f);
    expect(up.status).toBe(201);
    const down = await a.client.get(`/api/v1/screenings/${s.id}/files/${up.body.id}`);
    expect(down.status).toBe(200);
    expect(down.headers.get("content-security-policy")).toBe(SANDBOX);
    expect(down.headers.get("cache-control")).toBe("private, no-store");

    const csv = await a.client.get("/api/v1/companies/export?format=csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-security-policy")).toBe(SANDBOX);

    const json = await a.client.get("/api/v1/companies");
    expect(json.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(json.headers.get("content-security-policy")).not.toContain("sandbox");
  });

  it("sends Cache-Control: no-store on signed-in JSON and a Permissions-Policy on every answer", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Cache");
    for (const path of ["/api/v1/me", "/api/v1/companies", "/api/v1/networks"]) {
      const r = await a.client.get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get("cache-control"), path).toBe("no-store");
    }
    const session = await a.client.get("/api/auth/get-session");
    expect(session.status).toBe(200);
    expect(session.headers.get("cache-control")).toBe("no-store");
    const problemAnswer = await a.client.get("/api/v1/companies/00000000-0000-4000-8000-000000000000");
    expect(problemAnswer.headers.get("cache-control")).toBe("no-store");

    const policy = (await new Client(app.get()).get("/api/health")).headers.get("permissions-policy") ?? "";
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"]) expect(policy).toContain(feature);
  });
});

describe("better-auth errors as problem+json", () => {
  it("answers a wrong password, a short password and a missing session as problem+json keeping better-auth's code and message", async () => {
    const { email } = await signUp(app.get(), "Problem Person");
    const anon = new Client(app.get());
    const wrong = await anon.post("/api/auth/sign-in/email", { email, password: "wrong-password-123" });
    expect(isProblem(wrong, 401)).toBe(true);
    expect(wrong.body).toMatchObject({
      status: 401,
      title: "Unauthorized",
      code: "INVALID_EMAIL_OR_PASSWORD",
      type: "https://partnerwise.dev/problems/invalid_email_or_password",
    });
    expect(wrong.body.detail).toBeTruthy();
    expect(wrong.body.message).toBe(wrong.body.detail);

    const short = await anon.post("/api/auth/sign-up/email", { email: "short-pw@example.org", password: "short", name: "Short" });
    expect(isProblem(short, 400)).toBe(true);
    expect(short.body.code).toBe("PASSWORD_TOO_SHORT");

    const noSession = await anon.post("/api/auth/organization/create", { name: "X", slug: "x-no-session" });
    expect(noSession.status).toBeGreaterThanOrEqual(400);
    expect(noSession.contentType).toContain("application/problem+json");

    const unknown = await anon.get("/api/auth/no-such-endpoint");
    expect(isProblem(unknown, 404)).toBe(true);
  });

  it("keeps better-auth's rate-limit answer and its headers, as problem+json", async () => {
    const { parseEnv } = await import("../../src/platform/env.js");
    const { bootApp } = await import("../../src/server/boot.js");
    const env = parseEnv({
      NODE_ENV: "test",
      PARTNERWISE_LOG_LEVEL: "silent",
      PARTNERWISE_SECRET: "test-secret-test-secret-test-secret",
      PARTNERWISE_SIGNIN_RATE_LIMIT: "2",
    });
    const limited = await bootApp(env, { database: app.get().database, rateLimit: true });
    const c = new Client(limited);
    const attempt = () => c.post("/api/auth/sign-in/email", { email: "nobody@example.org", password: "wrong-password-123" });
    let last = await attempt();
    for (let i = 1; i < 4; i++) last = await attempt();
    expect(isProblem(last, 429)).toBe(true);
    expect(last.body.code).toBeTruthy();
    expect(last.headers.get("x-retry-after")).toBeTruthy();
  });
});

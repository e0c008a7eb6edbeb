// A typed client generated from the OpenAPI document (openapi-typescript types, openapi-fetch) scripts the whole
// integrator's path: sign up, create an organisation, create an API key, then with the key only create a company,
// list, search, screen it and start an engagement. The committed types must equal what the served document gives.
import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import type { paths } from "../generated/partnerwise-api.js";
import { API_TYPES_FILE, renderApiTypes } from "../setup/api-types.js";
import { useTestApp } from "../setup/app.js";

const app = useTestApp();
const BASE = "http://localhost";

/** A client that talks to the in-process app; with `cookies`, it keeps the session cookie and sends our Origin. */
function client(opts: { cookies?: Map<string, string>; headers?: Record<string, string> } = {}) {
  const c = createClient<paths>({
    baseUrl: BASE,
    fetch: (request) => Promise.resolve(app.get().app.request(request)),
    headers: opts.headers,
  });
  const jar = opts.cookies;
  if (jar) {
    c.use({
      onRequest({ request }) {
        request.headers.set("Origin", BASE);
        if (jar.size) request.headers.set("Cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
        return request;
      },
      onResponse({ response }) {
        for (const line of response.headers.getSetCookie()) {
          const [pair] = line.split(";");
          const i = pair.indexOf("=");
          jar.set(pair.slice(0, i), pair.slice(i + 1));
        }
        return response;
      },
    });
  }
  return c;
}

describe("a client generated from the OpenAPI document", () => {
  it("is up to date with the served document", async () => {
    const res = await app.get().app.request(`${BASE}/api/openapi.json`);
    const expected = await renderApiTypes((await res.json()) as object);
    expect(readFileSync(API_TYPES_FILE, "utf8") === expected, `${API_TYPES_FILE} is out of date: run \`npm run generate:client\``).toBe(
      true,
    );
  });

  it("scripts the integrator's path: sign-up, organisation, API key, then companies, search, screening and an engagement with the key", async () => {
    const session = client({ cookies: new Map() });
    const email = `script-${Date.now().toString(36)}@example.org`;
    const signedUp = await session.POST("/api/auth/sign-up/email", {
      body: { name: "Script Author", email, password: "Correct-Horse-9-battery" },
    });
    expect(signedUp.response.status).toBe(200);
    expect(signedUp.data?.user.email).toBe(email);
    const org = await session.POST("/api/auth/organization/create", {
      body: { name: "Scripted NGO", slug: `scripted-${Date.now().toString(36)}` },
    });
    expect(org.response.status).toBe(200);
    const orgId = org.data!.id;
    expect((await session.POST("/api/auth/organization/set-active", { body: { organizationId: orgId } })).response.status).toBe(200);
    const who = await session.GET("/api/auth/get-session");
    expect(who.data?.session.activeOrganizationId).toBe(orgId);

    const created = await session.POST("/api/v1/api-keys", { body: { name: "sync script", role: "member" } });
    expect(created.response.status).toBe(201);
    const key = created.data!.key;
    expect(created.data!.role).toBe("member");

    // From here on only the key: no cookie, no Origin.
    const api = client({ headers: { Authorization: `Bearer ${key}` } });
    const company = await api.POST("/api/v1/companies", {
      body: { name: "Müller Logistik GmbH", country: "DE", description: "Warehousing and road freight" },
    });
    expect(company.response.status).toBe(201);
    expect(company.response.headers.get("RateLimit-Policy")).toMatch(/^"api-key";q=\d+;w=\d+$/);
    const companyId = company.data!.id;

    const list = await api.GET("/api/v1/companies", { params: { query: { limit: 10 } } });
    expect(list.data?.items.map((c) => c.id)).toContain(companyId);
    const search = await api.GET("/api/v1/companies", { params: { query: { q: "Mueller Logistk" } } });
    expect(search.data?.items.map((c) => c.name)).toContain("Müller Logistik GmbH");

    const quick = await api.POST("/api/v1/watchlists/screen", { body: { name: "Müller Logistik GmbH", country: "DE" } });
    expect(quick.response.status).toBe(200);
    expect(quick.data).toBeTruthy();
    const screening = await api.POST("/api/v1/companies/{id}/screenings", { params: { path: { id: companyId } }, body: {} });
    expect(screening.response.status).toBe(201);
    expect(screening.data).toMatchObject({ company: { id: companyId }, status: "draft" });

    const engagement = await api.POST("/api/v1/engagements", {
      body: { companyId, title: "Driver awareness training", modes: ["joint_project"] },
    });
    expect(engagement.response.status, JSON.stringify(engagement.error)).toBe(201);
    expect(engagement.data).toMatchObject({ companyId, stage: "identified" });
    const one = await api.GET("/api/v1/engagements/{id}", { params: { path: { id: engagement.data!.id } } });
    expect(one.data?.title).toBe("Driver awareness training");

    // Errors arrive as the shared Problem, typed.
    const bad = await api.POST("/api/v1/companies", { body: { name: "", country: "XX" } });
    expect(bad.response.status).toBe(422);
    expect(bad.error?.status).toBe(422);
    expect(bad.error?.errors?.map((e) => e.path).sort()).toEqual(["country", "name"]);
  });
});

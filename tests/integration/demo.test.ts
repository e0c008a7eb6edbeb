import { describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../src/domains/demo/demo.seed.js";

/** Seeding the demo goes through the services (screenings, stories, tasks): give it time on a busy machine. */
const SEEDS_THE_DEMO = 240_000;
import { Client, isProblem, signUp, useTestApp, type TestApp } from "../setup/app.js";

const fresh = useTestApp();
const interrupted = useTestApp();

const count = async (app: TestApp, sqlText: string, params: unknown[] = []) =>
  Number((await app.database.query<{ n: number }>(sqlText, params)).rows[0].n);

/** Signs in with the demo password and makes the user's (only) organisation active. */
async function signIn(app: TestApp, email: string, password: string) {
  const client = new Client(app);
  const res = await client.post("/api/auth/sign-in/email", { email, password });
  expect(res.status).toBe(200);
  const orgs = await client.get("/api/auth/organization/list");
  expect(orgs.body).toHaveLength(1);
  expect((await client.post("/api/auth/organization/set-active", { organizationId: orgs.body[0].id })).status).toBe(200);
  return { client, orgId: orgs.body[0].id as string };
}

const names = async (client: Client, q: string): Promise<string[]> =>
  (await client.get(`/api/v1/companies?limit=100&q=${encodeURIComponent(q)}`)).body.items.map((c: { name: string }) => c.name);

describe("demo seed", () => {
  it(
    "fills an empty database with two NGOs in a network, their people and registers, once",
    async () => {
      const app = fresh.get();
      const login = await seedDemoIfEmpty(app.database, app.auth);
      expect(login).toEqual({ email: "demo@partnerwise.org", otherEmail: "demo-pl@partnerwise.org", password: "partnerwise-demo" });

      expect(await count(app, `select count(*)::int n from "user"`)).toBe(5);
      const roles = await app.database.query<{ slug: string; role: string }>(
        `select o.slug, m.role from member m join organization o on o.id = m.organization_id order by o.slug, m.role`,
      );
      expect(roles.rows.map((r) => `${r.slug}:${r.role}`)).toEqual([
        "brueckenhaus-demo:admin",
        "brueckenhaus-demo:member",
        "brueckenhaus-demo:owner",
        "brueckenhaus-demo:viewer",
        "wspolny-horyzont-demo:owner",
      ]);
      expect(
        await count(
          app,
          `select count(*)::int n from org_profile where country is not null and mission is not null and cardinality(languages) > 0`,
        ),
      ).toBe(2);
      expect(await count(app, `select count(*)::int n from network_member where status = 'active'`)).toBe(2);
      expect(
        await count(app, `select count(*)::int n from network_coordinator c join "user" u on u.id = c.user_id where u.email = $1`, [
          login!.email,
        ]),
      ).toBe(1);

      const perOrg = await app.database.query<{ slug: string; n: number }>(
        `select o.slug, count(*)::int n from company c join organization o on o.id = c.organization_id group by o.slug order by o.slug`,
      );
      expect(perOrg.rows).toEqual([
        { slug: "brueckenhaus-demo", n: 200 },
        { slug: "wspolny-horyzont-demo", n: 40 },
      ]);
      const withContacts = await count(app, `select count(distinct company_id)::int n from employment`);
      expect(withContacts).toBeGreaterThan(160);
      // The turnover warning: companies whose contacts have all left.
      const orphaned = await count(
        app,
        `select count(*)::int n from company c where exists (select 1 from employment e where e.company_id = c.id)
         and not exists (select 1 from employment e where e.company_id = c.id and e.ended_on is null)`,
      );
      expect(orphaned).toBeGreaterThanOrEqual(5);
      // People who moved on: an ended job and a current one elsewhere.
      const movers = await count(
        app,
        `select count(*)::int n from contact k where exists (select 1 from employment e where e.contact_id = k.id and e.ended_on is not null)
         and exists (select 1 from employment e where e.contact_id = k.id and e.ended_on is null)`,
      );
      expect(movers).toBeGreaterThanOrEqual(3);
      expect(await count(app, `select count(*)::int n from company where search_name = ''`)).toBe(0);

      // The demo login works through the HTTP API and sees its own register only.
      const demo = await signIn(app, login!.email, login!.password);
      const page = await demo.client.get("/api/v1/companies?limit=5");
      expect(page.body.total).toBe(200);
      expect(await names(demo.client, "muller")).toContain("Müller Gebäudereinigung GmbH");
      expect(await names(demo.client, "lodz")).toContain("Łódzkie Centrum Logistyczne Sp. z o.o.");
      expect(await names(demo.client, "Piekarnia Zloty Klos")).not.toContain("Piekarnia Złoty Kłos Sp. z o.o.");
      const rheinblick = (await demo.client.get("/api/v1/companies?q=Rheinblick%20Hotels")).body.items[0];
      expect(rheinblick).toMatchObject({ name: "Rheinblick Hotels GmbH & Co. KG", activeContactCount: 0 });

      const other = await signIn(app, login!.otherEmail, login!.password);
      expect((await other.client.get("/api/v1/companies?limit=5")).body.total).toBe(40);
      expect(await names(other.client, "Piekarnia Zloty Klos")).toContain("Piekarnia Złoty Kłos Sp. z o.o.");
      expect(isProblem(await demo.client.req("GET", "/api/v1/companies", undefined, { "x-organization-id": other.orgId }), 403)).toBe(true);

      // Nothing happens the second time.
      expect(await seedDemoIfEmpty(app.database, app.auth)).toBeNull();
      expect(await count(app, `select count(*)::int n from company`)).toBe(240);
      expect(await count(app, `select count(*)::int n from "user"`)).toBe(5);
    },
    SEEDS_THE_DEMO,
  );

  it(
    "finishes a seed interrupted after the accounts were made, and never touches an instance with real users",
    async () => {
      const app = interrupted.get();
      // A crash after the first account was created: only that account exists, no marker.
      await app.auth.api.signUpEmail({ body: { email: "demo@partnerwise.org", password: "partnerwise-demo", name: "Katrin Vogel" } });
      expect(await seedDemoIfEmpty(app.database, app.auth)).not.toBeNull();
      expect(await count(app, `select count(*)::int n from "user"`)).toBe(5);
      expect(await count(app, `select count(*)::int n from company`)).toBe(240);

      // An instance with a real user is not empty, even without the marker.
      await app.database.exec(`delete from app_setting where key = 'demo_seeded'`);
      await signUp(app, "A real person");
      expect(await seedDemoIfEmpty(app.database, app.auth)).toBeNull();
      expect(await count(app, `select count(*)::int n from company`)).toBe(240);
    },
    SEEDS_THE_DEMO,
  );
});

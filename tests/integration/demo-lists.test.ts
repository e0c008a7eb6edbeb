import { describe, expect, it } from "vitest";
import { seedDemoIfEmpty } from "../../src/domains/demo/demo.seed.js";

/** Seeding the demo goes through the services (screenings, stories, tasks): give it time on a busy machine. */
const SEEDS_THE_DEMO = 240_000;
import { Client, useTestApp, type TestApp } from "../setup/app.js";

const app = useTestApp();

async function signIn(a: TestApp, email: string, password: string): Promise<Client> {
  const client = new Client(a);
  expect((await client.post("/api/auth/sign-in/email", { email, password })).status).toBe(200);
  const orgs = await client.get("/api/auth/organization/list");
  expect((await client.post("/api/auth/organization/set-active", { organizationId: orgs.body[0].id })).status).toBe(200);
  return client;
}

type Shared = { companyName: string; organizationName: string; mode: string; reason?: string };

describe("demo black and white lists", () => {
  it(
    "gives each demo NGO entries, and shares some with the network in both modes",
    async () => {
      const login = (await seedDemoIfEmpty(app.get().database, app.get().auth))!;
      const de = await signIn(app.get(), login.email, login.password);
      const pl = await signIn(app.get(), login.otherEmail, login.password);

      const own = (await de.get("/api/v1/screening-lists/entries")).body;
      expect(own.items.map((e: { companyName: string }) => e.companyName).sort()).toEqual([
        "Fair Fabrics Lda",
        "Nachtfalter Entertainment GmbH",
        "Quickhire Personal GmbH",
      ]);

      // The other NGO sees what Brückenhaus shared — the reason only where it chose "with rationale" — and nothing else.
      const seenByPl = (await pl.get("/api/v1/screening-lists/shared")).body.items as Shared[];
      expect(seenByPl.map((e) => e.companyName).sort()).toEqual(["Fair Fabrics Lda", "Quickhire Personal GmbH"]);
      expect(seenByPl.find((e) => e.companyName === "Quickhire Personal GmbH")).toMatchObject({
        organizationName: "Brückenhaus e.V.",
        mode: "with_rationale",
        reason: expect.stringContaining("recruitment fees"),
      });
      expect(seenByPl.find((e) => e.companyName === "Fair Fabrics Lda")).not.toHaveProperty("reason");

      const seenByDe = (await de.get("/api/v1/screening-lists/shared")).body.items as Shared[];
      expect(seenByDe.map((e) => [e.companyName, e.mode])).toEqual([
        ["Agencja Pracy Wschód Sp. z o.o.", "with_rationale"],
        ["Transkarpat Logistics SRL", "name_and_decision"],
      ]);
      // The second NGO's white-list entry is linked to the bakery of its register.
      const plOwn = (await pl.get("/api/v1/screening-lists/entries?list=white")).body.items;
      expect(plOwn).toEqual([
        expect.objectContaining({ companyName: "Piekarnia Złoty Kłos Sp. z o.o.", companyId: expect.any(String), shares: [] }),
      ]);
    },
    SEEDS_THE_DEMO,
  );
});

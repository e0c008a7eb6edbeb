import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { engagement } from "../../src/domains/engagements/engagements.table.js";
import { scoreEngagements } from "../../src/domains/health/health.service.js";
import type { Ctx } from "../../src/platform/context.js";
import { ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// The renewal-reminder job scores health "as of" the day it runs for (scoreEngagements' `today`); every factor
// must use that day, or a run for another day mixes two dates in one score.
describe("partnership health as of a given day", () => {
  it("counts commitments due by that day, not by the clock", async () => {
    const a = await ownerWithOrg(app.get(), "NGO As Of");
    const co = (await a.client.post("/api/v1/companies", { name: "As Of Partner GmbH", country: "DE" })).body;
    const e = (await a.client.post("/api/v1/engagements", { companyId: co.id, title: "As-of partnership" })).body;
    for (const stage of ["agreed", "active"])
      expect(
        (await a.client.post(`/api/v1/engagements/${e.id}/stage`, { stage, override: { reason: "Screened elsewhere (test)" } })).status,
      ).toBe(200);
    expect(
      (
        await a.client.post(`/api/v1/engagements/${e.id}/commitments`, {
          party: "ngo",
          userId: a.userId,
          description: "Send the plan",
          dueOn: day(10),
        })
      ).status,
    ).toBe(201);

    const { database } = app.get();
    const ctx: Ctx = { db: database.db, database, orgId: a.orgId, role: "viewer", user: { id: a.userId, name: "Test", email: a.email } };
    const [row] = await database.db
      .select()
      .from(engagement)
      .where(and(eq(engagement.organizationId, a.orgId), eq(engagement.id, e.id)));
    const factor = async (today: string) =>
      (await scoreEngagements(ctx, [row], today)).get(e.id)!.factors.find((f) => f.key === "commitments_kept")!;

    expect(await factor(day(0))).toMatchObject({ score: 1, code: "commitments.none_due" });
    // Twenty days on, the open commitment is ten days overdue.
    expect(await factor(day(20))).toMatchObject({ score: 0, code: "commitments.overdue", values: { kept: 0, due: 1, overdue: 1 } });
  });
});

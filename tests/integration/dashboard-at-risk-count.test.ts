import { describe, expect, it } from "vitest";
import { engagement } from "../../src/domains/engagements/engagements.table.js";
import { ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();
const AT_RISK = 520;

// "Partnerships at risk" narrowed by mode (or "no owner") is filtered after health scoring: its count must be
// the number of such partnerships, however many there are — not the size of the first page health handed over.
describe("dashboard: partnerships at risk, counted under a filter", () => {
  it("counts every at-risk partnership of the mode, beyond 500", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Many At Risk");
    const co = (await a.client.post("/api/v1/companies", { name: "Many Partners AG", country: "DE" })).body;
    // Agreed engagements with nothing recorded yet score about 52 (no contact at the company, never thanked): at risk.
    const rows = Array.from({ length: AT_RISK }, (_, i) => ({
      organizationId: a.orgId,
      companyId: co.id,
      title: `Partnership ${i}`,
      modes: ["joint_project"],
      stage: "agreed" as const,
    }));
    await app.get().database.db.insert(engagement).values(rows);

    const all = (await a.client.get("/api/v1/dashboard")).body.atRisk;
    expect(all.count).toBe(AT_RISK);
    for (const q of ["?mode=joint_project", "?owner=none"]) {
      const d = (await a.client.get(`/api/v1/dashboard${q}`)).body.atRisk;
      expect(d.count).toBe(AT_RISK);
      expect(d.items).toHaveLength(10);
    }
    expect((await a.client.get("/api/v1/dashboard?mode=financial_donation")).body.atRisk.count).toBe(0);
  });
});

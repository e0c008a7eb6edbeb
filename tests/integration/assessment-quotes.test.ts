import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type Account, isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

// Approved quotes, the report's CSV and the comparison of two rounds, over the API. A free-text answer reaches a
// report (JSON, CSV, PDF) only once a coordinator approved it, and never with its organisation.

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
async function join(coord: Account, id: string, org: Account) {
  await coord.client.post(`/api/v1/networks/${id}/members`, { organizationSlug: await slugOf(org) });
  expect((await org.client.post(`/api/v1/networks/${id}/accept`)).status).toBe(200);
}
const submit = (a: Account, round: string, answers: Record<string, string | string[]>) =>
  a.client.req("PUT", `/api/v1/assessment-rounds/${round}/response`, { answers, submit: true });

describe("assessment quotes, CSV and comparison", () => {
  it("lists free text for coordinators, publishes only approved quotes without names, exports CSV, compares rounds", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coordinating Q");
    const a = await ownerWithOrg(app.get(), "NGO Alpha Q");
    const b = await ownerWithOrg(app.get(), "=NGO Beta Q");
    const outsider = await ownerWithOrg(app.get(), "NGO Outside Q");
    const net = (await coord.client.post("/api/v1/networks", { name: "Quotes Network" })).body.id;
    await join(coord, net, a);
    await join(coord, net, b);
    const r1 = (await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2025" })).body.id;
    const r2 = (await coord.client.post(`/api/v1/networks/${net}/assessment-rounds`, { name: "2026" })).body.id;

    await submit(a, r1, {
      org_region: "western",
      org_scope: "national",
      joint_activities: "no",
      quote: "Companies listen when we speak their language.",
    });
    await submit(b, r1, { org_region: "southern", org_scope: "national", joint_activities: "no", quote: '=HYPERLINK("x")' });
    await submit(a, r2, { org_region: "western", org_scope: "national", joint_activities: "yes" });
    await submit(b, r2, { org_region: "southern", org_scope: "national", joint_activities: "yes", quote: "Trust takes time." });

    // The coordinator sees the free text, anonymous; members and outsiders do not.
    const list = await coord.client.get(`/api/v1/assessment-rounds/${r1}/quotes`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((q: { text: string; approved: boolean }) => [q.text, q.approved])).toEqual([
      ["Companies listen when we speak their language.", false],
      ['=HYPERLINK("x")', false],
    ]);
    expect(JSON.stringify(list.body)).not.toContain(a.orgId);
    expect(JSON.stringify(list.body)).not.toContain("NGO Alpha Q");
    expect(isProblem(await a.client.get(`/api/v1/assessment-rounds/${r1}/quotes`), 403)).toBe(true);
    expect(isProblem(await outsider.client.get(`/api/v1/assessment-rounds/${r1}/quotes`), 404)).toBe(true);

    // Before approval no report carries the text.
    const before = await a.client.get(`/api/v1/assessment-rounds/${r1}/report`);
    expect(before.body.quotes).toEqual([]);
    expect(JSON.stringify(before.body)).not.toContain("speak their language");

    const [first, second] = list.body.items as Array<{ responseId: string }>;
    expect(
      isProblem(await a.client.req("PUT", `/api/v1/assessment-rounds/${r1}/quotes/${first!.responseId}`, { approved: true }), 403),
    ).toBe(true);
    expect(
      isProblem(await outsider.client.req("PUT", `/api/v1/assessment-rounds/${r1}/quotes/${first!.responseId}`, { approved: true }), 404),
    ).toBe(true);
    // A response of another round is not this round's.
    expect(
      isProblem(await coord.client.req("PUT", `/api/v1/assessment-rounds/${r2}/quotes/${first!.responseId}`, { approved: true }), 404),
    ).toBe(true);
    expect(
      isProblem(await coord.client.req("PUT", `/api/v1/assessment-rounds/${r1}/quotes/${first!.responseId}`, { approved: "yes" }), 422),
    ).toBe(true);
    const ok = await coord.client.req("PUT", `/api/v1/assessment-rounds/${r1}/quotes/${first!.responseId}`, { approved: true });
    expect(ok.status).toBe(200);
    await coord.client.req("PUT", `/api/v1/assessment-rounds/${r1}/quotes/${second!.responseId}`, { approved: true });

    // The organisation whose words they are sees the approval in its own audit log.
    const log = await a.client.get(`/api/v1/audit?entityId=${first!.responseId}&limit=5`);
    expect(log.body.items[0].summary).toContain("Approved the free-text answer");

    const after = await b.client.get(`/api/v1/assessment-rounds/${r1}/report`);
    expect(after.body.quotes).toEqual([
      { questionId: "quote", text: "Companies listen when we speak their language." },
      { questionId: "quote", text: '=HYPERLINK("x")' },
    ]);
    expect(JSON.stringify(after.body)).not.toContain(a.orgId);

    // Withdrawn, it leaves the report again.
    await coord.client.req("PUT", `/api/v1/assessment-rounds/${r1}/quotes/${second!.responseId}`, { approved: false });
    expect((await b.client.get(`/api/v1/assessment-rounds/${r1}/report`)).body.quotes).toHaveLength(1);

    // CSV: every option overall and per group, the approved quote, formulas neutralised, no organisation named.
    const csv = await a.client.get(`/api/v1/assessment-rounds/${r1}/report.csv`);
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain("text/csv");
    const text = csv.body as string; // decoded by the client, its BOM dropped
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      "breakdown",
      "group",
      "group_n",
      "small_group",
      "question",
      "type",
      "answered",
      "option",
      "count",
      "percent",
      "ci95_low",
      "ci95_high",
    ]);
    expect(rows).toContainEqual(["", "", "2", "", "joint_activities", "yesno", "2", "no", "2", "100", "34.2", "100"]);
    expect(rows).toContainEqual(["org_region", "western", "1", "yes", "joint_activities", "yesno", "1", "no", "1", "100", "20.7", "100"]);
    expect(rows).toContainEqual(["", "", "", "", "quote", "quote", "", "Companies listen when we speak their language.", "", "", "", ""]);
    expect(text).not.toContain("NGO Alpha Q");
    expect(isProblem(await outsider.client.get(`/api/v1/assessment-rounds/${r1}/report.csv`), 404)).toBe(true);

    // The comparison: joint activities went from 0 % to 100 % yes; with two respondents the intervals overlap.
    const cmp = await a.client.get(`/api/v1/assessment-rounds/${r2}/compare?with=${r1}`);
    expect(cmp.status).toBe(200);
    expect(cmp.body.before).toEqual({ round: "2025", respondents: 2 });
    expect(cmp.body.after).toEqual({ round: "2026", respondents: 2 });
    const joint = cmp.body.questions.find((q: { id: string }) => q.id === "joint_activities");
    expect(joint.options.find((o: { option: string }) => o.option === "yes")).toEqual({
      option: "yes",
      before: 0,
      after: 100,
      change: 100,
      overlap: true,
    });
    expect(cmp.body.questions.some((q: { type: string }) => q.type === "text")).toBe(false);
    expect(isProblem(await outsider.client.get(`/api/v1/assessment-rounds/${r2}/compare?with=${r1}`), 404)).toBe(true);
    expect(isProblem(await a.client.get(`/api/v1/assessment-rounds/${r2}/compare`), 422)).toBe(true);
    // A round of another network cannot be compared, and cannot be probed through the comparison.
    const other = (await outsider.client.post("/api/v1/networks", { name: "Other Network" })).body.id;
    const r3 = (await outsider.client.post(`/api/v1/networks/${other}/assessment-rounds`, { name: "2026" })).body.id;
    expect(isProblem(await a.client.get(`/api/v1/assessment-rounds/${r2}/compare?with=${r3}`), 404)).toBe(true);
  });
});

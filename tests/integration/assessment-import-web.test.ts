import { describe, expect, it } from "vitest";
import { SAMPLE_COLUMNS, sampleCsv, sampleRows } from "../setup/assessment-sample.js";
import { type Account, isProblem, ownerWithOrg, useTestApp } from "../setup/app.js";

// The web app's import of responses collected elsewhere (POST /networks/{id}/assessment-imports): the dry run lists
// every problem by row and column and writes nothing; a bad file is refused whole (422); a good one imports into a new
// round (201, Location); only the network's coordinators may import (members 403, anyone else 404).

const app = useTestApp();

const slugOf = async (a: Account): Promise<string> => (await a.client.get("/api/v1/organization")).body.slug;
const csvOf = (rows: string[][]) => rows.map((r) => r.map((c) => (/[,;"]/.test(c) ? `"${c}"` : c)).join(",")).join("\n");
function form(csv: string, round: string, dryRun: boolean, name = "responses.csv") {
  const f = new FormData();
  f.append("file", new File([csv], name, { type: "text/csv" }));
  f.append("round", round);
  f.append("dryRun", String(dryRun));
  return f;
}

describe("assessment import in the web app", () => {
  it("previews every problem, imports nothing from a bad file, imports a good one; coordinators only", async () => {
    const coord = await ownerWithOrg(app.get(), "NGO Coordinating I");
    const member = await ownerWithOrg(app.get(), "NGO Member I");
    const outsider = await ownerWithOrg(app.get(), "NGO Outside I");
    const net = (await coord.client.post("/api/v1/networks", { name: "Import Network" })).body.id as string;
    await coord.client.post(`/api/v1/networks/${net}/members`, { organizationSlug: await slugOf(member) });
    expect((await member.client.post(`/api/v1/networks/${net}/accept`)).status).toBe(200);
    const url = `/api/v1/networks/${net}/assessment-imports`;

    const rows = sampleRows(5);
    rows[0]![SAMPLE_COLUMNS.indexOf("dedicated_staff")] = "maybe";
    rows[2]![SAMPLE_COLUMNS.indexOf("obstacles")] = "initial_distrust;inital_distrust";
    const bad = csvOf([[...SAMPLE_COLUMNS.slice(0, -1), "quotation"], ...rows]);

    const preview = await coord.client.post(url, form(bad, "2013", true));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ imported: 0, valid: 0, round: { name: "2013", created: true, id: "" } });
    expect(preview.body.problems.map((p: { row: number; column: string; code: string }) => [p.row, p.column, p.code])).toEqual([
      [1, "quotation", "unknown_question"],
      [2, "dedicated_staff", "not_an_option"],
      [4, "obstacles", "not_an_option"],
    ]);

    // Committing the bad file is refused whole, naming every problem.
    const refused = await coord.client.post(url, form(bad, "2013", false));
    expect(isProblem(refused, 422)).toBe(true);
    expect(refused.body.problems).toHaveLength(3);
    expect(refused.body.errors[1]).toMatchObject({ path: "row 2, column dedicated_staff", code: "not_an_option" });
    expect((await coord.client.get(`/api/v1/networks/${net}/assessment-rounds`)).body.items).toEqual([]);

    // A good file: the preview counts it and writes nothing; the import creates the round.
    const good = sampleCsv(27);
    const dry = await coord.client.post(url, form(good, "2013", true));
    expect(dry.body).toMatchObject({ imported: 0, valid: 27, problems: [] });
    expect((await coord.client.get(`/api/v1/networks/${net}/assessment-rounds`)).body.items).toEqual([]);

    // Only coordinators import: a member is told so, anyone else does not learn the network exists.
    expect(isProblem(await member.client.post(url, form(good, "2013", false)), 403)).toBe(true);
    expect(isProblem(await outsider.client.post(url, form(good, "2013", true)), 404)).toBe(true);
    expect(
      isProblem(
        await coord.client.post(`/api/v1/networks/00000000-0000-4000-8000-000000000000/assessment-imports`, form(good, "2013", true)),
        404,
      ),
    ).toBe(true);

    const done = await coord.client.post(url, form(good, "2013", false));
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ imported: 27, problems: [], round: { name: "2013", created: true } });
    expect(done.headers.get("location")).toBe(`/api/v1/assessment-rounds/${done.body.round.id}`);
    const round = await coord.client.get(`/api/v1/assessment-rounds/${done.body.round.id}`);
    expect(round.body.progress.imported).toBe(27);
    expect((await coord.client.get(`/api/v1/assessment-rounds/${done.body.round.id}/report`)).body.respondents).toBe(27);

    // A round is never counted twice.
    expect(isProblem(await coord.client.post(url, form(good, "2013", true)), 409)).toBe(true);
    // No file, no round name: 422 naming the field.
    const f = new FormData();
    f.append("round", "2014");
    expect(isProblem(await coord.client.post(url, f), 422)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { isProblem, memberOf, ownerWithOrg, useTestApp } from "../setup/app.js";

const app = useTestApp();

// What the Settings → Partnerships editor relies on: renaming, reordering by position, archiving, and a patch that
// changes nothing (a form saved without edits) answering the mode as it is instead of a 500.
describe("engagement modes editor", () => {
  it("answers an empty patch with the unchanged mode, reorders by position, and audits only real changes", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Mode Editor");
    const before = (await a.client.get("/api/v1/engagement-modes")).body.items as Array<{ key: string; position: number }>;

    const empty = await a.client.patch("/api/v1/engagement-modes/other", {});
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({
      key: "other",
      label: "Other",
      position: before.find((m) => m.key === "other")!.position,
      archived: false,
    });
    expect(isProblem(await a.client.patch("/api/v1/engagement-modes/nope", {}), 404)).toBe(true);

    // Swap the first two modes, as the editor's "move up" does.
    const [first, second] = before;
    expect((await a.client.patch(`/api/v1/engagement-modes/${second.key}`, { position: first.position })).status).toBe(200);
    expect((await a.client.patch(`/api/v1/engagement-modes/${first.key}`, { position: second.position })).status).toBe(200);
    const after = (await a.client.get("/api/v1/engagement-modes")).body.items.map((m: { key: string }) => m.key);
    expect(after.slice(0, 2)).toEqual([second.key, first.key]);

    const audit = (await a.client.get("/api/v1/audit?entityType=engagement_mode&limit=50")).body;
    const summaries = (audit.items ?? []).map((e: { summary: string }) => e.summary);
    expect(summaries.filter((s: string) => s === "Changed engagement mode other")).toHaveLength(0);
    expect(summaries.filter((s: string) => s.startsWith("Changed engagement mode"))).toHaveLength(2);
  });

  it("refuses an empty patch from a member like any other write", async () => {
    const a = await ownerWithOrg(app.get(), "NGO Mode Roles");
    const m = await memberOf(app.get(), a, "member");
    expect(isProblem(await m.client.patch("/api/v1/engagement-modes/other", {}), 403)).toBe(true);
    expect(isProblem(await m.client.patch("/api/v1/engagement-modes/other", { position: 0 }), 403)).toBe(true);
  });
});

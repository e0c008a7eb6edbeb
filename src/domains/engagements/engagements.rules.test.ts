import { describe, expect, it } from "vitest";
import { allowedMoves, checkMove, needsScreening, screeningBlock } from "./engagements.rules.js";

describe("engagement stage rules", () => {
  it("moves forward any number of stages before agreement", () => {
    expect(checkMove("identified", "researching").ok).toBe(true);
    expect(checkMove("identified", "agreed").ok).toBe(true);
    expect(checkMove("screening", "negotiating").ok).toBe(true);
  });

  it("moves one stage at a time after agreement, and renews from reviewing only", () => {
    expect(checkMove("agreed", "active").ok).toBe(true);
    expect(checkMove("active", "reviewing").ok).toBe(true);
    expect(checkMove("reviewing", "renewed").ok).toBe(true);
    expect(checkMove("renewed", "active").ok).toBe(true);
    expect(checkMove("identified", "active")).toMatchObject({ ok: false, rule: "transition_not_allowed" });
    expect(checkMove("agreed", "reviewing")).toMatchObject({ ok: false, rule: "transition_not_allowed" });
    expect(checkMove("active", "renewed")).toMatchObject({ ok: false, rule: "transition_not_allowed" });
  });

  it("steps back exactly one stage", () => {
    expect(checkMove("negotiating", "approaching").ok).toBe(true);
    expect(checkMove("active", "agreed").ok).toBe(true);
    expect(checkMove("renewed", "reviewing").ok).toBe(true);
    expect(checkMove("negotiating", "researching")).toMatchObject({ ok: false, rule: "transition_not_allowed" });
  });

  it("ends from anywhere and reopens only to the stage it ended from", () => {
    for (const s of ["identified", "approaching", "active", "renewed"] as const) expect(checkMove(s, "ended").ok).toBe(true);
    expect(checkMove("ended", "negotiating", "negotiating").ok).toBe(true);
    expect(checkMove("ended", "identified", "negotiating")).toMatchObject({ ok: false, rule: "reopen_to_previous_stage" });
    expect(allowedMoves("ended", "active")).toEqual(["active"]);
  });

  it("lists the allowed moves for the board", () => {
    expect(allowedMoves("screening")).toEqual(["researching", "approaching", "negotiating", "agreed", "ended"]);
    expect(allowedMoves("reviewing")).toEqual(["active", "renewed", "ended"]);
  });

  it("gates approaching and beyond on a screening decision that is not rejected", () => {
    expect(needsScreening("screening")).toBe(false);
    expect(needsScreening("ended")).toBe(false);
    expect(needsScreening("approaching")).toBe(true);
    expect(needsScreening("renewed")).toBe(true);
    expect(screeningBlock(null)?.rule).toBe("screening_required");
    expect(screeningBlock("rejected")?.rule).toBe("screening_rejected");
    expect(screeningBlock("engage_to_reform")).toBeNull();
    expect(screeningBlock("approved_with_conditions")).toBeNull();
  });
});

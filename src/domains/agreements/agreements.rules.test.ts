import { describe, expect, it } from "vitest";
import { addDays, expectedCheckIns, isOverdue } from "./agreements.rules.js";

describe("commitment overdue", () => {
  it("is overdue only while open and past its due day", () => {
    expect(isOverdue({ status: "open", dueOn: "2025-03-01" }, "2025-03-02")).toBe(true);
    expect(isOverdue({ status: "open", dueOn: "2025-03-02" }, "2025-03-02")).toBe(false);
    expect(isOverdue({ status: "done", dueOn: "2025-03-01" }, "2025-03-02")).toBe(false);
    expect(isOverdue({ status: "open", dueOn: null }, "2025-03-02")).toBe(false);
  });
});

describe("expected check-ins", () => {
  const today = "2025-07-20";
  const startsOn = addDays(today, -200);

  it("marks windows that closed without a check-in as missed, and stops at the next one ahead", () => {
    const x = expectedCheckIns({ startsOn, endsOn: null, intervalDays: 90, toleranceDays: 14, checkIns: [addDays(startsOn, 88)], today });
    expect(x.map((e) => [e.due, e.status])).toEqual([
      [addDays(startsOn, 90), "done"],
      [addDays(startsOn, 180), "missed"],
      [addDays(startsOn, 270), "upcoming"],
    ]);
  });

  it("counts each check-in for one due date only, and a window still open as due", () => {
    const x = expectedCheckIns({
      startsOn,
      endsOn: null,
      intervalDays: 100,
      toleranceDays: 14,
      checkIns: [addDays(startsOn, 99)],
      today: addDays(startsOn, 205),
    });
    expect(x.map((e) => e.status)).toEqual(["done", "due"]);
  });

  it("expects nothing after the end date", () => {
    const x = expectedCheckIns({ startsOn, endsOn: addDays(startsOn, 100), intervalDays: 90, toleranceDays: 14, checkIns: [], today });
    expect(x.map((e) => e.status)).toEqual(["missed"]);
  });
});

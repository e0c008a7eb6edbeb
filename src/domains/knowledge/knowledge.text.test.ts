import { describe, expect, it } from "vitest";
import { normaliseTag, tagKind } from "./knowledge.constants.js";
import { plainExcerpt } from "./knowledge.text.js";

describe("knowledge text helpers", () => {
  it("turns the start of Markdown into one line of plain text, cut at a word", () => {
    expect(plainExcerpt("## Why\n\n- **free** care at a [clinic](https://x.org)\n- ![logo](a.png) `code`")).toBe(
      "Why free care at a clinic code",
    );
    expect(plainExcerpt("<script>alert(1)</script>Hello")).toBe("alert(1) Hello");
    const long = plainExcerpt("word ".repeat(100), 30);
    expect(long.endsWith("…")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(31);
  });

  it("stores tags in one form and tells their kind", () => {
    expect(normaliseTag(" Selection ")).toBe("selection");
    expect(normaliseTag("need:Risk")).toBe("risk");
    expect(normaliseTag("Country : de")).toBe("country:DE");
    expect(normaliseTag("MODE:Joint_Project")).toBe("mode:joint_project");
    expect(normaliseTag("sector:j")).toBe("sector:J");
    expect(normaliseTag("Hotline  Work")).toBe("Hotline Work");
    expect(tagKind("sustaining")).toEqual({ kind: "need", value: "sustaining" });
    expect(tagKind("stage:active")).toEqual({ kind: "stage", value: "active" });
    expect(tagKind("hotline")).toEqual({ kind: "free", value: "hotline" });
  });
});

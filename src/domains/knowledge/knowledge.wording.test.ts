import { describe, expect, it } from "vitest";
import { BUILT_IN_WORDING } from "./knowledge.built-in-wording.js";
import { sectorTags, wordingSections } from "./knowledge.wording.js";

describe("wordingSections", () => {
  it("reads a step's wording from the level-2 section naming it, in English or German, up to the next heading", () => {
    const w = wordingSections(
      [
        "Intro, not wording.",
        "## The problem",
        "",
        "Line one.",
        "Line two.",
        "### A sub-heading stays in the text",
        "more",
        "## Notes",
        "not wording",
        "## Partnerschaft:",
        "Die Partnerschaft.",
        "# Anything",
        "## Was das Unternehmen gewinnt",
        "### Staff engagement",
        "Motivation.",
        "### Eine sauberere Branche",
        "Fair.",
        "### Unknown gain",
        "ignored",
        "## Visibility",
        "```",
        "## Confidentiality",
        "```",
      ].join("\n"),
    );
    expect(w.steps.problem).toBe("Line one.\nLine two.\n### A sub-heading stays in the text\nmore");
    expect(w.steps.partnership).toBe("Die Partnerschaft.");
    expect(w.gains).toEqual({ staff_engagement: "Motivation.", cleaner_sector: "Fair." });
    expect(w.steps.gains).toBe("");
    // A heading inside a code block is text, not a section.
    expect(w.steps.visibility).toBe("```\n## Confidentiality\n```");
    expect(w.steps.confidentiality).toBeUndefined();
    expect(wordingSections("No sections at all.")).toEqual({ steps: {}, gains: {} });
  });

  it("finds every built-in template's wording", () => {
    for (const item of BUILT_IN_WORDING) expect(Object.keys(wordingSections(item.body).steps).length, item.key).toBeGreaterThan(0);
    const general = BUILT_IN_WORDING.find((i) => i.key === "wording.general.de")!;
    expect(Object.keys(wordingSections(general.body).gains)).toHaveLength(5);
    expect(Object.keys(wordingSections(general.body).steps).sort()).toEqual(
      ["confidentiality", "gains", "ngoGains", "partnership", "problem", "visibility"].sort(),
    );
  });
});

describe("sectorTags", () => {
  it("matches a company's section and each level of its NACE code", () => {
    expect(sectorTags("55.10", "I")).toEqual(["sector:I", "sector:55", "sector:55.1", "sector:55.10"]);
    expect(sectorTags("49", "H")).toEqual(["sector:H", "sector:49"]);
    expect(sectorTags("C", "C")).toEqual(["sector:C"]);
    expect(sectorTags(null, null)).toEqual([]);
  });
});

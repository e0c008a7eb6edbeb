import { describe, expect, it, vi } from "vitest";

vi.mock("./i18n", () => ({ default: { language: "en" } }));
const { resolveLocale } = await import("./format");

describe("resolveLocale", () => {
  it("takes the browser's region when the browser asks for the interface language", () => {
    expect(resolveLocale("en", ["en-GB", "en"])).toBe("en-GB");
    expect(resolveLocale("de", ["en-US", "de-AT"])).toBe("de-AT");
  });

  it("ignores regions of other languages and falls back per language", () => {
    expect(resolveLocale("de", ["en-GB"])).toBe("de-DE");
    expect(resolveLocale("en", ["de-DE"])).toBe("en");
    expect(resolveLocale("en", [])).toBe("en");
  });

  it("skips tags Intl cannot read", () => {
    expect(resolveLocale("en", ["not a tag", "en-IE"])).toBe("en-IE");
  });

  it("formats an en-GB date day-first", () => {
    const d = new Date(2026, 10, 25);
    expect(new Intl.DateTimeFormat(resolveLocale("en", ["en-GB"]), { dateStyle: "medium" }).format(d)).toBe("25 Nov 2026");
  });
});
